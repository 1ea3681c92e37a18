import { describe, expect, it } from 'vitest';
import { assessmentActionsFor } from './assessmentActions';
import { editingStore } from '../test/editingStore';

function setup() {
  const store = editingStore();
  // Store state and actions plus the assessment edit actions, as the checklist sees them.
  const s = () => ({ ...store.getState(), ...assessmentActionsFor(store) });
  return { store, s };
}

const targets = [
  { recommendationId: 'HY-SR-2', scope: 'platform' },
  { recommendationId: 'HY-SR-3', scope: 'platform' },
  { recommendationId: 'HY-SR-4', scope: 'vm1' },
];

describe('assessment actions', () => {
  it('a bulk status change is one undo step', () => {
    const { s } = setup();
    expect(s().bulkSetStatus(targets, 'implemented')).toEqual({ ok: true });
    expect(Object.values(s().document.assessment).map((e) => e.status)).toEqual([
      'implemented',
      'implemented',
      'implemented',
    ]);
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().document.assessment).toEqual({});
  });

  it('a bulk change that would leave an invalid entry changes nothing and says why', () => {
    const { s } = setup();
    const result = s().bulkSetStatus(targets, 'risk-accepted', {
      justification: 'legacy',
      approver: 'CISO',
      approvedAt: '2026-01-01',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/HY-SR-2 cannot be set to “Risk accepted”: Expiry date is required/);
    expect(s().document.assessment).toEqual({});
    expect(s().past).toHaveLength(0);
    expect(s().bulkSetStatus(targets, 'not-applicable', { justification: 'Not in this enclave' }).ok).toBe(true);
  });

  it('saveAssessment validates the whole entry; evidence gets an id and time', () => {
    const { s } = setup();
    expect(s().saveAssessment('HY-SR-2', 'platform', { status: 'not-applicable' })).toMatchObject({
      ok: false,
      problems: [{ field: 'justification' }],
    });
    expect(s().document.assessment).toEqual({});
    expect(
      s().saveAssessment('HY-SR-2', 'platform', {
        status: 'not-applicable',
        justification: 'No such hardware',
        owner: 'Ana',
      }).ok,
    ).toBe(true);
    const added = s().addEvidence('HY-SR-2', 'platform', { kind: 'link', text: 'https://wiki.example/x' });
    expect(added).toMatchObject({ ok: true, id: 'id1' });
    expect(s().document.assessment['HY-SR-2']?.evidence[0]).toMatchObject({
      id: 'id1',
      kind: 'link',
      addedAt: expect.stringMatching(/^2026-01-01T/),
    });
    s().removeEvidence('HY-SR-2', 'platform', 'id1');
    expect(s().document.assessment['HY-SR-2']?.evidence).toEqual([]);
    s().undo();
    expect(s().document.assessment['HY-SR-2']?.evidence).toHaveLength(1);
  });

  it('refuses edits in a read-only tab', () => {
    const { s } = setup();
    s().setReadOnly(true);
    expect(s().bulkSetStatus(targets, 'implemented').ok).toBe(false);
    expect(s().saveAssessment('HY-SR-2', 'platform', { status: 'implemented' }).ok).toBe(false);
    expect(s().addEvidence('HY-SR-2', 'platform', { kind: 'note', text: 'x' }).ok).toBe(false);
    expect(s().mergeToPlatform('HY-SR-4', ['vm1']).ok).toBe(false);
    s().clearAssessment('HY-SR-2', 'platform');
    expect(s().document.assessment).toEqual({});
    expect(s().past).toHaveLength(0);
  });

  it('are built once per store, so components get stable functions', () => {
    const { store } = setup();
    expect(assessmentActionsFor(store)).toBe(assessmentActionsFor(store));
    expect(assessmentActionsFor(setup().store)).not.toBe(assessmentActionsFor(store));
  });

  it('are not part of the store state (they load with the checklist)', () => {
    const { store } = setup();
    for (const name of [
      'saveAssessment',
      'bulkSetStatus',
      'addEvidence',
      'removeEvidence',
      'clearAssessment',
      'splitPerComponent',
      'mergeToPlatform',
    ]) {
      expect(store.getState()).not.toHaveProperty(name);
    }
  });

  it('goToAttribute selects the component, shows the inspector and requests the field', () => {
    const { s } = setup();
    s().showPanel('checklist');
    s().showView('dashboard');
    s().goToAttribute({ componentId: 'host1', attribute: 'cluster' });
    expect(s()).toMatchObject({
      sidePanel: 'inspector',
      mainView: 'model',
      focusAttribute: { componentId: 'host1', attribute: 'cluster' },
    });
    expect(s().selection.components).toEqual(['host1']);
    s().clearFocusAttribute();
    expect(s().focusAttribute).toBeNull();
  });

  it('openChecklist replaces the filter and shows the checklist', () => {
    const { s } = setup();
    s().setChecklistFilter({ text: 'old' });
    s().openChecklist({ baselineFunction: 'HY-BF2', origin: 'HY-BF2 × vm1' });
    expect(s().sidePanel).toBe('checklist');
    expect(s().checklistFilter).toMatchObject({ text: '', baselineFunction: 'HY-BF2', origin: 'HY-BF2 × vm1' });
  });
});
