import type { ImportNote } from '../../schema/contracts/chronology';
import type { AgencyFile } from './agencyFile';
import { dateWarnings, type DateContext } from './plausibleDates';

/** The note on a row repeating an earlier row of the file: both are imported. */
export const repeatNote = (row: number, first: number): ImportNote => ({
  row, kind: 'repeat', message: `row ${row} repeats row ${first} (the same date and entry text); both are imported as separate entries`,
});

/** What the person importing should check although it does not stop the import, in row order. */
export function notesOn(file: AgencyFile, repeats: readonly ImportNote[], context: DateContext): ImportNote[] {
  const notes: ImportNote[] = file.above.map((row) => ({ row, kind: 'above_header', message: `row ${row} is above the header row (row ${file.headerRow}) and was passed over` }));
  for (const c of file.continued) {
    notes.push({ row: c.row, kind: 'continuation', message: `row ${c.row} has no date and continues row ${c.of} (merged cells); its text is joined to that entry on a new line` });
  }
  notes.push(...repeats);
  if (context.birth || context.scopeStart || context.scopeEnd) {
    for (const r of file.rows) for (const w of dateWarnings(r.occurred, context)) notes.push({ row: r.rowNumber, kind: 'date', message: `row ${r.rowNumber}: ${w}` });
  }
  return notes.sort((a, b) => a.row - b.row);
}
