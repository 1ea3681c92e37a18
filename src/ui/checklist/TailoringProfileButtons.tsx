import { useRef, useState } from 'react';
import { parseTailoringProfile, tailoringDecisions, toTailoringProfile } from '../../domain/checklist/tailoring';
import { applyTailoringProfile } from '../../domain/commands/importCommands';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { plural } from '../../domain/text/plural';

/**
 * Tailoring profiles (issue 19): save this project's tailoring decisions as a profile file, and
 * apply a profile file to the open project. A bad profile is refused with its path; nothing changes.
 */
export function TailoringProfileButtons() {
  const store = useWorkbenchStore();
  const document = useWorkbench((s) => s.document);
  const readOnly = useWorkbench((s) => s.readOnly);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const count = tailoringDecisions(document).length;

  const exportProfile = () => {
    const profile = toTailoringProfile(document, document.name);
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' }));
    const link = window.document.createElement('a');
    link.href = url;
    link.download = `${document.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'project'}.tailoring.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const apply = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseTailoringProfile(await file.text(), file.name);
    if (fileRef.current) fileRef.current.value = '';
    if (!parsed.ok) return setMessage({ kind: 'error', text: `${parsed.error}; nothing was changed.` });
    store.getState().dispatch(applyTailoringProfile, parsed.profile);
    setMessage({
      kind: 'info',
      text: `Applied ${plural(parsed.profile.decisions.length, 'tailoring decision')} from “${parsed.profile.name}”.`,
    });
  };

  return (
    <div className="tailoring-profile" data-testid="tailoring-profile">
      <button
        type="button"
        disabled={count === 0}
        onClick={exportProfile}
        data-testid="export-tailoring-profile"
        title="Save this project's tailoring decisions to reuse in another project"
      >
        Export tailoring profile ({count})
      </button>
      <label className="button-like">
        Apply tailoring profile…
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          disabled={readOnly}
          data-testid="apply-tailoring-profile"
          onChange={(e) => void apply(e.target.files?.[0])}
        />
      </label>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'form-error' : 'form-info'}
          data-testid="tailoring-profile-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
