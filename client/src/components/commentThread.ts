import './commentThread.scss';
import type { CommentTargetKind, CommentThread } from '../../../schema/contracts/review';
import type { MemberRole } from '../../../schema/contracts/enums';
import { labels } from '../../../schema/contracts/enums';
import { h, replace } from '../dom';
import { api } from '../api';
import { currentUser } from '../session';
import { button, textareaField, valueOf, whileSubmitting } from './forms';
import { formErrors, problemsOf } from './errors';
import { liveStatus } from './banners';
import { formatDateTime } from './changeWords';
import { reloadWhileConnected } from './changeFeed';
import { myRoleIn } from './myRole';

/** What a comment thread hangs on, and who is reading it. */
export interface CommentThreadOptions {
  investigationId: string;
  /** The reader's role in the investigation (panel members and investigators comment; observers read); asked of the server when not given. */
  role?: MemberRole;
  targetKind: CommentTargetKind;
  targetId: string;
  /** How the item is named in the heading's hidden text, e.g. "on this factor". */
  about?: string;
  /** Heading level of the section: 'h3' (default) inside a tab, 'h4' inside a side panel. */
  heading?: 'h3' | 'h4';
  /** Called after the reader added, replied to, resolved or reopened a comment. */
  onChange?: () => void;
}

const mayComment = (role: MemberRole) => role === 'lead' || role === 'investigator' || role === 'panel';
const mayResolveAny = (role: MemberRole) => role === 'lead' || role === 'investigator';

/** The number of unresolved threads in a list of threads. */
export function openThreadCount(threads: readonly CommentThread[]): number {
  return threads.filter((t) => !t.resolved).length;
}

function byline(c: CommentThread): HTMLElement {
  return h('p', { class: 'govuk-body-s sl-comment__byline' },
    h('strong', {}, c.authorName ?? 'Former member'),
    ` · ${labels[c.authorRole] ?? c.authorRole} · `,
    h('time', { datetime: c.createdAt }, formatDateTime(c.createdAt)));
}

/**
 * A comment thread beside an item (event, factor, causal link, finding or recommendation): the threads
 * with their replies, author, role and time; reply, resolve and reopen for those allowed; and a form to
 * start a thread. It loads itself, and reloads when others comment while it is on the page.
 */
export function commentThread(options: CommentThreadOptions): HTMLElement {
  if (!options.role) {
    const host = h('div', { class: 'sl-comments-host' });
    void myRoleIn(options.investigationId).then((role) => host.replaceWith(commentThread({ ...options, role: role ?? 'observer' })));
    return host;
  }
  const o = options as CommentThreadOptions & { role: MemberRole };
  const me = currentUser()?.id ?? null;
  const base = `/api/investigations/${encodeURIComponent(o.investigationId)}/comments`;
  const headingId = `comments-${o.targetKind}-${o.targetId}`;
  const heading = h(o.heading ?? 'h3', { class: o.heading === 'h4' ? 'govuk-heading-s' : 'govuk-heading-m', id: headingId }, 'Comments');
  const status = liveStatus();
  const list = h('div', { class: 'sl-comments__list' }, h('p', { class: 'govuk-body-s sl-muted' }, 'Loading comments…'));
  const drafts = new Map<string, string>();
  let replyingTo: string | null = null;
  let threads: CommentThread[] = [];

  async function load(): Promise<void> {
    try {
      const query = new URLSearchParams({ targetKind: o.targetKind, targetId: o.targetId });
      threads = await api.get<CommentThread[]>(`${base}?${query}`);
      draw();
    } catch (err) {
      replace(list, h('p', { class: 'govuk-body-s sl-error-text' }, `Comments could not be loaded: ${problemsOf(err)[0]!.message}`));
    }
  }

  async function changed(message: string): Promise<void> {
    await load();
    status.say(message);
    o.onChange?.();
  }

  function draw(): void {
    const focusedReply = list.querySelector('textarea') === document.activeElement;
    const open = threads.filter((t) => !t.resolved);
    const resolved = threads.filter((t) => t.resolved);
    heading.textContent = open.length > 0 ? `Comments (${open.length} open)` : 'Comments';
    if (o.about) heading.append(h('span', { class: 'govuk-visually-hidden' }, ` ${o.about}`));
    replace(list,
      threads.length === 0 ? h('p', { class: 'govuk-body-s sl-muted' }, 'No comments yet.') : null,
      open.map((t) => threadView(t)),
      resolved.length > 0
        ? h('details', { class: 'govuk-details sl-comments__resolved' },
          h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, `Resolved threads (${resolved.length})`)),
          h('div', { class: 'govuk-details__text' }, resolved.map((t) => threadView(t))))
        : null);
    if (focusedReply) list.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  function threadView(t: CommentThread): HTMLElement {
    const flat: CommentThread[] = [];
    const walk = (c: CommentThread) => { for (const r of c.replies) { flat.push(r); walk(r); } };
    walk(t);
    const canResolve = mayResolveAny(o.role) || (me !== null && t.authorId === me);
    return h('article', { class: `sl-comment${t.resolved ? ' sl-comment--resolved' : ''}`, 'data-comment': t.id },
      byline(t),
      t.resolved ? h('strong', { class: 'govuk-tag govuk-tag--grey sl-comment__tag' }, 'Resolved') : null,
      h('p', { class: 'govuk-body sl-comment__body' }, t.body),
      flat.length > 0
        ? h('ol', { class: 'sl-comment__replies', 'aria-label': `Replies (${flat.length})` }, flat.map((r) => h('li', { class: 'sl-comment__reply' },
          byline(r), h('p', { class: 'govuk-body sl-comment__body' }, r.body))))
        : null,
      replyingTo === t.id ? replyForm(t) : h('div', { class: 'sl-comment__actions' },
        mayComment(o.role) && !t.resolved ? linkAction('Reply', () => { replyingTo = t.id; draw(); list.querySelector<HTMLElement>(`[data-reply-to="${t.id}"] textarea`)?.focus(); }) : null,
        canResolve ? linkAction(t.resolved ? 'Reopen' : 'Resolve', () => void setResolved(t, !t.resolved)) : null));
  }

  function linkAction(label: string, onclick: () => void): HTMLElement {
    return h('button', { type: 'button', class: 'sl-link-button govuk-link sl-comment__action', onclick }, label,
      h('span', { class: 'govuk-visually-hidden' }, ' this comment thread'));
  }

  async function setResolved(t: CommentThread, resolved: boolean): Promise<void> {
    try {
      await api.patch(`${base}/${encodeURIComponent(t.id)}`, { version: t.version, resolved });
      await changed(resolved ? 'Thread marked as resolved.' : 'Thread reopened.');
    } catch (err) {
      await load();
      status.say(`Not done: ${problemsOf(err)[0]!.message}`);
    }
  }

  function replyForm(t: CommentThread): HTMLElement {
    const form = h('form', { novalidate: true, class: 'sl-comment__reply-form', 'data-reply-to': t.id, 'aria-label': 'Reply to this thread' },
      textareaField({ name: 'body', label: 'Your reply', rows: 3, value: drafts.get(t.id) ?? '' }),
      h('div', { class: 'govuk-button-group' },
        button('Post reply', { type: 'submit' }),
        button('Cancel', { variant: 'secondary', onclick: () => { replyingTo = null; drafts.delete(t.id); draw(); } })));
    form.querySelector('textarea')!.addEventListener('input', (e) => drafts.set(t.id, (e.target as HTMLTextAreaElement).value));
    const errors = formErrors(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = valueOf(form, 'body').trim();
      if (!body) return errors.show([{ field: 'body', message: 'Enter your reply' }]);
      void whileSubmitting(form, async () => {
        try {
          await api.post(base, { targetKind: o.targetKind, targetId: o.targetId, parentId: t.id, body });
          replyingTo = null;
          drafts.delete(t.id);
          await changed('Reply posted.');
        } catch (err) {
          errors.showError(err);
        }
      });
    });
    return form;
  }

  function newThreadForm(): HTMLElement {
    const form = h('form', { novalidate: true, class: 'sl-comments__new', 'aria-label': 'Add a comment' },
      textareaField({ name: 'body', label: 'Add a comment', rows: 3, hint: 'Describe conditions rather than people: what was known, and why it made sense at the time.' }),
      button('Add comment', { type: 'submit', variant: 'secondary' }));
    const errors = formErrors(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = valueOf(form, 'body').trim();
      if (!body) return errors.show([{ field: 'body', message: 'Enter your comment' }]);
      void whileSubmitting(form, async () => {
        try {
          await api.post(base, { targetKind: o.targetKind, targetId: o.targetId, body });
          errors.clear();
          form.querySelector('textarea')!.value = '';
          await changed('Comment added.');
        } catch (err) {
          errors.showError(err);
        }
      });
    });
    return form;
  }

  const section = h('section', { class: 'sl-comments', 'aria-labelledby': headingId, 'data-comments': `${o.targetKind}:${o.targetId}` },
    heading, status.el, list,
    mayComment(o.role) ? newThreadForm() : h('p', { class: 'govuk-body-s sl-muted' }, 'Your role can read comments but not add them.'));
  void load();
  reloadWhileConnected(section, o.investigationId, () => void load(), { entities: ['comment'] });
  return section;
}
