import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyToTargets,
  checkAttachment,
  checkEvidenceLink,
  formatBytes,
  isAcceptanceExpired,
  isAssessedPerComponent,
  isCalendarDate,
  isOverdue,
  MAX_ATTACHMENT_BYTES,
  mergeToPlatform,
  splitPerComponent,
  validateEntry,
} from './assessmentWorkflow';
import { emptyAssessmentEntry, setAssessment } from './assessmentOps';
import { DocumentSchema, type AssessmentEntry } from '../model/schema';
import { smallPlatform } from '../../test/fixtures/documentBuilder';

const T0 = '2026-03-01T00:00:00Z';
const T1 = '2026-03-02T00:00:00Z';
const entry = (patch: Partial<AssessmentEntry>): AssessmentEntry => ({
  ...emptyAssessmentEntry('HY-SR-2', 'platform', T0),
  ...patch,
});
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('validateEntry', () => {
  it('accepts the statuses that need nothing more', () => {
    for (const status of ['not-reviewed', 'implemented', 'partially-implemented', 'not-implemented'] as const) {
      expect(validateEntry(entry({ status }))).toEqual([]);
    }
  });

  it('requires a justification for not applicable, naming the field', () => {
    const problems = validateEntry(entry({ status: 'not-applicable', justification: '   ' }));
    expect(fields(problems)).toEqual(['justification']);
    expect(problems[0]!.message).toMatch(/Justification is required.*Not applicable/);
    expect(validateEntry(entry({ status: 'not-applicable', justification: 'No passthrough on this host' }))).toEqual(
      [],
    );
  });

  it('requires approver, approval date and an expiry after it for risk accepted', () => {
    expect(fields(validateEntry(entry({ status: 'risk-accepted' })))).toEqual([
      'justification',
      'approver',
      'approvedAt',
      'expiresAt',
    ]);
    const base = {
      status: 'risk-accepted' as const,
      justification: 'Legacy app',
      approver: 'CISO',
      approvedAt: '2026-03-01',
    };
    expect(fields(validateEntry(entry({ ...base, expiresAt: '2026-03-01' })))).toEqual(['expiresAt']);
    expect(fields(validateEntry(entry({ ...base, expiresAt: '2026-02-30' })))).toEqual(['expiresAt']);
    expect(validateEntry(entry({ ...base, expiresAt: '2026-09-01' }))).toEqual([]);
  });

  it('keeps verifier and verification date together', () => {
    expect(fields(validateEntry(entry({ verifiedAt: '2026-03-01' })))).toEqual(['verifiedBy']);
    expect(fields(validateEntry(entry({ verifiedBy: 'Ana' })))).toEqual(['verifiedAt']);
    expect(validateEntry(entry({ verifiedBy: 'Ana', verifiedAt: '2026-03-01' }))).toEqual([]);
  });

  it('isCalendarDate agrees with the calendar for any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (d) =>
        isCalendarDate(d.toISOString().slice(0, 10)),
      ),
    );
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
});

describe('dates on entries', () => {
  it('an acceptance expires on its expiry date; open items are overdue after their due date', () => {
    expect(isAcceptanceExpired(entry({ status: 'risk-accepted', expiresAt: '2026-03-01' }), '2026-03-01')).toBe(true);
    expect(isAcceptanceExpired(entry({ status: 'risk-accepted', expiresAt: '2026-03-02' }), '2026-03-01')).toBe(false);
    expect(isOverdue(entry({ status: 'not-implemented', dueDate: '2026-02-28' }), '2026-03-01')).toBe(true);
    expect(isOverdue(entry({ status: 'implemented', dueDate: '2026-02-28' }), '2026-03-01')).toBe(false);
  });
});

describe('evidence vetting', () => {
  it('accepts only http and https links', () => {
    expect(checkEvidenceLink(' https://wiki.example/hy-sr-2 ')).toEqual({
      ok: true,
      url: 'https://wiki.example/hy-sr-2',
    });
    expect(checkEvidenceLink('javascript:alert(1)')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/javascript:/),
    });
    expect(checkEvidenceLink('data:text/html,<b>x</b>').ok).toBe(false);
    expect(checkEvidenceLink('wiki page').ok).toBe(false);
    expect(checkEvidenceLink('').ok).toBe(false);
  });

  it('refuses files over the limit and empty files, naming the file', () => {
    expect(checkAttachment({ name: 'a.png', size: MAX_ATTACHMENT_BYTES })).toEqual({ ok: true });
    const big = checkAttachment({ name: 'dump.bin', size: MAX_ATTACHMENT_BYTES + 1 });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.message).toMatch(/“dump\.bin” is 10\.0 MB; files up to 10 MB/);
    expect(checkAttachment({ name: 'e.txt', size: 0 }).ok).toBe(false);
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});

describe('applyToTargets', () => {
  it('applies a patch to every target, or refuses all of it when one entry would be invalid', () => {
    const doc = smallPlatform();
    const ok = applyToTargets(
      doc,
      [
        { recommendationId: 'HY-SR-2', scope: 'platform' },
        { recommendationId: 'HY-SR-3', scope: 'platform' },
      ],
      { status: 'implemented' },
      T1,
    );
    expect(ok.ok && Object.values(ok.document.assessment).map((e) => e.status)).toEqual(['implemented', 'implemented']);

    const refused = applyToTargets(
      doc,
      [{ recommendationId: 'HY-SR-2', scope: 'platform' }],
      { status: 'not-applicable' },
      T1,
    );
    expect(refused).toMatchObject({ ok: false, target: { recommendationId: 'HY-SR-2' } });
    expect(doc.assessment).toEqual({});
  });
});

describe('per-component split and merge', () => {
  const components = [
    { id: 'vm1', name: 'web' },
    { id: 'vm2', name: 'db' },
  ];
  it('split copies the platform record to each component and removes it; merge joins them back without loss', () => {
    let doc = setAssessment(
      smallPlatform(),
      'HY-SR-3',
      'platform',
      { status: 'implemented', owner: 'Ana', evidence: [{ id: 'e1', kind: 'note', text: 'cgroups', addedAt: T0 }] },
      T0,
    );
    doc = splitPerComponent(doc, 'HY-SR-3', ['vm1', 'vm2'], T1);
    expect(Object.keys(doc.assessment).sort()).toEqual(['HY-SR-3@vm1', 'HY-SR-3@vm2']);
    expect(doc.assessment['HY-SR-3@vm2']).toMatchObject({ status: 'implemented', owner: 'Ana', scope: 'vm2' });
    expect(isAssessedPerComponent(doc, 'HY-SR-3', ['vm1', 'vm2'])).toBe(true);

    doc = setAssessment(
      doc,
      'HY-SR-3',
      'vm2',
      { status: 'not-implemented', owner: 'Bo', comments: 'no limits set' },
      T1,
    );
    const merged = mergeToPlatform(doc, 'HY-SR-3', components, T1);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const platform = merged.document.assessment['HY-SR-3']!;
    expect(platform).toMatchObject({ status: 'not-implemented', owner: 'web: Ana; db: Bo', comments: 'no limits set' });
    expect(platform.evidence.map((e) => e.id)).toEqual(['e1']);
    expect(Object.keys(merged.document.assessment)).toEqual(['HY-SR-3']);
    expect(DocumentSchema.safeParse(merged.document).success).toBe(true);
  });

  it('merge counts a component without a record as not reviewed', () => {
    const doc = setAssessment(smallPlatform(), 'HY-SR-3', 'vm1', { status: 'implemented' }, T0);
    const merged = mergeToPlatform(doc, 'HY-SR-3', components, T1);
    expect(merged.ok && merged.document.assessment['HY-SR-3']?.status).toBe('not-reviewed');
  });

  it('merge refuses, rather than cuts, what does not fit one record', () => {
    let doc = smallPlatform();
    doc = setAssessment(doc, 'HY-SR-3', 'vm1', { owner: 'a'.repeat(150) }, T0);
    doc = setAssessment(doc, 'HY-SR-3', 'vm2', { owner: 'b'.repeat(150) }, T0);
    const merged = mergeToPlatform(doc, 'HY-SR-3', components, T1);
    expect(merged).toMatchObject({ ok: false, message: expect.stringMatching(/Owner/) });
  });
});
