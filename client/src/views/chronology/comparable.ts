/**
 * A record with lists sorted and line endings made "\n", so the merge screen compares what people see:
 * ticking the same boxes in another order, or a textarea turning an imported "\r\n" into "\n", is no change.
 */
export function comparable<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = { ...values };
  for (const [key, value] of Object.entries(out)) {
    if (Array.isArray(value)) out[key] = [...value].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    else if (typeof value === 'string') out[key] = value.replace(/\r\n?/g, '\n');
  }
  return out as T;
}
