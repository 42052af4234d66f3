/**
 * A small hand-annotated check of TOPIC (technologies) in technical prose, written for this
 * project and shipped with the app: the Train view scores a fine-tuned model's TOPIC on it before
 * and after, since an uploaded dataset (GMB, CoNLL) has no TOPIC to score it on. TOPIC only (as the
 * Medium TOPIC gold sets, docs/annotation-guidelines.md §2): companies and people are unmarked.
 */
import { readMarkup } from '../annotation';
import { alignCharSpans } from '../datasets';
import { spansToTags } from '../tags';
import { tokenize } from '../text';
import type { Sentence } from '../types';

export const TOPIC_CHECK_LABEL = 'TOPIC';

const MARKED = [
  'We trained a ⟦random forest|TOPIC⟧ and a ⟦gradient boosting|TOPIC⟧ model with ⟦scikit-learn|TOPIC⟧ on the Titanic data.',
  'The service runs on ⟦Kubernetes|TOPIC⟧, and each worker is packaged with ⟦Docker|TOPIC⟧.',
  'Our first prototype used ⟦PyTorch|TOPIC⟧ and was later ported to ⟦TensorFlow.js|TOPIC⟧ for the browser.',
  'She cleaned the table with ⟦pandas|TOPIC⟧ and plotted the results with ⟦Matplotlib|TOPIC⟧.',
  'A ⟦transformer|TOPIC⟧ such as ⟦BERT|TOPIC⟧ reads the whole sentence at once.',
  'The queries are written in ⟦SQL|TOPIC⟧ and run on ⟦PostgreSQL|TOPIC⟧ every night.',
  'We store every experiment in ⟦Git|TOPIC⟧ and track the data with ⟦DVC|TOPIC⟧.',
  '⟦Apache Spark|TOPIC⟧ splits the job across the cluster, while ⟦Airflow|TOPIC⟧ schedules it.',
  'For ⟦named entity recognition|TOPIC⟧ we compared a ⟦conditional random field|TOPIC⟧ with a ⟦BiLSTM|TOPIC⟧.',
  'He wrote the dashboard in ⟦Python|TOPIC⟧ with ⟦Streamlit|TOPIC⟧ in a single afternoon.',
  'The model was fine-tuned from ⟦GPT-2|TOPIC⟧ on a few thousand support tickets.',
  'Readers who know ⟦linear regression|TOPIC⟧ will find ⟦logistic regression|TOPIC⟧ easy to follow.',
  'Last year the team moved its notebooks from ⟦Jupyter|TOPIC⟧ to ⟦VS Code|TOPIC⟧.',
  'We reduced the embeddings to two dimensions with ⟦t-SNE|TOPIC⟧ before clustering them with ⟦k-means|TOPIC⟧.',
];

/** The check's sentences, tokenized as the app tokenizes text, with IOB2 tags. */
export function topicCheckSentences(): Sentence[] {
  return MARKED.map((marked, index) => {
    const read = readMarkup(marked, new Set([TOPIC_CHECK_LABEL]));
    if ('error' in read) throw new Error(`topic check sentence ${index + 1}: ${read.error}`);
    const tokens = tokenize(read.text);
    const aligned = alignCharSpans(read.text, tokens.map((token) => [token.start, token.end]), read.spans);
    if (aligned.errors.length > 0) throw new Error(`topic check sentence ${index + 1}: ${aligned.errors[0]}`);
    return { tokens: tokens.map((token) => token.text), tags: spansToTags(aligned.spans, tokens.length) };
  });
}
