import { create } from 'd3';

/** One level's categories as they appear in the legend. */
export interface LegendLevel {
  label: string;
  categories: readonly { label: string; slot: number }[];
}

/**
 * The key to the AcciMap: for each level, the colour of each of its categories in the diagram, then the
 * marks for supporting factors and events. Colours come from the same slot classes as the cards.
 */
export function causalLegend(levels: readonly LegendLevel[]): HTMLUListElement {
  const ul = create('ul').attr('class', 'causal-legend').attr('aria-label', 'Key to the causal diagram');
  for (const level of levels.filter((l) => l.categories.length > 0)) {
    const li = ul.append('li').attr('class', 'causal-legend__group');
    li.append('span').attr('class', 'causal-legend__level').text(`${level.label}:`);
    for (const c of level.categories) {
      const item = li.append('span').attr('class', 'causal-legend__item');
      item.append('span').attr('class', `causal-legend__swatch causal-legend__swatch--slot-${c.slot}`).attr('aria-hidden', 'true');
      item.append('span').text(c.label);
    }
  }
  const marks = ul.append('li').attr('class', 'causal-legend__group');
  for (const [cls, text] of [['supporting', 'Supporting factor (hollow, dashed border)'], ['event', 'Chronology event']] as const) {
    const item = marks.append('span').attr('class', 'causal-legend__item');
    item.append('span').attr('class', `causal-legend__swatch causal-legend__swatch--${cls}`).attr('aria-hidden', 'true');
    item.append('span').text(text);
  }
  return ul.node()!;
}
