/** One Server-Sent Events message: an event name, an id the client sends back as Last-Event-ID, and JSON data. */
export function sseEvent(event: string, id: number | null, data: unknown): string {
  const json = JSON.stringify(data).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${json}\n\n`;
}

/** A Server-Sent Events comment line (ignored by clients; keeps proxies from closing an idle stream). */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

/** Reads a Last-Event-ID header as an audit id, or undefined when absent or not a whole number. */
export function parseLastEventId(header: string | undefined): number | undefined {
  if (!header || !/^\d{1,15}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
