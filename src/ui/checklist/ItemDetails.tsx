import type { Recommendation } from '../../domain/catalog/schema';
import type { ChecklistItem, Reason } from '../../domain/rules/types';
import { useWorkbench } from '../../store/hooks';
import { own } from '../../domain/model/ownEntry';

const PLATFORM_NAMES = { kvm: 'KVM / libvirt', xen: 'Xen', hyperv: 'Hyper-V', esxi: 'VMware ESXi' } as const;

/** Where the requirement comes from, e.g. "SP 800-125A Rev. 1 · §5 · p. 15". */
function sourceLine(rec: Recommendation): string {
  const parts = [rec.provenance.publication, `§${rec.section}`];
  if (rec.page) parts.push(`p. ${rec.page}`);
  return parts.join(' · ');
}

/** What an item asks, where it comes from, why it applies here and to what, and how to assess it. */
export function ItemDetails({
  item,
  recommendation,
}: {
  item: ChecklistItem;
  recommendation: Recommendation | undefined;
}) {
  const components = useWorkbench((s) => s.document.components);
  const select = useWorkbench((s) => s.select);
  const showView = useWorkbench((s) => s.showView);
  if (!recommendation) return <p className="empty-note">{item.recommendationId} is not in the catalog.</p>;
  return (
    <div className="item-details">
      <p className="item-requirement" data-testid="item-requirement">
        {recommendation.requirement}
      </p>
      <p className="item-source">
        <span data-testid="item-section">{sourceLine(recommendation)}</span>
        {recommendation.baselineFunction && <span> · {recommendation.baselineFunction}</span>}
      </p>
      {item.evidence.length > 0 && (
        <>
          <h5>What the model says</h5>
          <ul className="reason-list model-evidence" data-testid="model-evidence">
            {[...new Set(item.evidence.map((e) => e.text))].map((text) => (
              <li
                key={text}
                className={text.startsWith('The model contradicts') ? 'evidence-contradicts' : 'evidence-supports'}
              >
                {text}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.expiredAcceptances.length > 0 && (
        <p className="evidence-contradicts" data-testid="expired-acceptance">
          Risk acceptance expired (
          {item.expiredAcceptances
            .map((scope) => (scope === 'platform' ? 'platform' : (components[scope]?.name ?? scope)))
            .join(', ')}
          ): it counts as a gap again until it is renewed or the item is addressed.
        </p>
      )}
      <h5>
        Why it{' '}
        {item.applicability === 'not-applicable'
          ? 'does not apply'
          : item.applicability === 'needs-input'
            ? 'may apply'
            : 'applies'}
      </h5>
      <ul className="reason-list">
        {item.reasons.map((r, i) => (
          <ReasonLine key={i} reason={r} />
        ))}
      </ul>
      {item.components.length > 0 && (
        <>
          <h5>{item.applicability === 'needs-input' ? 'May apply to' : 'Applies to'}</h5>
          <ul className="component-chips">
            {item.components.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="chip"
                  title="Select on the canvas"
                  onClick={() => {
                    showView('model');
                    select({ components: [id] });
                  }}
                >
                  {components[id]?.name ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="guidance">
        <summary>Assessor guidance</summary>
        <p data-testid="item-guidance">{recommendation.guidance.evidence}</p>
        <dl>
          {(Object.keys(PLATFORM_NAMES) as (keyof typeof PLATFORM_NAMES)[])
            .filter((p) => recommendation.guidance.platforms[p])
            .map((p) => (
              <div key={p}>
                <dt>{PLATFORM_NAMES[p]}</dt>
                <dd>{recommendation.guidance.platforms[p]}</dd>
              </div>
            ))}
        </dl>
        <p className="field-help">Rationale: {recommendation.rationale}</p>
      </details>
    </div>
  );
}

/** One reason; a needs-input reason links to each attribute that would decide it. */
function ReasonLine({ reason }: { reason: Reason }) {
  const document = useWorkbench((s) => s.document);
  const catalog = useWorkbench((s) => s.catalog);
  const goToAttribute = useWorkbench((s) => s.goToAttribute);
  const labelOf = (m: NonNullable<Reason['missing']>[number]) => {
    if (m.connectionId) {
      const conn = own(document.connections, m.connectionId);
      const spec = catalog.connectionTypes
        .find((t) => t.id === conn?.type)
        ?.attributes.find((a) => a.id === m.attribute);
      return `${spec?.label ?? m.attribute} on the connection ${conn?.label || m.connectionId}`;
    }
    const comp = own(document.components, m.componentId);
    const spec = catalog.componentTypes.find((t) => t.id === comp?.type)?.attributes.find((a) => a.id === m.attribute);
    return `${spec?.label ?? m.attribute} on ${comp?.name ?? m.componentId}`;
  };
  return (
    <li className={reason.missing?.length ? 'needs-input' : ''}>
      <span className="reason-text">{reason.text}</span>
      {reason.missing?.map((m) => (
        <button
          key={`${m.componentId}:${m.attribute}:${m.connectionId ?? ''}`}
          type="button"
          className="link-button go-to-attribute"
          data-testid="go-to-attribute"
          data-attribute={m.attribute}
          onClick={() => goToAttribute(m)}
        >
          Set {labelOf(m)} →
        </button>
      ))}
    </li>
  );
}
