import { z } from 'zod';

/** An entity id (UUID). */
export const IdSchema = z.uuid({ message: 'must be an id' });
/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date({ message: 'must be a date in the form YYYY-MM-DD' });
/** The version an update was based on (optimistic concurrency). */
export const VersionSchema = z.number({ message: 'must be the version number the edit was based on' }).int().positive();
/**
 * Characters that print as nothing: a soft hyphen, a zero-width space, a word joiner, a zero-width no-break space.
 * Text pasted from word processors and web pages carries them inside words, where they would hide a name from the
 * pseudonymiser while the name still shows on screen and in PDFs ("Pri\u00ADya"); stored text never keeps them.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
const visible = (s: string) => s.replace(INVISIBLE, '');

/** Non-empty trimmed text with a length limit (invisible characters removed). */
export const text = (max = 10_000) => z.string().overwrite(visible).trim().min(1, { message: 'must not be empty' }).max(max, { message: `must be at most ${max} characters` });
/** Optional free text (may be empty; invisible characters removed). */
export const optionalText = (max = 20_000) => z.string().overwrite(visible).max(max, { message: `must be at most ${max} characters` });

/** The failure envelope every endpoint uses. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ErrorSchema>['error'];

/** Wraps a data schema in the success envelope. */
export const envelope = <T extends z.ZodType>(data: T) => z.object({ data });

/** Query of a DELETE: the version the deletion was based on (`?version=3`). */
export const DeleteQuerySchema = z.object({
  version: z.coerce.number({ message: 'must be the version number the deletion was based on' }).int().positive(),
});
