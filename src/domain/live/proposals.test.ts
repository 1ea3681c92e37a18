import { describe, expect, it } from 'vitest';
import {
  MAX_PROPOSALS,
  PROPOSALS_ONLY_OPEN,
  parseProposal,
  participantProposalRefusal,
  readProposals,
} from './proposals';

const open = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  workshopId: 'w1',
  stepId: 's1',
  itemId: 'HY-BR-1',
  status: 'implemented',
  text: 'We patch monthly',
  by: 'Sam',
  at: '2026-12-04T10:00:00.000Z',
  state: 'open',
  ...extra,
});

describe('decision proposals', () => {
  it('reads a valid proposal and ignores hostile or broken ones as a whole', () => {
    expect(parseProposal('p1', open('p1'))).toMatchObject({
      id: 'p1',
      by: 'Sam',
      status: 'implemented',
      state: 'open',
    });
    expect(parseProposal('p1', open('p2'))).toBeNull(); // the id must be its key
    expect(parseProposal('p1', open('p1', { state: 'approved' }))).toBeNull();
    expect(parseProposal('p1', open('p1', { status: 'done' }))).toBeNull();
    expect(parseProposal('p1', open('p1', { itemId: undefined }))).toBeNull(); // a status needs the item
    expect(parseProposal('p1', open('p1', { text: 'x'.repeat(100_000) }))).toBeNull();
    expect(parseProposal('p1', open('p1', { by: '' }))).toBeNull();
    expect(parseProposal('p1', open('p1', { html: '<img src=x>' }))).toBeNull();
    expect(parseProposal('p1', open('p1', { text: '', status: undefined }))).toBeNull(); // says nothing
    const { proposals, ignored } = readProposals([
      ['p2', open('p2', { at: '2026-12-04T11:00:00.000Z' })],
      ['p1', open('p1')],
      ['bad', 42],
    ]);
    expect(proposals.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(ignored).toBe(1);
  });

  it('lets participants add open proposals only: no deciding, changing or deleting', () => {
    const before = { p1: open('p1') };
    expect(participantProposalRefusal(before, { ...before, p2: open('p2') })).toBeUndefined();
    expect(participantProposalRefusal(before, before)).toBeUndefined();
    expect(participantProposalRefusal(before, { p1: open('p1', { state: 'accepted' }) })).toBe(PROPOSALS_ONLY_OPEN);
    expect(participantProposalRefusal(before, { p1: open('p1', { text: 'Changed' }) })).toBe(PROPOSALS_ONLY_OPEN);
    expect(participantProposalRefusal(before, {})).toBe(PROPOSALS_ONLY_OPEN);
    expect(participantProposalRefusal(before, { ...before, p2: open('p2', { state: 'accepted' }) })).toBe(
      PROPOSALS_ONLY_OPEN,
    );
    expect(participantProposalRefusal(before, { ...before, p2: { text: 'no fields' } })).toMatch(/not valid/);
    const many = Object.fromEntries(Array.from({ length: MAX_PROPOSALS }, (_, i) => [`p${i}`, open(`p${i}`)]));
    expect(participantProposalRefusal(many, { ...many, extra: open('extra') })).toMatch(/at most/);
  });
});
