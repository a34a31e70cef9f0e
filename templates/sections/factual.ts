import type { Block } from '../document';
import type { ReportModel } from '../model';
import { cell, list, note, para, quote, refs, sub, table } from './blocks';
import { timelineFigure } from './figures';

function summaryOfEvents(model: ReportModel): Block {
  const n = model.chronology.length;
  const agencies = model.agencies.filter((a) => a.entryCount > 0).length;
  const first = model.chronology[0];
  const last = model.chronology[n - 1];
  const span = first && last ? `, from ${first.date} to ${last.date}` : '';
  return sub('Summary of events', [
    para(`The integrated chronology holds ${n} ${n === 1 ? 'entry' : 'entries'} from ${agencies} ${agencies === 1 ? 'agency' : 'agencies'}${span}. It is reproduced in full in the appendices; entries are cited by reference, for example ${first?.ref ?? 'C-001'}.`),
    ...(n > 0 ? [timelineFigure(model)] : []),
  ]);
}

function voiceOfTheChild(model: ReportModel): Block {
  const spoken = model.chronology.filter((e) => e.childWords.trim() !== '');
  const seen = model.chronology.filter((e) => e.childSeen === true).length;
  const notSeen = model.chronology.filter((e) => e.childSeen === false).length;
  return sub("The child's lived experience and voice", [
    para(`The child was recorded as seen in ${seen} ${seen === 1 ? 'entry' : 'entries'} and as not seen in ${notSeen}. The child's own words were recorded in ${spoken.length}.`),
    ...spoken.flatMap((e) => [note([{ text: `${e.ref} (${e.date}, ${e.agency})`, bold: true }]), quote(e.childWords, { kind: 'event', id: e.id, field: 'childWords' })]),
  ]);
}

function familyContext(model: ReportModel): Block {
  const family = model.people.filter((p) => p.kind === 'child' || p.kind === 'family_member');
  return sub('Family context', [
    table([['Name', 1], ['Relationship', 2]], family.map((p) => [cell(p.name), cell(p.role)]), 'No family members are registered.'),
  ]);
}

function agenciesAndRoles(model: ReportModel): Block {
  const rows = model.agencies.map((a) => {
    const staff = model.people.filter((p) => p.kind === 'practitioner' && p.agency === a.name);
    return [cell(a.name), cell(a.kindLabel), cell(refs(staff.map((p) => (p.roleCode ? `${p.roleCode} (${p.role})` : p.name)))), cell(String(a.entryCount))];
  });
  return sub('Agencies and roles involved', [
    note('Practitioners are identified by role code only.'),
    table([['Agency', 3], ['Kind', 2], ['Practitioners', 4], ['Entries', 1]], rows, 'No agencies are recorded.'),
  ]);
}

function informationShared(model: ReportModel): Block {
  const shared = model.chronology.filter((e) => e.sharedWith.trim() !== '');
  return sub('Information held and shared', shared.length > 0
    ? [list(shared.map((e) => ({ text: [{ text: `${e.ref} (${e.date}): `, bold: true }, { text: e.sharedWith }], source: { kind: 'event', id: e.id, field: 'sharedWith' } })))]
    : [note('No information sharing was recorded in the chronology.')]);
}

/** Section 2 of the full report: the facts, kept apart from the analysis. */
export function factualInformation(model: ReportModel): Block[] {
  return [
    summaryOfEvents(model),
    sub('Harm to the child', model.investigation.outcome.trim() !== ''
      ? [para(model.investigation.outcome, { kind: 'investigation', id: model.investigation.id, field: 'outcome' })]
      : [note('No description of the harm was recorded.')]),
    voiceOfTheChild(model),
    familyContext(model),
    agenciesAndRoles(model),
    informationShared(model),
  ];
}
