import express from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from './db/open';
import { allRoutes } from './routes';
import { mountRoutes } from './http/mount';
import { apiNotFound, errorHandler } from './http/errorHandler';
import { buildOpenApi } from './http/openapi';

/** What the app needs; everything has a default suitable for tests except the database. */
export interface AppOptions {
  db: Db;
  now?: () => Date;
  sessionHours?: number;
  secureCookies?: boolean;
  /** Failed logins allowed per client address per 15 minutes. */
  loginLimit?: number;
  /** Folder of the built client; served when present. */
  clientDir?: string;
  jsonLimit?: string;
  uploadLimit?: string;
  /** The largest a gzip-compressed upload (an archive) may be once unpacked, in megabytes. */
  archiveMaxMb?: number;
}

/** Builds the Express app without listening, so tests drive it in-process. */
export function createApp(o: AppOptions) {
  const now = o.now ?? (() => new Date());
  const routes = allRoutes({ hours: o.sessionHours ?? 12, secureCookies: o.secureCookies ?? false });
  const openapi = buildOpenApi(routes);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: o.secureCookies ? undefined : false,
  }));
  app.get('/healthz', (_req, res) => { res.json({ data: { status: 'ok' } }); });
  app.get('/api/openapi.json', (_req, res) => { res.json(openapi); });
  app.use('/api', express.json({ limit: o.jsonLimit ?? '1mb' }));
  app.post('/api/session', rateLimit({
    windowMs: 15 * 60_000, limit: o.loginLimit ?? 10, skipSuccessfulRequests: true, standardHeaders: 'draft-7', legacyHeaders: false,
    handler: (_req, res) => { res.status(429).json({ error: { code: 'too_many_requests', message: 'too many failed logins; wait 15 minutes and try again' } }); },
  }));
  const api = express.Router();
  mountRoutes(api, routes, { db: o.db, now, uploadLimit: o.uploadLimit ?? '50mb', unpackedLimit: o.archiveMaxMb === undefined ? undefined : o.archiveMaxMb * 1024 * 1024 });
  app.use(api);
  app.use('/api', apiNotFound);
  if (o.clientDir && existsSync(resolve(o.clientDir, 'index.html'))) {
    const dir = resolve(o.clientDir);
    app.use(express.static(dir, { index: false, maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (_req, res) => { res.sendFile(resolve(dir, 'index.html')); });
  }
  app.use(errorHandler);
  return app;
}
