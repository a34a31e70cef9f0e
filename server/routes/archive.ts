import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { z } from 'zod';
import { text } from '../../schema/contracts/common';
import { defineRoute, type RouteSpec } from '../http/route';
import { forbidden } from '../http/errors';
import { actorOf } from '../services/actor';
import { archiveFileName, buildArchive } from '../services/archiveExport';
import { importArchive } from '../services/archiveImport';
import { ARCHIVE_MEDIA_TYPE } from '../archive/format';

const gzipAsync = promisify(gzip);

const ExportArchiveQuerySchema = z.object({
  compress: z.enum(['gzip'], { message: 'must be gzip, or left out for a plain JSON file' }).optional(),
});

const ImportArchiveQuerySchema = z.object({ reference: text(60).optional() });

const ArchiveImportResultSchema = z.object({
  investigationId: z.string(), reference: z.string(), idsKept: z.boolean(), accountsCreated: z.number(), counts: z.record(z.string(), z.number()),
});

/** Portable archives: export a whole investigation as one versioned JSON file, and import one as a new investigation. */
export const archiveRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/investigations/:id/archive', tag: 'archive',
    summary: 'The whole investigation as a portable, versioned JSON archive (with real identities; lead investigators only); ' +
      '?compress=gzip gives the same file gzip-compressed (.json.gz, about a tenth of the size)',
    access: { kind: 'member', permission: 'archive.export' }, producesFile: 'application/json', query: ExportArchiveQuerySchema,
    handler: async ({ db, member, query, res, now }) => {
      if (!member!.canSeeIdentities) throw forbidden('an archive holds real identities; your role does not allow exporting one');
      const archive = buildArchive(db, member!.investigationId, now());
      const json = JSON.stringify(archive);
      if (query.compress !== 'gzip') {
        res.type('application/json; charset=utf-8').attachment(archiveFileName(archive)).send(json);
        return;
      }
      const packed = await gzipAsync(json);
      res.type('application/gzip').attachment(`${archiveFileName(archive)}.gz`).send(packed);
    },
  }),
  defineRoute({
    method: 'post', path: '/api/archives', tag: 'archive', status: 201,
    summary: `Import an archive as a new investigation, all or nothing; you become its lead investigator. Send the file as ${ARCHIVE_MEDIA_TYPE} ` +
      '(up to the upload limit) or application/json (up to the JSON limit), or gzip-compressed as application/gzip or with Content-Encoding: gzip ' +
      '(up to the upload limit compressed and SIGHTLINE_ARCHIVE_MAX_MB unpacked); ?reference= gives the copy another reference',
    access: { kind: 'session' }, raw: ARCHIVE_MEDIA_TYPE, query: ImportArchiveQuerySchema, response: ArchiveImportResultSchema,
    handler: ({ db, user, body, query, now }) => importArchive(db, { ...actorOf(user!.id, now()), userId: user!.id }, body, query),
  }),
];
