import type { ApiError } from '../../schema/contracts/common';

/** A failed API call, with the server's code, message and field details. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly error: ApiError) {
    super(error.message);
  }
  /** Field-level messages, keyed by field path ("events[3].occurred"). */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const details = this.error.details;
    if (Array.isArray(details)) {
      for (const d of details as { field?: string; message?: string }[]) if (d.field && d.message) out[d.field] ??= d.message;
    }
    if (Object.keys(out).length === 0) {
      const m = /^([\w.[\]]+): (.*)$/.exec(this.error.message);
      if (m) out[m[1]!] = m[2]!;
    }
    return out;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from the login or session response. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let onUnauthorized: (() => void) | null = null;

/** Registers what to do when the session has ended (any call other than /api/session answers 401). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function call<T>(method: Method, url: string, body?: unknown, raw?: { contentType: string; data: BodyInit }): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (raw) { headers['Content-Type'] = raw.contentType; payload = raw.data; }
  else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const json = await res.json().catch(() => null) as { data?: T; error?: ApiError } | null;
  if (!res.ok || !json || json.error) {
    if (res.status === 401 && !url.startsWith('/api/session')) onUnauthorized?.();
    throw new ApiFailure(res.status, json?.error ?? { code: 'network_error', message: `the server answered ${res.status}` });
  }
  return json.data as T;
}

/** The JSON API: every call returns the `data` of the envelope or throws ApiFailure. */
export const api = {
  get: <T>(url: string) => call<T>('GET', url),
  post: <T>(url: string, body?: unknown) => call<T>('POST', url, body ?? {}),
  patch: <T>(url: string, body: unknown) => call<T>('PATCH', url, body),
  put: <T>(url: string, body: unknown) => call<T>('PUT', url, body),
  delete: <T = void>(url: string, version?: number) => call<T>('DELETE', version === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}version=${version}`),
  upload: <T>(url: string, contentType: string, data: BodyInit) => call<T>('POST', url, undefined, { contentType, data }),
};
