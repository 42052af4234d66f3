import { useState } from 'react';
import type { DocumentAnalysis } from '../../core/analysis';
import { errorMessage } from '../../core/errors';
import { useDocumentStore } from '../../store/documentStore';
import { useLibraryStore } from '../../store/libraryStore';
import { hashForView } from '../../store/views';

/** Saves the analysed article to the library: an explicit action, never automatic. */
export function SaveToLibrary({ analysis, current }: { analysis: DocumentAnalysis; current: boolean }) {
  const sourceUrl = useDocumentStore((state) => state.sourceUrl);
  const saveAnalysis = useLibraryStore((state) => state.saveAnalysis);
  const [state, setState] = useState<{ status: 'idle' | 'saving' | 'saved' | 'failed'; message: string }>({ status: 'idle', message: '' });

  async function save() {
    setState({ status: 'saving', message: '' });
    try {
      await useLibraryStore.getState().load();
      const { existed } = await saveAnalysis({ text: analysis.document.text, analysis, sourceUrl });
      setState({ status: 'saved', message: existed ? 'Already in the library: analysis updated.' : 'Saved to the library.' });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <section className="save-library" aria-label="Library">
      <button type="button" onClick={() => void save()} disabled={!current || state.status === 'saving'}>
        {state.status === 'saving' ? 'Saving…' : 'Save to library'}
      </button>
      {state.status === 'saved' && (
        <p className="save-library__note" role="status">
          {state.message} <a href={hashForView('library')}>Open the library</a>
        </p>
      )}
      {state.status === 'failed' && <p className="notice notice--error" role="alert">Could not save: {state.message}</p>}
    </section>
  );
}
