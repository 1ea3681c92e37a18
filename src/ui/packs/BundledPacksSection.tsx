/**
 * The packs bundled with the catalog (SP 800-125B), per project: each is in the project by
 * default and can be removed for this project only, then added back. Removing is one undo
 * step and keeps the assessment entries of the pack's items (they return with the pack).
 */
import { useWorkbench } from '../../store/hooks';
import type { PackService } from '../../domain/packs/installedPacks';

export function BundledPacksSection({ service }: { service: PackService }) {
  const removed = useWorkbench((s) => s.document.removedPacks);
  const readOnly = useWorkbench((s) => s.readOnly);
  const bundled = service.bundled();
  if (bundled.length === 0) return null;
  return (
    <>
      <h3>Bundled with the catalog</h3>
      <p className="field-help">
        In every project by default. Removing one leaves it out of this project&apos;s checklist, reports and exports;
        its assessment entries are kept for when you add it back.
      </p>
      <ul className="packs-list" data-testid="packs-bundled">
        {bundled.map((p) => {
          const isRemoved = (removed ?? []).includes(p.id);
          return (
            <li
              key={p.id}
              data-testid="bundled-pack"
              data-pack={p.id}
              data-state={isRemoved ? 'removed' : 'in-project'}
            >
              <span>
                {p.title}{' '}
                <span className="muted">
                  ({p.id} {p.version}, {p.recommendationIds.length} items)
                </span>{' '}
                <span className="muted" data-testid="bundled-pack-state">
                  {isRemoved ? 'removed from this project' : 'in this project'}
                </span>
              </span>{' '}
              {isRemoved ? (
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() => service.addBackToProject(p.id)}
                  aria-label={`Add pack ${p.id} back to this project`}
                >
                  Add back
                </button>
              ) : (
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() => service.removeFromProject(p.id)}
                  aria-label={`Remove pack ${p.id} from this project`}
                >
                  Remove from project
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
