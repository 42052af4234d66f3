/** The app's views and their URL fragments (`#/train`), so reloads and links land on the same view. */
export const VIEWS = [
  { id: 'analyze', title: 'Analyze' },
  { id: 'graph', title: 'Graph' },
  { id: 'train', title: 'Train' },
  { id: 'models', title: 'Models' },
  { id: 'library', title: 'Library' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** `#/train` → 'train'; anything unknown → 'analyze'. */
export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0];
  return VIEWS.find((view) => view.id === id)?.id ?? 'analyze';
}

export function hashForView(view: ViewId): string {
  return `#/${view}`;
}
