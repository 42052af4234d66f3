/** Saves `blob` as a file through a temporary blob: URL (no server, no data: URL size limits). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text or bytes as a file of the given MIME type. */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  downloadBlob(new Blob([content], { type }), fileName);
}
