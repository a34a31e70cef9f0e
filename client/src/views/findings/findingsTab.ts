import './findings.scss';
import { h, replace } from '../../dom';
import { insetText } from '../../components/banners';
import { pageContents } from '../../components/pageContents';
import { problemsOf } from '../../components/errors';
import type { Tab } from '../tab';
import { loadFindingsData } from './findingsData';
import { findingsSection } from './findingsSection';
import { recommendationsSection } from './recommendationsSection';
import { safetyActionsSection } from './safetyActionsSection';
import type { FindingsSection, FindingsSelection, FindingsView } from './viewTypes';

const contents: [string, string][] = [['findings', 'Findings'], ['recommendations', 'Safety recommendations'], ['safety-actions', 'Safety action already taken']];

function initialSelection(params: URLSearchParams): FindingsSelection {
  const finding = params.get('finding');
  if (finding) return { kind: 'finding', id: finding };
  const rec = params.get('recommendation');
  return rec ? { kind: 'recommendation', id: rec } : null;
}

/** Which section a selection belongs to, for placing the visible confirmation. */
function sectionOf(selection: FindingsSelection): FindingsSection | null {
  if (!selection) return null;
  return selection.kind === 'finding' || selection.kind === 'newFinding' ? 'findings' : 'recommendations';
}

/** Where focus goes back to when an open item is closed: the button that opened it. */
function returnTarget(closed: FindingsSelection): string {
  switch (closed?.kind) {
    case 'finding': return `[data-finding-id="${CSS.escape(closed.id)}"] [data-open]`;
    case 'recommendation': return `[data-open-recommendation="${CSS.escape(closed.id)}"]`;
    case 'newRecommendation': return 'button[name="add-recommendation"]';
    default: return 'button[name="add-finding"]';
  }
}

/**
 * The Findings tab: findings about the system resting on the analysis's factors, safety
 * recommendations addressed to organisations (issue, responses, status), and safety action already
 * taken. Lead investigators and investigators edit; panel members and observers read and comment.
 */
export const findingsTab: Tab = async (ctx) => {
  const inv = ctx.investigation;
  const canEdit = inv.myRole === 'lead' || inv.myRole === 'investigator';
  const live = h('p', { class: 'govuk-visually-hidden', role: 'status' });
  const findingsHost = h('div');
  const recommendationsHost = h('div');
  replace(ctx.container, h('p', { class: 'govuk-body', role: 'status' }, 'Loading findings and recommendations…'));

  const view: FindingsView = {
    investigation: inv, canEdit, data: await loadFindingsData(inv.id), selection: initialSelection(ctx.params), flash: null,
    select(selection) {
      const previous = view.selection;
      view.selection = selection;
      view.flash = null;
      draw();
      if (selection) focusOpen(sectionOf(selection));
      else ctx.container.querySelector<HTMLElement>(returnTarget(previous))?.focus();
    },
    async changed(message, selection = view.selection) {
      const near = sectionOf(selection) ?? sectionOf(view.selection) ?? 'findings';
      try {
        view.data = await loadFindingsData(inv.id);
      } catch (err) {
        message = `${message} The page could not be refreshed: ${problemsOf(err)[0]!.message}`;
      }
      view.selection = selection;
      view.flash = { text: message, section: near };
      draw();
      view.say(message);
      focusOpen(near);
    },
    say(message) {
      live.textContent = message;
    },
  };

  function draw(): void {
    replace(findingsHost, findingsSection(view));
    replace(recommendationsHost, recommendationsSection(view));
  }

  /** Moves focus to the open editor's heading, or else to the section's heading, and brings it into view. */
  function focusOpen(section: FindingsSection | null): void {
    const host = section === 'recommendations' ? recommendationsHost : findingsHost;
    const target = host.querySelector<HTMLElement>('[data-editor-heading]') ?? (section ? host.querySelector<HTMLElement>('h2') : null);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }


  draw();
  replace(ctx.container,
    live,
    pageContents(ctx.container, contents),
    canEdit ? null : insetText(inv.myRole === 'observer'
      ? 'As an observer you can read the findings and recommendations but not change them.'
      : 'As a panel member you can read the findings and recommendations, comment on them and record review decisions on findings, but not change them.'),
    findingsHost,
    recommendationsHost,
    safetyActionsSection(view));
  if (view.selection) focusOpen(sectionOf(view.selection));
};
