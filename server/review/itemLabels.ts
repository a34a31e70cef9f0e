/** Fields that describe an item to a reader, in order of preference; never a registry real name. */
const LABEL_FIELDS = [
  'statement', 'title', 'pseudonym', 'replacement', 'name', 'label', 'description', 'text', 'body', 'reason', 'rationale', 'note', 'kind',
] as const;

const MAX_LABEL = 80;

/** A short human label for an item in a difference list, e.g. a factor's statement, cut to 80 characters. */
export function labelOf(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  const record = item as Record<string, unknown>;
  for (const field of LABEL_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return oneLine.length > MAX_LABEL ? `${oneLine.slice(0, MAX_LABEL - 1)}…` : oneLine;
  }
  return '';
}
