import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError } from './errors';
import { validationError } from './validate';
import { readableSize } from './sizes';

/** JSON 404 for any unknown /api route. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no route for ${req.method} ${req.baseUrl}${req.path}` } });
};

interface BodyParserError { type?: string; status?: number; expose?: boolean; limit?: number; length?: number }

/** Says how large the body was (when the client said) and what the limit is. */
function tooLargeMessage(bp: BodyParserError): string {
  const limit = typeof bp.limit === 'number' ? ` of ${readableSize(bp.limit)}` : '';
  const size = typeof bp.length === 'number' && Number.isFinite(bp.length) ? ` (${readableSize(bp.length)})` : '';
  return `body: the request body${size} is larger than this installation's limit${limit}`;
}

/** The one last error handler: app errors, zod errors, body-parser and SQLite errors become the failure envelope. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const send = (status: number, code: string, message: string, details?: unknown) => {
    if (res.headersSent) return res.end();
    res.status(status).json({ error: details === undefined ? { code, message } : { code, message, details } });
  };
  if (err instanceof AppError) return send(err.status, err.code, err.message, err.details);
  if (err instanceof ZodError) {
    const v = validationError(err);
    return send(v.status, v.code, v.message, v.details);
  }
  const bp = err as BodyParserError;
  if (bp.type === 'entity.too.large') return send(413, 'payload_too_large', tooLargeMessage(bp));
  if (bp.type === 'entity.parse.failed') return send(400, 'validation_error', 'body: malformed JSON');
  if (bp.type === 'encoding.unsupported' || bp.type === 'charset.unsupported') return send(415, 'unsupported_media_type', 'body: unsupported encoding');
  if (bp.type === 'request.aborted') return send(400, 'validation_error', 'body: request aborted');
  if (err instanceof URIError) return send(400, 'validation_error', 'path: malformed percent-encoding');
  if (typeof bp.status === 'number' && bp.status >= 400 && bp.status < 500) {
    return send(bp.status, 'bad_request', bp.expose ? (err as Error).message : 'the request could not be understood');
  }
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return send(409, 'conflict', 'the change conflicts with existing data (a duplicate or a reference that no longer exists)');
  }
  if (code === 'SQLITE_BUSY') return send(503, 'busy', 'the database is busy; try again');
  console.error(`[error] ${req.method} ${req.path}`, err);
  return send(500, 'internal_error', 'something went wrong on the server');
};
