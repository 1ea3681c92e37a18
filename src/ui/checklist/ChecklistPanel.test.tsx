import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ChecklistPanel } from './ChecklistPanel';
import { AttachmentContext } from './attachmentContext';
import { Dashboard } from '../dashboard/Dashboard';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { WorkbenchContext } from '../../store/hooks';
import { assessmentActionsFor } from '../../store/assessmentActions';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { DocumentSchema } from '../../domain/model/schema';
import { MAX_ATTACHMENT_BYTES } from '../../domain/checklist/assessmentWorkflow';
import type { AttachmentStore } from '../../domain/ports';
import kvm from '../../../threat-catalog/templates/kvm-libvirt.json';

afterEach(cleanup);

function setup(ui: 'checklist' | 'dashboard') {
  let n = 0;
  const store = createWorkbenchStore(
    { catalog: loadBundledCatalog(), clock: () => '2026-11-28T12:00:00.000Z', ids: () => `ev${++n}` },
    DocumentSchema.parse(kvm),
  );
  const attachments: AttachmentStore = {
    put: vi.fn(async () => ({ ok: true as const, blobId: 'blob1', size: 3 })),
    get: vi.fn(),
    remove: vi.fn(),
  };
  render(
    <WorkbenchContext.Provider value={store}>
      <AttachmentContext.Provider value={attachments}>
        {ui === 'checklist' ? <ChecklistPanel /> : <Dashboard />}
      </AttachmentContext.Provider>
    </WorkbenchContext.Provider>,
  );
  return { store, attachments };
}

const item = (id: string) =>
  document.querySelector<HTMLElement>(`[data-testid="checklist-item"][data-recommendation="${id}"]`)!;

describe('ChecklistPanel', () => {
  it('asks for a justification before saving not applicable, and saves nothing until given', () => {
    const { store } = setup('checklist');
    fireEvent.change(within(item('HY-SR-2')).getByTestId('item-status'), { target: { value: 'not-applicable' } });
    expect(within(item('HY-SR-2')).getByRole('alert').textContent).toMatch(/Justification is required/);
    fireEvent.click(within(item('HY-SR-2')).getByRole('button', { name: 'Save assessment' }));
    expect(store.getState().document.assessment).toEqual({});
    fireEvent.change(item('HY-SR-2').querySelector('textarea[name="justification"]')!, {
      target: { value: 'No such CPU feature in scope' },
    });
    fireEvent.click(within(item('HY-SR-2')).getByRole('button', { name: 'Save assessment' }));
    expect(store.getState().document.assessment['HY-SR-2']).toMatchObject({
      status: 'not-applicable',
      justification: 'No such CPU feature in scope',
    });
  });

  it('shows evidence text as text and refuses unsafe links and oversized files', async () => {
    const { store, attachments } = setup('checklist');
    fireEvent.click(within(item('HY-SR-2')).getByRole('button', { name: /HY-SR-2/ }));
    const card = item('HY-SR-2');
    fireEvent.change(within(card).getByTestId('evidence-text'), { target: { value: '<img src=x onerror=alert(1)>' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Add' }));
    expect(within(card).getByTestId('evidence-item').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.querySelector('.evidence-list img')).toBeNull();

    fireEvent.change(within(card).getByTestId('evidence-kind'), { target: { value: 'link' } });
    fireEvent.change(within(card).getByTestId('evidence-text'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Add' }));
    expect(within(card).getByTestId('evidence-message').textContent).toMatch(/Only http and https/);
    expect(store.getState().document.assessment['HY-SR-2']?.evidence).toHaveLength(1);

    fireEvent.change(within(card).getByTestId('evidence-kind'), { target: { value: 'file' } });
    const big = new File(['x'], 'huge.iso');
    Object.defineProperty(big, 'size', { value: MAX_ATTACHMENT_BYTES + 1 });
    fireEvent.change(within(card).getByTestId('evidence-file'), { target: { files: [big] } });
    expect((await within(card).findByTestId('evidence-message')).textContent).toMatch(/“huge\.iso” is 10\.0 MB/);
    expect(attachments.put).not.toHaveBeenCalled();
  });
});

describe('Dashboard', () => {
  it('a heatmap cell opens the checklist on the open items behind it', () => {
    const { store } = setup('dashboard');
    const cell = screen.getAllByTestId('heat-cell').find((c) => c.dataset.open !== '0')!;
    fireEvent.click(cell);
    const { checklistFilter, sidePanel } = store.getState();
    expect(sidePanel).toBe('checklist');
    expect(checklistFilter.baselineFunction).toBe(cell.dataset.function);
    expect(checklistFilter.componentId).toBe(cell.dataset.component);
    expect(checklistFilter.recommendationIds).toHaveLength(Number(cell.dataset.open));
  });

  it('figures follow a status change', () => {
    const { store } = setup('dashboard');
    expect(screen.getByTestId('progress-reviewed').textContent).toBe('0');
    act(
      () =>
        void assessmentActionsFor(store).bulkSetStatus(
          [{ recommendationId: 'HY-SR-2', scope: 'platform' }],
          'implemented',
        ),
    );
    expect(screen.getByTestId('progress-reviewed').textContent).toBe('1');
    expect(document.querySelector('[data-testid="status-count"][data-status="implemented"] strong')?.textContent).toBe(
      '1',
    );
  });
});
