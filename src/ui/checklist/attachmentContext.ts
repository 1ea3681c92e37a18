/**
 * The evidence-file store, handed to the UI by the composition root (`src/main.tsx`) so the
 * UI never imports persistence. `null` when no storage is available: attaching is then refused
 * with a message instead of failing silently.
 */
import { createContext, useContext } from 'react';
import type { AttachmentStore } from '../../domain/ports';

export const AttachmentContext = createContext<AttachmentStore | null>(null);

export function useAttachments(): AttachmentStore | null {
  return useContext(AttachmentContext);
}
