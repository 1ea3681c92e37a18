import type { WorkshopLogEntry, WorkshopRole } from '../../domain/model/schema';

export const ROLE_LABEL: Record<WorkshopRole, string> = {
  facilitator: 'Facilitator',
  scribe: 'Scribe',
  participant: 'Participant',
};
export const KIND_LABEL: Record<WorkshopLogEntry['kind'], string> = {
  decision: 'Decision',
  action: 'Action',
  question: 'Question',
};
export { STATUS_LABELS } from '../../domain/checklist/status';
