import type { ReportTemplate } from '../../../../schema/contracts/reports';
import type { Investigation } from '../../../../schema/contracts/investigations';
import type { SnapshotSummary } from '../../../../schema/contracts/review';
import { h, replace } from '../../dom';
import { ApiFailure } from '../../api';
import { selectField, uniqueId, type Choice } from '../../components/forms';
import { problemsOf } from '../../components/errors';
import { formatDateTime } from '../../components/changeWords';
import { reportFileName, reportUrl, type ReportChoice } from './reportUrl';

/** An open flag as the 422 of a final edition lists it. */
interface RefusedFlag { key: string; location: string; section: string; ref: string | null; phrase: string; reason: string; suggestion: string }

const stageChoices: Choice[] = [
  { value: 'draft', label: 'Draft (open language flags listed in an appendix)' },
  { value: 'consultation', label: 'Draft for consultation' },
  { value: 'final', label: 'Final (every language flag rewritten or considered)' },
];
const dateChoices: Choice[] = [
  { value: 'month', label: 'Month and year' },
  { value: 'relative', label: 'Relative to the incident (Week 3, two months before)' },
];

/** Roles that may see identities, and so may generate the restricted edition. */
export const mayGenerateRestricted = (inv: Investigation) => inv.myRole === 'lead' || inv.myRole === 'investigator';

/** Fetches a final edition so a refusal can be shown; saves the file through a temporary link when it is generated. */
async function fetchAndSave(url: string, fileName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const json = await res.json().catch(() => null) as { error?: { code: string; message: string; details?: unknown } } | null;
    throw new ApiFailure(res.status, json?.error ?? { code: 'network_error', message: `the server answered ${res.status}` });
  }
  const blobUrl = URL.createObjectURL(await res.blob());
  const link = h('a', { href: blobUrl, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
}

/** The server's message as a sentence, without the field prefix ("stage: …"). */
function messageOf(err: unknown): string {
  const text = err instanceof ApiFailure ? err.message.replace(/^[\w.[\]]+: /, '') : problemsOf(err)[0]!.message;
  return text ? text[0]!.toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : 'The report could not be generated.';
}

function refusal(err: unknown, onJump: (key: string) => void): HTMLElement {
  const details = err instanceof ApiFailure ? (err.error.details as { flags?: RefusedFlag[] } | undefined) : undefined;
  const flags = details?.flags ?? [];
  return h('div', { class: 'govuk-error-summary', tabindex: -1, 'data-refusal': '' },
    h('div', { role: 'alert' },
      h('h3', { class: 'govuk-error-summary__title' }, 'The final edition was not generated'),
      h('div', { class: 'govuk-error-summary__body' },
        h('p', { class: 'govuk-body' }, messageOf(err)),
        flags.length ? h('ul', { class: 'govuk-list govuk-error-summary__list' }, flags.map((f) => h('li', {},
          h('a', { href: `#flag-${CSS.escape(f.key)}`, onclick: (e: Event) => { e.preventDefault(); onJump(f.key); } },
            `${f.location} ${f.ref ? `(${f.ref}) ` : ''}“${f.phrase}”: ${f.reason}`)))) : null)));
}

/** "Built from" choices: the current data, then each snapshot with when it was taken and whether the panel signed it off. */
function sourceChoices(snapshots: SnapshotSummary[]): Choice[] {
  return [{ value: '', label: 'The current data' }, ...snapshots.map((s) => ({
    value: s.id, label: `Snapshot “${s.label}”, taken ${formatDateTime(s.takenAt)}${s.signedOffAt ? ', signed off by the panel' : ''}`,
  }))];
}

/**
 * The choice of report: standard, edition (restricted only for roles that may see identities), stage, date style
 * and, when the investigation has snapshots, whether it is built from the current data or a snapshot; and a download
 * link to the PDF with that query. A final edition is fetched first so a refusal (open language flags) is shown as a
 * list; `onGenerated` runs after a final edition was saved.
 */
export function reportForm(inv: Investigation, templates: ReportTemplate[], snapshots: SnapshotSummary[], o: { onJump(key: string): void; onGenerated(): void; onTemplate(t: string): void }) {
  const restricted = mayGenerateRestricted(inv);
  const choice: ReportChoice = { template: templates[0]?.id ?? 'learning-review', edition: 'published', stage: 'draft', dateStyle: 'month' };
  const link = h('a', { class: 'govuk-button sl-download', role: 'button', draggable: 'false' });
  const describe = h('p', { class: 'govuk-body-s', id: uniqueId('download-what') });
  const problem = h('div', {});
  const status = h('p', { class: 'govuk-body sl-status', role: 'status' });

  function update(): void {
    const tpl = templates.find((t) => t.id === choice.template);
    const snapshot = snapshots.find((s) => s.id === choice.snapshotId);
    link.href = reportUrl(inv.id, choice);
    link.setAttribute('download', reportFileName(inv.reference, choice));
    link.textContent = `Download the ${choice.edition} edition (PDF)`;
    link.setAttribute('aria-describedby', describe.id);
    describe.textContent = `${tpl?.title ?? choice.template}, ${choice.stage === 'consultation' ? 'draft for consultation' : choice.stage}, `
      + `${choice.edition === 'restricted' ? 'with real identities (marked RESTRICTED on every page)' : `anonymised, dates by ${choice.dateStyle === 'month' ? 'month and year' : 'time relative to the incident'}`}`
      + `${snapshot ? `, from snapshot “${snapshot.label}”` : ''}.`;
    replace(problem);
  }

  link.addEventListener('click', (e) => {
    if (choice.stage !== 'final') { status.textContent = 'Your download has started.'; return; }
    e.preventDefault();
    replace(problem);
    status.textContent = 'Generating the final edition…';
    fetchAndSave(link.href, reportFileName(inv.reference, choice)).then(() => {
      status.textContent = 'The final edition was generated and recorded in the history below.';
      o.onGenerated();
    }, (err) => {
      status.textContent = '';
      const box = refusal(err, o.onJump);
      replace(problem, box);
      box.focus();
    });
  });

  const set = <K extends keyof ReportChoice>(key: K) => (value: string) => { choice[key] = value as ReportChoice[K]; update(); };
  const editionChoices: Choice[] = [
    { value: 'published', label: 'Published (anonymised: pseudonyms and role codes)' },
    ...(restricted ? [{ value: 'restricted', label: 'Restricted (real identities, for the panel)' }] : []),
  ];
  const el = h('form', { class: 'sl-report-form', 'aria-label': 'Generate a report', novalidate: true, onsubmit: (e: Event) => e.preventDefault() },
    problem,
    selectField({ name: 'template', label: 'Report standard', choices: templates.map((t) => ({ value: t.id, label: t.title })),
      hint: 'The full learning review is numbered like an aviation final report.', onchange: (v) => { set('template')(v); o.onTemplate(v); } }),
    selectField({ name: 'edition', label: 'Edition', choices: editionChoices, onchange: set('edition'),
      hint: restricted ? undefined : 'Your role sees pseudonyms only, so only the published edition is offered.' }),
    selectField({ name: 'stage', label: 'Stage', choices: stageChoices, onchange: set('stage') }),
    selectField({ name: 'dateStyle', label: 'Dates in the published edition', choices: dateChoices, onchange: set('dateStyle') }),
    snapshots.length > 0 ? selectField({ name: 'snapshotId', label: 'Built from', choices: sourceChoices(snapshots),
      hint: 'A snapshot gives the report of the investigation as it was frozen, for example at a panel meeting.',
      onchange: (v) => { choice.snapshotId = v || undefined; update(); } }) : null,
    link, describe, status);
  update();
  return { el, choice };
}
