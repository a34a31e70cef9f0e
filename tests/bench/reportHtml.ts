/**
 * The same report document as HTML, for the benchmark's comparison with headless Chromium's print to PDF:
 * numbered headings and paragraphs, tables whose header row repeats (thead), and both figures as inline SVG
 * laid out by the same pure layouts the PDF uses. Chromium cannot put page numbers in a contents list, so the
 * contents here are links only.
 */
import type { AccimapFigure, Block, ReportDocument, Run, TimelineFigure } from '../../templates/document';
import { numberDocument } from '../../templates/numbering';
import { layoutAccimap } from '../../client/src/charts/causal/layout';
import { buildLanes, laneIndexes } from '../../client/src/charts/timeline/lanes';
import { packRows } from '../../client/src/charts/timeline/packing';
import { fullDomain, pixelsPerMs, toPixel } from '../../client/src/charts/timeline/scale';
import type { EventKind } from '../../schema/contracts/enums';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const runs = (text: string | Run[]) => (typeof text === 'string' ? esc(text) : text.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : r.italic ? `<i>${esc(r.text)}</i>` : esc(r.text))).join(''));

function accimapSvg(f: AccimapFigure): string {
  const layout = layoutAccimap(f.nodes, f.edges, { width: 680, nodeHeight: 46, minNodeWidth: 100, maxNodeWidth: 170, gap: 8, rowGap: 18, bandPadding: 10, labelWidth: 84, emptyBandHeight: 26 });
  const info = new Map(f.nodes.map((n) => [n.id, n]));
  const bands = layout.bands.map((b, i) => `<rect x="0" y="${b.y}" width="680" height="${b.height}" fill="${i % 2 ? '#f6f8fb' : '#eef2f7'}"/><text x="4" y="${b.y + 12}" class="band">${b.label}</text>`);
  const edges = layout.edges.map((e) => `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="#505a5f" stroke-width="0.6" marker-end="url(#arrow)"/>`);
  const nodes = layout.nodes.map((n) => {
    const node = info.get(n.id)!;
    const words = `${node.ref} ${node.label}`.split(/\s+/);
    const lines: string[] = [''];
    for (const w of words) {
      if ((lines[lines.length - 1]! + w).length > n.width / 4.2 && lines.length < 4) lines.push('');
      lines[lines.length - 1] += `${w} `;
    }
    return `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="2" fill="${node.tone === 'supported' ? '#e6f2e6' : node.tone === 'outcome' ? '#1d3c5a' : '#fbe9e7'}" stroke="#a5402d" stroke-width="0.6"/>`
      + lines.slice(0, 4).map((l, i) => `<text x="${n.x + 3}" y="${n.y + 10 + i * 9}" class="node">${esc(l.trim())}</text>`).join('');
  });
  return `<svg viewBox="0 0 680 ${layout.height}" width="100%"><defs><marker id="arrow" markerWidth="6" markerHeight="6" refX="5" refY="3" orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#505a5f"/></marker></defs>${bands.join('')}${edges.join('')}${nodes.join('')}</svg>`;
}

function timelineSvg(f: TimelineFigure): string {
  const items = f.items.map((i, n) => ({ ...i, kind: i.kind as EventKind, approximate: false, sequence: n })).sort((a, b) => a.start - b.start);
  const domain = fullDomain(items);
  if (!domain) return '';
  const scale = { domain, range: [130, 676] as const };
  const single = buildLanes(f.lanes, items, { rowHeight: 6, lanePadding: 3 });
  const laneOf = laneIndexes(single, items);
  const packing = packRows(items.map((i) => ({ start: i.start - domain[0], end: i.end - domain[0] })), laneOf, single.length, { pxPerMs: pixelsPerMs(scale), glyph: 3, gap: 1, maxRows: 4 });
  const lanes = buildLanes(f.lanes, items, { rowHeight: 6, lanePadding: 3, rows: new Map(single.map((l, i) => [l.key, Math.max(1, packing.rowsUsed[i] ?? 1)])) });
  const marks = items.map((item, i) => {
    const lane = lanes[laneOf[i]!]!;
    const y = lane.y + 3 + Math.max(0, packing.rows[i]!) * 6 + 3;
    const [x0, x1] = [toPixel(scale, item.start), toPixel(scale, item.end)];
    return x1 - x0 >= 3 ? `<rect x="${x0}" y="${y - 1.5}" width="${x1 - x0}" height="3" fill="#1d3c5a" opacity="0.4"/>` : `<circle cx="${x0}" cy="${y}" r="1.4" fill="#1d3c5a"/>`;
  });
  const height = lanes.reduce((s, l) => Math.max(s, l.y + l.height), 0);
  return `<svg viewBox="0 0 680 ${height}" width="100%">${lanes.map((l, i) => `<rect x="0" y="${l.y}" width="680" height="${l.height}" fill="${i % 2 ? '#f6f8fb' : '#eef2f7'}"/><text x="3" y="${l.y + 9}" class="node">${esc(l.label)}</text>`).join('')}${marks.join('')}</svg>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph': return `<p class="${b.style ?? 'body'}">${b.number ? `<span class="num">${b.number}</span>` : ''}${runs(b.text)}</p>`;
    case 'callout': return `<div class="callout">${esc(b.text)}</div>`;
    case 'fields': return `<dl>${b.items.map((i) => `<dt>${esc(i.label)}</dt><dd>${esc(i.value)}</dd>`).join('')}</dl>`;
    case 'list': return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${runs(i.text)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'table': return b.rows.length === 0 ? `<p class="note">${esc(b.empty)}</p>`
      : `<table><thead><tr>${b.columns.map((c) => `<th style="width:${c.width * 10}%">${esc(c.header)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${c.bold ? `<b>${esc(c.text)}</b>` : esc(c.text)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'figure': return `<figure>${b.figure.kind === 'accimap' ? accimapSvg(b.figure) : timelineSvg(b.figure)}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'subsection': return `<section${b.newPage ? ' class="break"' : ''}><h3 id="s${b.number}">${b.number} ${esc(b.title)}</h3>${b.blocks.map(block).join('')}</section>`;
  }
}

const CSS = `@page { size: A4; margin: 25mm 20mm 22mm 20mm } body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1b1b1b }
h1, h2, h3 { color: #1d3c5a; break-after: avoid } h2 { break-before: page } .break { break-before: page } p { margin: 0 0 6pt 38pt; position: relative }
.num { position: absolute; left: -38pt; font-size: 8.5pt; color: #505a5f } .note { color: #505a5f; font-size: 8.5pt } .quote { font-style: italic; margin-left: 52pt }
.callout { background: #eef3f8; border-left: 4pt solid #1d3c5a; padding: 10pt; font-weight: bold; color: #1d3c5a } dl { display: grid; grid-template-columns: 120pt 1fr; margin-left: 38pt; font-size: 8.5pt }
table { width: 100%; border-collapse: collapse; font: 7.6pt 'DejaVu Sans Condensed', sans-serif } th { background: #e3e8ee; text-align: left } td, th { padding: 3pt; vertical-align: top; border-bottom: 0.4pt solid #b1b4b6 }
thead { display: table-header-group } tr { break-inside: auto } svg text.band { font: bold 7pt sans-serif; fill: #1d3c5a } svg text.node { font: 6.5pt sans-serif } figcaption { font-style: italic; font-size: 8pt; color: #505a5f }`;

/** The report document as one printable HTML page. */
export function renderHtml(report: ReportDocument): string {
  const { document: doc, contents } = numberDocument(report);
  const toc = doc.contents ? `<nav><h2>Contents</h2>${contents.map((c) => `<div style="margin-left:${c.depth * 20}pt"><a href="#s${c.number}">${c.number} ${esc(c.title)}</a></div>`).join('')}</nav>` : '';
  const body = doc.sections.map((s) => `<section><h2 id="s${s.number}">${s.number} ${esc(s.title)}</h2>${s.blocks.map(block).join('')}</section>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(doc.meta.title)}</title><style>${CSS}</style></head><body>`
    + `<header><p class="note">${esc(doc.cover.kicker)}</p><h1>${esc(doc.cover.title)}</h1><p>${esc(doc.cover.subtitle)}</p>${doc.cover.lines.map((l) => `<p>${esc(l)}</p>`).join('')}<div class="callout">${esc(doc.cover.statement)}</div></header>`
    + `${toc}${body}</body></html>`;
}
