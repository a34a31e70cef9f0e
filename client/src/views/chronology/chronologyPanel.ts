import type { ChronologyEvent } from '../../../../schema/contracts/chronology';
import { api } from '../../api';
import { h } from '../../dom';
import { commentThread } from '../../components/commentThread';
import { chronologyPath, type ChronologyData, type Names } from './chronologyData';
import { eventDetail } from './eventDetail';
import { eventForm } from './eventForm';
import { linkForm } from './linkForm';
import { deleteConfirmation } from './deleteConfirmation';

/** What the panel beside the timeline or table shows. */
export type PanelState =
  | { mode: 'none' }
  | { mode: 'new' }
  | { mode: 'detail' | 'edit' | 'link' | 'delete'; id: string };

/** What the panel needs, and how it asks the tab to show something else or to reload after a change. */
export interface PanelOptions {
  state: PanelState;
  investigationId: string;
  data: ChronologyData;
  names: Names;
  canEdit: boolean;
  focus: boolean;
  open(state: PanelState): void;
  changed(message: string, next: PanelState): Promise<void>;
}

/** The entry panel: details of the selected entry, or (for editors) the form to add, change, link or delete one. */
export function chronologyPanel(o: PanelOptions): HTMLElement | null {
  const { state } = o;
  if (state.mode === 'none') return null;
  const event = state.mode === 'new' ? null : o.names.event(state.id) ?? null;
  if (state.mode !== 'new' && !event) {
    return h('p', { class: 'govuk-body sl-muted' }, 'That entry is not in the chronology: it may have been deleted.');
  }
  const detail = (e: ChronologyEvent): HTMLElement => eventDetail(e, o.names, {
    select: (id) => o.open({ mode: 'detail', id }),
    close: () => o.open({ mode: 'none' }),
    ...(o.canEdit ? {
      edit: (x: ChronologyEvent) => o.open({ mode: 'edit', id: x.id }),
      link: (x: ChronologyEvent) => o.open({ mode: 'link', id: x.id }),
      remove: (x: ChronologyEvent) => o.open({ mode: 'delete', id: x.id }),
    } : {}),
  });
  const back = () => o.open(event ? { mode: 'detail', id: event.id } : { mode: 'none' });
  let el: HTMLElement;
  if (state.mode === 'detail' || !o.canEdit) {
    el = detail(event!);
    el.append(commentThread({ investigationId: o.investigationId, targetKind: 'event', targetId: event!.id, heading: 'h4', about: 'on this entry' }));
  } else if (state.mode === 'new' || state.mode === 'edit') {
    el = eventForm({
      investigationId: o.investigationId, data: o.data, event,
      onSaved: (saved, created) => void o.changed(created ? 'Entry added.' : 'Entry saved.', { mode: 'detail', id: saved.id }),
      onCancel: back,
      onKeptTheirs: (id) => void o.changed('Their version of the entry is kept.', { mode: 'detail', id }),
    });
  } else if (state.mode === 'link') {
    el = linkForm({
      investigationId: o.investigationId, event: event!, events: o.data.events, names: o.names,
      onSaved: () => void o.changed('Entries linked.', { mode: 'detail', id: event!.id }), onCancel: back,
    });
  } else el = confirmDelete(o, event!, back);
  if (o.focus) queueMicrotask(() => el.querySelector<HTMLElement>('h3[tabindex]')?.focus());
  return el;
}

function confirmDelete(o: PanelOptions, e: ChronologyEvent, back: () => void): HTMLElement {
  return deleteConfirmation({
    what: 'entry',
    heading: `Delete the entry of ${e.display}?`,
    explanation: [
      `${o.names.agency(e.agencyId)}: ${e.description.slice(0, 200)}`,
      'The entry and its links to other entries are removed from the chronology. The audit log keeps a record of it.',
    ],
    confirmLabel: 'Delete the entry',
    remove: async () => {
      await api.delete(chronologyPath(o.investigationId, `events/${encodeURIComponent(e.id)}`), e.version);
      await o.changed('Entry deleted.', { mode: 'none' });
    },
    onCancel: back,
    onShowTheirs: () => void o.changed('Loaded the latest version of the entry.', { mode: 'detail', id: e.id }),
  });
}
