import { describe, expect, it } from 'vitest';
import { describeRemoval } from './removalSummary';
import { makeComponent, makeConnection, makeDocument } from '../../test/builders';

const vms = Array.from({ length: 20 }, (_, i) => makeComponent(`vm${i}`, 'guest-vm', { parentId: 'host-1' }));
const doc = makeDocument({
  components: [
    makeComponent('host-1', 'physical-host'),
    ...vms,
    makeComponent('web-01', 'guest-vm'),
    makeComponent('db-01', 'guest-vm'),
  ],
  connections: [
    makeConnection('c1', 'runs-on', 'web-01', 'host-1'),
    makeConnection('c2', 'runs-on', 'db-01', 'host-1'),
  ],
});

describe('describeRemoval', () => {
  it('names a host and counts what is inside it', () => {
    expect(describeRemoval(doc, ['host-1'])).toBe('Removed host-1 and 20 components inside.');
  });

  it('does not count a selected child twice', () => {
    expect(describeRemoval(doc, ['host-1', 'vm3'])).toBe('Removed host-1 and 20 components inside.');
  });

  it('names a few components, counts many', () => {
    expect(describeRemoval(doc, ['web-01'])).toBe('Removed web-01.');
    expect(describeRemoval(doc, ['db-01', 'web-01'])).toBe('Removed web-01 and db-01.');
    expect(describeRemoval(doc, ['vm0', 'vm1', 'vm2', 'vm3'])).toBe('Removed 4 components.');
    expect(describeRemoval(doc, ['vm0'])).toBe('Removed vm0.');
  });

  it('counts connections removed alone; nothing for nothing', () => {
    expect(describeRemoval(doc, [], ['c1'])).toBe('Removed 1 connection.');
    expect(describeRemoval(doc, [], ['c1', 'c2'])).toBe('Removed 2 connections.');
    expect(describeRemoval(doc, ['nope'], [])).toBeNull();
  });
});
