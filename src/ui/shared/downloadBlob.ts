/** Hands a generated file to the browser as a download (Blob + object URL; nothing is sent). */
export function downloadBlob(fileName: string, data: BlobPart, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
