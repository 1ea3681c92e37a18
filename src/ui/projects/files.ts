/** Saving a text file through a download, and reading a chosen file as text. */
import { downloadBlob } from '../shared/downloadBlob';

export function downloadTextFile(fileName: string, text: string): void {
  downloadBlob(fileName, text, 'application/json');
}

/** Reads a chosen file; `maxBytes` is checked on the size before any byte is read. */
export async function readChosenFile(file: File, maxBytes: number): Promise<{ text: string; size: number } | { tooLarge: number }> {
  if (file.size > maxBytes) return { tooLarge: file.size };
  return { text: await file.text(), size: file.size };
}

export function formatStorageBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

export function formatWhen(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
