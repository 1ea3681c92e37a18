/**
 * Components whose type an import could not tell (the `needs-type` model warning, issue 21):
 * no checklist item covers them until a type is chosen, so the checklist lists them first,
 * each with a button that selects it for the inspector's Change type control.
 */
import type { ValidationWarning } from '../../domain/rules/types';
import { useWorkbench } from '../../store/hooks';

export function NeedsTypeList({ warnings }: { warnings: readonly ValidationWarning[] }) {
  const select = useWorkbench((s) => s.select);
  const components = useWorkbench((s) => s.document.components);
  const flagged = warnings.filter((w) => w.code === 'needs-type' && w.componentId !== undefined);
  if (flagged.length === 0) return null;
  return (
    <section className="needs-type" role="status" aria-label="Components that need a type" data-testid="needs-type">
      <p>
        <strong>Needs review: choose a type.</strong>{' '}
        {flagged.length === 1 ? 'One component was' : `${flagged.length} components were`} imported with a type the
        mapping table does not know; no recommendation covers {flagged.length === 1 ? 'it' : 'them'} yet.
      </p>
      <ul>
        {flagged.map((w) => (
          <li key={w.componentId} data-testid="needs-type-item" data-component={w.componentId}>
            {w.message}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => select({ components: [w.componentId!], connections: [] })}
            >
              Select {components[w.componentId!]?.name ?? w.componentId}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
