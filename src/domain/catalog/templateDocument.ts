/**
 * Reference architectures shipped as templates (threat-catalog/templates/*.json), each a
 * document in the app's own file format. This module holds what does not depend on how the
 * template files reach the code: their index, validation and instantiation. The bundled
 * files (tests, CLI) are in `templates.ts`; the browser fetches them (src/app/shippedData.ts).
 */
import { DocumentSchema, type WorkbenchDocument } from '../model/schema';
import index from '../../../threat-catalog/templates/index.json';

export interface TemplateInfo {
  id: string;
  /** File name in threat-catalog/templates/. */
  file: string;
  title: string;
  description: string;
  platform: string;
}

/** The first visit opens on this one. */
export const SAMPLE_TEMPLATE_ID = 'kvm-libvirt';

/** Every shipped template, in the order the gallery shows them. */
export const TEMPLATE_INDEX: readonly TemplateInfo[] = (index as { templates: TemplateInfo[] }).templates;

/** Validates a template file's content; the result is the template exactly as shipped. */
export function validateTemplate(templateId: string, raw: unknown): WorkbenchDocument {
  const parsed = DocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Template "${templateId}" is invalid at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { $schema: _schema, ...document } = parsed.data;
  return document;
}

/** A new project from a template: fresh id and timestamps, same content. */
export function instantiate(
  template: WorkbenchDocument,
  { id, now, name }: { id: string; now: string; name?: string },
): WorkbenchDocument {
  return { ...template, id, name: name ?? template.name, createdAt: now, updatedAt: now };
}
