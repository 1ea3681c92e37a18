/** Shows what a format for other tools cannot hold before the file is downloaded (issue 21). */
import { EditorDialog } from '../canvas/EditorDialog';
import { exportEntry } from '../../domain/export/registry';
import type { PreparedExport } from './exportInterchange';

export function InterchangeExportDialog({
  prepared,
  onExport,
  onCancel,
}: {
  prepared: PreparedExport;
  onExport(): void;
  onCancel(): void;
}) {
  const info = exportEntry(prepared.format);
  return (
    <EditorDialog
      title={`Export ${info.label}`}
      onClose={onCancel}
      testId="interchange-export-dialog"
      className="interchange-export-dialog"
    >
      <p>
        <strong>{prepared.fileName}</strong> will hold {prepared.counts}.
      </p>
      <h3>{prepared.heading}</h3>
      <ul data-testid="interchange-losses">
        {prepared.losses.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus="true"
          data-testid="interchange-export-confirm"
          onClick={onExport}
        >
          Export {info.shortName}
        </button>
      </div>
    </EditorDialog>
  );
}
