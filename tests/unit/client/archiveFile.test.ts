import { describe, expect, it } from 'vitest';
import { ARCHIVE_MEDIA_TYPE, archiveContentType, archiveProblems, isReferenceClash } from '../../../client/src/views/archive/archiveFile';

describe('archiveContentType', () => {
  it('sends a file starting with the gzip signature 1f 8b as gzip, whatever its name', () => {
    expect(archiveContentType(new Uint8Array([0x1f, 0x8b]))).toBe('application/gzip');
  });

  it('sends anything else, including an empty or one-byte file, as a plain archive', () => {
    expect(archiveContentType(new Uint8Array([0x7b, 0x22]))).toBe(ARCHIVE_MEDIA_TYPE);
    expect(archiveContentType(new Uint8Array([0x1f]))).toBe(ARCHIVE_MEDIA_TYPE);
    expect(archiveContentType(new Uint8Array([]))).toBe(ARCHIVE_MEDIA_TYPE);
  });
});

describe('archiveProblems', () => {
  it('lists the details by path when the server gives them', () => {
    const error = { code: 'validation_error', message: 'the archive cannot be imported…', details: [
      { path: 'investigation.events[3].agencyId', message: 'is not an agency of this archive' },
      { path: 'accounts[0].name', message: 'must not be empty' },
    ] };
    expect(archiveProblems(error)).toEqual([
      { path: 'investigation.events[3].agencyId', message: 'is not an agency of this archive' },
      { path: 'accounts[0].name', message: 'must not be empty' },
    ]);
  });

  it('splits a message of several "path: message" parts joined by semicolons', () => {
    const error = { code: 'validation_error', message: 'investigation.recommendations[0].identifier: 2026-001 is used; so it cannot be imported; investigation.recommendations[2].identifier: 2026-003 is used' };
    expect(archiveProblems(error)).toEqual([
      { path: 'investigation.recommendations[0].identifier', message: '2026-001 is used; so it cannot be imported' },
      { path: 'investigation.recommendations[2].identifier', message: '2026-003 is used' },
    ]);
  });

  it('keeps a message that names no path whole', () => {
    expect(archiveProblems({ code: 'payload_too_large', message: 'the archive unpacks to 400 MB; the limit is 300 MB' }))
      .toEqual([{ message: 'the archive unpacks to 400 MB; the limit is 300 MB' }]);
  });
});

describe('isReferenceClash', () => {
  const taken = [{ path: 'investigation.reference', message: 'an investigation with reference "X" already exists here' }];

  it('is true for a 422 or 409 about a reference already in use', () => {
    expect(isReferenceClash(422, taken)).toBe(true);
    expect(isReferenceClash(409, [{ message: 'reference X is taken' }])).toBe(true);
  });

  it('is false for other refusals, including a reference that is merely invalid', () => {
    expect(isReferenceClash(400, taken)).toBe(false);
    expect(isReferenceClash(422, [{ path: 'reference', message: 'must be at most 60 characters' }])).toBe(false);
    expect(isReferenceClash(422, [{ path: 'investigation.events[0].agencyId', message: 'already deleted' }])).toBe(false);
  });
});
