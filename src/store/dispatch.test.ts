import { describe, expect, it } from 'vitest';
import { editingStore } from '../test/editingStore';
import * as editor from '../domain/commands/editorCommands';
import { changeComponentType } from '../domain/commands/changeTypeCommand';
import { commandCall } from '../domain/commands/command';

const setup = editingStore;

describe('store dispatch', () => {
  it('runs a command with the injected ids and keeps its diff as the undo step', () => {
    const store = setup();
    const s = () => store.getState();
    const start = JSON.stringify(s().document);
    const result = s().dispatch(editor.addComponent, { type: 'guest-vm', position: { x: 1, y: 2 } });
    expect(result.value).toBe('id1');
    expect(s().past).toEqual([result.diff]);
    expect(Object.keys(s().past[0]!.collections.components!.added)).toEqual(['id1']);
    const added = JSON.stringify(s().document);
    s().undo();
    expect(JSON.stringify(s().document)).toBe(start);
    expect(s().future).toEqual([result.diff]);
    s().redo();
    expect(JSON.stringify(s().document)).toBe(added);
  });

  it('changes a component type as one undo step; undo brings back the old type and attributes', () => {
    const store = setup();
    const s = () => store.getState();
    const id = s().dispatch(editor.addComponent, { type: 'guest-vm', position: { x: 0, y: 0 } }).value;
    s().dispatch(editor.setAttribute, { componentIds: [id], attribute: 'os', value: 'linux' });
    const before = JSON.stringify(s().document);
    const result = s().dispatch(changeComponentType, { componentId: id, type: 'physical-host' });
    expect(result.refusal).toBeUndefined();
    expect(result.value.dropped.map((d) => `${d.attribute}=${String(d.value)}`)).toEqual(['os=linux']);
    expect(s().document.components[id]!.type).toBe('physical-host');
    s().undo();
    expect(JSON.stringify(s().document)).toBe(before);
    s().redo();
    expect(s().document.components[id]!.attributes).toEqual({ cluster: null });
  });

  it('runs command calls (commands as data) like dispatch, coalescing calls with the same key', () => {
    const store = setup();
    const s = () => store.getState();
    const id = s().dispatch(editor.addComponent, { type: 'guest-vm', position: { x: 0, y: 0 } }).value;
    for (const x of [10, 20, 30]) s().dispatchCall(commandCall(editor.moveComponents, { [id]: { x, y: 0 } }, 'keys'));
    expect(s().document.components[id]!.position).toEqual({ x: 30, y: 0 });
    expect(s().past).toHaveLength(2);
    s().undo();
    expect(s().document.components[id]!.position).toEqual({ x: 0, y: 0 });
    s().setReadOnly(true);
    const refused = s().dispatchCall(commandCall(editor.moveComponents, { [id]: { x: 5, y: 5 } }));
    expect(refused.refusal?.message).toContain('read-only');
    expect(s().document.components[id]!.position).toEqual({ x: 0, y: 0 });
  });

  it('composes a coalesced burst into one diff that undoes the whole burst', () => {
    const store = setup();
    const s = () => store.getState();
    const id = s().dispatch(editor.addComponent, { type: 'guest-vm', position: { x: 0, y: 0 } }).value;
    const named = JSON.stringify(s().document);
    for (const name of ['a', 'ab', 'abc']) s().dispatch(editor.renameComponent, { id, name }, { coalesce: 'name' });
    expect(s().past).toHaveLength(2);
    expect(s().past[1]!.collections.components!.changed[id]!.after.name).toBe('abc');
    s().undo();
    expect(JSON.stringify(s().document)).toBe(named);
  });

  it('returns the refusal of a read-only tab and of the command, and records nothing', () => {
    const store = setup();
    const s = () => store.getState();
    const a = s().dispatch(editor.addComponent, { type: 'guest-vm', position: { x: 0, y: 0 } }).value;
    const refused = s().dispatch(editor.connect, { source: a, target: a, type: 'runs-on' });
    expect(refused.refusal?.message).toMatch(/./);
    expect(s().past).toHaveLength(1);
    s().setReadOnly(true);
    const before = s().document;
    expect(s().dispatch(editor.renameDocument, 'x').refusal?.message).toMatch(/read-only/);
    expect(s().document).toBe(before);
  });
});
