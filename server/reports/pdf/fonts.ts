import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';

/** Font names registered on every report document. */
export const FONT = {
  body: 'body',
  bold: 'bold',
  italic: 'italic',
  boldItalic: 'boldItalic',
  cond: 'cond',
  condBold: 'condBold',
} as const;

const files: Record<keyof typeof FONT, string> = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condBold: 'DejaVuSansCondensed-Bold.ttf',
};

let cache: Map<string, Buffer> | undefined;

/** The directory of the DejaVu TrueType fonts shipped by the dejavu-fonts-ttf package. */
export function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function fontBuffers(): Map<string, Buffer> {
  if (!cache) {
    const dir = fontDirectory();
    cache = new Map(Object.entries(files).map(([name, file]) => [name, readFileSync(join(dir, file))]));
  }
  return cache;
}

/** The parts of PDFKit's embedded font and fontkit glyphs that the simple layout uses. */
interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface GlyphPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth?: number }
interface EmbeddedFont {
  scale: number;
  font: { glyphsForString(text: string): Glyph[] };
  layoutRun(text: string, features?: unknown): { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number };
}

/** Text that needs OpenType shaping: combining marks, or scripts outside Latin, Greek, Cyrillic and common symbols. */
const NEEDS_SHAPING = /[\p{M}\u0590-\u1DFF\u2E80-\uFFFF]/u;

/**
 * Shaping a word with DejaVu's full OpenType tables costs about 0.9 ms, and a long chronology has tens of thousands
 * of distinct words; Latin, Greek and Cyrillic text in NFC needs no shaping, so map it straight to glyphs and
 * advance widths, and keep full shaping for anything else (or when features are asked for). PDFKit caches each
 * word's layout for the whole document and only reads the positions, so unshaped glyphs share one position
 * object each instead of holding one per letter of every cached word.
 */
function useSimpleLayout(font: EmbeddedFont): void {
  const shaped = font.layoutRun.bind(font);
  const positionOf = new Map<number, GlyphPosition>();
  font.layoutRun = (text, features) => {
    if (features || NEEDS_SHAPING.test(text)) return shaped(text, features);
    const glyphs = font.font.glyphsForString(text);
    let advanceWidth = 0;
    const positions = glyphs.map((g) => {
      let position = positionOf.get(g.id);
      if (!position) {
        const width = g.advanceWidth * font.scale;
        position = { xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width };
        positionOf.set(g.id, position);
      }
      advanceWidth += position.advanceWidth!;
      return position;
    });
    return { glyphs, positions, advanceWidth };
  };
}

/** Registers the embedded Unicode fonts (DejaVu Sans: Latin, Greek, Cyrillic and more) and selects the body font. */
export function registerFonts(doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>): void {
  for (const [name, buffer] of fontBuffers()) {
    doc.registerFont(name, buffer);
    doc.font(name);
    useSimpleLayout((doc as unknown as { _font: EmbeddedFont })._font);
  }
  doc.font(FONT.body);
}
