import type { Db } from '../db/open';
import { tryParseEdtf } from '../../schema/edtf';

/**
 * Corrects the stored sort instants and precision of entries whose date now reads differently: since 26 November
 * 2026 an interval with no known start ("../2019-05", up to May 2019) is placed by the end of its known end, and
 * entries saved before kept the old instants until edited. Only intervals with no known start ("../…", "/…") can
 * differ, and only rows that do are written (not as an edit: the entry's version and text stay). Returns how many
 * were corrected; run at start.
 */
export function correctSortKeys(db: Db): number {
  const client = db.$client;
  const rows = client.prepare("select id, occurred, sort_start, sort_end, precision from events where occurred like '../%' or occurred like '/%'").raw(true)
    .all() as [string, string, number, number, string][];
  const update = client.prepare('update events set sort_start = ?, sort_end = ?, precision = ? where id = ?');
  let corrected = 0;
  client.transaction(() => {
    for (const [id, occurred, start, end, precision] of rows) {
      const d = tryParseEdtf(occurred);
      if (!d || (d.start === start && d.end === end && d.precision === precision)) continue;
      update.run(d.start, d.end, d.precision, id);
      corrected++;
    }
  })();
  return corrected;
}
