import { z } from 'zod';

/** Stages of an investigation (DOMAIN.md §3). */
export const investigationStatuses = ['scoping', 'evidence', 'analysis', 'review', 'published'] as const;
/** Roles a user can hold in one investigation. */
export const memberRoles = ['lead', 'investigator', 'panel', 'observer'] as const;
/** Kinds of agency. */
export const agencyKinds = [
  'childrens_social_care', 'police', 'health', 'education', 'housing', 'probation', 'voluntary_sector', 'other',
] as const;
/** Kinds of entry in the identity registry. */
export const personKinds = ['child', 'family_member', 'practitioner', 'other'] as const;
/** Kinds of identifying place. */
export const placeKinds = ['school', 'street', 'address', 'area', 'other'] as const;
/** Kinds of chronology entry (DOMAIN.md §4). */
export const eventKinds = ['event', 'condition', 'decision', 'communication', 'non_event'] as const;
/** How sure the chronology is of an entry. */
export const evidenceConfidences = ['fact', 'inference', 'hearsay', 'supposition'] as const;
/** Kinds of source. */
export const sourceKinds = ['case_record', 'interview', 'meeting_minutes', 'court_document', 'family_account', 'other'] as const;
/** Probability words (DOMAIN.md §8), most to least likely. */
export const probabilityWords = [
  'virtually_certain', 'very_likely', 'likely', 'about_as_likely_as_not', 'unlikely', 'very_unlikely',
] as const;
/** Factor influence. */
export const influences = ['hindered', 'supported'] as const;
/** Review status of a factor or finding. */
export const reviewStatuses = ['proposed', 'accepted', 'disputed', 'rejected'] as const;
/** Finding types (DOMAIN.md §6). */
export const findingTypes = ['contributing_factor', 'other_safety_factor', 'other_key_finding'] as const;
/** Recommendation statuses. */
export const recommendationStatuses = ['draft', 'open', 'closed', 'superseded'] as const;
/** Assessments of a recommendation response. */
export const assessments = ['adequate', 'partially_adequate', 'not_adequate', 'awaiting_response'] as const;

export const InvestigationStatusSchema = z.enum(investigationStatuses);
export const MemberRoleSchema = z.enum(memberRoles);
export const AgencyKindSchema = z.enum(agencyKinds);
export const PersonKindSchema = z.enum(personKinds);
export const PlaceKindSchema = z.enum(placeKinds);
export const EventKindSchema = z.enum(eventKinds);
export const EvidenceConfidenceSchema = z.enum(evidenceConfidences);
export const SourceKindSchema = z.enum(sourceKinds);
export const ProbabilitySchema = z.enum(probabilityWords);
export const InfluenceSchema = z.enum(influences);
export const ReviewStatusSchema = z.enum(reviewStatuses);
export const FindingTypeSchema = z.enum(findingTypes);
export const RecommendationStatusSchema = z.enum(recommendationStatuses);
export const AssessmentSchema = z.enum(assessments);

export type InvestigationStatus = z.infer<typeof InvestigationStatusSchema>;
export type MemberRole = z.infer<typeof MemberRoleSchema>;
export type AgencyKind = z.infer<typeof AgencyKindSchema>;
export type PersonKind = z.infer<typeof PersonKindSchema>;
export type EventKind = z.infer<typeof EventKindSchema>;

/** Human labels for enum values, used by the client and reports. */
export const labels: Record<string, string> = {
  scoping: 'Scoping', evidence: 'Evidence', analysis: 'Analysis', review: 'Panel review', published: 'Published',
  lead: 'Lead investigator', investigator: 'Investigator', panel: 'Panel member', observer: 'Observer',
  childrens_social_care: "Children's social care", police: 'Police', health: 'Health', education: 'Education',
  housing: 'Housing', probation: 'Probation', voluntary_sector: 'Voluntary sector', other: 'Other',
  child: 'Child', family_member: 'Family member', practitioner: 'Practitioner',
  event: 'Event', condition: 'Condition', decision: 'Decision', communication: 'Communication', non_event: 'Non-event',
  fact: 'Fact', inference: 'Inference', hearsay: 'Hearsay', supposition: 'Supposition',
  case_record: 'Case record', interview: 'Interview', meeting_minutes: 'Meeting minutes',
  court_document: 'Court document', family_account: 'Family account',
  virtually_certain: 'Virtually certain', very_likely: 'Very likely', likely: 'Likely',
  about_as_likely_as_not: 'About as likely as not', unlikely: 'Unlikely', very_unlikely: 'Very unlikely',
  hindered: 'Hindered', supported: 'Supported',
  proposed: 'Proposed', accepted: 'Accepted', disputed: 'Disputed', rejected: 'Rejected',
  contributing_factor: 'Contributing factor', other_safety_factor: 'Other safety factor', other_key_finding: 'Other key finding',
  draft: 'Draft', open: 'Open', closed: 'Closed', superseded: 'Superseded',
  adequate: 'Adequate', partially_adequate: 'Partially adequate', not_adequate: 'Not adequate', awaiting_response: 'Awaiting response',
};
