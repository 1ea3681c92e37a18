/** Saving a text file through a download, and how the dialogs show a time (reading a chosen file: readChosenFile.ts). */
import { downloadBlob } from '../shared/downloadBlob';

export function downloadTextFile(fileName: string, text: string): void {
  downloadBlob(fileName, text, 'application/json');
}

export function formatWhen(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
