import { useMemo, useState, type FormEvent } from 'react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { checkConnection } from '../../domain/model/componentDefaults';
import { inferConnectionKind, inferConnectionMode } from '../../domain/model/inferConnectionMode';
import type { ConnectionType } from '../../domain/catalog/schema';
import type { AttributeValue } from '../../domain/model/schema';
import { EditorDialog } from './EditorDialog';
import { own } from '../../domain/model/ownEntry';

interface Option {
  key: string;
  type: ConnectionType;
  source: string;
  target: string;
}

const UNKNOWN = '__unknown__';

/**
 * Draws a connection by keyboard or finishes one drawn with the pointer: pick the other end,
 * the kind of connection the catalog allows between the two (either direction), and for
 * device assignments the mode (emulated, para-virtual, passthrough, SR-IOV VF), pre-filled
 * when the device end tells it (a para-virtual back end is para-virtual). With everything
 * known, the Connect button has the focus: a connection drawn with the pointer is one Enter.
 */
export function ConnectDialog({
  source,
  target: fixedTarget,
  onClose,
}: {
  source: string;
  target?: string;
  onClose: () => void;
}) {
  const store = useWorkbenchStore();
  const document = useWorkbench((s) => s.document);
  const catalog = useWorkbench((s) => s.catalog);
  const [target, setTarget] = useState(fixedTarget ?? '');
  const [choice, setChoice] = useState('');
  // null until the user picks a mode: then the inferred one (if any) is shown.
  const [pickedMode, setMode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const from = own(document.components, source);
  const typeName = (typeId: string) => catalog.componentTypes.find((t) => t.id === typeId)?.name ?? typeId;
  const candidates = useMemo(
    () =>
      Object.values(document.components)
        .filter((c) => c.id !== source)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [document, source],
  );

  const { options, refusal } = useMemo(() => {
    if (!target || !own(document.components, target)) return { options: [] as Option[], refusal: null };
    const out: Option[] = [];
    const messages = new Set<string>();
    for (const type of catalog.connectionTypes) {
      for (const [a, b, dir] of [
        [source, target, 'fwd'],
        [target, source, 'rev'],
      ] as const) {
        if (dir === 'rev' && !type.directed) continue;
        const check = checkConnection(catalog, document, a, b, type.id);
        if (check.ok) out.push({ key: `${type.id}|${dir}`, type, source: a, target: b });
        else if (check.message.includes('already joined')) messages.add(check.message);
      }
    }
    const to = own(document.components, target)!;
    const refusalText =
      out.length > 0
        ? null
        : messages.size > 0
          ? [...messages].join(' ')
          : `The catalog allows no connection between ${typeName(from?.type ?? '')} (${from?.name}) and ${typeName(to.type)} (${to.name}), in either direction.`;
    return { options: out, refusal: refusalText };
  }, [catalog, document, source, target]);

  // Until the user chooses: the only kind, else the one the device end implies (inferConnectionKind).
  const inferredKind = useMemo(
    () =>
      options[
        inferConnectionKind(
          catalog,
          document,
          options.map((o) => ({ typeId: o.type.id, source: o.source, target: o.target })),
        )
      ],
    [catalog, document, options],
  );
  const selected =
    options.find((o) => o.key === choice) ??
    (options.length === 1 ? options[0] : choice === '' ? inferredKind : undefined);
  const modeSpec = selected?.type.attributes.find((a) => a.id === 'mode');
  const inferredMode =
    selected && modeSpec
      ? inferConnectionMode(catalog, document, selected.source, selected.target, selected.type.id)
      : null;
  const mode = pickedMode ?? inferredMode ?? '';
  const ready = fixedTarget !== undefined && selected !== undefined && (!modeSpec || mode !== '');

  if (!from) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!selected) {
      setError(target ? 'Choose the kind of connection.' : 'Choose the component to connect to.');
      return;
    }
    if (modeSpec && mode === '') {
      setError(`Choose the ${modeSpec.label.toLowerCase()} of the ${selected.type.name.toLowerCase()}.`);
      return;
    }
    const attributes: Record<string, AttributeValue> = {};
    for (const spec of selected.type.attributes)
      attributes[spec.id] = spec.type === 'text' ? '' : (spec.default ?? null);
    if (modeSpec) attributes.mode = mode === UNKNOWN ? null : mode;
    const result = store
      .getState()
      .connect({ source: selected.source, target: selected.target, type: selected.type.id, attributes });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    store.getState().select({ connections: [result.id] });
    onClose();
  };

  const nameOf = (id: string) => own(document.components, id)?.name ?? id;

  return (
    <EditorDialog title={`Connect ${from.name}`} onClose={onClose} testId="connect-dialog">
      <form onSubmit={submit} className="dialog-form">
        <div className="field">
          <label htmlFor="connect-target">Other end</label>
          <select
            id="connect-target"
            value={target}
            data-autofocus={!fixedTarget}
            disabled={fixedTarget !== undefined}
            onChange={(e) => {
              setTarget(e.target.value);
              setChoice('');
              setMode(null);
              setError(null);
            }}
          >
            <option value="">Choose a component…</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({typeName(c.type)})
              </option>
            ))}
          </select>
        </div>
        {refusal && (
          <p className="field-error" role="alert" data-testid="connect-refusal">
            {refusal}
          </p>
        )}
        {options.length > 0 && (
          <div className="field">
            <label htmlFor="connect-type">Kind of connection</label>
            <select
              id="connect-type"
              value={selected?.key ?? ''}
              data-autofocus={fixedTarget !== undefined && !ready}
              onChange={(e) => {
                setChoice(e.target.value);
                setMode(null);
                setError(null);
              }}
            >
              {options.length > 1 && <option value="">Choose…</option>}
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.type.name}: {nameOf(o.source)} → {nameOf(o.target)}
                </option>
              ))}
            </select>
            {selected && <small className="field-help">{selected.type.description}</small>}
          </div>
        )}
        {modeSpec && modeSpec.type === 'enum' && (
          <div className="field">
            <label htmlFor="connect-mode">{modeSpec.label}</label>
            <select id="connect-mode" value={mode} onChange={(e) => setMode(e.target.value)}>
              <option value="">Choose…</option>
              {modeSpec.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
              {modeSpec.unknownAllowed && <option value={UNKNOWN}>Unknown (decide later)</option>}
            </select>
            {inferredMode !== null && pickedMode === null && selected && (
              <small className="field-help" data-testid="connect-mode-inferred">
                Pre-filled from {nameOf(selected.source)} ({typeName(document.components[selected.source]?.type ?? '')}
                ).
              </small>
            )}
            {modeSpec.help && <small className="field-help">{modeSpec.help}</small>}
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={options.length === 0} data-autofocus={ready}>
            Connect
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}
