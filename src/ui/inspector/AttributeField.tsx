import { useId } from 'react';
import type { AttributeSpec } from '../../domain/catalog/schema';
import { LIMITS, type AttributeProvenance, type AttributeValue } from '../../domain/model/schema';
import { describeProvenance } from '../../domain/import/provenanceText';

const UNKNOWN = '__unknown__';
const MIXED = '__mixed__';

/**
 * One typed attribute. `value` is `undefined` when several selected components disagree.
 * Unknown is an explicit choice, stored as `null`, and never read as false or zero.
 */
export function AttributeField({
  spec,
  value,
  onChange,
  highlight,
  provenance,
}: {
  spec: AttributeSpec;
  value: AttributeValue | undefined;
  onChange: (value: AttributeValue) => void;
  highlight?: boolean;
  /** Where an imported value came from; gone once the user sets the value. */
  provenance?: AttributeProvenance;
}) {
  const id = useId();
  const mixed = value === undefined;
  const className = highlight ? 'field needs-input-field' : 'field';
  const label = (
    <label htmlFor={id}>
      {spec.label}
      {highlight && <span className="field-flag"> — needs input</span>}
    </label>
  );
  const source = provenance && describeProvenance(provenance);
  const origin = source && (
    <small className="field-provenance" data-testid="attribute-provenance" title={source.full}>
      {source.text}
    </small>
  );

  if (spec.type === 'enum' || spec.type === 'boolean') {
    const options =
      spec.type === 'enum'
        ? spec.options
        : [
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ];
    const current = mixed ? MIXED : value === null ? UNKNOWN : String(value);
    return (
      <div className={className} data-attribute={spec.id}>
        {label}
        <select
          id={id}
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            if (v === MIXED) return;
            if (v === UNKNOWN) onChange(null);
            else if (spec.type === 'boolean') onChange(v === 'true');
            else onChange(v);
          }}
        >
          {mixed && <option value={MIXED}>(mixed values)</option>}
          {(spec.unknownAllowed || current === UNKNOWN) && <option value={UNKNOWN}>Unknown</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {origin}
        {spec.help && <small className="field-help">{spec.help}</small>}
      </div>
    );
  }

  if (spec.type === 'number') {
    const invalid =
      typeof value === 'number' &&
      ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max));
    return (
      <div className={className} data-attribute={spec.id}>
        {label}
        <input
          id={id}
          type="number"
          min={spec.min}
          max={spec.max}
          placeholder={mixed ? '(mixed values)' : 'Unknown'}
          value={typeof value === 'number' ? value : ''}
          aria-invalid={invalid}
          onChange={(e) => {
            const raw = e.target.value;
            if (raw === '') onChange(null);
            else if (Number.isFinite(Number(raw))) onChange(Number(raw));
          }}
        />
        {origin}
        {spec.unit && <small className="field-help">in {spec.unit}</small>}
        {invalid && (
          <small className="field-error" role="alert">
            {spec.label} must be between {spec.min ?? '−∞'} and {spec.max ?? '∞'}.
          </small>
        )}
      </div>
    );
  }

  return (
    <div className={className} data-attribute={spec.id}>
      {label}
      <input
        id={id}
        type="text"
        maxLength={Math.min(spec.maxLength ?? LIMITS.shortText, LIMITS.shortText)}
        placeholder={mixed ? '(mixed values)' : ''}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
      />
      {origin}
    </div>
  );
}
