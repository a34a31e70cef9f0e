import { z } from 'zod';

/** A number read from the environment: the whole text must be a number within the bounds, or the message is given. */
const numberIn = (fallback: number, message: string, ok: (n: number) => boolean, pattern = /^-?\d+$/) =>
  z.string().optional().transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const value = raw.trim();
    if (!pattern.test(value) || !ok(Number(value))) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(value);
  });
const flag = (fallback: 'true' | 'false') => z.enum(['true', 'false'], { message: 'must be true or false' }).default(fallback);

const ConfigSchema = z.object({
  PORT: numberIn(3000, 'must be a whole number from 0 to 65535', (n) => n >= 0 && n <= 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  SIGHTLINE_DB: z.string().min(1).default('./data/sightline.db'),
  SIGHTLINE_ADMIN_EMAIL: z.email({ message: 'must be an email address' }).default('admin@sightline.local'),
  SIGHTLINE_ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  SIGHTLINE_SESSION_HOURS: numberIn(12, 'must be a number of hours above 0 and at most 720', (n) => n > 0 && n <= 24 * 30, /^\d+(?:\.\d+)?$/),
  SIGHTLINE_SECURE_COOKIES: flag('false'),
  SIGHTLINE_LOGIN_LIMIT: numberIn(10, 'must be a whole number above 0', (n) => n > 0),
  SIGHTLINE_DEMO: flag('true'),
  SIGHTLINE_ARCHIVE_MAX_MB: numberIn(300, 'must be a whole number of megabytes from 1 to 4096', (n) => n >= 1 && n <= 4096),
});

/** Validated runtime configuration. */
export interface Config {
  port: number;
  host: string;
  dbPath: string;
  adminEmail: string;
  adminPassword: string | undefined;
  sessionHours: number;
  secureCookies: boolean;
  loginLimit: number;
  demo: boolean;
  /** The largest an uploaded archive may be once unpacked from gzip, in megabytes. */
  archiveMaxMb: number;
}

/** Reads configuration from the environment; throws one message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=`) means "not set", as shells and .env files write it.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = ConfigSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dbPath: c.SIGHTLINE_DB,
    adminEmail: c.SIGHTLINE_ADMIN_EMAIL,
    adminPassword: c.SIGHTLINE_ADMIN_PASSWORD,
    sessionHours: c.SIGHTLINE_SESSION_HOURS,
    secureCookies: c.SIGHTLINE_SECURE_COOKIES === 'true',
    loginLimit: c.SIGHTLINE_LOGIN_LIMIT,
    demo: c.SIGHTLINE_DEMO === 'true',
    archiveMaxMb: c.SIGHTLINE_ARCHIVE_MAX_MB,
  };
}
