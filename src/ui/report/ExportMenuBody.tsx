/**
 * The Export menu's popup (formats and PDF page size) and its progress line, loaded when the
 * menu is first opened (React.lazy in ExportMenu.tsx): a first visit only shows the button.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { INTERCHANGE_FORMATS, REPORT_FORMATS, type ExportEntry, type ExportFormat } from '../../domain/export/registry';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';

const STAGE_LABEL: Record<PdfProgress['stage'], string> = {
  loading: 'Loading the PDF engine…',
  layout: 'Laying out pages…',
  rendering: 'Drawing pages…',
  done: 'Done',
};

export interface ExportPopupProps {
  /** The menu's root (button and popup): a click outside it closes the popup. */
  root: RefObject<HTMLDivElement | null>;
  pageSize: PageSizeName;
  onPageSize(size: PageSizeName): void;
  /** The entry's kind comes along so the menu button itself needs no registry (it loads with the first page). */
  onRun(format: ExportFormat, kind: ExportEntry['kind']): void;
  /** Stable (useCallback): a new one re-runs the effect, which moves the focus to the first entry. */
  onClose(): void;
}

export function ExportPopup({ root, pageSize, onPageSize, onRun, onClose }: ExportPopupProps) {
  const popup = useRef<HTMLDivElement>(null);

  // A layout effect: the focus lands on the first entry in the same commit that shows the popup,
  // before paint, so a key pressed right away (or a test reading activeElement) never finds it elsewhere.
  useLayoutEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) onClose();
    };
    const items = () =>
      Array.from(popup.current?.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemradio"]') ?? []);
    // Keyboard users land on the first entry and move with the arrow keys (WAI-ARIA menu).
    items()[0]?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        onClose();
        root.current?.querySelector<HTMLElement>('[data-testid="export-menu"]')?.focus();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const list = items();
        const at = list.indexOf(document.activeElement as HTMLElement);
        const next = e.key === 'ArrowDown' ? (at + 1) % list.length : (at - 1 + list.length) % list.length;
        list[next]?.focus();
        e.preventDefault();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [root, onClose]);

  return (
    <div className="export-popup" role="menu" aria-label="Export reports" ref={popup}>
      {REPORT_FORMATS.map((f) => (
        <button
          key={f.id}
          type="button"
          role="menuitem"
          onClick={() => onRun(f.id, f.kind)}
          data-testid={`export-${f.id}`}
        >
          {f.label}
          <span className="export-ext">{f.extension}</span>
        </button>
      ))}
      <div className="export-section" role="group" aria-labelledby="export-other-tools-label">
        <span id="export-other-tools-label" className="export-page-size-label">
          For other threat-modelling tools
        </span>
        {INTERCHANGE_FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            role="menuitem"
            onClick={() => onRun(f.id, f.kind)}
            data-testid={`export-${f.id}`}
          >
            {f.label}
            <span className="export-ext">{f.extension}</span>
          </button>
        ))}
      </div>
      {/* Menu radio items in a group, not form radios: a menu may only own menu items (axe aria-required-children). */}
      <div className="export-page-size" role="group" aria-labelledby="export-page-size-label">
        <span id="export-page-size-label" className="export-page-size-label">
          PDF page size
        </span>
        {(['A4', 'LETTER'] as const).map((size) => (
          <button
            key={size}
            type="button"
            role="menuitemradio"
            aria-checked={pageSize === size}
            onClick={() => onPageSize(size)}
            data-testid={`export-page-${size}`}
          >
            <span aria-hidden="true">{pageSize === size ? '●' : '○'}</span> {size === 'A4' ? 'A4' : 'Letter'}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ExportProgress({ progress }: { progress: PdfProgress }) {
  return (
    <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
      <span>{STAGE_LABEL[progress.stage]}</span>
      <progress max={1} value={progress.fraction} aria-label="PDF generation progress" />
    </div>
  );
}
