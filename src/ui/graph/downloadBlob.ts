/** Saves `blob` as a file named `fileName`, the way a link with a `download` attribute does. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL by the next task; revoking it sooner can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
