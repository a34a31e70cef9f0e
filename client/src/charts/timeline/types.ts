import type { EventKind } from '../../../../schema/contracts/enums';

/** One chronology entry as the timeline draws it: its earliest and latest instants (ms, UTC) and how it is drawn. */
export interface TimelineItem {
  id: string;
  /** Earliest possible instant. */
  start: number;
  /** Latest possible instant (equal to start for an exact moment). */
  end: number;
  /** Agency the entry came from; null (or an agency not in the lanes) goes to the unattributed lane. */
  agencyId: string | null;
  kind: EventKind;
  uncertain: boolean;
  approximate: boolean;
  /** Orders entries that start at the same instant. */
  sequence: number;
  /** Key practice episode the entry belongs to. */
  episodeId?: string | null;
  /** The date has no known start ("up to May 2019") or end ("from March 2019 onwards"): the entry may reach further that way. */
  openBefore?: boolean;
  openAfter?: boolean;
}

/** An agency lane as given to the layout: the id and the label shown. */
export interface LaneSource {
  id: string;
  name: string;
}

/** A lane placed on the chart: one agency (or the unattributed entries) with its sub-rows. */
export interface Lane {
  key: string;
  agencyId: string | null;
  label: string;
  /** Sub-rows kept for this lane so overlapping marks do not hide each other. */
  rows: number;
  y: number;
  height: number;
}

/** A key practice episode as a period; null ends are taken from its entries. */
export interface EpisodeSpan {
  id: string;
  title: string;
  start: number | null;
  end: number | null;
}

/** A period in which no agency saw the child. */
export interface GapSpan {
  start: number;
  end: number;
  days: number;
}

/** A visible mark in pixels: a point glyph or a range bar, in a lane's sub-row. */
export interface Mark {
  id: string;
  /** Index of the item in the sorted item list. */
  index: number;
  lane: number;
  row: number;
  /** Left and right edge of the time span in pixels (equal for an exact moment). */
  x0: number;
  x1: number;
  /** Centre of the glyph. */
  cx: number;
  cy: number;
  /** A range when the span is wider than the glyph; otherwise a point. */
  shape: 'point' | 'range';
  kind: EventKind;
  uncertain: boolean;
  approximate: boolean;
  /** Drawn with a tail on the open side (see TimelineItem). */
  openBefore: boolean;
  openAfter: boolean;
}

/** Entries that did not fit in a lane's sub-rows, counted per pixel bin. */
export interface OverflowBin {
  lane: number;
  x0: number;
  x1: number;
  count: number;
}

/** A shaded band across the lanes (an episode or a gap), in pixels. */
export interface Band {
  id: string;
  label: string;
  x0: number;
  x1: number;
}

/** A linear time-to-pixel mapping: domain in ms, range in pixels. */
export interface TimeScale {
  domain: readonly [number, number];
  range: readonly [number, number];
}
