import type { ArticleSummary } from '../../core/library';
import { labelColor, labelName } from '../labels';

const SHOWN = 200;

/** The articles as a list: title, top tags and date; a click opens one. */
export function ArticleList({ articles, openId, onOpen }: { articles: readonly ArticleSummary[]; openId: string | null; onOpen: (id: string) => void }) {
  if (articles.length === 0) return <p className="library__empty">No article matches.</p>;
  return (
    <>
      <ol className="library__list" data-testid="library-list">
        {articles.slice(0, SHOWN).map((article) => (
          <li key={article.id} className={article.id === openId ? 'library__item library__item--open' : 'library__item'} data-testid="library-item">
            <button type="button" className="library__title" onClick={() => onOpen(article.id)}>
              {article.title}
            </button>
            <span className="library__date">{new Date(article.savedAt).toLocaleDateString()}</span>
            <ul className="tags__list">
              {article.tags.slice(0, 3).map((tag) => (
                <li key={tag.key} className="tags__tag" style={{ borderColor: labelColor(tag.label) }} title={labelName(tag.label)}>
                  {tag.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {articles.length > SHOWN && <p className="library__more">and {articles.length - SHOWN} more: search or filter to narrow the list.</p>}
    </>
  );
}
