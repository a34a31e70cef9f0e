/** An error a client can cause or act on; the error handler turns it into the failure envelope. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 404 for a thing that does not exist or that the caller may not know exists. */
export const notFound = (what = 'resource') => new AppError(404, 'not_found', `${what} not found`);
/** 403 for a caller who is known but lacks the permission. */
export const forbidden = (message = 'your role does not allow this') => new AppError(403, 'forbidden', message);
/** 401 for a request without a valid session. */
export const unauthorized = (message = 'log in first') => new AppError(401, 'unauthorized', message);
/** 409 for a stale edit; details give the current version and record. */
export const conflict = (message: string, details?: unknown) => new AppError(409, 'conflict', message, details);
/** 422 for input that is well-formed but breaks a rule; message names the field. */
export const unprocessable = (message: string, details?: unknown) => new AppError(422, 'validation_error', message, details);
/** 400 for input that cannot be understood. */
export const badRequest = (message: string, details?: unknown) => new AppError(400, 'validation_error', message, details);
