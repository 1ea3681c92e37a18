import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ExportMenu } from './ExportMenu';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { WorkbenchContext } from '../../store/hooks';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { DocumentSchema } from '../../domain/model/schema';
import kvm from '../../../threat-catalog/templates/kvm-libvirt.json';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup() {
  const catalog = loadBundledCatalog();
  const document = DocumentSchema.parse(kvm);
  const store = createWorkbenchStore({ catalog, clock: () => '2026-11-28T12:00:00Z', ids: () => 'id1' }, document);
  const blobs: { name: string; blob: Blob }[] = [];
  let pending: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    pending = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    blobs.push({ name: this.download, blob: pending! });
  });
  render(
    <WorkbenchContext.Provider value={store}>
      <ExportMenu />
    </WorkbenchContext.Provider>,
  );
  return { store, blobs, document };
}

describe('ExportMenu', () => {
  it('lists every format, moves with the arrow keys and closes on Escape back to its button', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    // The popup loads on first open.
    const items = (await screen.findAllByRole('menuitem')).map((m) => m.textContent);
    expect(items).toEqual([
      'PDF report.pdf',
      'Checklist (CSV).csv',
      'Markdown report.md',
      'OSCAL assessment results.oscal-ar.json',
      'OSCAL POA&M.oscal-poam.json',
      'OSCAL catalog (HY-SR).oscal-catalog.json',
      'OTM (Open Threat Model 0.2.0).otm.json',
      'TM-BOM (Threat Model Library 1.0, CycloneDX 1.6).tmbom.cdx.json',
      'Threat Dragon v2.threat-dragon.json',
      'Threagile model (YAML).threagile.yaml',
    ]);
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[0]);
    fireEvent.keyDown(document, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[1]);
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    // The page-size radios are menu items too (menuitemradio), last in the cycle: up from the first wraps to Letter, then Threagile, Threat Dragon, TM-BOM, OTM and the OSCAL catalog.
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: /Letter/ }));
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toContain('Threagile');
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toContain('Threat Dragon');
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toContain('TM-BOM');
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toContain('OTM');
    fireEvent.keyDown(document, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toContain('OSCAL catalog');
    expect(screen.getByRole('menuitemradio', { name: /A4/ }).getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export' }));
  });

  it('downloads the CSV of the current document and changes nothing in the store', async () => {
    const { store, blobs, document } = setup();
    const before = store.getState();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Checklist \(CSV\)/ }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.name).toMatch(/^KVM-QEMU-with-libvirt-sample-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await blobs[0]!.blob.text();
    expect(text.split('\r\n')[0]).toContain('"Recommendation","Title"');
    expect(text).toContain('"HY-SR-6C"');
    await waitFor(() => expect(store.getState().notice?.text).toMatch(/^Exported KVM-QEMU/));
    const after = store.getState();
    expect(after.document).toBe(document);
    expect(after.past).toBe(before.past);
    expect(after.future).toBe(before.future);
  });

  it('OTM: shows the loss report first, downloads only on confirm, and Cancel downloads nothing', async () => {
    const { store, blobs, document } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /OTM/ }));
    const dialog = await screen.findByTestId('interchange-export-dialog');
    expect(dialog.textContent).toContain('OTM 0.2.0 cannot hold everything in this project');
    expect(screen.getByTestId('interchange-losses').textContent).toContain('likelihood and impact');
    expect(blobs).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByTestId('interchange-export-dialog')).toBeNull());
    expect(blobs).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /OTM/ }));
    fireEvent.click(await screen.findByTestId('interchange-export-confirm'));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.name).toMatch(/^KVM-QEMU-with-libvirt-sample-\d{4}-\d{2}-\d{2}\.otm\.json$/);
    const otm = JSON.parse(await blobs[0]!.blob.text());
    expect(otm.otmVersion).toBe('0.2.0');
    expect(otm.components.length + otm.trustZones.length).toBeGreaterThanOrEqual(
      Object.keys(document.components).length,
    );
    expect(store.getState().document).toBe(document);
  });
});
