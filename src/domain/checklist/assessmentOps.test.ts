import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  clearAssessment,
  getAssessment,
  moveAssessment,
  removeEvidence,
  setAssessment,
  setAssessmentStatus,
} from './assessmentOps';
import { DocumentSchema } from '../model/schema';
import { smallPlatform } from '../../test/fixtures/documentBuilder';

const T1 = '2026-02-01T10:00:00Z';
const T2 = '2026-02-02T10:00:00Z';

describe('assessment operations', () => {
  it('creates an entry keyed by recommendation and scope, without touching the input', () => {
    const doc = smallPlatform();
    const next = setAssessment(doc, 'HY-SR-6C', 'gpu1', { status: 'implemented', owner: 'Ana' }, T1);
    expect(doc.assessment).toEqual({});
    expect(Object.keys(next.assessment)).toEqual(['HY-SR-6C@gpu1']);
    expect(getAssessment(next, 'HY-SR-6C', 'gpu1')).toMatchObject({
      status: 'implemented',
      owner: 'Ana',
      scope: 'gpu1',
      updatedAt: T1,
    });
    expect(next.updatedAt).toBe(T1);
    expect(DocumentSchema.safeParse(next).success).toBe(true);
  });

  it('patches keep other fields and restamp updatedAt', () => {
    let doc = setAssessment(
      smallPlatform(),
      'HY-SR-2',
      'platform',
      { status: 'partially-implemented', justification: 'VT-x on' },
      T1,
    );
    doc = setAssessmentStatus(doc, 'HY-SR-2', 'platform', 'implemented', T2);
    expect(doc.assessment['HY-SR-2']).toMatchObject({
      status: 'implemented',
      justification: 'VT-x on',
      updatedAt: T2,
      scope: 'platform',
    });
  });

  it('adds, replaces and removes evidence; clears and moves entries', () => {
    const ev = { id: 'e1', kind: 'note' as const, text: 'BIOS screenshot', addedAt: T1 };
    let doc = addEvidence(smallPlatform(), 'HY-SR-1', 'platform', ev, T1);
    doc = addEvidence(doc, 'HY-SR-1', 'platform', { ...ev, text: 'updated' }, T1);
    expect(getAssessment(doc, 'HY-SR-1', 'platform')?.evidence).toEqual([{ ...ev, text: 'updated' }]);
    doc = removeEvidence(doc, 'HY-SR-1', 'platform', 'e1', T2);
    expect(getAssessment(doc, 'HY-SR-1', 'platform')?.evidence).toEqual([]);
    expect(removeEvidence(doc, 'HY-SR-1', 'platform', 'nope', T2)).toBe(doc);

    doc = moveAssessment(doc, 'HY-SR-1', 'platform', 'h1', T2);
    expect(Object.keys(doc.assessment)).toEqual(['HY-SR-1@h1']);
    expect(doc.assessment['HY-SR-1@h1']?.scope).toBe('h1');
    doc = clearAssessment(doc, 'HY-SR-1', 'h1', T2);
    expect(doc.assessment).toEqual({});
    expect(clearAssessment(doc, 'HY-SR-1', 'h1', T2)).toBe(doc);
  });
});
