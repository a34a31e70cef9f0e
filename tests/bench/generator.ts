import { seededRandom } from '../helpers/seededRandom';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACTIONS = ['Home visit', 'Telephone call to mother', 'Strategy discussion', 'Nursery attendance check', 'GP appointment',
  'Letter sent to family', 'Child in Need meeting', 'Referral received', 'Supervision discussion', 'Visit not completed'];
const DETAILS = ['child seen with mother', 'no answer at the door', 'concerns about housing discussed', 'plan reviewed',
  'information shared with health visiting', 'bruise noted and body map completed', 'mother reports financial worries',
  'case note updated', 'school attendance discussed', 'follow-up visit booked'];
const WORKERS = ['SW1', 'SW2', 'TM1', 'HV1', 'PC1', 'GP1', 'Duty worker', 'Family support worker'];
const OUTCOMES = ['', '', 'No further action', 'Visit rebooked', 'Referred to early help', 'Information shared'];

const pad = (n: number) => String(n).padStart(2, '0');
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Options for a synthetic agency chronology. */
export interface SyntheticOptions { rows: number; seed?: number; startYear?: number }

/**
 * A synthetic agency chronology CSV with the date styles agencies use: UK numeric dates (some with two-digit
 * years), ISO dates, months ("March 2023", "Mar-23"), uncertain and approximate dates, "early March", times with
 * and without seconds, quoted text with commas and the occasional line break.
 */
export function syntheticAgencyCsv({ rows, seed = 42, startYear = 2019 }: SyntheticOptions): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines = ['Date,Time,Event details,Worker,Source,Outcome'];
  for (let i = 0; i < rows; i++) {
    const year = startYear + Math.floor(random() * 5);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const style = random();
    let date: string;
    let time = '';
    if (style < 0.45) date = `${pad(day)}/${pad(month)}/${year}`;
    else if (style < 0.55) date = `${day}/${month}/${String(year).slice(2)}`;
    else if (style < 0.65) date = `${year}-${pad(month)}-${pad(day)}`;
    else if (style < 0.75) date = `${MONTHS[month - 1]} ${year}`;
    else if (style < 0.8) date = `${MONTHS[month - 1]!.slice(0, 3)}-${String(year).slice(2)}`;
    else if (style < 0.85) date = `?${pad(day)}/${pad(month)}/${year}`;
    else if (style < 0.88) date = `c. ${year}`;
    else if (style < 0.91) date = `early ${MONTHS[month - 1]} ${year}`;
    else date = `${pad(day)}/${pad(month)}/${year}`;
    if (/^\d{2}\/\d{2}\/\d{4}$/.test(date) && random() < 0.6) {
      const h = Math.floor(random() * 24);
      const m = Math.floor(random() * 60);
      time = random() < 0.5 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(Math.floor(random() * 60))}`;
    }
    const text = `${pick(ACTIONS)}, ${pick(DETAILS)} (entry ${i + 1})${random() < 0.05 ? '\nSee also the previous entry.' : ''}`;
    lines.push([date, time, quote(text), pick(WORKERS), `Case record ${1 + Math.floor(random() * 50)}`, pick(OUTCOMES)].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
