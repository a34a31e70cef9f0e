import type { z } from 'zod';
import { AppError } from './errors';

/** Formats a zod issue path as `events[3].occurredAt`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turns a zod error into a 400 whose message names every bad field. */
export function validationError(error: z.ZodError, where = 'body'): AppError {
  const details = error.issues.map((i) => ({ field: formatPath(i.path) || where, message: i.message }));
  const message = details.map((d) => `${d.field}: ${d.message}`).join('; ');
  return new AppError(400, 'validation_error', message, details);
}

/** Parses a value with a schema or throws a 400 naming the fields. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}
