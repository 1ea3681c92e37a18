import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { instantiateTemplate } from '../catalog/templates';
import { DocumentSchema, type WorkbenchDocument, type WorkshopParticipant } from '../model/schema';
import { assess } from '../rules/assess';
import { buildAgenda, stepIdForFunction, stepIdForPack } from './buildAgenda';
import { describeStep } from './describeStep';
import {
  activeWorkshop,
  addParticipant,
  addMissingAgendaItems,
  missingAgendaItems,
  decisionProblems,
  endWorkshop,
  goToStep,
  moveItem,
  moveStep,
  parkTopic,
  recordLogEntry,
  secondsInCurrentStep,
  setParkedTopicResolved,
  setPrivateNote,
  setQuestionResolved,
  setTimebox,
  startWorkshop,
} from './workshopOps';
import { summarizeWorkshop } from './summarizeWorkshop';
import { workshopToMarkdown } from './workshopToMarkdown';
import { buildPresenterFrame, parsePresenterMessage } from './presenterFrame';
import { frameMessage, requestMessage } from './presenterChannel';
import { timeboxState } from './timebox';

const catalog = loadBundledCatalog();
const T0 = '2026-03-01T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const W = 'ws1';
const people: WorkshopParticipant[] = [
  { id: 'p1', name: 'Fay Facilitator', role: 'facilitator' },
  { id: 'p2', name: 'Sam Scribe', role: 'scribe' },
  { id: 'p3', name: 'Pat Platform', role: 'participant' },
];

function platform(template = 'kvm-libvirt'): WorkbenchDocument {
  return instantiateTemplate(template, { id: 'proj1', now: T0 });
}

function started(doc = platform()): WorkbenchDocument {
  return startWorkshop(doc, { id: W, title: 'Q1 review', participants: people, agenda: buildAgenda(doc, catalog) }, T0);
}

function valid(doc: WorkbenchDocument): void {
  const result = DocumentSchema.safeParse(doc);
  expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
}

describe('buildAgenda', () => {
  it('has one step per baseline function in order, then a step for the bundled SP 800-125B pack, named by the pack', () => {
    const agenda = buildAgenda(platform(), catalog);
    const bfSteps = agenda.filter((s) => s.kind === 'baseline-function');
    expect(bfSteps.map((s) => s.baselineFunctionId)).toEqual(['HY-BF1', 'HY-BF2', 'HY-BF3', 'HY-BF4', 'HY-BF5']);
    expect(agenda.at(-1)).toMatchObject({
      id: stepIdForPack('sp800-125b'),
      kind: 'pack',
      packId: 'sp800-125b',
      title: 'Virtual network configuration (SP 800-125B)',
    });
    expect(new Set(agenda.map((s) => s.id)).size).toBe(agenda.length);
  });

  it('puts each applicable recommendation in the step of its function or pack, and none in HY-BF3', () => {
    const doc = platform();
    const agenda = buildAgenda(doc, catalog);
    const recs = new Map(catalog.recommendations.map((r) => [r.id, r]));
    for (const step of agenda) {
      for (const id of step.items) {
        const rec = recs.get(id)!;
        if (step.kind === 'baseline-function') expect(rec.baselineFunction).toBe(step.baselineFunctionId);
        if (step.kind === 'pack') expect(rec.pack).toBe(step.packId);
        if (step.kind === 'platform') expect(rec.baselineFunction).toBeNull();
      }
    }
    expect(agenda.find((s) => s.id === stepIdForFunction('HY-BF3'))?.items).toEqual([]);
    const applicable = assess(doc, catalog)
      .checklist.filter((i) => i.applicability !== 'not-applicable')
      .map((i) => i.recommendationId);
    expect(agenda.flatMap((s) => s.items).sort()).toEqual([...applicable].sort());
  });

  it('describes HY-BF3 with the reason it has no recommendation, its tasks and threats', () => {
    const doc = platform();
    const step = buildAgenda(doc, catalog).find((s) => s.baselineFunctionId === 'HY-BF3')!;
    const view = describeStep(step, doc, catalog, assess(doc, catalog));
    expect(view.noRecommendationReason).toMatch(/trust/i);
    expect(view.items).toEqual([]);
    expect(view.tasks.map((t) => t.id)).toContain('HY-BF3.T1');
    expect(view.threats.length).toBeGreaterThan(0);
  });

  it('describes a function step with the components performing its tasks', () => {
    const doc = platform();
    const step = buildAgenda(doc, catalog).find((s) => s.baselineFunctionId === 'HY-BF1')!;
    const view = describeStep(step, doc, catalog, assess(doc, catalog));
    expect(view.components.length).toBeGreaterThan(0);
    expect(view.tasks.some((t) => t.components.length > 0)).toBe(true);
    expect(view.items.map((i) => i.id)).toEqual(step.items);
    expect(view.items.every((i) => i.title.length > 0 && i.status === 'not-reviewed')).toBe(true);
  });
});

describe('workshop operations', () => {
  it('starts on the first step and item and validates against the document schema', () => {
    const doc = started();
    const w = activeWorkshop(doc)!;
    expect(w.currentStepId).toBe(w.agenda[0]!.id);
    expect(w.currentItemId).toBe(w.agenda[0]!.items[0]);
    valid(doc);
  });

  it('refuses a second running workshop and a workshop without a facilitator', () => {
    const doc = started();
    expect(
      startWorkshop(doc, { id: 'ws2', title: 'x', participants: people, agenda: buildAgenda(doc, catalog) }, T0),
    ).toBe(doc);
    const base = platform();
    const noFacilitator = people.filter((p) => p.role !== 'facilitator');
    expect(
      startWorkshop(base, { id: W, title: 'x', participants: noFacilitator, agenda: buildAgenda(base, catalog) }, T0),
    ).toBe(base);
  });

  it('advances steps and items, stays put at the ends and banks time per step', () => {
    let doc = started();
    const agenda = activeWorkshop(doc)!.agenda;
    expect(moveStep(doc, W, -1, at(1))).toBe(doc);
    const index = agenda.findIndex((s) => s.items.length >= 2);
    const multi = agenda[index]!;
    doc = goToStep(doc, W, multi.id, at(2));
    expect(activeWorkshop(doc)!.agenda[0]!.spentSeconds).toBe(120);
    doc = moveItem(doc, W, 1, at(2));
    expect(activeWorkshop(doc)!.currentItemId).toBe(multi.items[1]);
    doc = moveItem(doc, W, -1, at(2));
    expect(activeWorkshop(doc)!.currentItemId).toBe(multi.items[0]);
    expect(moveItem(doc, W, -1, at(2))).toBe(doc);
    doc = moveStep(doc, W, 1, at(6));
    const w = activeWorkshop(doc)!;
    const following = agenda[index + 1]!;
    expect(w.currentStepId).toBe(following.id);
    expect(w.currentItemId).toBe(following.items[0]);
    expect(w.agenda[index]!.spentSeconds).toBe(240);
    expect(secondsInCurrentStep(w, at(8))).toBe(120);
    // Coming back adds to the time already spent.
    doc = goToStep(doc, W, multi.id, at(8));
    expect(secondsInCurrentStep(activeWorkshop(doc)!, at(9))).toBe(300);
    doc = goToStep(doc, W, agenda.at(-1)!.id, at(10));
    expect(moveStep(doc, W, 1, at(11))).toBe(doc);
    valid(doc);
  });

  it('sends a decision with a status to the checklist, with owner and due date', () => {
    let doc = started();
    const item = activeWorkshop(doc)!.currentItemId!;
    doc = recordLogEntry(
      doc,
      W,
      {
        id: 'e1',
        kind: 'decision',
        itemId: item,
        status: 'partially-implemented',
        text: 'IOMMU on, interrupt remapping pending',
        owner: 'Pat',
        dueDate: '2026-04-01',
        by: 'p2',
      },
      at(2),
    );
    expect(doc.assessment[item]).toMatchObject({
      status: 'partially-implemented',
      owner: 'Pat',
      dueDate: '2026-04-01',
      scope: 'platform',
    });
    expect(doc.assessment[item]!.comments).toContain('IOMMU on, interrupt remapping pending');
    const checklistItem = assess(doc, catalog).checklist.find((i) => i.recommendationId === item)!;
    expect(checklistItem.status).toBe('partially-implemented');
    expect(activeWorkshop(doc)!.log.e1).toMatchObject({
      kind: 'decision',
      by: 'p2',
      at: at(2),
      stepId: activeWorkshop(doc)!.currentStepId,
    });
    valid(doc);
  });

  it('holds decisions to the checklist workflow: a reason for not-applicable, approval and expiry for risk acceptance', () => {
    let doc = started();
    const item = activeWorkshop(doc)!.currentItemId!;
    const riskAccepted = {
      id: 'e1',
      kind: 'decision' as const,
      itemId: item,
      status: 'risk-accepted' as const,
      text: 'Legacy hosts retire in Q3',
      by: 'p1',
    };
    expect(decisionProblems(doc, W, riskAccepted, at(1)).map((p) => p.field)).toEqual(['approver', 'expiresAt']);
    expect(recordLogEntry(doc, W, riskAccepted, at(1))).toBe(doc);
    doc = recordLogEntry(doc, W, { ...riskAccepted, approver: 'CISO', expiresAt: '2026-09-30' }, at(1));
    expect(doc.assessment[item]).toMatchObject({
      status: 'risk-accepted',
      justification: 'Legacy hosts retire in Q3',
      approver: 'CISO',
      approvedAt: '2026-03-01',
      expiresAt: '2026-09-30',
    });
    expect(activeWorkshop(doc)!.log.e1).toMatchObject({ approver: 'CISO', expiresAt: '2026-09-30' });
    const summary = summarizeWorkshop(activeWorkshop(doc)!, doc, catalog);
    expect(summary.decisions[0]).toMatchObject({ approver: 'CISO', expiresAt: '2026-09-30' });
    expect(workshopToMarkdown(summary)).toContain('Risk accepted (approved by CISO until 2026-09-30)');
    const notApplicable = {
      id: 'e2',
      kind: 'decision' as const,
      itemId: item,
      status: 'not-applicable' as const,
      text: '',
      by: 'p1',
    };
    // The justification written by the risk acceptance still stands, so no new reason is needed.
    expect(decisionProblems(doc, W, notApplicable, at(2))).toEqual([]);
    expect(decisionProblems(started(), W, notApplicable, at(2)).map((p) => p.field)).toEqual(['justification']);
    valid(doc);
  });

  it('records actions and questions without touching the checklist; refuses strangers and empty text', () => {
    let doc = started();
    const item = activeWorkshop(doc)!.currentItemId!;
    doc = recordLogEntry(
      doc,
      W,
      { id: 'a1', kind: 'action', itemId: item, text: 'Export BIOS settings', owner: 'Pat', by: 'p1' },
      at(1),
    );
    doc = recordLogEntry(
      doc,
      W,
      { id: 'q1', kind: 'question', itemId: item, text: 'Is SR-IOV used?', by: 'p3' },
      at(2),
    );
    expect(doc.assessment[item]).toBeUndefined();
    expect(recordLogEntry(doc, W, { id: 'x', kind: 'action', text: 'who?', by: 'nobody' }, at(3))).toBe(doc);
    expect(recordLogEntry(doc, W, { id: 'y', kind: 'question', text: '  ', by: 'p1' }, at(3))).toBe(doc);
    doc = setQuestionResolved(doc, W, 'q1', true, at(4));
    expect(activeWorkshop(doc)!.log.q1!.resolved).toBe(true);
    valid(doc);
  });

  it('parks topics, keeps private notes, changes time boxes and adds late participants', () => {
    let doc = started();
    const stepId = activeWorkshop(doc)!.currentStepId;
    doc = parkTopic(doc, W, { id: 't1', text: 'Backup network', by: 'p3' }, at(1));
    doc = setParkedTopicResolved(doc, W, 't1', false, at(1));
    expect(activeWorkshop(doc)!.parkingLot.t1).toMatchObject({ stepId, resolved: false, text: 'Backup network' });
    doc = setPrivateNote(doc, W, stepId, 'Ask Pat about the BIOS', at(2));
    doc = setTimebox(doc, W, stepId, 25, at(2));
    expect(setTimebox(doc, W, stepId, 0, at(2))).toBe(doc);
    doc = addParticipant(doc, W, { id: 'p4', name: ' Lee Late ', role: 'participant' }, at(3));
    const w = activeWorkshop(doc)!;
    expect(w.privateNotes[stepId]).toBe('Ask Pat about the BIOS');
    expect(w.agenda[0]!.timeboxMinutes).toBe(25);
    expect(w.participants.p4!.name).toBe('Lee Late');
    valid(doc);
  });

  it('adds items that apply after a model edit to their steps, and never drops one', () => {
    const doc = started();
    const w = activeWorkshop(doc)!;
    // Pretend HY-SR-3 applied only later: take it off the agenda it was generated with.
    const bf1 = stepIdForFunction('HY-BF1');
    const trimmed = {
      ...w,
      agenda: w.agenda.map((s) => (s.id === bf1 ? { ...s, items: s.items.filter((i) => i !== 'HY-SR-3') } : s)),
    };
    const edited = { ...doc, workshops: { [W]: trimmed } };
    const fresh = buildAgenda(edited, catalog);
    expect(missingAgendaItems(trimmed, fresh)).toEqual(new Map([[bf1, ['HY-SR-3']]]));
    const next = addMissingAgendaItems(edited, W, fresh, at(5));
    expect(
      activeWorkshop(next)!
        .agenda.find((s) => s.id === bf1)!
        .items.at(-1),
    ).toBe('HY-SR-3');
    expect(addMissingAgendaItems(next, W, fresh, at(6))).toBe(next);
    // An item that stops applying stays where it is.
    const emptier = fresh.map((s) => ({ ...s, items: [] }));
    expect(addMissingAgendaItems(next, W, emptier, at(7))).toBe(next);
    valid(next);
  });

  it('ends with a frozen summary; an ended workshop takes no more entries', () => {
    let doc = started();
    const item = activeWorkshop(doc)!.currentItemId!;
    doc = recordLogEntry(
      doc,
      W,
      { id: 'e1', kind: 'decision', itemId: item, status: 'implemented', text: 'Verified', by: 'p1' },
      at(5),
    );
    doc = recordLogEntry(
      doc,
      W,
      { id: 'a1', kind: 'action', text: 'Write runbook', owner: 'Sam', dueDate: '2026-03-15', by: 'p2' },
      at(6),
    );
    doc = recordLogEntry(doc, W, { id: 'q1', kind: 'question', text: 'Who owns the vSwitch?', by: 'p3' }, at(7));
    doc = recordLogEntry(doc, W, { id: 'q2', kind: 'question', text: 'Answered one', by: 'p3' }, at(7));
    doc = setQuestionResolved(doc, W, 'q2', true, at(8));
    doc = parkTopic(doc, W, { id: 't1', text: 'Storage encryption', by: 'p1' }, at(8));
    doc = endWorkshop(doc, W, catalog, at(30));
    expect(activeWorkshop(doc)).toBeUndefined();
    const w = doc.workshops[W]!;
    expect(w.endedAt).toBe(at(30));
    expect(w.summary).toMatchObject({ durationMinutes: 30 });
    expect(recordLogEntry(doc, W, { id: 'late', kind: 'action', text: 'too late', by: 'p1' }, at(31))).toBe(doc);
    valid(doc);

    const summary = summarizeWorkshop(w, doc, catalog);
    expect(summary.decisions).toEqual([
      expect.objectContaining({ itemId: item, status: 'implemented', text: 'Verified', by: 'Fay Facilitator' }),
    ]);
    expect(summary.actions).toEqual([
      expect.objectContaining({ text: 'Write runbook', owner: 'Sam', dueDate: '2026-03-15' }),
    ]);
    expect(summary.openQuestions.map((q) => q.text)).toEqual(['Who owns the vSwitch?']);
    expect(summary.parkedTopics.map((t) => t.text)).toEqual(['Storage encryption']);
    expect(summary.attendance).toEqual([
      { name: 'Fay Facilitator', role: 'facilitator', contributions: 2 },
      { name: 'Sam Scribe', role: 'scribe', contributions: 1 },
      { name: 'Pat Platform', role: 'participant', contributions: 2 },
    ]);
    expect(summary.stepsCovered[0]!.spentMinutes).toBe(30);
    // Frozen: renaming a participant afterwards does not rewrite what was recorded.
    const renamed = { ...w, participants: { ...w.participants, p1: { ...w.participants.p1!, name: 'Someone else' } } };
    expect(summarizeWorkshop(renamed, doc, catalog).decisions[0]!.by).toBe('Fay Facilitator');
  });

  it('exports Markdown with every section and user text escaped', () => {
    let doc = started();
    doc = recordLogEntry(
      doc,
      W,
      { id: 'a1', kind: 'action', text: '<img src=x onerror=alert(1)> *bold* [link](http://x)', by: 'p1' },
      at(1),
    );
    doc = endWorkshop(doc, W, catalog, at(10));
    const markdown = workshopToMarkdown(summarizeWorkshop(doc.workshops[W]!, doc, catalog));
    for (const heading of [
      '# Workshop summary: Q1 review',
      '## Attendance',
      '## Decisions',
      '## Actions',
      '## Open questions',
      '## Parking lot',
      '## Agenda and time',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;img');
    expect(markdown).toContain('\\*bold\\*');
    expect(markdown).toContain('\\[link\\]\\(http://x\\)');
  });
});

describe('presenter frames', () => {
  it('carry the current step and item but never the private notes', () => {
    let doc = started();
    const w0 = activeWorkshop(doc)!;
    doc = setPrivateNote(doc, W, w0.currentStepId, 'SECRET-NOTE-42', at(1));
    doc = recordLogEntry(
      doc,
      W,
      { id: 'e1', kind: 'decision', itemId: w0.currentItemId!, status: 'not-implemented', text: 'Gap', by: 'p1' },
      at(2),
    );
    const frame = buildPresenterFrame(activeWorkshop(doc)!, doc, catalog, assess(doc, catalog));
    expect(JSON.stringify(frame)).not.toContain('SECRET-NOTE-42');
    expect(frame.step.id).toBe(w0.currentStepId);
    expect(frame.item).toMatchObject({
      id: w0.currentItemId,
      status: 'not-implemented',
      log: [expect.objectContaining({ text: 'Gap', by: 'Fay Facilitator' })],
    });
    expect(parsePresenterMessage(frameMessage(frame))).toEqual(frameMessage(frame));
  });

  it('rejects messages of another protocol, version or shape', () => {
    expect(parsePresenterMessage(requestMessage('proj1'))).toEqual(requestMessage('proj1'));
    expect(parsePresenterMessage({ ...requestMessage('proj1'), version: 1 })).toBeUndefined();
    expect(parsePresenterMessage({ type: 'frame', frame: null })).toBeUndefined();
    expect(parsePresenterMessage('<script>')).toBeUndefined();
    expect(parsePresenterMessage({ ...frameMessage(null), extra: 1 })).toBeUndefined();
  });

  it('refuses a valid frame carrying a prototype key anywhere (issue 22 item 10)', () => {
    const doc = started();
    const frame = buildPresenterFrame(activeWorkshop(doc)!, doc, catalog, assess(doc, catalog));
    const text = JSON.stringify(frameMessage(frame));
    expect(parsePresenterMessage(JSON.parse(text))).toBeDefined();
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(
        parsePresenterMessage(JSON.parse(text.replace('"timer":{', `"timer":{"${key}":{"polluted":true},`))),
      ).toBeUndefined();
      expect(parsePresenterMessage(JSON.parse(text.replace('{"protocol"', `{"${key}":1,"protocol"`)))).toBeUndefined();
    }
  });
});

describe('timeboxState', () => {
  it('counts down, warns in the last fifth and counts the overrun', () => {
    expect(timeboxState(10, 0)).toMatchObject({ label: '10:00 left', level: 'ok' });
    expect(timeboxState(10, 481)).toMatchObject({ level: 'warning', remainingSeconds: 119 });
    expect(timeboxState(10, 790)).toMatchObject({ level: 'over', label: '+03:10 over' });
  });
});
