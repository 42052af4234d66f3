import { EmptyState } from '../components/EmptyState';

export function TrainView() {
  return (
    <EmptyState title="Train your own recognizer">
      <p>
        Upload annotated data — a GMB-style CSV (<code>Sentence #,Word,POS,Tag</code>), a CoNLL file
        or span JSONL — and fine-tune a tagger here in your browser, on the GPU through WebGL. You
        will see the dataset&apos;s statistics, live training curves, and entity-level precision,
        recall and F1 on a held-out test split.
      </p>
    </EmptyState>
  );
}
