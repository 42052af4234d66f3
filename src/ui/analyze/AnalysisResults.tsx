import { useAnalysisStore } from '../../store/analysisStore';
import { useAnnotationStore } from '../../store/annotationStore';
import { CorrectPanel } from '../annotate/CorrectPanel';
import { CorrectToggle } from '../annotate/CorrectToggle';
import type { TextOrigin } from '../../store/documentStore';
import { useModelsStore } from '../../store/modelsStore';
import { EntityTable } from './EntityTable';
import { ExportButtons } from './ExportButtons';
import { HighlightedText } from './HighlightedText';
import { Legend } from './Legend';
import { SuggestedTags } from './SuggestedTags';
import { SaveToLibrary } from '../library/SaveToLibrary';

const ORIGIN_NOTE: Record<TextOrigin, string> = {
  typed: 'typed',
  'plain-paste': 'pasted as plain text',
  'html-paste': 'pasted as rich text (HTML), converted to plain paragraphs',
  example: 'the example article',
  remembered: 'kept from your last visit',
  annotated: 'an annotated document stored in this browser',
};

/** Everything under the input: status, notices, highlights, legend, tags, table and export. */
export function AnalysisResults({ text, origin }: { text: string; origin: TextOrigin }) {
  const { status, progress, analysis, error, hiddenLabels, flashing, toggleLabel, flash } = useAnalysisStore();
  const model = useModelsStore();
  const correcting = useAnnotationStore((state) => state.correcting);

  if (text.trim() === '') {
    return (
      <p className="analyze__hint">
        Entities in the text — people, organizations, places, times, events — will be highlighted here, with a table of
        the most frequent ones and suggested tags.
      </p>
    );
  }
  const summary = analysis?.summary;
  return (
    <div className="results">
      <CorrectToggle available={analysis?.document.text === text} />
      <p className="analyze__summary">
        {summary && (
          <span data-testid="text-summary">
            {summary.paragraphs} {plural(summary.paragraphs, 'paragraph')} · {summary.sentences} {plural(summary.sentences, 'sentence')} ·{' '}
            {summary.tokens} {plural(summary.tokens, 'token')} ·{' '}
          </span>
        )}
        <span data-testid="text-origin">{ORIGIN_NOTE[origin]}</span>
      </p>
      {model.status === 'loading' && <p className="notice" role="status">Loading the model…</p>}
      {model.status === 'failed' && <p className="notice notice--error" role="alert">The model could not be loaded: {model.error}</p>}
      {status === 'analyzing' && (
        <div className="progress" role="status" aria-live="polite">
          <progress max={progress?.sentences ?? 1} value={progress?.sentencesDone ?? 0} />
          <span>Analysing{progress ? ` ${progress.sentencesDone} of ${progress.sentences} sentences` : ''}…</span>
        </div>
      )}
      {status === 'failed' && <p className="notice notice--error" role="alert">The analysis failed: {error}</p>}
      {analysis && !analysis.language.english && (
        <p className="notice" role="note" data-testid="language-notice">
          This text does not look like English ({analysis.language.reason}). The model was trained on English news, so it will miss or
          mislabel many entities here.
        </p>
      )}
      {analysis && (
        <div
          className={analysis.document.text === text ? 'results__grid' : 'results__grid results__grid--stale'}
          data-testid="analysis"
          data-current={analysis.document.text === text}
          data-ms={Math.round(analysis.ms)}
        >
          <div className="results__text">
            {correcting && analysis.document.text === text ? (
              <CorrectPanel analyzed={analysis.document} model={model.active?.name ?? 'unknown'} />
            ) : (
              <>
                <Legend labels={analysis.document.labels} labelCounts={analysis.labelCounts} hiddenLabels={hiddenLabels} onToggle={toggleLabel} />
                <HighlightedText key={analysis.document.text} text={analysis.document.text} paragraphs={analysis.paragraphs} mentions={analysis.mentions} hiddenLabels={hiddenLabels} flashing={flashing} code={analysis.code} />
              </>
            )}
          </div>
          <aside className="results__side">
            <SaveToLibrary analysis={analysis} current={analysis.document.text === text} />
            <SuggestedTags tags={analysis.tags} />
            <EntityTable entities={analysis.entities} paragraphs={analysis.paragraphs} sentences={analysis.document.sentences} onShow={flash} />
            <ExportButtons analysis={analysis} />
          </aside>
        </div>
      )}
    </div>
  );
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
