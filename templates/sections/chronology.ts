import type { Block, Cell } from '../document';
import type { ModelEntry, ReportModel } from '../model';
import { cell, table } from './blocks';

function childSeen(e: ModelEntry): string {
  return e.childSeen === null ? '' : e.childSeen ? 'Child seen' : 'Child not seen';
}

function entryRow(e: ModelEntry): Cell[] {
  const src = (field: string) => ({ kind: 'event' as const, id: e.id, field });
  return [
    { text: e.ref, bold: true },
    cell([e.date, e.kindLabel].join('\n')),
    cell([e.agency, e.actors.join(', '), childSeen(e)].filter(Boolean).join('\n')),
    cell(e.description, src('description')),
    cell(e.knownAtTime, src('knownAtTime')),
    cell([e.sources.join('; '), e.confidence].filter(Boolean).join('\n')),
  ];
}

/** The integrated chronology as a table; its header row repeats on every page. */
export function chronologyTable(model: ReportModel): Block {
  return table(
    [['Ref', 0.85], ['Date and kind', 1.75], ['Agency and practitioners', 1.75], ['Entry', 4.4], ['Known at the time', 2.3], ['Source', 1.3]],
    model.chronology.map(entryRow),
    'The chronology has no entries yet.',
  );
}
