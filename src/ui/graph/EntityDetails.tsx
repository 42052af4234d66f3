import { useState } from 'react';
import type { AnalyzedDocument, Entity, EntityGraph, GraphNode } from '../../core/analysis';
import { labelColor, labelName } from '../labels';
import { nodeLinks } from './nodeLinks';
import { sentenceSegments } from './sentenceSegments';

/** Sentences listed before a "show all" button: an entity in every sentence of a book stays usable. */
const FIRST_SENTENCES = 50;

interface Props {
  node: GraphNode;
  /** The entity behind the node, with its mentions. */
  entity: Entity;
  document: AnalyzedDocument;
  graph: EntityGraph;
  onFocus: (id: string | null) => void;
  /** Jumps to these mentions in the Analyze view (an entity with some or all of its mentions). */
  onShowInText: (entity: Entity) => void;
}

/** The focused entity: what links it to others, and every sentence that mentions it. */
export function EntityDetails({ node, entity, document, graph, onFocus, onShowInText }: Props) {
  const [showAll, setShowAll] = useState(false);
  const links = nodeLinks(graph, node.id);
  const shown = showAll ? node.sentences : node.sentences.slice(0, FIRST_SENTENCES);
  const color = labelColor(node.label);

  return (
    <article className="graph-details" aria-labelledby="graph-details-title" data-testid="graph-details">
      <header className="graph-details__header">
        <h3 id="graph-details-title" className="graph-details__title">
          {node.text}
        </h3>
        <button type="button" className="graph-details__close" onClick={() => onFocus(null)} aria-label="Close details">
          ×
        </button>
      </header>
      <p className="graph-details__meta">
        <span className="graph-swatch" style={{ background: color }} aria-hidden="true" /> {labelName(node.label)} ·{' '}
        {plural(node.count, 'mention')} in {plural(node.sentences.length, 'sentence')} ·{' '}
        <a href="#/analyze" onClick={() => onShowInText(entity)}>
          Show in text
        </a>
      </p>

      {links.length > 0 && (
        <section aria-label="Linked entities">
          <h4 className="graph-details__subtitle">Linked to</h4>
          <ul className="graph-details__links">
            {links.map((link) => (
              <li key={link.other.id}>
                {!link.outgoing && <LinkButton node={link.other} onFocus={onFocus} />}
                {link.word !== null && <em className="graph-details__word">{link.outgoing ? link.word : `${link.word} ${node.text}`}</em>}
                {link.outgoing && <LinkButton node={link.other} onFocus={onFocus} />}
                <span className="graph-details__weight">{plural(link.weight, 'sentence')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="Sentences">
        <h4 className="graph-details__subtitle">Sentences</h4>
        <ol className="graph-sentences" data-testid="graph-sentences">
          {shown.map((index) => {
            const sentence = document.sentences[index];
            const mentions = entity.mentions.filter((mention) => mention.sentence === index);
            return (
              <li key={index} className="graph-sentence">
                {sentenceSegments(document.text, sentence, mentions).map((segment) =>
                  segment.marked ? (
                    <mark key={segment.start} className="graph-sentence__mention" style={{ background: color }}>
                      {segment.text}
                    </mark>
                  ) : (
                    <span key={segment.start}>{segment.text}</span>
                  ),
                )}{' '}
                <a
                  href="#/analyze"
                  className="graph-sentence__jump"
                  onClick={() => onShowInText({ ...entity, mentions })}
                  aria-label={`Show sentence ${index + 1} in the text`}
                >
                  ↗
                </a>
              </li>
            );
          })}
        </ol>
        {!showAll && node.sentences.length > FIRST_SENTENCES && (
          <button type="button" onClick={() => setShowAll(true)}>
            Show all {node.sentences.length} sentences
          </button>
        )}
      </section>
    </article>
  );
}

function LinkButton({ node, onFocus }: { node: GraphNode; onFocus: (id: string) => void }) {
  return (
    <button type="button" className="graph-details__link" onClick={() => onFocus(node.id)}>
      <span className="graph-swatch" style={{ background: labelColor(node.label) }} aria-hidden="true" />
      {node.text}
    </button>
  );
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}
