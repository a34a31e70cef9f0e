import type { Token } from './termMatch';

/** The words read ahead of the scan and not yet passed, first to last; passing from the front costs O(1). */
export class TokenQueue {
  private items: Token[] = [];
  private head = 0;

  /** How many tokens are queued. */
  get length(): number {
    return this.items.length - this.head;
  }

  /** Adds a token at the back. */
  push(token: Token): void {
    this.items.push(token);
  }

  /** The first `n` tokens (fewer when fewer are queued), without removing them. */
  peek(n: number): Token[] {
    return this.items.slice(this.head, this.head + n);
  }

  /** Removes and returns the first `n` tokens. */
  take(n: number): Token[] {
    const out = this.items.slice(this.head, this.head + n);
    this.head += out.length;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  /** Replaces the first `n` tokens with others (a hyphenated word with its halves). */
  replaceFront(n: number, tokens: readonly Token[]): void {
    this.items = [...tokens, ...this.items.slice(this.head + n)];
    this.head = 0;
  }
}

/** The last four words passed, as offsets in a ring (no object per word). */
export class RecentWords {
  private readonly starts = [0, 0, 0, 0];
  private readonly ends = [0, 0, 0, 0];
  private count = 0;

  /** Records a word passed. */
  add(start: number, end: number): void {
    const at = this.count++ & 3;
    this.starts[at] = start;
    this.ends[at] = end;
  }

  /** The recorded words, the most recent first. */
  nearestFirst(): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (let k = 1; k <= Math.min(4, this.count); k++) {
      const at = (this.count - k) & 3;
      out.push({ start: this.starts[at]!, end: this.ends[at]! });
    }
    return out;
  }
}
