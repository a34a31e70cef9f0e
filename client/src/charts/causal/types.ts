/** The bands of an AcciMap, top to bottom: the four factor levels, then the events, then the outcome. */
export const causalBands = ['systemic', 'organisational', 'team', 'individual', 'events', 'outcome'] as const;
/** One band of the AcciMap. */
export type CausalBand = (typeof causalBands)[number];

/** Band labels as drawn at the left of each band. */
export const bandLabels: Record<CausalBand, string> = {
  systemic: 'Systemic',
  organisational: 'Organisational',
  team: 'Team',
  individual: 'Individual',
  events: 'Events',
  outcome: 'Outcome',
};

/** A node to lay out: a factor in its level's band, an event, or the outcome. */
export interface CausalNode {
  id: string;
  band: CausalBand;
}

/** A causal edge: `from` contributed to `to`. */
export interface CausalEdge {
  from: string;
  to: string;
}

/** A node placed on the diagram (top-left corner, size), with its row and order in that row. */
export interface PlacedNode {
  id: string;
  band: CausalBand;
  row: number;
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A band placed on the diagram; `rows` is 0 for a band with no nodes. */
export interface PlacedBand {
  band: CausalBand;
  label: string;
  y: number;
  height: number;
  rows: number;
}

/** A row of nodes after wrapping. */
export interface PlacedRow {
  band: CausalBand;
  y: number;
  nodeIds: string[];
}

/**
 * An edge from the source's side facing the target to the target's facing side. `via` holds, for each row the edge
 * passes between its ends, the top and bottom of the free lane it takes through that row (empty when the straight
 * line crosses no card): a card the edge merely passes must not look like part of the chain.
 */
export interface PlacedEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  via?: { x: number; y: number }[];
}

/** A whole AcciMap layout in abstract units (points in the PDF, pixels in the browser). */
export interface CausalLayout {
  width: number;
  height: number;
  bands: PlacedBand[];
  rows: PlacedRow[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}
