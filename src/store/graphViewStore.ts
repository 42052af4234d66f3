import { create } from 'zustand';

/** The default cap on entity nodes: past it the view says how many it hid (see entityGraph's `hidden`). */
export const DEFAULT_MAX_NODES = 150;

/**
 * What the Graph view's user has chosen. It outlives the view, so that jumping to a mention in the
 * Analyze view and coming back finds the same filters and the same focused entity. Label filters
 * are the Analyze view's `hiddenLabels` (useAnalysisStore): one notion of a hidden label everywhere.
 */
interface GraphViewState {
  /** Co-occurrence edges need at least this many shared sentences. */
  minWeight: number;
  /** At most this many entity nodes; Infinity for all. */
  maxNodes: number;
  /** The focused node's id (`hub:…` or `entity:…`), or null. */
  focusedId: string | null;
  setMinWeight: (minWeight: number) => void;
  setMaxNodes: (maxNodes: number) => void;
  focus: (id: string | null) => void;
}

export const useGraphViewStore = create<GraphViewState>()((set) => ({
  minWeight: 1,
  maxNodes: DEFAULT_MAX_NODES,
  focusedId: null,
  setMinWeight: (minWeight) => set({ minWeight: Number.isFinite(minWeight) ? Math.max(1, Math.floor(minWeight)) : 1 }),
  setMaxNodes: (maxNodes) => set({ maxNodes: Math.max(1, maxNodes) }),
  focus: (focusedId) => set({ focusedId }),
}));
