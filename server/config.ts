import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SIGHTLINE_DB: z.string().min(1).default('./data/sightline.db'),
  SIGHTLINE_ADMIN_EMAIL: z.email({ message: 'must be an email address' }).default('admin@sightline.local'),
  SIGHTLINE_ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  SIGHTLINE_SESSION_HOURS: z.coerce.number({ message: 'must be a number of hours' }).positive().max(24 * 30).default(12),
  SIGHTLINE_SECURE_COOKIES: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  SIGHTLINE_LOGIN_LIMIT: z.coerce.number({ message: 'must be a whole number' }).int().positive().default(10),
  SIGHTLINE_DEMO: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
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
}

/** Reads configuration from the environment; throws one message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
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
  };
}
