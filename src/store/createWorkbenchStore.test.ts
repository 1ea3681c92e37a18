import { describe, expect, it } from 'vitest';
import { editingStore } from '../test/editingStore';

const setup = editingStore;

describe('workbench store', () => {
  it('adds a component with catalog defaults and selects it', () => {
    const store = setup();
    const id = store.getState().addComponent({ type: 'guest-vm', position: { x: 10, y: 20 } });
    const c = store.getState().document.components[id];
    expect(c).toMatchObject({ type: 'guest-vm', name: 'Guest VM 1', attributes: { os: null, label: '' } });
    expect(store.getState().selection.components).toEqual([id]);
  });

  it('undoes and redoes every document change, and a new change clears redo', () => {
    const store = setup();
    const s = () => store.getState();
    const host = s().addComponent({ type: 'physical-host', position: { x: 0, y: 0 } });
    const vm = s().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 }, parentId: host });
    expect(s().connect({ source: vm, target: host, type: 'runs-on' }).ok).toBe(true);
    expect(Object.keys(s().document.connections)).toHaveLength(1);
    s().undo();
    expect(Object.keys(s().document.connections)).toHaveLength(0);
    s().undo();
    expect(s().document.components[vm]).toBeUndefined();
    s().redo();
    expect(s().document.components[vm]).toBeDefined();
    s().renameDocument('Lab');
    expect(s().future).toEqual([]);
  });

  it('merges changes with the same coalesce key into one undo step', () => {
    const store = setup();
    const s = () => store.getState();
    const vm = s().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 } });
    for (const name of ['w', 'we', 'web']) s().updateComponents({ [vm]: { name } }, { coalesce: `name:${vm}` });
    expect(s().document.components[vm]?.name).toBe('web');
    s().undo();
    expect(s().document.components[vm]?.name).toBe('Guest VM 1');
  });

  it('refuses a connection the catalog does not allow, with a message, and changes nothing', () => {
    const store = setup();
    const s = () => store.getState();
    const host = s().addComponent({ type: 'physical-host', position: { x: 0, y: 0 } });
    const vm = s().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 } });
    const before = s().document;
    const result = s().connect({ source: host, target: vm, type: 'runs-on' });
    expect(result.ok).toBe(false);
    expect(s().document).toBe(before);
    expect(s().notice?.kind).toBe('error');
  });

  it('applies no edit while read-only', () => {
    const store = setup();
    const s = () => store.getState();
    s().setReadOnly(true);
    const before = s().document;
    s().renameDocument('Changed');
    expect(s().document).toBe(before);
    expect(s().notice?.text).toMatch(/read-only/);
  });

  it('sets an attribute on several components as one undo step', () => {
    const store = setup();
    const s = () => store.getState();
    const a = s().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 } });
    const b = s().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 } });
    s().setAttribute([a, b], 'os', 'windows');
    expect([s().document.components[a]?.attributes.os, s().document.components[b]?.attributes.os]).toEqual([
      'windows',
      'windows',
    ]);
    s().undo();
    expect([s().document.components[a]?.attributes.os, s().document.components[b]?.attributes.os]).toEqual([
      null,
      null,
    ]);
  });
});
