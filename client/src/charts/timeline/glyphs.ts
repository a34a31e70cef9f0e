import type { EventKind } from '../../../../schema/contracts/enums';
import type { Mark } from './types';

/** The drawing calls a glyph needs: a canvas context, an SVG path string builder or a PDF document. */
export interface PathSink {
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  closePath(): unknown;
  arc(x: number, y: number, r: number, a0: number, a1: number): unknown;
}

/** Builds an SVG path string with numbers rounded to two decimals (stable snapshots, small markup). */
export class PathString implements PathSink {
  private parts: string[] = [];
  moveTo(x: number, y: number): void { this.parts.push(`M${n(x)},${n(y)}`); }
  lineTo(x: number, y: number): void { this.parts.push(`L${n(x)},${n(y)}`); }
  closePath(): void { this.parts.push('Z'); }
  /** A full circle from the current point (x + r, y); glyphs only draw whole circles. */
  arc(x: number, y: number, r: number): void {
    this.parts.push(`A${n(r)},${n(r)},0,1,1,${n(x - r)},${n(y)}A${n(r)},${n(r)},0,1,1,${n(x + r)},${n(y)}`);
  }
  toString(): string { return this.parts.join(''); }
}

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/**
 * Draws the glyph of a kind of entry centred at (x, y) with radius r: a circle for an event (hollow by
 * style for a non-event), a square for a condition, a diamond for a decision, a triangle for a communication.
 */
export function drawGlyph(sink: PathSink, kind: EventKind, x: number, y: number, r: number): void {
  switch (kind) {
    case 'condition': {
      const s = r * 0.85;
      sink.moveTo(x - s, y - s); sink.lineTo(x + s, y - s); sink.lineTo(x + s, y + s); sink.lineTo(x - s, y + s); sink.closePath();
      return;
    }
    case 'decision': {
      const s = r * 1.15;
      sink.moveTo(x, y - s); sink.lineTo(x + s, y); sink.lineTo(x, y + s); sink.lineTo(x - s, y); sink.closePath();
      return;
    }
    case 'communication': {
      const s = r * 1.1;
      sink.moveTo(x, y - s); sink.lineTo(x + s, y + s * 0.8); sink.lineTo(x - s, y + s * 0.8); sink.closePath();
      return;
    }
    default:
      sink.moveTo(x + r, y);
      sink.arc(x, y, r, 0, 2 * Math.PI);
      sink.closePath();
  }
}

/** Draws the bar of a date range from x0 to x1, centred on y, `h` high. */
export function drawBar(sink: PathSink, x0: number, x1: number, y: number, h: number): void {
  sink.moveTo(x0, y - h / 2); sink.lineTo(x1, y - h / 2); sink.lineTo(x1, y + h / 2); sink.lineTo(x0, y + h / 2); sink.closePath();
}

/** How far a tail reaches past a mark on the open side of its date, relative to the glyph size. */
const TAIL_RATIO = 2.2;

/**
 * Draws the tail of a date with no known start or end: a line from x reaching `length` pixels towards the open
 * side (`direction` -1 before, +1 after), ending in an open arrowhead, so the mark reads "and before" or "and after".
 */
function drawOpenTail(sink: PathSink, x: number, y: number, direction: -1 | 1, length: number): void {
  const tip = x + direction * length;
  const head = Math.min(4, length / 3);
  sink.moveTo(x, y); sink.lineTo(tip, y);
  sink.moveTo(tip - direction * head, y - head); sink.lineTo(tip, y); sink.lineTo(tip - direction * head, y + head);
}

/** Draws the tails of a mark open before, after or both, from the edges of its bar (or of its glyph, for a point). */
export function drawOpenTails(sink: PathSink, m: Pick<Mark, 'shape' | 'x0' | 'x1' | 'cx' | 'cy' | 'openBefore' | 'openAfter'>, glyph: number): void {
  const [left, right] = m.shape === 'range' ? [m.x0, m.x1] : [m.cx - glyph / 2, m.cx + glyph / 2];
  if (m.openBefore) drawOpenTail(sink, left, m.cy, -1, glyph * TAIL_RATIO);
  if (m.openAfter) drawOpenTail(sink, right, m.cy, 1, glyph * TAIL_RATIO);
}

/** The SVG path of a mark's tails (empty when its date is closed at both ends). */
export function openTailsPath(m: Parameters<typeof drawOpenTails>[1], glyph: number): string {
  const p = new PathString();
  drawOpenTails(p, m, glyph);
  return p.toString();
}

/** The SVG path of a glyph. */
export function glyphPath(kind: EventKind, x: number, y: number, r: number): string {
  const p = new PathString();
  drawGlyph(p, kind, x, y, r);
  return p.toString();
}

/** The SVG path of a range bar. */
export function barPath(x0: number, x1: number, y: number, h: number): string {
  const p = new PathString();
  drawBar(p, x0, x1, y, h);
  return p.toString();
}
