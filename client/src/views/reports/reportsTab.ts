import './reports.scss';
import type { ReportTemplate } from '../../../../schema/contracts/reports';
import type { SnapshotSummary } from '../../../../schema/contracts/review';
import { h, replace } from '../../dom';
import { api } from '../../api';
import { insetText } from '../../components/banners';
import type { Tab } from '../tab';
import { reportForm, mayGenerateRestricted } from './reportForm';
import { languageSection } from './languageSection';
import { historySection } from './historySection';
import { publicationSection } from '../publication/publicationSection';

/**
 * The Reports tab: choose a report standard, edition, stage, date style and the current data or a snapshot, and
 * download the PDF; the language check of the report text with jump-to-edit and "mark as considered"; the history of
 * final editions; and, for lead investigators, publication to the public library.
 */
export const reportsTab: Tab = async (ctx) => {
  const inv = ctx.investigation;
  const id = encodeURIComponent(inv.id);
  const [templates, snapshots] = await Promise.all([
    api.get<ReportTemplate[]>(`/api/investigations/${id}/reports/templates`),
    api.get<SnapshotSummary[]>(`/api/investigations/${id}/snapshots`),
  ]);
  const canEdit = inv.myRole === 'lead' || inv.myRole === 'investigator';
  const language = languageSection({ investigationId: inv.id, canEdit, navigate: ctx.navigate });
  const history = historySection(inv.id, templates);
  const form = reportForm(inv, templates, snapshots, {
    onJump: (key) => language.focus(key),
    onGenerated: () => { void history.load(); void language.reload(); },
    onTemplate: (t) => void language.show(t),
  });
  const publication = inv.myRole === 'lead' ? publicationSection(ctx) : null;
  replace(ctx.container,
    h('h2', { class: 'govuk-heading-l' }, 'Reports'),
    mayGenerateRestricted(inv) ? null
      : insetText('Your role sees pseudonyms only: the published (anonymised) edition is the one you can generate.'),
    h('section', { class: 'sl-report-section', 'aria-labelledby': 'generate-heading' },
      h('h3', { class: 'govuk-heading-m', id: 'generate-heading' }, 'Generate a report'),
      form.el),
    language.el,
    history.el,
    publication?.el ?? null);
  await Promise.all([language.show(form.choice.template), history.load(), publication?.load()]);
};
