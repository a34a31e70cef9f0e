/**
 * A kept listing's entries in listing order, held in blocks, each block with its entries' JSON joined once and kept
 * until one of its entries changes. Adding or removing an entry touches one block, so after an edit the listing is
 * sent as the same buffers bar one, without copying megabytes into a new body.
 */

/** One entry as kept: what it sorts by (as the listing query orders) and its JSON as sent. */
export interface KeptEntry { id: string; start: number; sequence: number; end: number; createdAt: string; json: Buffer }

interface Block { entries: KeptEntry[]; joined: Buffer | null }

const BLOCK = 256;
const COMMA = Buffer.from(',');

/** The listing's order: earliest instant, sequence, latest instant, when recorded, id (as the listing query). */
export function before(a: KeptEntry, b: KeptEntry): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.sequence !== b.sequence) return a.sequence < b.sequence;
  if (a.end !== b.end) return a.end < b.end;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt;
  return a.id < b.id;
}

/** The first position in `list` whose entry does not sort before `entry`. */
function firstNotBefore<T>(list: readonly T[], entry: KeptEntry, at: (item: T) => KeptEntry): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(at(list[mid]!), entry)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class EntryRope {
  private blocks: Block[] = [];
  private total = 0;
  private jsonBytes = 0;

  /** Entries already in listing order. */
  constructor(entries: readonly KeptEntry[]) {
    for (let i = 0; i < entries.length; i += BLOCK) this.blocks.push({ entries: entries.slice(i, i + BLOCK), joined: null });
    this.total = entries.length;
    for (const e of entries) this.jsonBytes += e.json.length;
  }

  get count(): number {
    return this.total;
  }

  /** The memory it holds, about: each entry's JSON, and again joined in its block. */
  get bytes(): number {
    return 2 * this.jsonBytes;
  }

  /** Takes out the entries with these ids (those present). */
  remove(ids: ReadonlySet<string>): void {
    for (const block of this.blocks) {
      const kept = block.entries.filter((e) => !ids.has(e.id));
      if (kept.length === block.entries.length) continue;
      this.total -= block.entries.length - kept.length;
      for (const e of block.entries) if (ids.has(e.id)) this.jsonBytes -= e.json.length;
      block.entries = kept;
      block.joined = null;
    }
    this.blocks = this.blocks.filter((b) => b.entries.length > 0);
  }

  /** Puts an entry in its place in the order. */
  insert(entry: KeptEntry): void {
    this.total++;
    this.jsonBytes += entry.json.length;
    if (this.blocks.length === 0) {
      this.blocks.push({ entries: [entry], joined: null });
      return;
    }
    // The first block whose last entry does not sort before the new one takes it (or the last block).
    const b = Math.min(firstNotBefore(this.blocks, entry, (block) => block.entries[block.entries.length - 1]!), this.blocks.length - 1);
    const block = this.blocks[b]!;
    block.entries.splice(firstNotBefore(block.entries, entry, (e) => e), 0, entry);
    block.joined = null;
    if (block.entries.length > 2 * BLOCK) this.blocks.splice(b, 1, { entries: block.entries.slice(0, BLOCK), joined: null }, { entries: block.entries.slice(BLOCK), joined: null });
  }

  /** The entries' JSON as buffers to send in turn, separated by commas (no brackets). */
  chunks(): Buffer[] {
    const out: Buffer[] = [];
    for (const block of this.blocks) {
      if (!block.joined) {
        const parts: Buffer[] = [];
        block.entries.forEach((e, i) => {
          if (i > 0) parts.push(COMMA);
          parts.push(e.json);
        });
        block.joined = Buffer.concat(parts);
      }
      if (out.length > 0) out.push(COMMA);
      out.push(block.joined);
    }
    return out;
  }

  /** Every entry in order (for tests). */
  entries(): KeptEntry[] {
    return this.blocks.flatMap((b) => b.entries);
  }
}
