import type { RankedArticle } from '../../core/library';
import { useLibraryStore } from '../../store/libraryStore';
import { labelColor, labelName } from '../labels';

/** Ranked articles, each with the shared entities (and, for related articles, the content words in common) that explain its place. */
export function RankedArticles({ ranked, testId }: { ranked: readonly RankedArticle[]; testId: string }) {
  const summaries = useLibraryStore((state) => state.summaries);
  const openArticle = useLibraryStore((state) => state.openArticle);
  return (
    <ol className="library__ranked" data-testid={testId}>
      {ranked.map((entry) => (
        <li key={entry.id} data-testid={`${testId}-item`}>
          <button type="button" className="library__title" onClick={() => void openArticle(entry.id)}>
            {summaries.get(entry.id)?.title ?? entry.id}
          </button>{' '}
          <span className="library__score">score {entry.score.toFixed(2)}</span>
          <span className="library__shared" data-testid="shared-entities">
            shares{' '}
            {entry.shared.slice(0, 6).map((shared, i) => (
              <span key={shared.term}>
                {i > 0 && ', '}
                <span className="library__entity" style={{ borderColor: labelColor(shared.label) }} title={`${labelName(shared.label)} · adds ${shared.contribution.toFixed(2)}`}>
                  {shared.text}
                </span>
              </span>
            ))}
            {entry.shared.length > 6 && ` and ${entry.shared.length - 6} more`}
          </span>
          {entry.sharedWords.length > 0 && (
            <span className="library__words" data-testid="shared-words" title="Content words both articles use often; they weigh as much as the entities in the score">
              words in common: {entry.sharedWords.slice(0, 5).map((shared) => shared.word).join(', ')}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
