import './analysis.scss';
import { h, replace } from '../../dom';
import { insetText, liveStatus } from '../../components/banners';
import { pageContents } from '../../components/pageContents';
import { workspacePath } from '../../router';
import type { Tab } from '../tab';
import { loadAnalysis, loadEvidenceChoices, type EvidenceChoices } from './analysisData';
import { diagramSection } from './diagramSection';
import { createPanel } from './panel';
import { outlineSection } from './outlineSection';
import { checksSection } from './checksSection';
import { selectionHighlight } from './selectionHighlight';
import type { AnalysisView, PanelMode } from './viewTypes';

const contents: [string, string][] = [['diagram', 'Causal diagram'], ['outline', 'Outline'], ['checks', 'Checks']];

/**
 * The Analysis tab: the contributory factors as an AcciMap with a side panel for details and editing, the same
 * analysis as an outline, and the checks that keep it asking why. Reads `?factor=` to select a factor.
 * Lead investigators and investigators edit; panel members and observers read.
 */
export const analysisTab: Tab = async (ctx) => {
  const inv = ctx.investigation;
  const canEdit = inv.myRole === 'lead' || inv.myRole === 'investigator';
  replace(ctx.container, h('h2', { class: 'govuk-heading-l' }, 'Analysis'), h('p', { class: 'govuk-body', role: 'status' }, 'Loading the analysis…'));
  let data = await loadAnalysis(inv.id);
  let selected: string | null = null;
  let mode: PanelMode = { kind: 'details' };
  let evidence: Promise<EvidenceChoices> | null = null;
  const status = liveStatus();
  status.el.id = 'analysis-status';
  const go = (path: string) => ctx.navigate(`${workspacePath(inv.id, '')}${path}`);

  const view: AnalysisView = {
    investigation: inv,
    canEdit,
    data: () => data,
    selected: () => selected,
    mode: () => mode,
    select(id, options = {}) {
      const known = id !== null && data.nodes.has(id) ? id : null;
      if (mode.kind === 'link' && known && known !== mode.fromId) {
        mode = { ...mode, toId: known };
        panel.setLinkTarget(known);
        return;
      }
      selected = known;
      applyHighlight();
      if (mode.kind === 'details') void panel.render({ focus: options.focusPanel });
      if (known && options.reveal) diagram.reveal(known);
    },
    setMode(next) {
      if (!canEdit && next.kind !== 'details') return;
      mode = next;
      if (next.kind === 'edit' || next.kind === 'link') selected = next.kind === 'edit' ? next.factorId : next.fromId;
      applyHighlight();
      void panel.render({ focus: true });
      if (next.kind !== 'details') panelHost.scrollIntoView({ block: 'nearest' });
    },
    async changed(message, select) {
      const started = mode;
      data = await loadAnalysis(inv.id, data.taxonomy);
      // The reader may have opened another form while this change was saved; leave it open.
      const movedOn = mode !== started;
      if (!movedOn) {
        mode = { kind: 'details' };
        const wanted = select === undefined ? selected : select;
        selected = wanted !== null && data.nodes.has(wanted) ? wanted : null;
      }
      drawAll();
      if (!movedOn) await panel.render({ focus: true });
      status.say(message);
    },
    showInTimeline(ids) { go(`chronology?highlight=${ids.map(encodeURIComponent).join(',')}`); },
    openEvent(id) { go(`chronology?event=${encodeURIComponent(id)}`); },
    openTab(path) { go(path); },
    say: (text) => status.say(text),
    evidenceChoices() {
      evidence ??= loadEvidenceChoices(inv.id);
      return evidence;
    },
  };

  const diagram = diagramSection(view);
  const panelHost = diagram.panelHost;
  const panel = createPanel(panelHost, view);
  const outline = outlineSection(view);
  const checks = checksSection(view);

  function applyHighlight(): void {
    const hl = selectionHighlight(data.graph, selected, mode.kind === 'link' ? mode.fromId : null);
    diagram.highlight(hl);
    outline.highlight(hl);
  }

  function drawAll(): void {
    diagram.draw(data);
    outline.draw(data);
    checks.draw(data);
    applyHighlight();
  }

  replace(ctx.container,
    h('h2', { class: 'govuk-heading-l' }, 'Analysis'),
    pageContents(ctx.container, contents, { heading: false }),
    canEdit ? null : insetText(`As ${inv.myRole === 'observer' ? 'an observer' : 'a panel member'} you can read the analysis but not change it. People appear by pseudonym only.`),
    status.el,
    diagram.el,
    outline.el,
    checks.el);
  drawAll();
  const initial = ctx.params.get('factor');
  if (initial && data.nodes.has(initial)) {
    selected = initial;
    applyHighlight();
    diagram.reveal(initial);
  }
  await panel.render();
  return () => diagram.destroy();
};
