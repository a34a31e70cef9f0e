/** How many category colours the AcciMap uses: enough for the largest level (organisational has eight categories). */
export const PALETTE_SIZE = 8;

/** A level of the taxonomy as far as colouring needs it: its categories in order. */
export interface PaletteLevel {
  categories: readonly { code: string }[];
}

/**
 * The palette slot of each category code: its position within its level, so the categories drawn in one
 * band never share a colour (bands already tell the levels apart). The colours are CSS classes
 * `causal__card--slot-N` in causal.scss, so screens and print pick them from one place.
 */
export function categorySlots(levels: readonly PaletteLevel[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const level of levels) level.categories.forEach((c, i) => slots.set(c.code, i % PALETTE_SIZE));
  return slots;
}
