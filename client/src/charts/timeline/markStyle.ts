import type { Mark } from './types';

/** Height of a range bar relative to the glyph size. */
export const BAR_RATIO = 0.7;

/** CSS classes of a mark: its kind, and whether its date is uncertain or approximate, or it is dimmed. */
export function markClass(part: 'glyph' | 'bar' | 'tail', m: Mark, dimmed: boolean): string {
  let c = `timeline__${part} timeline__${part}--${m.kind}`;
  if (m.uncertain || m.approximate) c += ' is-uncertain';
  if (dimmed) c += ' is-dimmed';
  return c;
}
