import { describe, expect, it } from 'vitest';
import { MAX_PRESENCE_SELECTION, parsePresence } from './presence';

const honest = {
  user: { name: 'Sam', color: '#1f618d', role: 'participant', stepId: 'step-1' },
  view: 'model',
  pointer: { x: 120.5, y: -40 },
  selection: ['c1', 'c2', 'c1'],
  viewport: { x: 10, y: 20, zoom: 0.8 },
};

describe('parsePresence', () => {
  it('reads an honest state, dropping duplicate selections', () => {
    expect(parsePresence(honest)).toEqual({
      name: 'Sam',
      color: '#1f618d',
      role: 'participant',
      stepId: 'step-1',
      view: 'model',
      pointer: { x: 120.5, y: -40 },
      selection: ['c1', 'c2'],
      viewport: { x: 10, y: 20, zoom: 0.8 },
    });
    expect(parsePresence({ user: { name: 'Fay', color: '#000000', role: 'facilitator' }, pointer: null })).toEqual({
      name: 'Fay',
      color: '#000000',
      role: 'facilitator',
      selection: [],
    });
  });

  it.each([
    ['no user', { pointer: { x: 1, y: 1 } }],
    ['an empty state', {}],
    ['not an object', 'Sam'],
    ['an HTML colour', { ...honest, user: { ...honest.user, color: 'red;background:url(//x)' } }],
    ['a role of its own', { ...honest, user: { ...honest.user, role: 'admin' } }],
    ['a name too long', { ...honest, user: { ...honest.user, name: 'x'.repeat(81) } }],
    ['a blank name', { ...honest, user: { ...honest.user, name: '   ' } }],
    ['a name that is no string', { ...honest, user: { ...honest.user, name: { toString: 1 } } }],
    ['a pointer at infinity', { ...honest, pointer: { x: Infinity, y: 0 } }],
    ['a pointer far off any canvas', { ...honest, pointer: { x: 1e9, y: 0 } }],
    ['a pointer as text', { ...honest, pointer: { x: '1', y: 2 } }],
    ['a zoom of zero', { ...honest, viewport: { x: 0, y: 0, zoom: 0 } }],
    ['a selection with markup', { ...honest, selection: ['<img src=x onerror=alert(1)>'] }],
    [
      'a selection too long',
      { ...honest, selection: Array.from({ length: MAX_PRESENCE_SELECTION + 1 }, (_, i) => `c${i}`) },
    ],
    ['a view of its own', { ...honest, view: 'admin' }],
    ['a step id with markup', { ...honest, user: { ...honest.user, stepId: '<b>' } }],
    ['a state beyond the size cap', { ...honest, padding: 'x'.repeat(10_000) }],
  ])('ignores a state with %s', (_what, state) => {
    expect(parsePresence(state)).toBeNull();
  });
});
