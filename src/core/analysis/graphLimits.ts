/**
 * The entity-graph node caps the Graph view offers. A share link may ask for no more than the
 * largest: an 18 KB link asking for 1,000,000 nodes froze the tab for 73 s (issue 26).
 */
export const GRAPH_NODE_CHOICES = [50, 150, 300, 500, 1000] as const;

export const MAX_GRAPH_NODES = GRAPH_NODE_CHOICES[GRAPH_NODE_CHOICES.length - 1];
