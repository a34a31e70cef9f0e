/**
 * Tracks how the user last interacted with an element: returns a function that is true after a key press and
 * false after a pointer press, so focus from a click raises no tooltip or focus ring but focus from the keyboard does.
 */
export function trackKeyboardUse(el: Element): () => boolean {
  let keyboard = true;
  el.addEventListener('pointerdown', () => { keyboard = false; }, { capture: true });
  el.addEventListener('mousedown', () => { keyboard = false; }, { capture: true });
  el.addEventListener('keydown', () => { keyboard = true; }, { capture: true });
  return () => keyboard;
}
