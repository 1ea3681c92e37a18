import { describe, expect, it } from 'vitest';
import { componentListGroups } from './componentList';
import { EDITING_CATALOG, makeComponent, makeDocument } from '../../test/builders';

const doc = makeDocument({
  components: [
    makeComponent('h2', 'physical-host', { name: 'host-02' }),
    makeComponent('h1', 'physical-host', { name: 'host-01' }),
    makeComponent('inner', 'physical-host', { name: 'Zone', parentId: 'h1' }),
    makeComponent('v10', 'guest-vm', { name: 'guest-10', parentId: 'h1' }),
    makeComponent('v2', 'guest-vm', { name: 'guest-2', parentId: 'h1' }),
    makeComponent('v3', 'guest-vm', { name: 'Réseau VM', parentId: 'inner' }),
    makeComponent('lost', 'guest-vm', { name: 'orphan', parentId: 'gone' }),
  ],
});

const view = (filter?: string) =>
  componentListGroups(doc, EDITING_CATALOG, filter).map((g) => [g.label, g.items.map((i) => i.name)]);

describe('componentListGroups', () => {
  it('lists every component once, grouped by its container, top level first, names in natural order', () => {
    expect(view()).toEqual([
      ['Top level', ['host-01', 'host-02', 'orphan']],
      ['host-01', ['guest-2', 'guest-10', 'Zone']],
      ['host-01 › Zone', ['Réseau VM']],
    ]);
    const ids = componentListGroups(doc, EDITING_CATALOG).flatMap((g) => g.items.map((i) => i.id));
    expect(ids.sort()).toEqual(Object.keys(doc.components).sort());
  });

  it('names the type of each component', () => {
    const [top] = componentListGroups(doc, EDITING_CATALOG);
    expect(top!.items[0]).toEqual({ id: 'h1', name: 'host-01', typeName: 'Physical host' });
  });

  it('filters by name or type, ignoring case and accents, and drops empty groups', () => {
    expect(view('RESEAU')).toEqual([['host-01 › Zone', ['Réseau VM']]]);
    expect(view('physical')).toEqual([
      ['Top level', ['host-01', 'host-02']],
      ['host-01', ['Zone']],
    ]);
    expect(view('  nothing like it ')).toEqual([]);
  });

  it('still lists components caught in a parent cycle (a hand-edited file)', () => {
    const cyclic = makeDocument({
      components: [
        makeComponent('a', 'physical-host', { parentId: 'b' }),
        makeComponent('b', 'physical-host', { parentId: 'a' }),
      ],
    });
    const ids = componentListGroups(cyclic, EDITING_CATALOG).flatMap((g) => g.items.map((i) => i.id));
    expect(ids.sort()).toEqual(['a', 'b']);
  });
});
