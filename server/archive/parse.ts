import { badRequest, unprocessable } from '../http/errors';
import { formatPath } from '../http/validate';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ArchiveOutlineSchema, ArchiveSchema, archivedLists, archivedRowSchema, type Archive, type ArchivedList } from './format';
import { archiveProblems, type ArchiveProblem } from './references';

/** How deeply an archive's JSON may nest; real archives stay under 10. */
export const MAX_ARCHIVE_DEPTH = 64;

/** True when no array or object in the value nests deeper than `max` (checked without recursion). */
export function withinDepth(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return false;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return true;
}

function refuse(problems: ArchiveProblem[]): never {
  const shown = problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 20 ? `; and ${problems.length - 20} more` : '';
  throw unprocessable(`the archive cannot be imported and nothing was imported: ${shown.join('; ')}${more}`, problems.slice(0, 1000));
}

function readJson(input: unknown): unknown {
  if (!Buffer.isBuffer(input)) return input;
  if (input[0] === 0x1f && input[1] === 0x8b) throw badRequest('body: the archive is gzip-compressed; send it with Content-Type: application/gzip');
  const text = new TextDecoder('utf-8').decode(input).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw badRequest('body: send the archive file as the request body');
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('body: the archive is not valid JSON (is the file complete?)');
  }
}

/** Checks what kind of file this is before reading it: a Sightline archive, in a format version this installation reads. */
function checkHeader(value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) refuse([{ path: 'body', message: 'must be a Sightline archive (a JSON object)' }]);
  const { format, formatVersion } = value as Record<string, unknown>;
  if (format !== ARCHIVE_FORMAT) refuse([{ path: 'format', message: `must be "${ARCHIVE_FORMAT}"; this file is not a Sightline archive` }]);
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > ARCHIVE_FORMAT_VERSION) {
    refuse([{
      path: 'formatVersion',
      message: `the archive is in format version ${formatVersion}, newer than this installation reads (version ${ARCHIVE_FORMAT_VERSION}); ` +
        'update Sightline to a release that reads it, then import it again',
    }]);
  }
  if (formatVersion !== ARCHIVE_FORMAT_VERSION) refuse([{ path: 'formatVersion', message: `must be a whole number; this installation reads version ${ARCHIVE_FORMAT_VERSION}` }]);
}

const issuesOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: PropertyKey[] = []): ArchiveProblem[] =>
  issues.map((i) => ({ path: formatPath([...prefix, ...i.path]) || 'body', message: i.message }));

/**
 * Validates an archive with zod without holding two whole copies: the outline (every field but the lists' rows) is
 * read first, then each row is parsed on its own and put in place of the row it was read from. When the outline is
 * wrong, the whole archive is checked at once so that every problem is named.
 */
function validate(value: unknown): Archive {
  const outline = ArchiveOutlineSchema.safeParse(value);
  if (!outline.success) {
    const whole = ArchiveSchema.safeParse(value);
    refuse(issuesOf(whole.success ? outline.error.issues : whole.error.issues));
  }
  value = undefined;
  const inv: Record<ArchivedList, unknown[]> = outline.data.investigation;
  const problems: ArchiveProblem[] = [];
  for (const name of archivedLists) {
    const rows = inv[name];
    const schema = archivedRowSchema(name);
    for (let i = 0; i < rows.length; i++) {
      const row = schema.safeParse(rows[i]);
      if (row.success) rows[i] = row.data;
      else problems.push(...issuesOf(row.error.issues, ['investigation', name, i]));
    }
  }
  if (problems.length) refuse(problems);
  return outline.data as Archive;
}

/** The JSON of an upload, checked for depth and header, as a value no one else holds. */
function readChecked(input: unknown): unknown {
  const value = readJson(input);
  if (!withinDepth(value, MAX_ARCHIVE_DEPTH)) refuse([{ path: 'body', message: `nests deeper than ${MAX_ARCHIVE_DEPTH} levels; this is not a Sightline archive` }]);
  checkHeader(value);
  return value;
}

/**
 * Reads an uploaded archive (the raw bytes, or JSON already parsed) into a validated Archive, or throws:
 * 400 when it is not JSON, 422 naming every bad path when it is not a readable archive of format version 1,
 * refers to rows it does not contain, or comes from a newer format version.
 */
export function readArchive(input: unknown): Archive {
  const archive = validate(readChecked(input));
  const problems = archiveProblems(archive);
  if (problems.length) refuse(problems);
  return archive;
}
