import { utcFormat } from 'd3';

const MINUTE = 60_000;
const DAY = 86_400_000;

const formats = {
  second: utcFormat('%H:%M:%S'),
  minute: utcFormat('%H:%M'),
  minuteWithDay: utcFormat('%-d %b %H:%M'),
  minuteWithYear: utcFormat('%-d %b %Y %H:%M'),
  day: utcFormat('%-d %b'),
  dayWithYear: utcFormat('%-d %b %Y'),
  month: utcFormat('%b'),
  monthWithYear: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
};

/**
 * Labels for time-axis ticks (UTC) at the ticks' own granularity, adding the year to the first tick and
 * wherever the year changes (and the day, for clock times), so every label can be read without guessing.
 */
export function timeTickFormat(ticks: readonly Date[]): (value: Date | { valueOf(): number }, i: number) => string {
  const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : DAY * 365;
  return (value, i) => {
    const d = value instanceof Date ? value : new Date(value.valueOf());
    const prev = i > 0 ? ticks[i - 1] : undefined;
    const newYear = !prev || prev.getUTCFullYear() !== d.getUTCFullYear();
    const newDay = !prev || Math.floor(prev.getTime() / DAY) !== Math.floor(d.getTime() / DAY);
    if (step < MINUTE) return formats.second(d);
    if (step < DAY) return newYear ? formats.minuteWithYear(d) : newDay ? formats.minuteWithDay(d) : formats.minute(d);
    if (step < 28 * DAY) return newYear ? formats.dayWithYear(d) : formats.day(d);
    if (step < 365 * DAY) return newYear ? formats.monthWithYear(d) : formats.month(d);
    return formats.year(d);
  };
}
