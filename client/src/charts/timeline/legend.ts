import { create, type Selection } from 'd3';
import type { EventKind } from '../../../../schema/contracts/enums';
import { barPath, glyphPath, openTailsPath } from './glyphs';
import type { Mark } from './types';
import { markClass } from './markStyle';

const kindLabels: [EventKind, string][] = [
  ['event', 'Event'], ['condition', 'Condition'], ['decision', 'Decision'], ['communication', 'Communication'], ['non_event', 'Non-event (did not happen)'],
];

function sample(kind: EventKind, shape: Mark['shape'], uncertain: boolean): Mark {
  return { id: '', index: 0, lane: 0, row: 0, x0: 2, x1: 26, cx: shape === 'range' ? 14 : 7, cy: 7, shape, kind, uncertain, approximate: false, openBefore: false, openAfter: false };
}

/** The key to the timeline: glyphs by kind, ranges, uncertain dates, episodes, gaps and hidden entries. */
export function timelineLegend({ glyph = 10 }: { glyph?: number } = {}): HTMLUListElement {
  const ul = create('ul').attr('class', 'timeline-legend').attr('aria-label', 'Timeline key');
  const item = (text: string, width: number, draw: (svg: Selection<SVGSVGElement, undefined, null, undefined>) => void) => {
    const li = ul.append('li');
    const svg = create('svg').attr('width', width).attr('height', 14).attr('aria-hidden', 'true');
    draw(svg);
    li.append(() => svg.node()!);
    li.append('span').text(text);
  };
  for (const [kind, text] of kindLabels) {
    item(text, 14, (svg) => svg.append('path').attr('class', markClass('glyph', sample(kind, 'point', false), false)).attr('d', glyphPath(kind, 7, 7, glyph / 2)));
  }
  item('Date known only as a period (month, year, interval)', 28, (svg) => {
    const m = sample('event', 'range', false);
    svg.append('path').attr('class', markClass('bar', m, false)).attr('d', barPath(m.x0, m.x1, 7, glyph * 0.7));
    svg.append('path').attr('class', markClass('glyph', m, false)).attr('d', glyphPath('event', m.cx, 7, glyph / 2));
  });
  item('Date with no known start or end ("up to May 2019", "from March 2019 onwards")', 34, (svg) => {
    const m = { ...sample('event', 'point', false), cx: 28, openBefore: true };
    svg.append('path').attr('class', markClass('tail', m, false)).attr('d', openTailsPath(m, glyph));
    svg.append('path').attr('class', markClass('glyph', m, false)).attr('d', glyphPath('event', m.cx, 7, glyph / 2));
  });
  item('Uncertain or approximate date', 14, (svg) => {
    svg.append('path').attr('class', markClass('glyph', sample('event', 'point', true), false)).attr('d', glyphPath('event', 7, 7, glyph / 2));
  });
  item('Key practice episode', 20, (svg) => svg.append('g').attr('class', 'timeline__episode').append('rect').attr('x', 1).attr('y', 1).attr('width', 18).attr('height', 12));
  item('Gap: no agency saw the child', 20, (svg) => svg.append('rect').attr('class', 'timeline__gap').attr('x', 1).attr('y', 1).attr('width', 18).attr('height', 12));
  item('More entries here: zoom in', 14, (svg) => {
    svg.append('rect').attr('class', 'timeline__overflow').attr('x', 2).attr('y', 8).attr('width', 3).attr('height', 5);
    svg.append('rect').attr('class', 'timeline__overflow').attr('x', 7).attr('y', 5).attr('width', 3).attr('height', 8);
  });
  return ul.node()!;
}
