import type { Factor, GraphNode } from '../../../../schema/contracts/analysis';
import { labels } from '../../../../schema/contracts/enums';
import { displayEdtf } from '../../../../schema/edtf';
import { h } from '../../dom';
import { api } from '../../api';
import { button } from '../../components/forms';
import { isConflict } from '../../components/conflict';
import { summaryList } from '../../components/tables';
import { reviewControls } from '../../components/reviewControls';
import { commentThread } from '../../components/commentThread';
import { analysisPath, nodeName } from './analysisData';
import { categoryPrompts } from './prompts';
import { linkList } from './linkList';
import { selectionHighlight, timelineEventIds } from './selectionHighlight';
import type { AnalysisView } from './viewTypes';

const word = (v: string) => labels[v] ?? v;

function timelineButton(view: AnalysisView, id: string): HTMLElement | null {
  const ids = timelineEventIds(view.data().graph, selectionHighlight(view.data().graph, id));
  if (ids.length === 0) return null;
  return button(`Show in timeline (${ids.length} ${ids.length === 1 ? 'entry' : 'entries'})`, { variant: 'secondary', onclick: () => view.showInTimeline(ids) });
}

function factorDetails(view: AnalysisView, node: Extract<GraphNode, { kind: 'factor' }>, factor: Factor | undefined): HTMLElement[] {
  const data = view.data();
  const category = data.taxonomy.category(node.category);
  const tags = new Map(data.taxonomy.taxonomy.contextTags.map((t) => [t.code, t.label]));
  const evidence = node.eventIds.map((id) => h('li', {},
    h('a', { class: 'govuk-link', href: `/investigations/${view.investigation.id}/chronology?event=${encodeURIComponent(id)}` }, data.nodes.has(id) ? nodeName(data, id) : 'A chronology entry')));
  return [
    h('span', { class: 'govuk-caption-m' }, `${data.taxonomy.levelLabel(node.level)} factor${node.influence === 'supported' ? ' · supporting' : ''}`),
    h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-panel-heading': '' }, node.label),
    h('div', { class: 'govuk-button-group' },
      timelineButton(view, node.id),
      view.canEdit ? button('Change', { variant: 'secondary', onclick: () => view.setMode({ kind: 'edit', factorId: node.id }) }) : null,
      view.canEdit ? button('Link from this factor', { variant: 'secondary', onclick: () => view.setMode({ kind: 'link', fromId: node.id, toId: null }) }) : null),
    summaryList([
      ['Category', category?.label ?? node.category],
      ['Influence', node.influence === 'supported' ? 'Supporting (made the outcome less likely)' : 'Hindering (made the outcome more likely)'],
      ['Confidence', word(node.confidence)],
      ['Review status', word(node.reviewStatus)],
      ['Case context', node.contextTags.map((t) => tags.get(t) ?? t).join(', ')],
      ['Description', factor?.description ?? ''],
      ['Evidence', evidence.length ? h('ul', { class: 'govuk-list' }, evidence) : null],
      ['Sources cited', node.sourceIds.length ? `${node.sourceIds.length}` : null],
    ]),
    linkList(view, node.id, 'out'),
    linkList(view, node.id, 'in'),
    factor ? reviewControls({
      investigationId: view.investigation.id, role: view.investigation.myRole, targetKind: 'factor', target: factor, heading: 'h4',
      onChange: (result) => { if (result) void view.changed('Review decision recorded.', node.id); },
    }) : null,
    commentThread({ investigationId: view.investigation.id, role: view.investigation.myRole, targetKind: 'factor', targetId: node.id, heading: 'h4', about: 'on this factor' }),
    categoryPrompts(category) ?? '',
    view.canEdit && factor ? button('Remove the factor', { variant: 'warning', onclick: () => void removeFactor(view, factor) }) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

async function removeFactor(view: AnalysisView, factor: Factor): Promise<void> {
  if (!window.confirm(`Remove the factor “${factor.statement}” and its links? This cannot be undone.`)) return;
  try {
    await api.delete(analysisPath(view.investigation.id, `factors/${factor.id}`), factor.version);
    await view.changed(`Factor “${factor.statement}” removed.`, null);
  } catch (err) {
    const reason = isConflict(err) ? 'someone else changed it; check their version and try again' : err instanceof Error ? err.message : 'unknown error';
    await view.changed(`The factor was not removed: ${reason}.`, factor.id);
  }
}

/** The side panel's view of the selected node: a factor with its evidence, links and prompts; an event; the outcome. */
export function nodeDetails(view: AnalysisView, id: string): HTMLElement[] {
  const data = view.data();
  const node = data.nodes.get(id);
  if (!node) return [h('p', { class: 'govuk-body' }, 'This item is no longer in the analysis.')];
  if (node.kind === 'factor') return factorDetails(view, node, data.factors.get(id));
  if (node.kind === 'event') {
    return [
      h('span', { class: 'govuk-caption-m' }, `Chronology entry · ${displayEdtf(node.occurred)}`),
      h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-panel-heading': '' }, node.label),
      h('div', { class: 'govuk-button-group' },
        button('Open in the chronology', { variant: 'secondary', onclick: () => view.openEvent(node.id) }),
        timelineButton(view, node.id)),
      linkList(view, node.id, 'in'),
      commentThread({ investigationId: view.investigation.id, role: view.investigation.myRole, targetKind: 'event', targetId: node.id, heading: 'h4', about: 'on this entry' }),
    ];
  }
  return [
    h('span', { class: 'govuk-caption-m' }, 'Outcome'),
    h('h3', { class: 'govuk-heading-m', tabindex: -1, 'data-panel-heading': '' }, node.label),
    h('p', { class: 'govuk-body-s' }, 'The outcome statement is set in the Overview. Link factors to it to say they contributed.'),
    linkList(view, node.id, 'in'),
  ];
}
