import type { LibraryEntry } from '../../../../schema/contracts/publication';
import type { FactorLevel, ReportModel } from '../../../../templates/model';
import { h, replace } from '../../dom';
import { api, ApiFailure } from '../../api';
import { table } from '../../components/tables';
import { problemsOf } from '../../components/errors';
import { pageHeading, setPageTitle } from '../../components/page';

/** What /api/library/:slug returns: the entry, the PDF's SHA-256 and the anonymised report model. */
type LibraryReview = LibraryEntry & { sha256: string; report: ReportModel };

const LEVELS: FactorLevel[] = ['systemic', 'organisational', 'team', 'individual'];

function section(number: string, title: string, ...content: (Node | null)[]): HTMLElement {
  const id = `section-${number}`;
  return h('section', { class: 'sl-report-part', 'aria-labelledby': id },
    h('h2', { class: 'govuk-heading-l', id }, `${number} ${title}`), content);
}

function para(number: string, text: string): HTMLElement | null {
  return text.trim() ? h('p', { class: 'govuk-body sl-para' }, h('span', { class: 'sl-para__number' }, `${number} `), text) : null;
}

function factorsByLevel(m: ReportModel): HTMLElement {
  return h('div', {}, LEVELS.map((level, i) => {
    const factors = m.factors.filter((f) => f.level === level);
    if (factors.length === 0) return null;
    return h('div', {},
      h('h3', { class: 'govuk-heading-m' }, `3.${i + 1} ${factors[0]!.levelLabel} factors`),
      h('ul', { class: 'govuk-list sl-factor-list' }, factors.map((f) => h('li', {},
        h('p', { class: 'govuk-body' }, h('strong', {}, `${f.ref} `), f.statement),
        h('p', { class: 'govuk-body-s sl-muted' }, `${f.categoryLabel} · ${f.influence === 'supported' ? 'supported safe practice' : 'hindered'} · ${f.confidenceLabel}`),
        f.description ? h('p', { class: 'govuk-body-s' }, f.description) : null))));
  }));
}

function findings(m: ReportModel): HTMLElement {
  return h('ol', { class: 'govuk-list sl-finding-list' }, m.findings.map((f, i) => h('li', {},
    h('h3', { class: 'govuk-heading-s' }, `4.${i + 1} ${f.ref}: ${f.typeLabel}`),
    h('p', { class: 'govuk-body' }, f.statement),
    para(`4.${i + 1}.1`, f.inThisCase), para(`4.${i + 1}.2`, f.notUnique), para(`4.${i + 1}.3`, f.whyItMatters),
    f.factorRefs.length ? h('p', { class: 'govuk-body-s sl-muted' }, `Rests on ${f.factorRefs.join(', ')}`) : null)));
}

/** Renders the structured, anonymised report as HTML in the report's numbering. */
export function reportBody(m: ReportModel): HTMLElement[] {
  const inv = m.investigation;
  return [
    section('1', 'Synopsis', para('1.1', inv.commissioningBody ? `Commissioned by ${inv.commissioningBody}.` : ''), para('1.2', inv.methodology), para('1.3', inv.summary)),
    section('2', 'Factual information', table({
      caption: 'Integrated chronology', showCaption: true, head: ['Ref', 'When', 'Agency', 'What happened'], empty: 'No chronology entries published.',
      rows: m.chronology.map((e) => [e.ref, e.date, e.agency, e.description]),
    })),
    section('3', 'Analysis', m.factors.length ? factorsByLevel(m) : h('p', { class: 'govuk-body sl-empty' }, 'No factors published.')),
    section('4', 'Findings', m.findings.length ? findings(m) : h('p', { class: 'govuk-body sl-empty' }, 'No findings published.')),
    section('5', 'Safety action already taken', m.safetyActions.length
      ? h('ul', { class: 'govuk-list govuk-list--bullet' }, m.safetyActions.map((a) => h('li', {}, `${a.agency} (${a.takenOn}): ${a.description}`)))
      : h('p', { class: 'govuk-body sl-empty' }, 'None recorded.')),
    section('6', 'Safety recommendations', table({
      caption: 'Safety recommendations', head: ['Identifier', 'Addressed to', 'Recommendation', 'Findings', 'Status'], empty: 'No recommendations published.',
      rows: m.recommendations.map((r) => [r.identifier ?? r.ref, r.addressee, r.text, r.findingRefs.join(', '), r.statusLabel]),
    })),
  ];
}

/** The reading view of one published review, with the PDF download; a withdrawn or unknown slug shows "not found". */
export async function reviewView(container: HTMLElement, slug: string): Promise<void> {
  setPageTitle('Published review', 'Learning library');
  replace(container, h('p', { class: 'govuk-body', role: 'status' }, 'Loading the review…'));
  try {
    const review = await api.get<LibraryReview>(`/api/library/${encodeURIComponent(slug)}`);
    setPageTitle(review.title, 'Learning library');
    replace(container,
      h('a', { class: 'govuk-back-link', href: '/library' }, 'Back to the library'),
      pageHeading(review.title, `${review.year} · ${review.area}`),
      h('p', { class: 'govuk-body-l' }, review.summary),
      h('p', { class: 'govuk-body' },
        h('a', { class: 'govuk-link', href: `/api/library/${encodeURIComponent(review.slug)}/report.pdf`, download: '' }, 'Download the report (PDF)'),
        h('span', { class: 'govuk-body-s sl-muted' }, ` Version ${review.publicationVersion}. SHA-256 `, h('code', { class: 'sl-sha' }, review.sha256))),
      h('div', { class: 'govuk-inset-text' }, 'The sole purpose of this review is learning and prevention. It does not apportion blame or liability.'),
      reportBody(review.report));
  } catch (err) {
    const missing = err instanceof ApiFailure && err.status === 404;
    setPageTitle(missing ? 'Review not found' : 'Review unavailable', 'Learning library');
    replace(container, pageHeading(missing ? 'Review not found' : 'The review could not be loaded'),
      h('p', { class: 'govuk-body' }, missing ? 'It may have been withdrawn, or the web address is wrong.' : problemsOf(err)[0]!.message),
      h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '/library' }, 'Go to the library')));
  }
}
