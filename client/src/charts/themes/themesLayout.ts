import type { ThemeCount } from '../../../../schema/contracts/publication';

/** One bar of the themes chart, in chart coordinates. */
export interface ThemeBar extends ThemeCount { y: number; width: number; share: number }

/** Sizes the layout needs. */
export interface ThemesLayoutOptions { width: number; labelWidth: number; barHeight: number; gap: number; total: number }

/**
 * Lays out one horizontal bar per theme, most frequent first (ties by label), with widths proportional to the
 * number of reviews the theme appears in out of `total` reviews; returns the bars and the height they need.
 */
export function themesLayout(themes: readonly ThemeCount[], o: ThemesLayoutOptions): { bars: ThemeBar[]; height: number; barSpace: number } {
  const barSpace = Math.max(0, o.width - o.labelWidth);
  const total = Math.max(1, o.total, ...themes.map((t) => t.reviews));
  const sorted = [...themes].sort((a, b) => b.reviews - a.reviews || b.items - a.items || a.label.localeCompare(b.label));
  const bars = sorted.map((t, i) => ({
    ...t, y: i * (o.barHeight + o.gap), width: (t.reviews / total) * barSpace, share: t.reviews / total,
  }));
  const height = bars.length === 0 ? 0 : bars.length * o.barHeight + (bars.length - 1) * o.gap;
  return { bars, height, barSpace };
}
