import { describe, expect, it } from 'vitest';
import { EDITING_CATALOG, makeComponent, makeConnection, makeDocument } from '../../test/builders';
import { allowedConnectionTypes, checkConnection, defaultAttributes, defaultComponentName } from './componentDefaults';

describe('component defaults', () => {
  it('starts applicability-deciding attributes as unknown (null), text as empty', () => {
    expect(defaultAttributes(EDITING_CATALOG, 'guest-vm')).toEqual({ os: null, label: '' });
    expect(defaultAttributes(EDITING_CATALOG, 'physical-host')).toEqual({ cluster: null });
  });

  it('names new components after their type with the next free number', () => {
    const doc = makeDocument({ components: [makeComponent('a', 'guest-vm', { name: 'Guest VM 1' })] });
    expect(defaultComponentName(EDITING_CATALOG, doc, 'guest-vm')).toBe('Guest VM 2');
  });
});

describe('checkConnection', () => {
  const doc = makeDocument({
    components: [
      makeComponent('vm', 'guest-vm', { name: 'web-1' }),
      makeComponent('host', 'physical-host', { name: 'node-a' }),
    ],
  });

  it('allows what the catalog allows', () => {
    expect(checkConnection(EDITING_CATALOG, doc, 'vm', 'host', 'runs-on')).toEqual({ ok: true });
    expect(allowedConnectionTypes(EDITING_CATALOG, doc, 'vm', 'host')).toEqual(['runs-on']);
  });

  it('refuses a pair the catalog does not allow, naming both ends', () => {
    const result = checkConnection(EDITING_CATALOG, doc, 'host', 'vm', 'runs-on');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Physical host (node-a)');
    expect(!result.ok && result.message).toContain('Guest VM (web-1)');
  });

  it('refuses self-connections, unknown types and duplicates', () => {
    expect(checkConnection(EDITING_CATALOG, doc, 'vm', 'vm', 'runs-on').ok).toBe(false);
    expect(checkConnection(EDITING_CATALOG, doc, 'vm', 'host', 'teleports-to').ok).toBe(false);
    const withEdge = makeDocument({
      components: Object.values(doc.components),
      connections: [makeConnection('c1', 'runs-on', 'vm', 'host')],
    });
    expect(checkConnection(EDITING_CATALOG, withEdge, 'vm', 'host', 'runs-on').ok).toBe(false);
  });
});
