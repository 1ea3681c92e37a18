import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { selectAssessment } from '../../store/selectAssessment';
import { LIMITS, type AttributeValue } from '../../domain/model/schema';
import { TextLimit } from '../shared/TextLimit';
import { AttributeField } from './AttributeField';
import { ComponentFindings } from './ComponentFindings';
import { ParentField } from './ParentField';
import { ChangeTypeField } from './ChangeTypeField';
import { own } from '../../domain/model/ownEntry';
import { plural } from '../../domain/text/plural';

/** Name, notes and typed attributes of the selected components; with several, their common attributes. */
export function ComponentInspector() {
  const { document, catalog, selection, updateComponents, setAttribute, readOnly } = useWorkbench(
    useShallow((s) => ({
      document: s.document,
      catalog: s.catalog,
      selection: s.selection,
      updateComponents: s.updateComponents,
      setAttribute: s.setAttribute,
      readOnly: s.readOnly,
    })),
  );
  const assessment = useWorkbench((s) => selectAssessment(s));
  const selected = selection.components.map((id) => own(document.components, id)).filter((c) => c !== undefined);

  // Read only for the selected components: the others' entries are not built (a 500-component
  // platform has thousands of needs-input findings, issue 17).
  const missing = useMemo(() => {
    const wanted = new Set(selection.components);
    const out = new Set<string>();
    for (const f of assessment.findings) {
      for (const m of f.reason.missing ?? []) if (wanted.has(m.componentId)) out.add(`${m.componentId}:${m.attribute}`);
    }
    return out;
  }, [assessment, selection.components]);

  const types = new Set(selected.map((c) => c.type));
  const specs = catalog.componentTypes.filter((t) => types.has(t.id));
  // Common attributes: those every selected type defines (by id and type).
  const common = (specs[0]?.attributes ?? []).filter((a) =>
    specs.every((t) => t.attributes.some((b) => b.id === a.id && b.type === a.type)),
  );
  const single = selected.length === 1 ? selected[0]! : undefined;
  const typeSpec = single ? specs[0] : undefined;

  const valueOf = (attr: string): AttributeValue | undefined => {
    const values = selected.map((c) => (attr in c.attributes ? c.attributes[attr]! : null));
    return values.every((v) => v === values[0]) ? values[0] : undefined;
  };

  return (
    <div className="inspector" aria-label="Inspector">
      <fieldset disabled={readOnly}>
        {single ? (
          <>
            <p className="inspector-type">{typeSpec?.name ?? single.type}</p>
            <div className="field">
              <label htmlFor="inspector-name">Name</label>
              <input
                id="inspector-name"
                value={single.name}
                maxLength={200}
                aria-invalid={single.name.trim() === ''}
                onChange={(e) =>
                  updateComponents({ [single.id]: { name: e.target.value } }, { coalesce: `name:${single.id}` })
                }
              />
              {single.name.trim() === '' && (
                <small className="field-error" role="alert">
                  A component needs a name.
                </small>
              )}
            </div>
            <ParentField componentId={single.id} />
            <ChangeTypeField component={single} />
          </>
        ) : (
          <p className="inspector-type">
            {plural(selected.length, 'component')} selected · {plural(common.length, 'common attribute')}
          </p>
        )}
        {common.map((spec) => (
          <AttributeField
            key={spec.id}
            spec={spec}
            value={valueOf(spec.id)}
            highlight={selected.some((c) => missing.has(`${c.id}:${spec.id}`))}
            provenance={single?.provenance?.[spec.id]}
            onChange={(v) =>
              setAttribute(
                selected.map((c) => c.id),
                spec.id,
                v,
              )
            }
          />
        ))}
        {single && (
          <div className="field">
            <label htmlFor="inspector-notes">Notes</label>
            <textarea
              id="inspector-notes"
              rows={3}
              value={single.notes}
              maxLength={LIMITS.notes}
              onChange={(e) =>
                updateComponents({ [single.id]: { notes: e.target.value } }, { coalesce: `notes:${single.id}` })
              }
            />
            <TextLimit value={single.notes} max={LIMITS.notes} />
          </div>
        )}
      </fieldset>
      {single && <ComponentFindings componentId={single.id} />}
    </div>
  );
}
