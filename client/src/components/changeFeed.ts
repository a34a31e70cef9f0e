import type { Change } from '../../../schema/contracts/review';
import './changeFeed.scss';
import { h } from '../dom';
import { currentUser } from '../session';
import { describeChange } from './changeWords';

/** Called with each committed change of the investigation. */
export type ChangeListener = (change: Change) => void;

/** Which changes a listener wants: by entity kind (e.g. ['factor', 'comment']); others' changes only unless `includeOwn`. */
export interface ChangeFilter { entities?: readonly string[]; includeOwn?: boolean }

interface Feed { source: EventSource; listeners: Set<{ listener: ChangeListener; filter: ChangeFilter }> }

const feeds = new Map<string, Feed>();

function open(investigationId: string): Feed {
  const source = new EventSource(`/api/investigations/${encodeURIComponent(investigationId)}/changes`, { withCredentials: true });
  const feed: Feed = { source, listeners: new Set() };
  source.addEventListener('change', (event) => {
    let change: Change;
    try {
      change = JSON.parse((event as MessageEvent<string>).data) as Change;
    } catch {
      return;
    }
    const me = currentUser()?.id ?? null;
    for (const { listener, filter } of [...feed.listeners]) {
      if (!filter.includeOwn && change.by.userId !== null && change.by.userId === me) continue;
      if (filter.entities && !filter.entities.includes(change.entity)) continue;
      listener(change);
    }
  });
  // The server ends the stream when the reader loses access; EventSource would otherwise reconnect for ever.
  source.addEventListener('end', () => source.close());
  feeds.set(investigationId, feed);
  return feed;
}

/**
 * Listens to an investigation's change stream (Server-Sent Events). All listeners of one investigation
 * share one connection, opened by the first and closed when the last unsubscribes. Returns the unsubscribe function.
 */
export function subscribeToChanges(investigationId: string, listener: ChangeListener, filter: ChangeFilter = {}): () => void {
  const feed = feeds.get(investigationId) ?? open(investigationId);
  const entry = { listener, filter };
  feed.listeners.add(entry);
  return () => {
    feed.listeners.delete(entry);
    if (feed.listeners.size === 0 && feeds.get(investigationId) === feed) {
      feed.source.close();
      feeds.delete(investigationId);
    }
  };
}

/**
 * Calls `reload` once after a burst of matching changes (others' changes only by default), waiting
 * `delayMs` so ten quick edits cause one reload. Returns the unsubscribe function.
 */
export function reloadOnChanges(investigationId: string, reload: () => void, filter: ChangeFilter = {}, delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = subscribeToChanges(investigationId, () => {
    clearTimeout(timer);
    timer = setTimeout(reload, delayMs);
  }, filter);
  return () => { clearTimeout(timer); stop(); };
}

/**
 * Reloads on others' changes while `el` is in the page; the subscription ends soon after the element
 * leaves it (views re-render by replacing elements, so nothing else needs to clean up).
 */
export function reloadWhileConnected(el: Element, investigationId: string, reload: () => void, filter: ChangeFilter = {}): void {
  let attached = false;
  let checks = 0;
  const stop = reloadOnChanges(investigationId, () => { if (el.isConnected) reload(); }, filter);
  const timer = setInterval(() => {
    checks += 1;
    if (el.isConnected) attached = true;
    else if (attached || checks > 10) { clearInterval(timer); stop(); }
  }, 2000);
}

function timeOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * Shows "Updated by <name>" notices for other people's changes to the investigation, in a polite live
 * region at the corner of the page; each notice stays ten seconds. Returns the function that stops them.
 */
export function showChangeNotices(investigationId: string, { keepMs = 10_000, max = 3 } = {}): () => void {
  const region = h('div', { class: 'sl-change-notices', role: 'status', 'aria-live': 'polite', 'aria-label': 'Changes by others' });
  document.body.append(region);
  const stop = subscribeToChanges(investigationId, (change) => {
    const notice = h('p', { class: 'sl-change-notice', 'data-change-notice': change.entity },
      h('strong', {}, `Updated by ${change.by.name ?? 'someone else'}`),
      ` — ${describeChange(change.entity, change.action)}`,
      h('span', { class: 'sl-change-notice__time' }, timeOf(change.at)));
    region.append(notice);
    while (region.children.length > max) region.firstElementChild?.remove();
    setTimeout(() => notice.remove(), keepMs);
  });
  return () => { stop(); region.remove(); };
}
