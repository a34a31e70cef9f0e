import type { z } from 'zod';
import type { SnippetPartSchema } from '../../../../schema/contracts/publication';
import { h } from '../../dom';

/** A search snippet as text nodes and <mark> elements for matched words, built from the server's parts (never innerHTML). */
export function snippetNodes(parts: readonly z.infer<typeof SnippetPartSchema>[]): (Node | string)[] {
  return parts.map((p) => (p.match ? h('mark', { class: 'sl-mark' }, p.text) : p.text));
}
