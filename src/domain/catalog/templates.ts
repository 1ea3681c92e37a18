/**
 * The templates bundled into the code (tests and the CLI): synchronous, no file system or
 * network. The browser app fetches the same files instead, to keep them out of its first load.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { TemplateLibrary } from '../ports';
import { instantiate, TEMPLATE_INDEX, validateTemplate, type TemplateInfo } from './templateDocument';
import kvm from '../../../threat-catalog/templates/kvm-libvirt.json';
import xen from '../../../threat-catalog/templates/xen-driver-domain.json';
import hyperv from '../../../threat-catalog/templates/hyperv-parent-partition.json';
import esxi from '../../../threat-catalog/templates/esxi-cluster.json';
import hosted from '../../../threat-catalog/templates/hosted-type2-lab.json';

const RAW: Record<string, unknown> = {
  'kvm-libvirt': kvm,
  'xen-driver-domain': xen,
  'hyperv-parent-partition': hyperv,
  'esxi-cluster': esxi,
  'hosted-type2-lab': hosted,
};

export function listTemplates(): TemplateInfo[] {
  return TEMPLATE_INDEX.filter((t) => t.id in RAW);
}

/** The template exactly as shipped (validated). */
export function loadTemplate(templateId: string): WorkbenchDocument {
  const raw = RAW[templateId];
  if (!raw) throw new Error(`Unknown template "${templateId}".`);
  return validateTemplate(templateId, raw);
}

/** A new project from a template: fresh id and timestamps, same content. */
export function instantiateTemplate(
  templateId: string,
  options: { id: string; now: string; name?: string },
): WorkbenchDocument {
  return instantiate(loadTemplate(templateId), options);
}

/** The bundled templates behind the port the workspace and UI use. */
export const bundledTemplateLibrary: TemplateLibrary = {
  list: listTemplates,
  load: async (templateId) => loadTemplate(templateId),
};
