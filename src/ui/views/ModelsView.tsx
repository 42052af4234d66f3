import { EmptyState } from '../components/EmptyState';

export function ModelsView() {
  return (
    <EmptyState title="Models">
      <p>
        The models you can use: the default model that ships with NER Studio and the ones you train or
        import. Switch, rename, delete, download one as a <code>.zip</code> bundle, or import one.
      </p>
    </EmptyState>
  );
}
