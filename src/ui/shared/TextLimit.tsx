/**
 * A visible counter under a text field once its text nears the schema's limit, so the
 * browser's `maxLength` stop is never a silent surprise. The limit itself is enforced by
 * `maxLength` on the field (a pasted text is cut there) and again by the save-time check.
 */
export function TextLimit({ value, max, id }: { value: string; max: number; id?: string }) {
  // Shown from 90 % of the limit: far enough to plan, quiet for ordinary notes.
  if (value.length < max * 0.9) return null;
  const full = value.length >= max;
  return (
    <small
      id={id}
      className={full ? 'field-error text-limit' : 'field-help text-limit'}
      role={full ? 'alert' : undefined}
      data-testid="text-limit"
    >
      {value.length.toLocaleString('en')} / {max.toLocaleString('en')} characters
      {full ? ' — the limit; longer text is not kept.' : ''}
    </small>
  );
}
