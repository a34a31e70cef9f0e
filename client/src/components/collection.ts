import { h, replace } from '../dom';
import { ApiFailure } from '../api';
import { button, linkButton, whileSubmitting } from './forms';
import { formErrors } from './errors';
import { conflictNotice, isConflict } from './conflict';
import { changedFields } from './changes';
import { table } from './tables';
import { liveStatus } from './banners';

/** The fields of an add or change form, and how to read what was entered. */
export interface FormBody { fields: HTMLElement[]; read(form: HTMLFormElement): Record<string, unknown> }

/** What extra row buttons can do: run a change and announce it, or open the change form. */
export interface RowTools { act(work: () => Promise<unknown>, success: string): Promise<void>; edit(focusField?: string): void }

type Cell = Node | string | null | (Node | string)[];

/** Everything a collection section needs: how to load, show, and (for editors) add, change and remove items. */
export interface CollectionSpec<T extends { id: string; version: number }> {
  id: string;
  title: string;
  intro?: string;
  noun: string;
  addHeading: string;
  caption: string;
  head: string[];
  empty: string;
  load(): Promise<T[]>;
  row(item: T): Cell[];
  name(item: T): string;
  canEdit: boolean;
  /** What the reader's role may not do, shown instead of the form. */
  readOnlyNote?: string;
  /** Field labels, used to show someone else's values after a conflict. */
  labels: Record<string, string>;
  /** Turns stored values into readable ones (an agency id into its name) before they are compared and shown. */
  forDisplay?(values: Record<string, unknown>): Record<string, unknown>;
  form?(item: T | null, items: T[]): FormBody;
  /** Further row buttons (e.g. Disable); `act` runs a change, then reloads the list and announces the outcome. */
  rowActions?(item: T, tools: RowTools): Node[];
  create?(values: Record<string, unknown>): Promise<unknown>;
  update?(item: T, values: Record<string, unknown>): Promise<unknown>;
  remove?(item: T): Promise<void>;
}

/** A section listing items in a table, with an add/change form and remove buttons for roles that may edit. */
export function collectionSection<T extends { id: string; version: number }>(spec: CollectionSpec<T>): HTMLElement {
  const status = liveStatus();
  const listHost = h('div', { class: 'sl-collection__list' }, h('p', { class: 'govuk-body' }, `Loading ${spec.title.toLowerCase()}…`));
  const formHost = h('div', { class: 'sl-collection__form' });
  let items: T[] = [];
  const headingId = `${spec.id}-heading`;
  const section = h('section', { class: 'sl-section', id: spec.id, 'aria-labelledby': headingId },
    h('h2', { class: 'govuk-heading-l', id: headingId }, spec.title),
    spec.intro ? h('p', { class: 'govuk-body' }, spec.intro) : null,
    status.el, listHost, formHost);

  async function reload(): Promise<void> {
    try {
      items = await spec.load();
      drawList();
    } catch (err) {
      replace(listHost, h('p', { class: 'govuk-body sl-error-text' }, `${spec.title} could not be loaded: ${err instanceof Error ? err.message : 'unknown error'}`));
    }
  }

  function drawList(): void {
    const actions = spec.canEdit && (spec.update || spec.remove || spec.rowActions);
    replace(listHost, table({
      caption: spec.caption,
      head: actions ? [...spec.head, 'Actions'] : spec.head,
      rows: items.map((item) => actions ? [...spec.row(item), h('span', { class: 'sl-actions' },
        spec.update && spec.form ? linkButton('Change', spec.name(item), () => openForm(item)) : null,
        spec.rowActions?.(item, toolsFor(item)),
        spec.remove ? linkButton('Remove', spec.name(item), () => void removeItem(item)) : null)] : spec.row(item)),
      empty: spec.empty,
    }));
  }

  function openForm(item: T | null, focus = true): void {
    if (!spec.canEdit || !spec.form) {
      replace(formHost, spec.readOnlyNote ? h('div', { class: 'govuk-inset-text' }, spec.readOnlyNote) : null);
      return;
    }
    const body = spec.form(item, items);
    const heading = item ? `Change ${spec.noun}: ${spec.name(item)}` : spec.addHeading;
    const form = h('form', { novalidate: true, class: 'sl-collection__editor', 'aria-label': heading },
      h('h3', { class: 'govuk-heading-m' }, heading),
      body.fields,
      h('div', { class: 'govuk-button-group' },
        button(item ? 'Save changes' : spec.addHeading, { type: 'submit' }),
        item ? button('Cancel', { variant: 'secondary', onclick: () => openForm(null) }) : null));
    const errors = formErrors(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit(form, errors, item, body.read(form));
    });
    replace(formHost, form);
    if (item && focus) form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  async function submit(form: HTMLFormElement, errors: ReturnType<typeof formErrors>, item: T | null, values: Record<string, unknown>) {
    errors.clear();
    form.querySelector('[data-conflict]')?.remove();
    try {
      await whileSubmitting(form, () => (item ? spec.update!(item, values) : spec.create!(values)));
      await reload();
      openForm(null, false);
      status.say(item ? `${cap(spec.noun)} ${spec.name(item)} saved.` : `${cap(spec.noun)} added.`);
    } catch (err) {
      if (!isConflict(err) || !item) return errors.showError(err);
      await reload();
      const theirs = items.find((i) => i.id === item.id);
      if (!theirs) return errors.show([{ message: `Someone else removed this ${spec.noun} while you were editing it.` }]);
      form.prepend(conflictNotice({
        what: spec.noun,
        changes: changedFields(shown(values), shown(theirs as unknown as Record<string, unknown>), spec.labels),
        onReload: () => openForm(theirs),
      }));
    }
  }

  function toolsFor(item: T): RowTools {
    return {
      async act(work, success) {
        try {
          await work();
          status.say(success);
        } catch (err) {
          status.say(`Not done: ${isConflict(err) ? 'someone else changed it; the list now shows their version' : err instanceof Error ? err.message : 'unknown error'}.`);
        }
        await reload();
      },
      edit(focusField) {
        openForm(item, !focusField);
        if (focusField) formHost.querySelector<HTMLElement>(`[name="${focusField}"]`)?.focus();
      },
    };
  }

  function shown(values: Record<string, unknown>): Record<string, unknown> {
    return spec.forDisplay ? spec.forDisplay(values) : values;
  }

  async function removeItem(item: T): Promise<void> {
    if (!window.confirm(`Remove ${spec.noun} ${spec.name(item)}? This cannot be undone.`)) return;
    try {
      await spec.remove!(item);
      status.say(`${cap(spec.noun)} ${spec.name(item)} removed.`);
    } catch (err) {
      const reason = isConflict(err) ? 'someone else changed it; the list now shows their version, check it and try again'
        : err instanceof ApiFailure ? err.message : 'the server could not be reached';
      status.say(`${cap(spec.noun)} ${spec.name(item)} was not removed: ${reason}.`);
    }
    await reload();
    openForm(null, false);
  }

  void reload().then(() => openForm(null, false));
  return section;
}

function cap(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
