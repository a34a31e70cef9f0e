import type { ApiError } from '../../../../schema/contracts/common';

/** The media type the server reads a plain (uncompressed) archive as. */
export const ARCHIVE_MEDIA_TYPE = 'application/vnd.sightline.archive+json';

/** The content type to send a file as: gzip when its first bytes are the gzip signature 1f 8b, whatever its name. */
export function archiveContentType(firstBytes: Uint8Array): string {
  return firstBytes[0] === 0x1f && firstBytes[1] === 0x8b ? 'application/gzip' : ARCHIVE_MEDIA_TYPE;
}

/** One problem the server found in an archive: where in the file (if it said) and what is wrong. */
export interface ArchiveFileProblem { path?: string; message: string }

const PATH_MESSAGE = /^([\w$.[\]]+): ([\s\S]*)$/;

/**
 * The problems of a refused import, one per place in the file: from the error's details when it lists them
 * (`[{ path, message }]`), otherwise from its message ("a.b[3].c: …; d: …"), otherwise the message as a whole.
 */
export function archiveProblems(error: ApiError): ArchiveFileProblem[] {
  const details = Array.isArray(error.details) ? error.details as unknown[] : [];
  const listed = details.flatMap((d) => {
    const item = d as { path?: unknown; field?: unknown; message?: unknown };
    const path = typeof item.path === 'string' ? item.path : typeof item.field === 'string' ? item.field : undefined;
    return typeof item.message === 'string' ? [{ ...(path ? { path } : {}), message: item.message }] : [];
  });
  if (listed.length > 0) return listed;
  const parts = error.message.split(/; (?=[\w$.[\]]+: )/).map((part) => PATH_MESSAGE.exec(part));
  if (parts.every((m) => m !== null)) return parts.map((m) => ({ path: m![1]!, message: m![2]! }));
  return [{ message: error.message }];
}

/** True when the import was refused because the archive's reference (or the one given for the copy) is taken here. */
export function isReferenceClash(status: number, problems: readonly ArchiveFileProblem[]): boolean {
  if (status === 409) return problems.some((p) => p.path === 'investigation.reference' || /reference/i.test(p.message));
  return status === 422 && problems.some((p) => (p.path === 'investigation.reference' || p.path === 'reference') && /already|taken|in use/i.test(p.message));
}
