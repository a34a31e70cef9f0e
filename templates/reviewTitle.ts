/** The words of a standard's title that name the kind of review: "Learning review report" → "Learning review". */
function kindOf(standardTitle: string): string {
  return standardTitle.replace(/\s+(report|summary)$/i, '');
}

/** How `text` starts with `prefix` (case and spacing aside): the length it takes up, or -1 unless it ends at a word's end. */
function leading(text: string, prefix: string): number {
  const pattern = new RegExp(`^${prefix.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  return pattern.exec(text)?.[0].length ?? -1;
}

/**
 * The title a published review goes by in the library: the investigation's title, named by the standard it was
 * published under when the title does not already say so ("Learning review report: Child A"). A title that opens
 * with the kind of review and a colon or dash takes the standard's full name in its place ("Learning review: Child A"
 * → "Learning review report: Child A"); one that already reads as that kind of review is kept as it is.
 */
export function publicationTitle(standardTitle: string, investigationTitle: string): string {
  const title = investigationTitle.trim().replace(/\s+/g, ' ');
  if (title === '') return standardTitle;
  if (leading(title, standardTitle) >= 0) return title;
  const kind = kindOf(standardTitle);
  const length = leading(title, kind);
  if (length < 0) return `${standardTitle}: ${title}`;
  const rest = title.slice(length);
  return /^\s*[:\u2013\u2014-]/.test(rest) ? `${standardTitle}${rest}` : title;
}
