import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { selectAssessment } from '../../store/selectAssessment';
import { checkConnection } from '../../domain/model/componentDefaults';
import type { ConnectionPatch } from '../../domain/model/operations';
import { updateConnection } from '../../domain/commands/editorCommands';
import type { AttributeValue, Attributes } from '../../domain/model/schema';
import { AttributeField } from './AttributeField';
import { own } from '../../domain/model/ownEntry';

/**
 * A selected connection: its kind (among those the catalog allows between its two ends), its
 * label and the typed attributes of its kind, such as a device assignment's mode.
 */
export function ConnectionInspector({ connectionId }: { connectionId: string }) {
  const { document, catalog, dispatch, removeSelection, readOnly } = useWorkbench(
    useShallow((s) => ({
      document: s.document,
      catalog: s.catalog,
      dispatch: s.dispatch,
      removeSelection: s.removeSelection,
      readOnly: s.readOnly,
    })),
  );
  const assessment = useWorkbench((s) => selectAssessment(s));
  const connection = own(document.connections, connectionId);

  const missing = useMemo(() => {
    const out = new Set<string>();
    for (const f of assessment.findings) {
      for (const m of f.reason.missing ?? []) if (m.connectionId === connectionId) out.add(m.attribute);
    }
    return out;
  }, [assessment, connectionId]);

  const reasons = useMemo(
    () => assessment.findings.filter((f) => f.reason.missing?.some((m) => m.connectionId === connectionId)),
    [assessment, connectionId],
  );

  if (!connection) return null;
  const type = catalog.connectionTypes.find((t) => t.id === connection.type);
  const from = own(document.components, connection.source);
  const to = own(document.components, connection.target);
  // Other kinds this pair may be: the check ignores the connection itself (it would be a duplicate of itself).
  const without = { ...document, connections: { ...document.connections } };
  delete without.connections[connectionId];
  const kinds = catalog.connectionTypes.filter(
    (t) => t.id === connection.type || checkConnection(catalog, without, connection.source, connection.target, t.id).ok,
  );

  const apply = (patch: ConnectionPatch, coalesce?: string) =>
    dispatch(updateConnection, { id: connectionId, patch }, coalesce ? { coalesce } : undefined);

  const changeKind = (typeId: string) => {
    const next = catalog.connectionTypes.find((t) => t.id === typeId);
    if (!next) return;
    // Attributes belong to the kind: a new kind starts from its own defaults (unknown).
    const attributes: Attributes = {};
    for (const spec of next.attributes) attributes[spec.id] = spec.type === 'text' ? '' : (spec.default ?? null);
    const cleared: Record<string, AttributeValue | undefined> = {};
    for (const k of Object.keys(connection.attributes)) cleared[k] = undefined;
    apply({ type: typeId, attributes: { ...cleared, ...attributes } });
  };

  return (
    <div className="inspector" aria-label="Connection inspector" data-testid="connection-inspector">
      <p className="inspector-type">Connection</p>
      <p className="connection-ends">
        <strong>{from?.name ?? connection.source}</strong> → <strong>{to?.name ?? connection.target}</strong>
      </p>
      <fieldset disabled={readOnly}>
        <div className="field">
          <label htmlFor="connection-kind">Kind</label>
          <select id="connection-kind" value={connection.type} onChange={(e) => changeKind(e.target.value)}>
            {kinds.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          {type && <small className="field-help">{type.description}</small>}
        </div>
        <div className="field">
          <label htmlFor="connection-label">Label</label>
          <input
            id="connection-label"
            value={connection.label}
            maxLength={200}
            placeholder={type?.name ?? ''}
            onChange={(e) => apply({ label: e.target.value }, `label:${connectionId}`)}
          />
        </div>
        {(type?.attributes ?? []).map((spec) => (
          <AttributeField
            key={spec.id}
            spec={spec}
            value={spec.id in connection.attributes ? connection.attributes[spec.id]! : null}
            highlight={missing.has(spec.id)}
            provenance={connection.provenance?.[spec.id]}
            onChange={(v) =>
              apply(
                { attributes: { [spec.id]: v } },
                spec.type === 'text' ? `attr:${connectionId}:${spec.id}` : undefined,
              )
            }
          />
        ))}
        <button type="button" className="danger-button" onClick={removeSelection}>
          Delete connection
        </button>
      </fieldset>
      {reasons.length > 0 && (
        <section className="findings" aria-label="Findings waiting on this connection">
          <h3>Waiting on this connection</h3>
          <ul className="reason-list">
            {reasons.map((f) => (
              <li key={`${f.ruleId}-${f.componentId}`} className="needs-input">
                <span>{f.recommendations.join(', ')}</span>
                <span className="reason-text">{f.reason.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
