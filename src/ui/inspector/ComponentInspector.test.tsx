import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ComponentInspector } from './ComponentInspector';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { WorkbenchContext } from '../../store/hooks';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { importConfigFiles } from '../../domain/import/detectFormat';
import { importToDocument } from '../../domain/import/toDocument';
import { fixture } from '../../domain/import/testFiles';

afterEach(cleanup);

function setup() {
  const catalog = loadBundledCatalog();
  const r = importConfigFiles([fixture('gpu-01.xml')]);
  if (!r.ok) throw r.error;
  const doc = importToDocument(r.value, catalog, { id: 'p1', now: '2026-12-03T09:00:00.000Z', name: 'Imported' });
  const store = createWorkbenchStore({ catalog, clock: () => '2026-12-03T09:05:00.000Z', ids: () => 'x1' }, doc);
  const nic = Object.values(doc.components).find((c) => c.name === 'gpu-01 nic1 (e1000)')!;
  const guest = Object.values(doc.components).find((c) => c.name === 'gpu-01')!;
  render(
    <WorkbenchContext.Provider value={store}>
      <ComponentInspector />
    </WorkbenchContext.Provider>,
  );
  return { store, nic, guest };
}

const field = (attribute: string) => document.querySelector<HTMLElement>(`[data-attribute="${attribute}"]`)!;

describe('ComponentInspector: provenance of imported values', () => {
  it('shows under an imported attribute which file and element it came from, and nothing under the others', () => {
    const { store, nic } = setup();
    act(() => store.getState().select({ components: [nic.id] }));
    const source = within(field('model')).getByTestId('attribute-provenance');
    expect(source.textContent).toBe('from gpu-01.xml, <model type> of interface 1');
    expect(source.getAttribute('title')).toBe('from gpu-01.xml, /domain/devices/interface[1]/model/@type');
    expect(within(field('spoofGuard')).queryByTestId('attribute-provenance')).toBeNull();
  });

  it('drops the provenance once the user sets the value, and undo brings it back', () => {
    const { store, guest } = setup();
    act(() => store.getState().select({ components: [guest.id] }));
    expect(within(field('vcpus')).getByTestId('attribute-provenance').textContent).toBe('from gpu-01.xml, <vcpu>');
    fireEvent.change(within(field('vcpus')).getByRole('spinbutton'), { target: { value: '32' } });
    expect(store.getState().document.components[guest.id]!.attributes.vcpus).toBe(32);
    expect(within(field('vcpus')).queryByTestId('attribute-provenance')).toBeNull();
    // memoryGiB was not edited: its source stays.
    expect(within(field('memoryGiB')).getByTestId('attribute-provenance').textContent).toBe(
      'from gpu-01.xml, <memory>',
    );
    act(() => store.getState().undo());
    expect(screen.getAllByTestId('attribute-provenance').length).toBeGreaterThanOrEqual(2);
    expect(within(field('vcpus')).getByTestId('attribute-provenance')).toBeTruthy();
  });

  it('shows no provenance when several components are selected', () => {
    const { store, guest, nic } = setup();
    act(() => store.getState().select({ components: [guest.id, nic.id] }));
    expect(screen.queryByTestId('attribute-provenance')).toBeNull();
  });
});

describe('ComponentInspector: Change type', () => {
  it('flags an Unmapped component, changes its type in one undo step and names the dropped value', () => {
    const catalog = loadBundledCatalog();
    const r = importConfigFiles([fixture('gpu-01.xml')]);
    if (!r.ok) throw r.error;
    const base = importToDocument(r.value, catalog, { id: 'p1', now: '2026-12-03T09:00:00.000Z', name: 'Imported' });
    const doc = {
      ...base,
      components: {
        ...base.components,
        odd: {
          id: 'odd',
          type: 'unmapped',
          name: 'Billing widget',
          notes: '',
          position: { x: 0, y: 0 },
          attributes: { sourceType: 'aws-lambda' },
        },
      },
    };
    const store = createWorkbenchStore({ catalog, clock: () => '2026-12-03T09:05:00.000Z', ids: () => 'x1' }, doc);
    render(
      <WorkbenchContext.Provider value={store}>
        <ComponentInspector />
      </WorkbenchContext.Provider>,
    );
    act(() => store.getState().select({ components: ['odd'] }));
    expect(screen.getByTestId('needs-type-flag').textContent).toContain('Needs review: choose a type');
    fireEvent.change(screen.getByLabelText('Change type'), { target: { value: 'storage' } });
    fireEvent.click(screen.getByTestId('change-type-apply'));
    expect(store.getState().document.components['odd']!.type).toBe('storage');
    expect(store.getState().notice?.text).toBe(
      'Changed "Billing widget" to Storage. Dropped a value the new type does not have: Type in the imported file = aws-lambda.',
    );
    expect(screen.queryByTestId('needs-type-flag')).toBeNull();
    act(() => store.getState().undo());
    expect(store.getState().document.components['odd']!.type).toBe('unmapped');
    expect(screen.getByTestId('needs-type-flag')).toBeTruthy();
  });
});
