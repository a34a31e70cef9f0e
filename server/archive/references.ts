import { streamedContentHash } from './snapshotHash';
import { archivedLists, type Archive } from './format';

/** One reason an archive cannot be imported, at a path such as `investigation.events[3].agencyId`. */
export interface ArchiveProblem { path: string; message: string }

type Ids = ReadonlySet<string>;

/** Every id in an archive's lists must be unique across the archive, as rows are written under them. */
function duplicateIds(a: Archive, out: ArchiveProblem[]): void {
  const seen = new Set<string>([a.investigation.id]);
  for (const name of archivedLists) {
    a.investigation[name].forEach((row, i) => {
      if (seen.has(row.id)) out.push({ path: `investigation.${name}[${i}].id`, message: 'appears more than once in the archive' });
      seen.add(row.id);
    });
  }
}

/** Values that must be unique within the investigation (as the database requires), compared as the services compare them. */
function duplicateValues(a: Archive, out: ArchiveProblem[]): void {
  const unique = <R>(name: string, rows: readonly R[], field: string, value: (r: R) => string | null) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const v = value(r);
      if (v === null) return;
      if (seen.has(v)) out.push({ path: `investigation.${name}[${i}].${field}`, message: 'is used by another row of the archive' });
      seen.add(v);
    });
  };
  const inv = a.investigation;
  unique('agencies', inv.agencies, 'name', (r) => r.name.toLowerCase());
  unique('people', inv.people, 'pseudonym', (r) => r.pseudonym.toLowerCase());
  unique('people', inv.people, 'roleCode', (r) => r.roleCode?.toLowerCase() ?? null);
  unique('events', inv.events, 'importKey', (r) => r.importKey);
  unique('eventLinks', inv.eventLinks, 'eventBId', (r) => `${r.eventAId} ${r.eventBId} ${r.kind}`);
  unique('recommendations', inv.recommendations, 'identifier', (r) => r.identifier);
}

/** The factor that closes a cycle of factor-to-factor links, if any (links must keep the analysis acyclic). */
function cycles(a: Archive, out: ArchiveProblem[]): void {
  const next = new Map<string, string[]>();
  for (const l of a.investigation.factorLinks) if (l.toFactorId) next.set(l.fromFactorId, [...(next.get(l.fromFactorId) ?? []), l.toFactorId]);
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const children = next.get(top[0]) ?? [];
      if (top[1] >= children.length) { state.set(top[0], 'done'); stack.pop(); continue; }
      const child = children[top[1]++]!;
      if (state.get(child) === 'open') {
        const i = a.investigation.factorLinks.findIndex((l) => l.fromFactorId === top[0] && l.toFactorId === child);
        out.push({ path: `investigation.factorLinks[${i}].toFactorId`, message: 'closes a cycle of causal links; the analysis must stay acyclic' });
        return;
      }
      if (!state.has(child)) { state.set(child, 'open'); stack.push([child, 0]); }
    }
  }
}

/**
 * Everything that stops an archive (already valid in shape) being imported as one consistent investigation:
 * duplicate ids or unique values, references to rows or accounts the archive does not contain, cycles in the
 * causal links, and snapshots whose content no longer matches their SHA-256.
 */
export function archiveProblems(a: Archive): ArchiveProblem[] {
  const out: ArchiveProblem[] = [];
  duplicateIds(a, out);
  duplicateValues(a, out);
  const inv = a.investigation;
  const ids = (rows: readonly { id: string }[]): Ids => new Set(rows.map((r) => r.id));
  const agencies = ids(inv.agencies), people = ids(inv.people), sources = ids(inv.sources), episodes = ids(inv.episodes);
  const batches = ids(inv.importBatches), events = ids(inv.events), factors = ids(inv.factors), factorLinks = ids(inv.factorLinks);
  const findings = ids(inv.findings), recommendations = ids(inv.recommendations), comments = ids(inv.comments), accounts = ids(a.accounts);
  const need = (path: string, id: string | null | undefined, set: Ids, what: string) => {
    if (id != null && !set.has(id)) out.push({ path, message: `names no ${what} in the archive` });
  };
  const at = (list: string, i: number, field: string) => `investigation.${list}[${i}].${field}`;

  need('investigation.createdBy', inv.createdBy, accounts, 'account');
  inv.people.forEach((r, i) => need(at('people', i, 'agencyId'), r.agencyId, agencies, 'agency'));
  inv.sources.forEach((r, i) => need(at('sources', i, 'agencyId'), r.agencyId, agencies, 'agency'));
  inv.importBatches.forEach((r, i) => {
    need(at('importBatches', i, 'agencyId'), r.agencyId, agencies, 'agency');
    need(at('importBatches', i, 'importedBy'), r.importedBy, accounts, 'account');
  });
  inv.events.forEach((r, i) => {
    need(at('events', i, 'agencyId'), r.agencyId, agencies, 'agency');
    need(at('events', i, 'episodeId'), r.episodeId, episodes, 'episode');
    need(at('events', i, 'importBatchId'), r.importBatchId, batches, 'import batch');
    need(at('events', i, 'createdBy'), r.createdBy, accounts, 'account');
    r.people.forEach((p, j) => need(at('events', i, `people[${j}].personId`), p.personId, people, 'person'));
    r.sourceIds.forEach((s, j) => need(at('events', i, `sourceIds[${j}]`), s, sources, 'source'));
  });
  inv.eventLinks.forEach((r, i) => {
    need(at('eventLinks', i, 'eventAId'), r.eventAId, events, 'event');
    need(at('eventLinks', i, 'eventBId'), r.eventBId, events, 'event');
  });
  inv.factors.forEach((r, i) => {
    need(at('factors', i, 'createdBy'), r.createdBy, accounts, 'account');
    r.evidence.forEach((e, j) => {
      if (e.eventId === null && e.sourceId === null) out.push({ path: at('factors', i, `evidence[${j}]`), message: 'names neither an event nor a source' });
      need(at('factors', i, `evidence[${j}].eventId`), e.eventId, events, 'event');
      need(at('factors', i, `evidence[${j}].sourceId`), e.sourceId, sources, 'source');
    });
  });
  inv.factorLinks.forEach((r, i) => {
    need(at('factorLinks', i, 'fromFactorId'), r.fromFactorId, factors, 'factor');
    need(at('factorLinks', i, 'toFactorId'), r.toFactorId, factors, 'factor');
    need(at('factorLinks', i, 'toEventId'), r.toEventId, events, 'event');
    const target = r.toKind === 'factor' ? r.toFactorId : r.toKind === 'event' ? r.toEventId : 'outcome';
    if (target === null) out.push({ path: at('factorLinks', i, 'toKind'), message: `is "${r.toKind}" but names no ${r.toKind}` });
  });
  inv.checkAcknowledgements.forEach((r, i) => need(at('checkAcknowledgements', i, 'userId'), r.userId, accounts, 'account'));
  inv.findings.forEach((r, i) => r.factorIds.forEach((f, j) => need(at('findings', i, `factorIds[${j}]`), f, factors, 'factor')));
  inv.recommendations.forEach((r, i) => {
    need(at('recommendations', i, 'addresseeAgencyId'), r.addresseeAgencyId, agencies, 'agency');
    need(at('recommendations', i, 'supersededById'), r.supersededById, recommendations, 'recommendation');
    r.findingIds.forEach((f, j) => need(at('recommendations', i, `findingIds[${j}]`), f, findings, 'finding'));
  });
  inv.responses.forEach((r, i) => {
    need(at('responses', i, 'recommendationId'), r.recommendationId, recommendations, 'recommendation');
    need(at('responses', i, 'createdBy'), r.createdBy, accounts, 'account');
  });
  inv.safetyActions.forEach((r, i) => need(at('safetyActions', i, 'agencyId'), r.agencyId, agencies, 'agency'));
  const commentTargets = { event: events, factor: factors, factor_link: factorLinks, finding: findings, recommendation: recommendations };
  inv.comments.forEach((r, i) => {
    need(at('comments', i, 'targetId'), r.targetId, commentTargets[r.targetKind], r.targetKind.replace('_', ' '));
    need(at('comments', i, 'parentId'), r.parentId, comments, 'comment');
    need(at('comments', i, 'authorId'), r.authorId, accounts, 'account');
  });
  inv.reviewDecisions.forEach((r, i) => {
    need(at('reviewDecisions', i, 'targetId'), r.targetId, r.targetKind === 'factor' ? factors : findings, r.targetKind);
    need(at('reviewDecisions', i, 'authorId'), r.authorId, accounts, 'account');
  });
  inv.snapshots.forEach((r, i) => {
    need(at('snapshots', i, 'takenBy'), r.takenBy, accounts, 'account');
    need(at('snapshots', i, 'signedOffBy'), r.signedOffBy, accounts, 'account');
    if (streamedContentHash(r.content) !== r.sha256) out.push({ path: at('snapshots', i, 'sha256'), message: 'does not match the snapshot\'s content (the archive or the snapshot has been altered)' });
  });
  cycles(a, out);
  return out;
}
