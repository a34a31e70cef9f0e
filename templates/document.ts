import type { Edition, Stage, TextSource } from './model';

/**
 * The report document: what a standard's section renderers produce and the PDF renderer draws.
 * Plain data, so the same document can be numbered, language-checked, drawn as PDF or printed as HTML.
 */

/** A piece of text inside a block, optionally bold or italic. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A paragraph; `numbered` paragraphs get citable numbers (2.1.3). */
export interface ParagraphBlock {
  type: 'paragraph';
  text: string | Run[];
  numbered?: boolean;
  style?: 'body' | 'note' | 'quote' | 'lead';
  source?: TextSource;
  /** Filled by numbering. */
  number?: string;
}

/** A numbered subsection with its own blocks (2.1, 2.1.3). */
export interface SubsectionBlock {
  type: 'subsection';
  title: string;
  blocks: Block[];
  /** Shown in the contents and the PDF outline (default: top two levels only). */
  inContents?: boolean;
  /** Starts on a new page (large appendices). */
  newPage?: boolean;
  number?: string;
}

/** Label and value pairs, e.g. the synopsis facts. */
export interface FieldsBlock {
  type: 'fields';
  items: { label: string; value: string; source?: TextSource }[];
}

/** A bulleted or ordered list. */
export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: { text: string | Run[]; source?: TextSource }[];
}

/** One table cell. */
export interface Cell {
  text: string;
  source?: TextSource;
  bold?: boolean;
}

/** A table whose header row repeats on every page it spans; long cells wrap and rows may split across pages. */
export interface TableBlock {
  type: 'table';
  caption?: string;
  /** Column headers and relative widths. */
  columns: { header: string; width: number }[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  empty: string;
}

/** A node of the causal diagram. */
export interface AccimapNode {
  id: string;
  band: 'systemic' | 'organisational' | 'team' | 'individual' | 'events' | 'outcome';
  ref: string;
  label: string;
  tone: 'hindered' | 'supported' | 'event' | 'outcome';
}

/** The AcciMap: factors in bands by level, events and the outcome at the bottom. */
export interface AccimapFigure {
  kind: 'accimap';
  nodes: AccimapNode[];
  edges: { from: string; to: string }[];
}

/** The timeline overview: one lane per agency, entries as points or ranges. */
export interface TimelineFigure {
  kind: 'timeline';
  lanes: { id: string; name: string }[];
  items: { id: string; start: number; end: number; agencyId: string | null; uncertain: boolean; kind: string }[];
  marker: { at: number; label: string } | null;
  /** How axis ticks are labelled: calendar months/years, or months relative to the marker. */
  axis: 'calendar' | 'relative';
}

/** A vector figure with a caption and a text alternative. */
export interface FigureBlock {
  type: 'figure';
  figure: AccimapFigure | TimelineFigure;
  caption: string;
  alt: string;
}

/** A boxed statement, e.g. the purpose of the review. */
export interface CalloutBlock {
  type: 'callout';
  text: string;
}

/** Any block of a section. */
export type Block = ParagraphBlock | SubsectionBlock | FieldsBlock | ListBlock | TableBlock | FigureBlock | CalloutBlock;

/** A top-level section, numbered by the standard ("0" front matter … "7" appendices). */
export interface Section {
  number: string;
  title: string;
  blocks: Block[];
  /** Starts on a new page (default true). */
  newPage?: boolean;
}

/** The cover page. */
export interface Cover {
  kicker: string;
  title: string;
  subtitle: string;
  lines: string[];
  statement: string;
}

/** A whole report, ready to number, check and render. */
export interface ReportDocument {
  standardId: string;
  edition: Edition;
  stage: Stage;
  cover: Cover;
  /** Running header text (left); the stage and edition go on the right. */
  runningTitle: string;
  /** Printed on every page (the restricted warning), or null. */
  banner: string | null;
  /** PDF metadata: Title, Author, Subject, Keywords. */
  meta: { title: string; author: string; subject: string; keywords: string[] };
  contents: boolean;
  sections: Section[];
}

/** Plain text of a paragraph or list item. */
export function plainText(text: string | Run[]): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}
