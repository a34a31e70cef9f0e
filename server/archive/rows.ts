import { z } from 'zod';
import {
  AgencyKindSchema, AssessmentSchema, EventKindSchema, EvidenceConfidenceSchema, FindingTypeSchema, InfluenceSchema,
  InvestigationStatusSchema, MemberRoleSchema, PersonKindSchema, PlaceKindSchema, ProbabilitySchema,
  RecommendationStatusSchema, ReviewStatusSchema, SourceKindSchema,
} from '../../schema/contracts/enums';
import { CategoryCodeSchema, FactorLevelSchema, LinkTargetKindSchema } from '../../schema/contracts/analysis';
import { DatePrecisionSchema, EventLinkKindSchema } from '../../schema/contracts/chronology';
import { CommentTargetKindSchema, InvestigationContentSchema, ReviewDecisionStatusSchema, ReviewTargetKindSchema } from '../../schema/contracts/review';
import { tryParseEdtf } from '../../schema/edtf';

/** A row id in an archive: a UUID, as every Sightline installation makes them. */
export const ArchiveIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be an id (a UUID)' });

const ref = ArchiveIdSchema.nullable();
const str = (max = 200_000) => z.string().max(max, { message: `must be at most ${max} characters` });
const label = (max = 2_000) => str(max).min(1, { message: 'must not be empty' });
const instant = z.string().max(40).refine((v) => !Number.isNaN(Date.parse(v)), { message: 'must be a date and time' });
const day = z.iso.date({ message: 'must be a date in the form YYYY-MM-DD' });
const whole = z.number().int().safe();
const version = whole.positive();
const stamps = { createdAt: instant, updatedAt: instant, version };

/** The investigation's own fields (its lists are added by the archive schema). */
export const investigationFields = {
  id: ArchiveIdSchema, reference: label(60), title: label(300), status: InvestigationStatusSchema, incidentDate: day.nullable(),
  termsOfReference: z.array(str(20_000)).max(500), scopeStart: day.nullable(), scopeEnd: day.nullable(), methodology: str(),
  commissioningBody: str(2_000), parallelProcesses: z.array(str(20_000)).max(500), summary: str(), outcome: str(),
  publishingArea: str(300), isDemo: z.boolean(), createdBy: ref, ...stamps,
};

/** An agency involved in the investigation. */
export const AgencyRow = z.strictObject({ id: ArchiveIdSchema, name: label(300), kind: AgencyKindSchema, ...stamps });
/** An identity registry entry, with real identity and pseudonym. */
export const PersonRow = z.strictObject({
  id: ArchiveIdSchema, kind: PersonKindSchema, realName: str(500), aliases: z.array(str(500)).max(500), dateOfBirth: str(40).nullable(),
  identifiers: z.array(z.strictObject({ kind: str(100), value: str(500) })).max(500), relationship: str(300), agencyId: ref,
  jobTitle: str(300), pseudonym: label(300), roleCode: str(60).nullable(), ...stamps,
});
/** An identifying place and its replacement. */
export const PlaceRow = z.strictObject({ id: ArchiveIdSchema, kind: PlaceKindSchema, realName: str(500), replacement: str(500), ...stamps });
/** A source of evidence. */
export const SourceRow = z.strictObject({ id: ArchiveIdSchema, title: label(2_000), agencyId: ref, kind: SourceKindSchema, reference: str(2_000), ...stamps });
/** A key practice episode. */
export const EpisodeRow = z.strictObject({
  id: ArchiveIdSchema, title: label(500), summary: str(), periodStart: str(100).nullable(), periodEnd: str(100).nullable(),
  knownAtTime: str(), localRationality: str(), position: whole, ...stamps,
});
/** One imported batch of an agency's chronology (kept so re-importing the same file still adds nothing). */
export const ImportBatchRow = z.strictObject({
  id: ArchiveIdSchema, agencyId: ArchiveIdSchema, fileName: str(300), fileHash: str(200), rowCount: whole.nonnegative(),
  importedBy: ref, importedAt: instant,
});
/** A chronology entry with its people and sources. */
export const EventRow = z.strictObject({
  id: ArchiveIdSchema, occurred: str(100).refine((v) => tryParseEdtf(v) !== null, { message: 'must be an EDTF date' }),
  sortStart: whole, sortEnd: whole, precision: DatePrecisionSchema, sequence: whole, kind: EventKindSchema, agencyId: ref,
  description: str(), knownAtTime: str(), childSeen: z.boolean().nullable(), childWords: str(), sharedWith: str(),
  confidence: EvidenceConfidenceSchema, episodeId: ref, importBatchId: ref, importKey: str(200).nullable(), createdBy: ref,
  people: z.array(z.strictObject({ personId: ArchiveIdSchema, role: z.enum(['actor', 'subject']) })).max(1_000),
  sourceIds: z.array(ArchiveIdSchema).max(1_000), ...stamps,
});
/** A link between two entries (stored once, eventAId < eventBId). */
export const EventLinkRow = z.strictObject({
  id: ArchiveIdSchema, eventAId: ArchiveIdSchema, eventBId: ArchiveIdSchema, kind: EventLinkKindSchema, note: str(20_000), ...stamps,
}).refine((l) => l.eventAId < l.eventBId, { message: 'eventAId must sort before eventBId', path: ['eventBId'] });
/** A contributory or supporting factor with its evidence. */
export const FactorRow = z.strictObject({
  id: ArchiveIdSchema, level: FactorLevelSchema, category: CategoryCodeSchema, statement: label(2_000), description: str(),
  influence: InfluenceSchema, confidence: ProbabilitySchema, contextTags: z.array(str(100)).max(100), reviewStatus: ReviewStatusSchema,
  createdBy: ref, evidence: z.array(z.strictObject({ eventId: ref, sourceId: ref })).max(10_000), ...stamps,
});
/** A causal link from a factor to a factor, an event or the outcome. */
export const FactorLinkRow = z.strictObject({
  id: ArchiveIdSchema, fromFactorId: ArchiveIdSchema, toKind: LinkTargetKindSchema, toFactorId: ref, toEventId: ref, rationale: str(20_000), ...stamps,
});
/** A check result marked as considered. */
export const CheckAcknowledgementRow = z.strictObject({
  id: ArchiveIdSchema, ruleId: label(200), targetKey: label(500), reason: str(20_000), userId: ref, ...stamps,
});
/** A finding with the factors it rests on. */
export const FindingRow = z.strictObject({
  id: ArchiveIdSchema, type: FindingTypeSchema, statement: label(20_000), inThisCase: str(), notUnique: str(), whyItMatters: str(),
  confidence: ProbabilitySchema, boardQuestions: z.array(str(20_000)).max(500), position: whole, isFinal: z.boolean(),
  reviewStatus: ReviewStatusSchema, factorIds: z.array(ArchiveIdSchema).max(10_000), ...stamps,
});
/** A safety recommendation with the findings it addresses. */
export const RecommendationRow = z.strictObject({
  id: ArchiveIdSchema, identifier: str(20).regex(/^\d{4}-\d{3,}$/, { message: 'must be an identifier in the form YYYY-NNN' }).nullable(),
  addresseeAgencyId: ref, addresseeName: label(300), text: label(), intendedOutcome: str(), measure: str(),
  status: RecommendationStatusSchema, assessment: AssessmentSchema, issuedAt: str(40).nullable(), responseDueAt: str(40).nullable(),
  statusReason: str(20_000), supersededById: ref, position: whole, findingIds: z.array(ArchiveIdSchema).max(10_000), ...stamps,
});
/** A response to a recommendation. */
export const ResponseRow = z.strictObject({
  id: ArchiveIdSchema, recommendationId: ArchiveIdSchema, receivedOn: day, organisation: label(300), text: label(), assessment: AssessmentSchema,
  createdBy: ref, ...stamps,
});
/** Safety action already taken by an agency. */
export const SafetyActionRow = z.strictObject({ id: ArchiveIdSchema, agencyId: ref, takenOn: day, description: label(), ...stamps });
/** A comment on an item. */
export const CommentRow = z.strictObject({
  id: ArchiveIdSchema, targetKind: CommentTargetKindSchema, targetId: ArchiveIdSchema, parentId: ref, body: label(),
  authorId: ref, authorRole: MemberRoleSchema, resolved: z.boolean(), ...stamps,
});
/** A panel review decision. */
export const ReviewDecisionRow = z.strictObject({
  id: ArchiveIdSchema, targetKind: ReviewTargetKindSchema, targetId: ArchiveIdSchema, status: ReviewDecisionStatusSchema, reason: label(),
  authorId: ref, authorRole: MemberRoleSchema, agreedForPublication: z.boolean(), ...stamps,
});
/** A frozen copy of the investigation, with the SHA-256 of its content. */
export const SnapshotRow = z.strictObject({
  id: ArchiveIdSchema, label: label(200), takenAt: instant, takenBy: ref, content: InvestigationContentSchema.loose(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in hex' }), signedOffAt: instant.nullable(), signedOffBy: ref,
  signOffNote: str(20_000),
});
/** An account named in the investigation (an author), by id and name only. */
export const AccountRow = z.strictObject({ id: ArchiveIdSchema, name: str(300) });
