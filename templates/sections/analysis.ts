import type { Block } from '../document';
import type { FactorLevel, ModelFactor, ReportModel } from '../model';
import { fields, list, note, para, refs, sub } from './blocks';
import { accimapFigure } from './figures';

const LEVELS: { level: FactorLevel; title: string }[] = [
  { level: 'systemic', title: 'Systemic factors' },
  { level: 'organisational', title: 'Organisational factors' },
  { level: 'team', title: 'Team factors' },
  { level: 'individual', title: 'Individual factors' },
];

function episodes(model: ReportModel): Block {
  if (model.episodes.length === 0) return sub('Key practice episodes', [note('No key practice episodes were recorded.')]);
  return sub('Key practice episodes', model.episodes.map((e) => sub(e.title, [
    fields([
      { label: 'Period', value: e.period ?? '' },
      { label: 'Entries', value: refs(e.entryRefs) },
      { label: 'Factors', value: refs(e.factorRefs) },
    ]),
    ...(e.summary.trim() ? [para(e.summary, { kind: 'episode', id: e.id, field: 'summary' })] : []),
    ...(e.knownAtTime.trim() ? [para([{ text: 'What was known at the time. ', bold: true }, { text: e.knownAtTime }], { kind: 'episode', id: e.id, field: 'knownAtTime' })] : []),
    ...(e.localRationality.trim() ? [para([{ text: 'Why it made sense at the time. ', bold: true }, { text: e.localRationality }], { kind: 'episode', id: e.id, field: 'localRationality' })] : []),
  ])));
}

/** A factor as a numbered paragraph: reference, statement, description and its particulars. */
export function factorBlocks(f: ModelFactor): Block[] {
  return [
    para([{ text: `${f.ref} `, bold: true }, { text: f.statement, bold: true }], { kind: 'factor', id: f.id, field: 'statement' }),
    ...(f.description.trim() ? [{ type: 'paragraph' as const, text: f.description, source: { kind: 'factor' as const, id: f.id, field: 'description' } }] : []),
    note(`${f.categoryLabel}; ${f.influence === 'supported' ? 'supported safe practice' : 'hindered safe practice'}; ${f.confidenceLabel.toLowerCase()}; evidence: ${f.evidenceRefs.length > 0 ? f.evidenceRefs.join(', ') : 'none linked'}${f.sourceTitles.length ? `; sources: ${f.sourceTitles.join('; ')}` : ''}.`),
  ];
}

function factorsByLevel(model: ReportModel): Block {
  const byLevel = LEVELS.map(({ level, title }) => {
    const factors = model.factors.filter((f) => f.level === level && f.influence === 'hindered');
    return sub(title, factors.length > 0 ? factors.flatMap(factorBlocks) : [note('No contributory factors were identified at this level.')]);
  });
  return sub('Contributory factors', [
    note('Factors are grouped by level, from the conditions across agencies down to the point of practice. Each is cited by its reference, for example F-01.'),
    ...(model.factors.length > 0 ? [accimapFigure(model)] : []),
    ...byLevel,
  ]);
}

function whyChains(model: ReportModel): Block {
  if (model.whyChains.length === 0) return sub('Why chains', [note('No causal links were recorded.')]);
  return sub('Why chains', [
    note('Each chain reads from what happened down to the deepest "why" recorded.'),
    list(model.whyChains.map((c) => ({ text: c.refs.join(' ← ') + (c.endsAtIndividual ? ' (the deepest why is an individual factor; the conditions that made this make sense remain to be explored)' : '') }))),
  ]);
}

function goodPractice(model: ReportModel): Block {
  const supporting = model.factors.filter((f) => f.influence === 'supported');
  return sub('Good practice and what enabled it', supporting.length > 0 ? supporting.flatMap(factorBlocks) : [note('No supporting factors were recorded.')]);
}

function dissent(model: ReportModel): Block[] {
  if (model.dissent.length === 0) return [];
  return [sub('Dissent recorded by the panel', model.dissent.map((d) =>
    para([{ text: `${d.targetRef}: `, bold: true }, { text: `a ${d.role.toLowerCase()} recorded the view "${d.status}": ${d.reason}` }], { kind: 'dissent', id: d.id, field: 'reason' })))];
}

/** Section 3 of the full report: episodes, factors with the AcciMap, why chains, good practice, dissent. */
export function analysis(model: ReportModel): Block[] {
  return [episodes(model), factorsByLevel(model), whyChains(model), goodPractice(model), ...dissent(model)];
}
