import { MONTH_NAMES, daysInMonth, utc } from '../../../../schema/edtf';

/** A labelled axis tick at an instant (ms, UTC). */
export interface Tick {
  at: number;
  label: string;
}

const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240];

function monthIndex(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

const instant = (index: number) => utc(Math.floor(index / 12), (index % 12) + 1, 1);

function pickStep(months: number, maxTicks: number): number {
  return STEPS.find((s) => months / s <= maxTicks) ?? STEPS[STEPS.length - 1]!;
}

/** Ticks on month or year boundaries between two instants, at most `maxTicks`: "Mar 2023" or "2023". */
export function calendarTicks(start: number, end: number, maxTicks = 8): Tick[] {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const first = monthIndex(start) + (new Date(start).getUTCDate() === 1 && start === instant(monthIndex(start)) ? 0 : 1);
  const last = monthIndex(end);
  const step = pickStep(last - first + 1, maxTicks);
  const out: Tick[] = [];
  for (let m = Math.ceil(first / step) * step; m <= last; m += step) {
    out.push({ at: instant(m), label: step >= 12 ? String(Math.floor(m / 12)) : `${MONTH_NAMES[m % 12]!.slice(0, 3)} ${Math.floor(m / 12)}` });
  }
  return out;
}

function relativeLabel(months: number, step: number): string {
  if (months === 0) return 'Incident';
  const n = Math.abs(months);
  const amount = step >= 12 && n % 12 === 0 ? `${n / 12} yr` : `${n} mo`;
  return `${amount} ${months < 0 ? 'before' : 'after'}`;
}

/** Ticks a whole number of months before and after the incident: "6 mo before", "Incident", "1 yr after". */
export function relativeTicks(start: number, end: number, incidentAt: number, maxTicks = 8): Tick[] {
  if (![start, end, incidentAt].every(Number.isFinite) || end < start) return [];
  const d = new Date(incidentAt);
  const base = monthIndex(incidentAt);
  const at = (k: number) => {
    const m = base + k;
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    return utc(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)), d.getUTCHours(), d.getUTCMinutes());
  };
  let lo = 0;
  while (at(lo) > start) lo -= 1;
  let hi = 0;
  while (at(hi) < end) hi += 1;
  const step = pickStep(hi - lo, maxTicks);
  const out: Tick[] = [];
  for (let k = Math.ceil(lo / step) * step; k <= hi; k += step) {
    const t = at(k);
    if (t >= start && t <= end) out.push({ at: t, label: relativeLabel(k, step) });
  }
  return out;
}
