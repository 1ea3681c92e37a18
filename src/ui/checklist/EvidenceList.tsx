import { useId, useRef, useState } from 'react';
import type { AssessmentEntry, Evidence } from '../../domain/model/schema';
import type { AssessmentScope } from '../../domain/checklist/assessmentOps';
import {
  checkAttachment,
  checkEvidenceLink,
  formatBytes,
  MAX_ATTACHMENT_BYTES,
} from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { useAssessmentActions } from './useAssessmentActions';
import { useAttachments } from './attachmentContext';
import { ScanEvidenceView } from '../scans/ScanEvidenceView';

type Kind = Evidence['kind'];

/**
 * Evidence of one scope: notes, links and files. Links are shown as text and opened only on an
 * explicit click (http and https only, without an opener); files live in the attachment store
 * and are downloaded on request. Each addition or removal is one undo step.
 */
export function EvidenceList({
  recommendationId,
  scope,
  entry,
}: {
  recommendationId: string;
  scope: AssessmentScope;
  entry: AssessmentEntry | undefined;
}) {
  const { addEvidence, removeEvidence } = useAssessmentActions();
  const projectId = useWorkbench((s) => s.document.id);
  const readOnly = useWorkbench((s) => s.readOnly);
  const attachments = useAttachments();
  const [kind, setKind] = useState<Kind>('note');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const uid = useId();
  const evidence = entry?.evidence ?? [];

  const addText = () => {
    let value = text.trim();
    if (kind === 'link') {
      const check = checkEvidenceLink(value);
      if (!check.ok) return setMessage({ kind: 'error', text: check.message });
      value = check.url;
    } else if (value === '') {
      return setMessage({ kind: 'error', text: 'Write the note first.' });
    }
    const result = addEvidence(recommendationId, scope, { kind, text: value.slice(0, 2000) });
    if (!result.ok) return setMessage({ kind: 'error', text: result.message });
    setText('');
    setMessage(null);
  };

  const attach = async (file: File) => {
    const check = checkAttachment(file);
    if (!check.ok) return setMessage({ kind: 'error', text: check.message });
    if (!attachments)
      return setMessage({ kind: 'error', text: 'Files cannot be stored in this browser session; add a link instead.' });
    setBusy(true);
    try {
      const put = await attachments.put(projectId, { name: file.name, mediaType: file.type, blob: file });
      if (!put.ok) return setMessage({ kind: 'error', text: put.message });
      const result = addEvidence(recommendationId, scope, {
        kind: 'file',
        text: file.name.slice(0, 2000),
        blobId: put.blobId,
        size: put.size,
        mediaType: file.type.slice(0, 200),
      });
      setMessage(
        result.ok
          ? { kind: 'info', text: `Attached “${file.name}” (${formatBytes(file.size)}).` }
          : { kind: 'error', text: result.message },
      );
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const download = async (ev: Evidence) => {
    const stored = ev.blobId ? await attachments?.get(ev.blobId) : undefined;
    if (!stored)
      return setMessage({
        kind: 'error',
        text: `The file “${ev.text}” is not in this browser's storage (it may have been imported without its files).`,
      });
    const url = URL.createObjectURL(stored.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = ev.text;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const open = (ev: Evidence) => {
    const check = checkEvidenceLink(ev.text);
    if (!check.ok) return setMessage({ kind: 'error', text: check.message });
    window.open(check.url, '_blank', 'noopener,noreferrer');
  };

  return (
    <section className="evidence" aria-label="Evidence">
      <h5>Evidence</h5>
      {evidence.length === 0 ? (
        <p className="empty-note">No evidence yet.</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((ev) => (
            <li key={ev.id} data-testid="evidence-item" data-kind={ev.kind}>
              <span className="evidence-kind">
                {ev.kind === 'note' ? 'Note' : ev.kind === 'link' ? 'Link' : ev.kind === 'scan' ? 'Scan' : 'File'}
              </span>
              <span className="evidence-text">{ev.text}</span>
              {ev.kind === 'scan' && <ScanEvidenceView recommendationId={recommendationId} evidence={ev} />}
              {ev.kind === 'file' && ev.size !== undefined && (
                <span className="evidence-meta">{formatBytes(ev.size)}</span>
              )}
              {ev.kind === 'link' && (
                <button type="button" className="link-button" onClick={() => open(ev)} title="Opens in a new tab">
                  Open
                </button>
              )}
              {ev.kind === 'file' && (
                <button type="button" className="link-button" onClick={() => void download(ev)}>
                  Download
                </button>
              )}
              <button
                type="button"
                className="link-button danger"
                disabled={readOnly}
                onClick={() => removeEvidence(recommendationId, scope, ev.id)}
                aria-label={`Remove evidence ${ev.text}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="evidence-add" disabled={readOnly || busy}>
        <label htmlFor={`${uid}-kind`} className="visually-hidden">
          Kind of evidence
        </label>
        <select
          id={`${uid}-kind`}
          value={kind}
          onChange={(e) => (setKind(e.target.value as Kind), setMessage(null))}
          data-testid="evidence-kind"
        >
          <option value="note">Note</option>
          <option value="link">Link</option>
          <option value="file">File</option>
        </select>
        {kind === 'file' ? (
          <input
            ref={fileRef}
            type="file"
            aria-label={`Attach a file (up to ${formatBytes(MAX_ATTACHMENT_BYTES)})`}
            data-testid="evidence-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void attach(file);
            }}
          />
        ) : (
          <>
            <input
              type={kind === 'link' ? 'url' : 'text'}
              aria-label={kind === 'link' ? 'Link (https://…)' : 'Note'}
              placeholder={kind === 'link' ? 'https://…' : 'What was checked, where'}
              value={text}
              maxLength={2000}
              data-testid="evidence-text"
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addText();
                }
              }}
            />
            <button type="button" onClick={addText}>
              Add
            </button>
          </>
        )}
      </fieldset>
      {message && (
        <p
          className={message.kind === 'error' ? 'field-error' : 'field-help'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="evidence-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
