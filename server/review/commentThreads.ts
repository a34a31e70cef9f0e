/** The fields thread assembly needs from a comment. */
export interface ThreadableComment {
  id: string;
  parentId: string | null;
  createdAt: string;
}

/** A comment with its replies. */
export type Threaded<C extends ThreadableComment> = C & { replies: Threaded<C>[] };

// A stable sort by time: comments made at the same instant keep the order they were given in (insertion order).
const byTime = (a: ThreadableComment, b: ThreadableComment) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/**
 * Nests comments into threads, oldest first at every level (ties keep the given order). A reply whose parent is not in the list
 * (filtered out, or from a damaged archive) starts its own thread, so no comment is ever dropped.
 */
export function assembleThreads<C extends ThreadableComment>(comments: readonly C[]): Threaded<C>[] {
  const nodes = new Map<string, Threaded<C>>();
  for (const c of [...comments].sort(byTime)) nodes.set(c.id, { ...c, replies: [] });
  const roots: Threaded<C>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId && node.parentId !== node.id ? nodes.get(node.parentId) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  const reached = new Set<string>();
  const visit = (n: Threaded<C>) => { reached.add(n.id); n.replies.forEach(visit); };
  roots.forEach(visit);
  for (const node of nodes.values()) {
    if (reached.has(node.id)) continue;
    const parent = nodes.get(node.parentId ?? '');
    if (parent) parent.replies = parent.replies.filter((r) => r.id !== node.id);
    roots.push(node);
    visit(node);
  }
  return roots.sort(byTime);
}
