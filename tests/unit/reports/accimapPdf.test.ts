import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import type { AccimapFigure } from '../../../templates/document';
import { Flow } from '../../../server/reports/pdf/flow';
import { registerFonts } from '../../../server/reports/pdf/fonts';
import { theme } from '../../../server/reports/pdf/theme';
import { collectOutput } from '../../../server/reports/pdf/output';
import { drawAccimap, edgePoints, placeAccimap } from '../../../server/reports/pdf/figures/accimap';

// An organisational factor that contributed to an individual one, and a team factor linked to neither: a straight
// arrow from one to the other ran through the team card, so the printed figure read "organisational → team → individual".
const figure: AccimapFigure = {
  kind: 'accimap',
  nodes: [
    { id: 'org', band: 'organisational', ref: 'F-01', label: 'Caseloads above the agreed ceiling', tone: 'hindered' },
    { id: 'team', band: 'team', ref: 'F-02', label: 'Handover notes held in two systems', tone: 'hindered' },
    { id: 'ind', band: 'individual', ref: 'F-03', label: 'Visit planned from the older note', tone: 'hindered' },
  ],
  edges: [{ from: 'org', to: 'ind' }],
};

type Point = { x: number; y: number };

/** The stroked open paths of a page content stream, each as its points ("x y m", then "x y l" until "S"). */
function strokedLines(content: string): Point[][] {
  const lines: Point[][] = [];
  let current: Point[] = [];
  for (const token of content.split('\n')) {
    const move = /^(-?[\d.]+) (-?[\d.]+) (m|l)$/.exec(token);
    if (move) {
      if (move[3] === 'm') current = [];
      current.push({ x: Number(move[1]), y: Number(move[2]) });
    } else if (token === 'S') {
      lines.push(current);
      current = [];
    } else if (!/ (w|CS|SCN)$/.test(token)) {
      current = [];
    }
  }
  return lines;
}

/** Draws the figure alone on an A4 page of an uncompressed, tagged PDF; returns the file as text and the body's left and width. */
async function drawnContent(data: AccimapFigure): Promise<{ content: string; left: number; width: number }> {
  const doc = new PDFDocument({ size: theme.page.size, margins: theme.page.margins, compress: false, tagged: true, autoFirstPage: false, bufferPages: true });
  registerFonts(doc);
  const done = collectOutput(doc);
  doc.addPage();
  const root = doc.struct('Document');
  doc.addStructure(root);
  const struct = doc.struct('Figure');
  root.add(struct);
  const flow = new Flow(doc);
  const { left, width } = flow;
  drawAccimap(flow, struct, data);
  struct.end();
  root.end();
  doc.end();
  return { content: (await done).toString('latin1'), left, width };
}

describe('placeAccimap', () => {
  it('moves the lanes an edge takes by the same offset as the cards', () => {
    const at0 = placeAccimap(figure, 0, 480);
    const at56 = placeAccimap(figure, 56, 480);
    expect(at0.edges[0]!.via).toHaveLength(2);
    expect(at56.nodes.map((n) => n.x - 56)).toEqual(at0.nodes.map((n) => n.x));
    expect(at56.edges[0]!.via!.map((p) => ({ x: p.x - 56, y: p.y }))).toEqual(at0.edges[0]!.via);
  });

  it('leads the arrow beside the unlinked team card, not through it', () => {
    const layout = placeAccimap(figure, 56, 480);
    const team = layout.nodes.find((n) => n.id === 'team')!;
    for (const p of layout.edges[0]!.via!) expect(p.x < team.x || p.x > team.x + team.width).toBe(true);
  });
});

describe('edgePoints', () => {
  it('runs from the start through each lane point to the end, moved down the page by dy', () => {
    const edge = { from: 'a', to: 'b', x1: 10, y1: 20, x2: 30, y2: 90, via: [{ x: 5, y: 40 }, { x: 5, y: 70 }] };
    expect(edgePoints(edge, 100)).toEqual([{ x: 10, y: 120 }, { x: 5, y: 140 }, { x: 5, y: 170 }, { x: 30, y: 190 }]);
  });

  it('is the straight segment for an edge that passes no card', () => {
    expect(edgePoints({ from: 'a', to: 'b', x1: 1, y1: 2, x2: 3, y2: 4 }, 0)).toEqual([{ x: 1, y: 2 }, { x: 3, y: 4 }]);
  });
});

describe('drawAccimap', () => {
  it('strokes the organisational → individual arrow through the lane beside the team card', async () => {
    const { content, left, width } = await drawnContent(figure);
    const layout = placeAccimap(figure, left, width);
    const expected = edgePoints(layout.edges[0]!, 0);
    const drawn = strokedLines(content).filter((line) => line.length === expected.length);
    expect(drawn).toHaveLength(1);
    const [line] = drawn;
    line!.forEach((p, i) => {
      expect(p.x).toBeCloseTo(expected[i]!.x, 3);
      expect(p.y - line![0]!.y).toBeCloseTo(expected[i]!.y - expected[0]!.y, 3);
    });
  });
});
