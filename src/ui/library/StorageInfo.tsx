import { useLibraryStore } from '../../store/libraryStore';

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** How much this site stores (navigator.storage.estimate) and whether the browser keeps it for good. */
export function StorageInfo() {
  const storage = useLibraryStore((state) => state.storage);
  if (!storage) return null;
  return (
    <p className="library__storage" data-testid="library-storage">
      Storage used: {megabytes(storage.usage)} of {megabytes(storage.quota)} ·{' '}
      {storage.persisted ? 'kept by the browser (persistent)' : 'the browser may clear it under storage pressure'}
    </p>
  );
}
