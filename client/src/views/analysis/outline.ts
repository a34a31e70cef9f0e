/** A node of the outline: a factor under what it contributed to, with the link's rationale. */
export interface OutlineItem {
  id: string;
  edgeId: string;
  rationale: string;
  /** True when the node's own causes are already listed where it first appears. */
  repeat: boolean;
  children: OutlineItem[];
}

/** A top-level entry of the outline: the outcome, an event factors led to, or a factor not yet linked to either. */
export interface OutlineRoot {
  id: string;
  kind: 'outcome' | 'event' | 'unlinked';
  children: OutlineItem[];
}

interface NodeLike { id: string; kind: string }
interface EdgeLike { id: string; source: string; target: string; rationale: string }

/**
 * The analysis as an indented tree read from the outcome downwards: under each node, the factors that
 * contributed to it, and under those, their own causes. A node met again is listed with `repeat` and no
 * children, so every causal link appears exactly once and the tree stays as large as the graph.
 */
export function buildOutline(nodes: readonly NodeLike[], edges: readonly EdgeLike[]): OutlineRoot[] {
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const into = new Map<string, EdgeLike[]>();
  const hasOut = new Set<string>();
  for (const e of edges) {
    if (!kinds.has(e.source) || !kinds.has(e.target) || e.source === e.target) continue;
    const list = into.get(e.target);
    if (list) list.push(e);
    else into.set(e.target, [e]);
    hasOut.add(e.source);
  }
  const expanded = new Set<string>();

  function expand(id: string): OutlineItem[] {
    expanded.add(id);
    return (into.get(id) ?? []).map((e) => {
      const repeat = expanded.has(e.source);
      return { id: e.source, edgeId: e.id, rationale: e.rationale, repeat, children: repeat ? [] : expand(e.source) };
    });
  }

  const roots: OutlineRoot[] = [];
  for (const n of nodes.filter((x) => x.kind === 'outcome')) roots.push({ id: n.id, kind: 'outcome', children: expand(n.id) });
  for (const n of nodes.filter((x) => x.kind === 'event' && into.has(x.id))) roots.push({ id: n.id, kind: 'event', children: expand(n.id) });
  for (const n of nodes.filter((x) => x.kind === 'factor' && !hasOut.has(x.id) && !expanded.has(x.id))) {
    roots.push({ id: n.id, kind: 'unlinked', children: expand(n.id) });
  }
  return roots;
}
