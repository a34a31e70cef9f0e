import type { Block, Cell, FieldsBlock, ListBlock, ParagraphBlock, Run, SubsectionBlock, TableBlock } from '../document';
import type { TextSource } from '../model';

/** A numbered body paragraph, optionally tied to the entity field it shows. */
export function para(text: string | Run[], source?: TextSource): ParagraphBlock {
  return { type: 'paragraph', text, numbered: true, ...(source ? { source } : {}) };
}

/** An unnumbered note (explanations, empty states). */
export function note(text: string | Run[]): ParagraphBlock {
  return { type: 'paragraph', text, style: 'note' };
}

/** A quotation, e.g. the child's own words. */
export function quote(text: string, source?: TextSource): ParagraphBlock {
  return { type: 'paragraph', text, style: 'quote', ...(source ? { source } : {}) };
}

/** A numbered subsection. */
export function sub(title: string, blocks: Block[], options: { inContents?: boolean; newPage?: boolean } = {}): SubsectionBlock {
  return { type: 'subsection', title, blocks, ...options };
}

/** Label and value pairs; empty values are left out. */
export function fields(items: { label: string; value: string; source?: TextSource }[]): FieldsBlock {
  return { type: 'fields', items: items.filter((i) => i.value.trim() !== '') };
}

/** A bulleted (or ordered) list. */
export function list(items: { text: string | Run[]; source?: TextSource }[], ordered = false): ListBlock {
  return { type: 'list', items, ordered };
}

/** A table with relative column widths. */
export function table(columns: [string, number][], rows: Cell[][], empty: string, caption?: string): TableBlock {
  return { type: 'table', columns: columns.map(([header, width]) => ({ header, width })), rows, empty, ...(caption ? { caption } : {}) };
}

/** A plain table cell. */
export function cell(text: string, source?: TextSource): Cell {
  return source ? { text, source } : { text };
}

/** References joined for display, or a dash when there are none. */
export function refs(list: readonly string[]): string {
  return list.length > 0 ? list.join(', ') : '—';
}

/** A paragraph only when there is text; otherwise nothing. */
export function paraIf(text: string, source?: TextSource): ParagraphBlock[] {
  return text.trim() !== '' ? [para(text, source)] : [];
}
