import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { LIMITS } from '../../domain/model/schema';
import { TextLimit } from '../shared/TextLimit';
import { plural } from '../../domain/text/plural';

/** With nothing selected the inspector edits the assessment's scope (shown on the report cover). */
export function ScopeForm() {
  const { scope, updateScope, count, readOnly } = useWorkbench(
    useShallow((s) => ({
      scope: s.document.scope,
      updateScope: s.updateScope,
      count: Object.keys(s.document.components).length,
      readOnly: s.readOnly,
    })),
  );
  return (
    <div className="inspector" aria-label="Assessment scope">
      <p className="inspector-type">Assessment scope</p>
      <p className="empty-note">Select a component to edit it. {plural(count, 'component')} on the canvas.</p>
      <fieldset disabled={readOnly}>
        <div className="field">
          <label htmlFor="scope-assessor">Assessor</label>
          <input
            id="scope-assessor"
            value={scope.assessor}
            maxLength={LIMITS.name}
            onChange={(e) => updateScope({ assessor: e.target.value }, { coalesce: 'scope:assessor' })}
          />
        </div>
        <div className="field">
          <label htmlFor="scope-org">Organisation</label>
          <input
            id="scope-org"
            value={scope.organisation}
            maxLength={LIMITS.name}
            onChange={(e) => updateScope({ organisation: e.target.value }, { coalesce: 'scope:organisation' })}
          />
        </div>
        <div className="field">
          <label htmlFor="scope-desc">Scope</label>
          <textarea
            id="scope-desc"
            rows={3}
            maxLength={LIMITS.notes}
            value={scope.description}
            onChange={(e) => updateScope({ description: e.target.value }, { coalesce: 'scope:description' })}
          />
          <TextLimit value={scope.description} max={LIMITS.notes} />
        </div>
        <div className="field">
          <label htmlFor="scope-assumptions">Assumptions</label>
          <textarea
            id="scope-assumptions"
            rows={3}
            maxLength={LIMITS.notes}
            value={scope.assumptions}
            onChange={(e) => updateScope({ assumptions: e.target.value }, { coalesce: 'scope:assumptions' })}
          />
          <TextLimit value={scope.assumptions} max={LIMITS.notes} />
        </div>
      </fieldset>
    </div>
  );
}
