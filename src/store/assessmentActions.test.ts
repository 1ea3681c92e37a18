import { describe, expect, it } from 'vitest';
import { createWorkbenchStore } from './createWorkbenchStore';
import { EDITING_CATALOG, makeDocument } from '../test/builders';
import type { CatalogData } from '../domain/catalog/schema';

function setup() {
  let n = 0;
  let t = 0;
  return createWorkbenchStore(
    {
      catalog: EDITING_CATALOG as CatalogData,
      clock: () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString(),
      ids: () => `id${++n}`,
    },
    makeDocument(),
  );
}

const targets = [
  { recommendationId: 'HY-SR-2', scope: 'platform' },
  { recommendationId: 'HY-SR-3', scope: 'platform' },
  { recommendationId: 'HY-SR-4', scope: 'vm1' },
];

describe('assessment actions', () => {
  it('a bulk status change is one undo step', () => {
    const store = setup();
    const s = () => store.getState();
    expect(s().bulkSetStatus(targets, 'implemented')).toEqual({ ok: true });
    expect(Object.values(s().document.assessment).map((e) => e.status)).toEqual(['implemented', 'implemented', 'implemented']);
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().document.assessment).toEqual({});
  });

  it('a bulk change that would leave an invalid entry changes nothing and says why', () => {
    const store = setup();
    const s = () => store.getState();
    const result = s().bulkSetStatus(targets, 'risk-accepted', { justification: 'legacy', approver: 'CISO', approvedAt: '2026-01-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/HY-SR-2 cannot be set to “Risk accepted”: Expiry date is required/);
    expect(s().document.assessment).toEqual({});
    expect(s().past).toHaveLength(0);
    expect(s().bulkSetStatus(targets, 'not-applicable', { justification: 'Not in this enclave' }).ok).toBe(true);
  });

  it('saveAssessment validates the whole entry; evidence gets an id and time', () => {
    const store = setup();
    const s = () => store.getState();
    expect(s().saveAssessment('HY-SR-2', 'platform', { status: 'not-applicable' })).toMatchObject({ ok: false, problems: [{ field: 'justification' }] });
    expect(s().document.assessment).toEqual({});
    expect(s().saveAssessment('HY-SR-2', 'platform', { status: 'not-applicable', justification: 'No such hardware', owner: 'Ana' }).ok).toBe(true);
    const added = s().addEvidence('HY-SR-2', 'platform', { kind: 'link', text: 'https://wiki.example/x' });
    expect(added).toMatchObject({ ok: true, id: 'id1' });
    expect(s().document.assessment['HY-SR-2']?.evidence[0]).toMatchObject({ id: 'id1', kind: 'link', addedAt: expect.stringMatching(/^2026-01-01T/) });
    s().removeEvidence('HY-SR-2', 'platform', 'id1');
    expect(s().document.assessment['HY-SR-2']?.evidence).toEqual([]);
    s().undo();
    expect(s().document.assessment['HY-SR-2']?.evidence).toHaveLength(1);
  });

  it('refuses edits in a read-only tab', () => {
    const store = setup();
    store.getState().setReadOnly(true);
    expect(store.getState().bulkSetStatus(targets, 'implemented').ok).toBe(false);
    expect(store.getState().saveAssessment('HY-SR-2', 'platform', { status: 'implemented' }).ok).toBe(false);
    expect(store.getState().document.assessment).toEqual({});
  });

  it('goToAttribute selects the component, shows the inspector and requests the field', () => {
    const store = setup();
    const s = () => store.getState();
    s().showPanel('checklist');
    s().showView('dashboard');
    s().goToAttribute({ componentId: 'host1', attribute: 'cluster' });
    expect(s()).toMatchObject({ sidePanel: 'inspector', mainView: 'model', focusAttribute: { componentId: 'host1', attribute: 'cluster' } });
    expect(s().selection.components).toEqual(['host1']);
    s().clearFocusAttribute();
    expect(s().focusAttribute).toBeNull();
  });

  it('openChecklist replaces the filter and shows the checklist', () => {
    const store = setup();
    const s = () => store.getState();
    s().setChecklistFilter({ text: 'old' });
    s().openChecklist({ baselineFunction: 'HY-BF2', origin: 'HY-BF2 × vm1' });
    expect(s().sidePanel).toBe('checklist');
    expect(s().checklistFilter).toMatchObject({ text: '', baselineFunction: 'HY-BF2', origin: 'HY-BF2 × vm1' });
  });
});
