import { describe, expect, it } from 'vitest';
import kvmTemplate from '../../../threat-catalog/templates/kvm-libvirt.json';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { describeImportError } from '../io/importErrors';
import { importProjectFile } from '../io/projectFile';
import { exportProjectFile } from '../io/projectFileFormat';
import { DocumentSchema, type WorkbenchDocument } from '../model/schema';
import { buildAgenda } from './buildAgenda';
import { endWorkshop, parkTopic, recordLogEntry, setPrivateNote, startWorkshop } from './workshopOps';

const catalog = loadBundledCatalog();
const T0 = '2026-11-20T10:00:00Z';
const people = [
  { id: 'p1', name: 'Ana Facilitator', role: 'facilitator' as const },
  { id: 'p2', name: 'Bo Participant', role: 'participant' as const },
];

/** The KVM sample with one ended workshop and one running, with log, parking lot and notes. */
function withWorkshops(): WorkbenchDocument {
  let doc = DocumentSchema.parse(kvmTemplate);
  const agenda = buildAgenda(doc, catalog);
  doc = startWorkshop(doc, { id: 'w1', title: 'First', participants: people, agenda }, T0);
  doc = endWorkshop(doc, 'w1', catalog, '2026-11-20T11:00:00Z');
  doc = startWorkshop(doc, { id: 'w2', title: 'Second', participants: people, agenda }, '2026-11-21T10:00:00Z');
  doc = recordLogEntry(
    doc,
    'w2',
    { id: 'l1', kind: 'question', text: 'Is SR-IOV used?', by: 'p2' },
    '2026-11-21T10:05:00Z',
  );
  doc = parkTopic(doc, 'w2', { id: 't1', text: 'Backups', by: 'p1' }, '2026-11-21T10:06:00Z');
  doc = setPrivateNote(doc, 'w2', agenda[0]!.id, 'private', '2026-11-21T10:07:00Z');
  return doc;
}

type Edit = (file: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

function importEdited(edit: Edit) {
  const file = JSON.parse(exportProjectFile(withWorkshops()));
  edit(file);
  return importProjectFile(JSON.stringify(file), catalog);
}

function refusal(edit: Edit): string {
  const result = importEdited(edit);
  if (result.ok) throw new Error('the edited file was accepted');
  return describeImportError(result.error, 'p.json');
}

describe('reading workshop references', () => {
  it('a document the workshop operations made reads back unchanged', () => {
    const doc = withWorkshops();
    expect(Object.keys(doc.workshops)).toEqual(['w1', 'w2']);
    expect(doc.workshops.w2!.log.l1).toBeDefined();
    const result = importProjectFile(exportProjectFile(doc), catalog);
    expect(result.ok && result.value.workshops).toEqual(doc.workshops);
  });

  const cases: [string, Edit, string][] = [
    [
      'a current step missing from the agenda',
      (f) => (f.workshops.w2.currentStepId = 'step-gone'),
      'p.json is not a valid project at workshops.w2.currentStepId: the current step "step-gone" is not on the workshop\'s agenda.',
    ],
    [
      'a current item not in the current step',
      (f) => (f.workshops.w2.currentItemId = 'HY-SR-99'),
      'at workshops.w2.currentItemId: the current item "HY-SR-99" is not an item of the current step',
    ],
    [
      'a log entry by an unknown participant',
      (f) => (f.workshops.w2.log.l1.by = 'mallory'),
      'at workshops.w2.log.l1.by: the log entry is by "mallory", who is not a participant of the workshop.',
    ],
    [
      'a log entry of a step not on the agenda',
      (f) => (f.workshops.w2.log.l1.stepId = 'step-gone'),
      'at workshops.w2.log.l1.stepId: the log entry belongs to the step "step-gone", which is not on the agenda.',
    ],
    [
      'a parked topic by an unknown participant',
      (f) => (f.workshops.w2.parkingLot.t1.by = 'mallory'),
      'at workshops.w2.parkingLot.t1.by: the parked topic is by "mallory"',
    ],
    [
      'a private note of a step not on the agenda',
      (f) => (f.workshops.w2.privateNotes['step-gone'] = 'x'),
      'at workshops.w2.privateNotes.step-gone: the note belongs to the step "step-gone"',
    ],
    [
      'a log entry whose id differs from its key',
      (f) => (f.workshops.w2.log.l1.id = 'l2'),
      'at workshops.w2.log.l1.id: the id "l2" differs from its key',
    ],
    [
      'a participant whose id differs from its key',
      (f) => (f.workshops.w2.participants.p2.id = 'p3'),
      'at workshops.w2.participants.p2.id: the id "p3" differs from its key',
    ],
    [
      'a workshop whose id differs from its key',
      (f) => (f.workshops.w2.id = 'w3'),
      'at workshops.w2.id: the id "w3" differs from its key',
    ],
    [
      'a step id used twice',
      (f) => (f.workshops.w2.agenda[1].id = f.workshops.w2.agenda[0].id),
      'at workshops.w2.agenda[1].id: the step id',
    ],
    [
      'two running workshops',
      (f) => {
        delete f.workshops.w1.endedAt;
        delete f.workshops.w1.summary;
      },
      'p.json is not a valid project at workshops.w2.endedAt: 2 workshops are running ("w1", "w2"); at most one may run at a time.',
    ],
  ];

  it.each(cases)('refuses %s, naming what and where', (_name, edit, message) => {
    expect(refusal(edit)).toContain(message);
  });
});
