import type { CatalogData } from '../../domain/catalog/schema';
import type { DriftItem } from '../../domain/import/drift';
import { describeProvenance } from '../../domain/import/provenanceText';
import type { AttributeValue } from '../../domain/model/schema';
import { plural } from '../../domain/text/plural';

const show = (v: AttributeValue) => (v === null ? 'unknown' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** One sentence per difference, in the catalog's words. */
export function driftSentence(
  item: DriftItem,
  catalog: Pick<CatalogData, 'componentTypes'>,
): { text: string; source?: string } {
  const type = (id: string) => catalog.componentTypes.find((t) => t.id === id);
  switch (item.kind) {
    case 'attribute': {
      const spec = type(item.type)?.attributes.find((a) => a.id === item.attribute);
      const label = spec?.label ?? item.attribute;
      const option = (v: AttributeValue) =>
        spec?.type === 'enum' ? (spec.options?.find((o) => o.value === v)?.label ?? show(v)) : show(v);
      return {
        text: `${item.component}: ${label} is ${option(item.drawn)} in the model, ${option(item.configured)} in the configuration`,
        source: describeProvenance(item.source).text,
      };
    }
    case 'missing-in-model':
      return {
        text: `${item.component} (${type(item.type)?.name ?? item.type}) is configured but not drawn`,
        source: describeProvenance(item.source).text,
      };
    case 'missing-in-configuration':
      return { text: `${item.component} (${type(item.type)?.name ?? item.type}) is drawn but in none of these files` };
  }
}

const ACTION: Record<DriftItem['kind'], string> = {
  attribute: 'Apply: take the configured value',
  'missing-in-model': 'Apply: add it to the model',
  'missing-in-configuration': 'Apply: remove it from the model',
};

/**
 * The drift view: where the chosen files contradict the drawn model, each difference with
 * "apply" or "keep" (kept by default). The dialog applies the chosen set as one change.
 */
export function DriftPanel({
  items,
  chosen,
  onChoose,
  catalog,
}: {
  items: DriftItem[];
  chosen: ReadonlySet<number>;
  onChoose: (next: ReadonlySet<number>) => void;
  catalog: Pick<CatalogData, 'componentTypes'>;
}) {
  if (items.length === 0) {
    return (
      <section aria-labelledby="drift-head" data-testid="drift-view">
        <h3 id="drift-head">Differences from the drawn model</h3>
        <p data-testid="drift-none">None: the drawn model agrees with everything these files state.</p>
      </section>
    );
  }
  const set = (i: number, apply: boolean) => {
    const next = new Set(chosen);
    if (apply) next.add(i);
    else next.delete(i);
    onChoose(next);
  };
  return (
    <section aria-labelledby="drift-head" data-testid="drift-view">
      <h3 id="drift-head">Differences from the drawn model</h3>
      <p className="drift-bulk">
        {plural(items.length, 'difference')}.{' '}
        <button type="button" onClick={() => onChoose(new Set(items.map((_, i) => i)))} data-testid="drift-apply-all">
          Apply all
        </button>{' '}
        <button type="button" onClick={() => onChoose(new Set())} data-testid="drift-keep-all">
          Keep all
        </button>
      </p>
      <ul className="import-changes drift-list" tabIndex={0} aria-label="Differences from the drawn model">
        {items.map((item, i) => {
          const sentence = driftSentence(item, catalog);
          return (
            <li
              key={i}
              data-testid="drift-item"
              data-kind={item.kind}
              data-component={item.component}
              data-attribute={item.kind === 'attribute' ? item.attribute : undefined}
            >
              <fieldset className="drift-choice">
                <legend>
                  {sentence.text}
                  {sentence.source && <span className="import-source"> ({sentence.source})</span>}
                </legend>
                <label>
                  <input
                    type="radio"
                    name={`drift-${i}`}
                    checked={chosen.has(i)}
                    onChange={() => set(i, true)}
                    data-testid="drift-apply"
                  />
                  {ACTION[item.kind]}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`drift-${i}`}
                    checked={!chosen.has(i)}
                    onChange={() => set(i, false)}
                    data-testid="drift-keep"
                  />
                  Keep as drawn
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
