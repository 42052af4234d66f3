import { errorMessage } from '../../core/errors';
import { useLibraryStore } from '../../store/libraryStore';
import { downloadFile } from '../download';

/** The whole library as one file, and back. */
export function LibraryFileButtons({ onError }: { onError: (message: string) => void }) {
  const { exportLibrary, importLibrary } = useLibraryStore();
  const empty = useLibraryStore((state) => state.summaries.size === 0);

  async function exportAll() {
    try {
      downloadFile(`ner-studio-library-${new Date().toISOString().slice(0, 10)}.json`, await exportLibrary(), 'application/json');
    } catch (error) {
      onError(`Could not export the library: ${errorMessage(error)}`);
    }
  }

  async function importFile(file: File) {
    try {
      await importLibrary(await file.text());
    } catch (error) {
      onError(`Could not import “${file.name}”: ${errorMessage(error)}`);
    }
  }

  return (
    <div className="library__file">
      <button type="button" onClick={() => void exportAll()} disabled={empty}>Export library</button>
      <label className="button-like">
        Import library file{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="library-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
    </div>
  );
}
