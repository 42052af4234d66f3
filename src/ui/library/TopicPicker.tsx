import { useMemo, useState } from 'react';
import { libraryEntityIndex, useLibraryStore } from '../../store/libraryStore';
import { labelColor, labelName } from '../labels';
import { RankedArticles } from './RelatedArticles';

const TOPICS_SHOWN = 40;

/** "Articles about…": pick topics shared by several articles, see the articles ranked by them. */
export function TopicPicker() {
  const revision = useLibraryStore((state) => state.revision);
  const [picked, setPicked] = useState<string[]>([]);
  const topics = useMemo(() => (revision >= 0 ? libraryEntityIndex().terms(2).slice(0, TOPICS_SHOWN) : []), [revision]);
  const ranked = useMemo(() => (picked.length > 0 && revision >= 0 ? libraryEntityIndex().about(picked, 10) : []), [picked, revision]);
  if (topics.length === 0) return null;

  function toggle(term: string) {
    setPicked((current) => (current.includes(term) ? current.filter((t) => t !== term) : [...current, term]));
  }

  return (
    <section className="library__about" aria-label="Articles about">
      <h3>Articles about…</h3>
      <ul className="tags__list" data-testid="topic-picker">
        {topics.map((topic) => (
          <li key={topic.term}>
            <label className="library__topic" style={{ borderColor: labelColor(topic.label) }} title={`${labelName(topic.label)} · ${topic.articles} articles`}>
              <input type="checkbox" checked={picked.includes(topic.term)} onChange={() => toggle(topic.term)} /> {topic.text} <small>{topic.articles}</small>
            </label>
          </li>
        ))}
      </ul>
      {ranked.length > 0 && <RankedArticles ranked={ranked} testId="about" />}
    </section>
  );
}
