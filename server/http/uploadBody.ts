import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { AppError, badRequest } from './errors';
import { readableSize } from './sizes';

const gunzipAsync = promisify(gunzip);

/** What an upload route reads its raw body with. */
export interface UploadLimits {
  /** The largest body as sent (compressed or not), in body-parser's notation ('50mb'). */
  uploadLimit: string;
  /** The largest a gzip-compressed body may be once unpacked, in bytes. */
  unpackedLimit?: number;
}

/** The unpacked-size cap when none is configured: 300 MB, as SIGHTLINE_ARCHIVE_MAX_MB defaults. */
export const DEFAULT_UNPACKED_LIMIT = 300 * 1024 * 1024;

const GZIP_NAMES = new Set(['gzip', 'x-gzip']);

/** True when the request says its body is gzip-compressed, by Content-Encoding or by Content-Type. */
export function sentAsGzip(req: Request): boolean {
  const encoding = (req.get('content-encoding') ?? '').trim().toLowerCase();
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return GZIP_NAMES.has(encoding) || type === 'application/gzip' || type === 'application/x-gzip';
}

/** The size a gzip stream declares for its content (its last four bytes, modulo 4 GiB), when it has a trailer. */
function declaredSize(packed: Buffer): number | null {
  return packed.length >= 18 ? packed.readUInt32LE(packed.length - 4) : null;
}

function tooLarge(packed: Buffer, limit: number): AppError {
  const declared = declaredSize(packed);
  const size = declared !== null && declared > limit ? `to ${readableSize(declared)}` : `to more than ${readableSize(limit)}`;
  return new AppError(413, 'payload_too_large',
    `body: the gzip-compressed body unpacks ${size}, larger than this installation's limit of ${readableSize(limit)} for an unpacked upload ` +
    '(SIGHTLINE_ARCHIVE_MAX_MB)');
}

/** Unpacks a gzip body, refusing one that unpacks beyond the limit (413) or is not a complete gzip stream (400). */
export async function unpackGzip(packed: Buffer, limit: number): Promise<Buffer> {
  if (packed.length === 0) throw badRequest('body: send the file as the request body');
  try {
    return await gunzipAsync(packed, { maxOutputLength: limit });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooLarge(packed, limit);
    throw badRequest('body: the body is sent as gzip but is not a complete gzip file (is the file corrupt or cut short?)');
  }
}

/**
 * Reads an upload route's body as raw bytes (up to the upload limit as sent). A body sent gzip-compressed
 * (Content-Encoding: gzip or Content-Type: application/gzip) is unpacked here, with its own cap on the unpacked size,
 * rather than by body-parser, whose cap would be the compressed upload limit. Bodies already read as JSON pass through.
 */
export function uploadBody(limits: UploadLimits): RequestHandler {
  const raw = express.raw({ type: () => true, limit: limits.uploadLimit });
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req as { _body?: boolean })._body || !sentAsGzip(req)) return raw(req, res, next);
    delete req.headers['content-encoding'];
    raw(req, res, (err?: unknown) => {
      if (err) return next(err);
      const packed = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      req.body = undefined;
      unpackGzip(packed, limits.unpackedLimit ?? DEFAULT_UNPACKED_LIMIT).then((body) => { req.body = body; next(); }, next);
    });
  };
}
