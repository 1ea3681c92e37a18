import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ConfigImportError, MAX_CONFIG_BYTES, type ConfigFile } from '../../domain/import/types';
import { previewConfigFiles, tooLargeConfigFile, type FilePreview } from '../../domain/import/preview';
import { FORMAT_LABEL } from '../../domain/import/detectFormat';
import { mergeImportIntoDocument, type ImportSummary } from '../../domain/import/mergeIntoDocument';
import { describeProvenance } from '../../domain/import/provenanceText';
import { computeDrift } from '../../domain/import/drift';
import { applyDrift, mergeImport } from '../../domain/commands/importCommands';
import { DriftPanel } from './DriftPanel';
import { createDocument } from '../../domain/model/operations';
import type { AttributeValue } from '../../domain/model/schema';
import type { CatalogData } from '../../domain/catalog/schema';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { EditorDialog } from '../canvas/EditorDialog';
import { FileButton } from '../projects/FileButton';
import { readChosenFile } from '../projects/readChosenFile';
import { describeImportError } from '../../domain/io/importErrors';
import { dragHasFiles, useImportUi } from './importUi';
import { droppedFiles } from './droppedFiles';
import './import.css';
import { plural } from '../../domain/text/plural';

const ACCEPT = '.xml,.cfg,.xl,.vmx,.conf,.json,.csv,.txt,text/xml,application/xml,application/json,text/csv,text/plain';
/** The preview lists this many added components; the count says the rest. */
const LIST_LIMIT = 40;
const show = (v: AttributeValue) => (v === null ? 'unknown' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** Reads chosen or dropped files through the app's file helper; a file too large is refused unread. */
async function readConfigFiles(files: readonly File[]): Promise<(ConfigFile | ConfigImportError)[]> {
  return Promise.all(
    files.map(async (file) => {
      const read = await readChosenFile(file, MAX_CONFIG_BYTES);
      if (!('refused' in read)) return { name: file.name, text: read.text };
      if (read.refused.kind === 'too-large') return tooLargeConfigFile(file.name, read.refused.bytes);
      // Not UTF-8 (or UTF-16/32): the decoder's own sentence, as the CLI prints it, on the file's first line.
      return new ConfigImportError('unsupported', file.name, 1, describeImportError(read.refused, '').trim());
    }),
  );
}

export function importedMessage(summary: ImportSummary, domains: number, refused: number): string {
  const parts = [`${plural(summary.added.length, 'component')}, ${plural(summary.addedConnections, 'connection')}`];
  if (summary.updated.length) parts.push(`${plural(summary.updated.length, 'component')} updated`);
  const refusedText = refused ? `; ${plural(refused, 'file')} refused` : '';
  return `Imported ${plural(domains, 'domain')}: ${parts.join(', ')}${refusedText}.`;
}

/**
 * "Import configuration": the user picks or drops libvirt, xl.cfg and .vmx files; the dialog
 * shows per file what was recognised or why it was refused (file and line) and what the
 * import would add or change, and nothing changes until Apply, which is one undo step.
 */
export function ImportConfigDialog({ initialFiles, onClose }: { initialFiles: File[]; onClose: () => void }) {
  const store = useWorkbenchStore();
  const { document, catalog, readOnly } = useWorkbench(
    useShallow((s) => ({ document: s.document, catalog: s.catalog, readOnly: s.readOnly })),
  );
  const [configs, setConfigs] = useState<(ConfigFile | ConfigImportError)[]>([]);
  const [mode, setMode] = useState<'merge' | 'new' | 'drift'>('merge');
  const [chosenDrift, setChosenDrift] = useState<ReadonlySet<number>>(new Set());
  const [newName, setNewName] = useState('Imported platform');
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const addFiles = async (files: readonly File[]) => {
    const read = await readConfigFiles(files);
    // A file chosen again (same name) replaces the earlier one.
    setConfigs((current) => {
      const names = new Set(read.map((f) => (f instanceof ConfigImportError ? f.file : f.name)));
      return [...current.filter((f) => !names.has(f instanceof ConfigImportError ? f.file : f.name)), ...read];
    });
  };

  useEffect(() => {
    if (initialFiles.length) void addFiles(initialFiles);
    // Only the files the dialog was opened with.
  }, [initialFiles]);

  // While the dialog is open the whole window takes dropped files: a drop beside the drop zone
  // must add them, not make the browser open the file in place of the app.
  const addFilesRef = useRef(addFiles);
  addFilesRef.current = addFiles;
  useEffect(() => {
    const over = (e: globalThis.DragEvent) => {
      if (e.dataTransfer && dragHasFiles([...e.dataTransfer.types])) e.preventDefault();
    };
    const drop = (e: globalThis.DragEvent) => {
      if (!e.dataTransfer?.files.length || e.defaultPrevented) return;
      e.preventDefault();
      void droppedFiles(e.dataTransfer).then((files) => addFilesRef.current(files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const preview = useMemo(() => previewConfigFiles(configs), [configs]);
  const target = mode === 'merge' ? document : undefined;
  const summary = useMemo(() => {
    if (preview.accepted === 0) return null;
    const base =
      target ??
      createDocument({
        id: 'preview',
        name: 'preview',
        now: document.updatedAt,
        catalog: { id: catalog.id, version: catalog.version },
      });
    return mergeImportIntoDocument(base, preview.merged, catalog, document.updatedAt).summary;
  }, [preview, target, catalog, document.updatedAt]);
  const refused = preview.files.length - preview.accepted;
  // The same comparison `htw drift` prints, against the open project.
  const drift = useMemo(
    () => (mode === 'drift' && preview.accepted > 0 ? computeDrift(document, preview.merged) : []),
    [mode, preview, document],
  );
  // New files make a new list: earlier choices would point at other rows.
  useEffect(() => setChosenDrift(new Set()), [preview, mode]);

  const applyChosenDrift = () => {
    const chosen = drift.filter((_, i) => chosenDrift.has(i));
    if (chosen.length === 0) return;
    store.getState().dispatch(applyDrift, { configured: preview.merged, chosen });
    if (store.getState().readOnly) return;
    const n = chosen.length;
    store.getState().notify({
      kind: 'info',
      text: `Applied ${plural(n, 'difference')} from the configuration; kept ${plural(drift.length - n, 'other')} as drawn.`,
      action: {
        label: 'Undo',
        run: () => {
          store.getState().undo();
          store.getState().notify(null);
        },
      },
    });
    onClose();
  };

  const apply = async () => {
    const state = store.getState();
    setBusy(true);
    setFailure(null);
    try {
      let created = '';
      if (mode === 'new') {
        const name = newName.trim() || 'Imported platform';
        const empty = createDocument({
          id: state.ids(),
          name,
          now: state.clock(),
          catalog: { id: catalog.id, version: catalog.version },
        });
        if (state.storage) {
          const result = await state.storage.openNewDocument(empty);
          if (!result.ok) {
            setFailure(result.message);
            return;
          }
        } else state.loadDocument(empty);
        created = `Created "${name}". `;
      }
      const before = store.getState().document.components;
      // No summary when a read-only tab refused the command before it ran.
      const summary: ImportSummary | undefined = store.getState().dispatch(mergeImport, preview.merged).value;
      const added = new Set(Object.keys(store.getState().document.components).filter((id) => !before[id]));
      // A refused commit (read-only tab) has said why in the notice.
      if (!summary || store.getState().readOnly) return;
      store.getState().notify({
        kind: 'info',
        text: created + importedMessage(summary, preview.accepted, refused),
        action: {
          label: 'Undo',
          run: () => {
            store.getState().undo();
            store.getState().notify(null);
          },
        },
      });
      useImportUi.getState().requestFit(added);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const onDragOver = (e: DragEvent) => {
    if (!dragHasFiles([...e.dataTransfer.types])) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.files.length) return;
    e.preventDefault();
    setOver(false);
    void droppedFiles(e.dataTransfer).then((files) => addFiles(files));
  };

  return (
    <EditorDialog
      title="Import configuration"
      onClose={onClose}
      className="import-dialog"
      testId="import-config-dialog"
    >
      <p className="field-help">
        Files collected from the platform: libvirt domain, network and capabilities XML (<code>virsh dumpxml</code>,{' '}
        <code>net-dumpxml</code>, <code>capabilities</code>, <code>domcapabilities</code>),{' '}
        <code>virt-host-validate</code> output, Xen <code>xl.cfg</code>, VMware <code>.vmx</code> and ESXi advanced
        settings, Hyper-V cmdlet JSON, Proxmox <code>qemu-server</code> <code>.conf</code>. They are read here in the
        browser and sent nowhere. Nothing changes until you apply.
      </p>
      <div
        className={over ? 'import-drop over' : 'import-drop'}
        data-testid="import-drop"
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>Drop files here, or</span>
        <FileButton testId="import-config-choose" accept={ACCEPT} onFiles={(files) => void addFiles(files)}>
          Choose files…
        </FileButton>
      </div>

      {preview.files.length > 0 && (
        <section aria-labelledby="import-files-head">
          <h3 id="import-files-head">Files</h3>
          {/* Focusable: a long list scrolls, and keyboard users scroll it too (axe scrollable-region-focusable). */}
          <ul className="import-files" data-testid="import-file-list" tabIndex={0} aria-label="Chosen files">
            {preview.files.map((f) => (
              <FileRow key={f.file} preview={f} />
            ))}
          </ul>
        </section>
      )}

      {preview.accepted > 0 && summary && (
        <>
          <fieldset className="import-mode">
            <legend className="visually-hidden">Where to import</legend>
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'merge'}
                disabled={readOnly}
                onChange={() => setMode('merge')}
                data-testid="import-mode-merge"
              />
              Merge into this project ("{document.name}"): parts already drawn are matched by type and name
            </label>
            <span className="import-mode-new">
              <label>
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === 'new'}
                  onChange={() => setMode('new')}
                  data-testid="import-mode-new"
                />
                A new project, named
              </label>
              <input
                aria-label="Name of the new project"
                value={newName}
                maxLength={200}
                disabled={mode !== 'new'}
                onChange={(e) => setNewName(e.target.value)}
              />
            </span>
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'drift'}
                disabled={readOnly}
                onChange={() => setMode('drift')}
                data-testid="import-mode-drift"
              />
              Compare with this project: list where the files contradict the drawn model, then apply or keep each
              difference
            </label>
          </fieldset>
          {mode === 'drift' ? (
            <DriftPanel items={drift} chosen={chosenDrift} onChoose={setChosenDrift} catalog={catalog} />
          ) : (
            <ChangePreview summary={summary} catalog={catalog} />
          )}
        </>
      )}

      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {mode === 'drift' ? (
          <button
            type="button"
            className="primary"
            disabled={chosenDrift.size === 0 || readOnly}
            onClick={applyChosenDrift}
            data-testid="drift-apply-chosen"
          >
            {`Apply ${plural(chosenDrift.size, 'difference')}`}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy || preview.accepted === 0 || (mode === 'merge' && readOnly)}
            onClick={() => void apply()}
            data-testid="import-apply"
          >
            {preview.accepted > 0 ? `Import ${plural(preview.accepted, 'file')}` : 'Import'}
          </button>
        )}
      </div>
    </EditorDialog>
  );
}

function FileRow({ preview: f }: { preview: FilePreview }) {
  if (!f.ok) {
    return (
      <li className="refused" data-testid="import-file" data-file={f.file} data-ok="false">
        <span className="import-file-name">
          {f.error.file}:{f.error.line}
        </span>
        : {f.error.detail.replace(/\.$/, '')}. Not imported.
      </li>
    );
  }
  return (
    <li data-testid="import-file" data-file={f.file} data-ok="true">
      <span className="import-file-name">{f.file}</span> · {FORMAT_LABEL[f.format]}
      {f.domains.length > 0 && ` · ${f.domains.join(', ')}`} · {plural(f.result.components.length, 'component')},{' '}
      {plural(f.result.connections.length, 'connection')}, {plural(f.attributes, 'attribute')} stated
    </li>
  );
}

function ChangePreview({ summary, catalog }: { summary: ImportSummary; catalog: Pick<CatalogData, 'componentTypes'> }) {
  const typeName = (id: string) => catalog.componentTypes.find((t) => t.id === id)?.name ?? id;
  const label = (type: string, attribute: string) =>
    catalog.componentTypes.find((t) => t.id === type)?.attributes.find((a) => a.id === attribute)?.label ?? attribute;
  const nothing = summary.added.length === 0 && summary.addedConnections === 0 && summary.updated.length === 0;
  return (
    <section aria-labelledby="import-changes-head" data-testid="import-changes">
      <h3 id="import-changes-head">What the import does</h3>
      {nothing ? (
        <p>Nothing new: the project already holds everything these files describe.</p>
      ) : (
        <>
          <p data-testid="import-counts">
            Adds {plural(summary.added.length, 'component')} and {plural(summary.addedConnections, 'connection')}
            {summary.updated.length > 0 && `; changes ${plural(summary.updated.length, 'drawn component')}`}.
          </p>
          <ul className="import-changes" tabIndex={0} aria-label="Changes the import makes">
            {summary.added.slice(0, LIST_LIMIT).map((c, i) => (
              <li key={`a${i}`}>
                Adds {c.name} <span className="import-source">({typeName(c.type)})</span>
              </li>
            ))}
            {summary.added.length > LIST_LIMIT && <li>and {summary.added.length - LIST_LIMIT} more</li>}
            {summary.updated.flatMap((u) =>
              u.changes.map((ch) => (
                <li key={`${u.name}-${ch.attribute}`} data-testid="import-change">
                  Changes {u.name}: {label(u.type, ch.attribute)} from {show(ch.from)} to {show(ch.to)}{' '}
                  <span className="import-source">({describeProvenance(ch.source).text})</span>
                </li>
              )),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
