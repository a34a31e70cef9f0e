import type { CausalBand } from './types';
import type { CausalChart } from './causalChart';

/** Reports clicks on cards (their id) and on the empty background (null, to clear the selection). */
export function attachCausalSelection(chart: CausalChart, onSelect: (id: string | null) => void): void {
  chart.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('.causal__band-add, .causal__edge-hit')) return;
    const node = target.closest('.causal__node');
    onSelect(node?.getAttribute('data-id') ?? null);
  });
}

/** Reports the band whose "Add factor" button was pressed (click, Enter or Space). */
export function attachBandAdd(chart: CausalChart, onAdd: (band: CausalBand) => void): void {
  const fire = (event: Event) => {
    const band = (event.target as Element).closest('.causal__band-add')?.getAttribute('data-band');
    if (!band) return;
    event.preventDefault();
    event.stopPropagation();
    onAdd(band as CausalBand);
  };
  chart.addEventListener('click', fire);
  chart.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') fire(event);
  });
}
