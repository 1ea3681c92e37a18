/**
 * Reference architectures shipped as templates (threat-catalog/templates/*.json), each a
 * document in the app's own file format. Instantiating one gives it a fresh id and time.
 */
import { DocumentSchema, type WorkbenchDocument } from '../model/schema';
import index from '../../../threat-catalog/templates/index.json';
import kvm from '../../../threat-catalog/templates/kvm-libvirt.json';
import xen from '../../../threat-catalog/templates/xen-driver-domain.json';
import hyperv from '../../../threat-catalog/templates/hyperv-parent-partition.json';
import esxi from '../../../threat-catalog/templates/esxi-cluster.json';
import hosted from '../../../threat-catalog/templates/hosted-type2-lab.json';

export interface TemplateInfo {
  id: string;
  title: string;
  description: string;
  platform: string;
}

/** The first visit opens on this one. */
export const SAMPLE_TEMPLATE_ID = 'kvm-libvirt';

const RAW: Record<string, unknown> = {
  'kvm-libvirt': kvm,
  'xen-driver-domain': xen,
  'hyperv-parent-partition': hyperv,
  'esxi-cluster': esxi,
  'hosted-type2-lab': hosted,
};

export function listTemplates(): TemplateInfo[] {
  return (index as { templates: TemplateInfo[] }).templates.filter((t) => t.id in RAW);
}

/** The template exactly as shipped (validated). */
export function loadTemplate(templateId: string): WorkbenchDocument {
  const raw = RAW[templateId];
  if (!raw) throw new Error(`Unknown template "${templateId}".`);
  const parsed = DocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Template "${templateId}" is invalid at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { $schema: _schema, ...document } = parsed.data;
  return document;
}

/** A new project from a template: fresh id and timestamps, same content. */
export function instantiateTemplate(templateId: string, { id, now, name }: { id: string; now: string; name?: string }): WorkbenchDocument {
  const template = loadTemplate(templateId);
  return { ...template, id, name: name ?? template.name, createdAt: now, updatedAt: now };
}
