/**
 * Install, list and remove packs. A chosen file is validated against the core catalog and
 * the other installed packs first: errors are listed with file and path and nothing is
 * stored; a valid pack shows what it adds before it is installed.
 */
import { useEffect, useState } from 'react';
import { EditorDialog } from '../canvas/EditorDialog';
import { readChosenFile } from '../projects/readChosenFile';
import { describeImportError } from '../../domain/io/importErrors';
import { MAX_PACK_BYTES } from '../../domain/packs/parsePack';
import type { PackPreview, PackService, StoredPack } from '../../domain/packs/installedPacks';
import { BundledPacksSection } from './BundledPacksSection';
import { plural } from '../../domain/text/plural';

export function PacksDialog({ service, onClose }: { service: PackService; onClose: () => void }) {
  const [installed, setInstalled] = useState<StoredPack[] | null>(null);
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => void service.list().then(setInstalled);
  useEffect(refresh, [service]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const read = await readChosenFile(file, MAX_PACK_BYTES);
    if ('refused' in read) {
      setPreview({ ok: false, errors: [{ path: file.name, message: describeImportError(read.refused, 'The pack') }] });
      return;
    }
    setPreview(await service.preview({ source: file.name, text: read.text }));
  };
  const install = async () => {
    if (!preview?.ok) return;
    setBusy(true);
    try {
      await service.install(preview);
      setPreview(null);
      refresh();
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    await service.remove(id);
    refresh();
  };

  return (
    <EditorDialog title="Packs" onClose={onClose} className="packs-dialog" testId="packs-dialog">
      <p className="field-help">
        A pack adds your organisation's controls, rules and crosswalks (JSON or YAML, schema{' '}
        <code>schemas/pack.schema.json</code>). It never changes the core catalog; its items are named{' '}
        <code>pack.id</code>.
      </p>
      <BundledPacksSection service={service} />
      <h3>Installed</h3>
      {installed === null ? null : installed.length === 0 ? (
        <p className="empty-note" data-testid="packs-none">
          No pack is installed.
        </p>
      ) : (
        <ul className="packs-list" data-testid="packs-installed">
          {installed.map((p) => (
            <li key={p.id} data-testid="installed-pack" data-pack={p.id}>
              <span>
                {p.title}{' '}
                <span className="muted">
                  ({p.id} {p.version}, from {p.source})
                </span>
              </span>{' '}
              <button type="button" onClick={() => void remove(p.id)} aria-label={`Remove pack ${p.id}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Install a pack</h3>
      <label className="field">
        <span>Pack file</span>
        <input
          type="file"
          accept=".json,.yaml,.yml,application/json,text/yaml"
          data-testid="pack-file-input"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {preview && !preview.ok && (
        <div role="alert" className="field-error" data-testid="pack-errors">
          <p>The pack was not installed ({plural(preview.errors.length, 'problem')}); nothing was stored:</p>
          <ul>
            {preview.errors.slice(0, 30).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview?.ok && (
        <div className="pack-preview" data-testid="pack-preview">
          <p>
            <strong>{preview.pack.title}</strong> {preview.pack.version} by {preview.pack.publisher}
            {preview.replaces ? ` (replaces the installed ${preview.replaces.version})` : ''}
          </p>
          <p data-testid="pack-preview-counts">
            Adds {preview.pack.recommendationIds.length} checklist items, {preview.pack.ruleIds.length} rules,{' '}
            {preview.pack.verdictIds.length} verdict rules and {preview.pack.crosswalks.length} crosswalk entries.
          </p>
          {preview.pack.recommendationIds.length > 0 && (
            <ul className="pack-preview-items">
              {preview.items.map((i) => (
                <li key={i.id}>
                  <code>{i.id}</code> {i.title}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={!preview?.ok || busy}
          onClick={() => void install()}
          data-testid="pack-install"
        >
          Install
        </button>
      </div>
    </EditorDialog>
  );
}
