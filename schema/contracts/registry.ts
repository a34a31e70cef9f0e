import { z } from 'zod';
import { AgencyKindSchema, PersonKindSchema, PlaceKindSchema } from './enums';
import { IdSchema, IsoDateSchema, VersionSchema, optionalText, text } from './common';

export const AgencyCreateSchema = z.object({
  name: text(200),
  kind: AgencyKindSchema,
});
export const AgencyUpdateSchema = AgencyCreateSchema.partial().extend({ version: VersionSchema });
export const AgencySchema = z.object({
  id: z.string(), name: z.string(), kind: AgencyKindSchema, version: z.number(),
});
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyCreateInput = z.infer<typeof AgencyCreateSchema>;

export const IdentifierSchema = z.object({
  kind: text(60),
  value: text(200),
});

const personFields = {
  kind: PersonKindSchema,
  realName: text(200),
  aliases: z.array(text(200)).max(50),
  dateOfBirth: IsoDateSchema.nullable(),
  identifiers: z.array(IdentifierSchema).max(50),
  relationship: optionalText(200),
  agencyId: IdSchema.nullable(),
  jobTitle: optionalText(200),
  pseudonym: text(100),
  roleCode: z.string().trim().min(1).max(20).regex(/^[A-Za-z][A-Za-z0-9-]*$/, { message: 'must be letters and digits, e.g. SW1' }).nullable(),
};

/** Registering a person: pseudonym and role code are suggested when left out. */
export const PersonCreateSchema = z.object({
  kind: personFields.kind,
  realName: personFields.realName,
  aliases: personFields.aliases.optional().default([]),
  dateOfBirth: personFields.dateOfBirth.optional().default(null),
  identifiers: personFields.identifiers.optional().default([]),
  relationship: personFields.relationship.optional().default(''),
  agencyId: personFields.agencyId.optional().default(null),
  jobTitle: personFields.jobTitle.optional().default(''),
  pseudonym: personFields.pseudonym.optional(),
  roleCode: personFields.roleCode.optional(),
});
export type PersonCreateInput = z.infer<typeof PersonCreateSchema>;

export const PersonUpdateSchema = z.object({
  version: VersionSchema,
  kind: personFields.kind.optional(),
  realName: personFields.realName.optional(),
  aliases: personFields.aliases.optional(),
  dateOfBirth: personFields.dateOfBirth.optional(),
  identifiers: personFields.identifiers.optional(),
  relationship: personFields.relationship.optional(),
  agencyId: personFields.agencyId.optional(),
  jobTitle: personFields.jobTitle.optional(),
  pseudonym: personFields.pseudonym.optional(),
  roleCode: personFields.roleCode.optional(),
});
export type PersonUpdateInput = z.infer<typeof PersonUpdateSchema>;

/**
 * A registry entry as returned. Real-identity fields (realName, aliases, dateOfBirth, identifiers)
 * are present only for roles allowed to see identities; for others they are null.
 */
export const PersonSchema = z.object({
  id: z.string(),
  kind: PersonKindSchema,
  pseudonym: z.string(),
  roleCode: z.string().nullable(),
  relationship: z.string(),
  agencyId: z.string().nullable(),
  jobTitle: z.string(),
  realName: z.string().nullable(),
  aliases: z.array(z.string()).nullable(),
  dateOfBirth: z.string().nullable(),
  identifiers: z.array(IdentifierSchema).nullable(),
  displayName: z.string(),
  version: z.number(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PlaceCreateSchema = z.object({
  kind: PlaceKindSchema,
  realName: text(300),
  replacement: text(200),
});
export const PlaceUpdateSchema = PlaceCreateSchema.partial().extend({ version: VersionSchema });
export const PlaceSchema = z.object({
  id: z.string(), kind: PlaceKindSchema, realName: z.string().nullable(), replacement: z.string(), version: z.number(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** A suggested pseudonym and role code for a new registry entry. */
export const PseudonymSuggestionSchema = z.object({ pseudonym: z.string(), roleCode: z.string().nullable() });
