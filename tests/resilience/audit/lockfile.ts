import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditRecord, LockedProduction } from './check';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');

/** Where the reviewed record of production dependencies lives. */
export const RECORD_PATH = join(root, 'tests/resilience/audit/productionDependencies.json');

interface LockEntry { version?: string; dev?: boolean; devOptional?: boolean; hasInstallScript?: boolean }

/**
 * Production packages of package-lock.json (what `npm audit --omit=dev` audits) as sorted `name@version`,
 * those with install scripts, and the direct dependencies of package.json at their locked versions.
 */
export function productionPackages(): LockedProduction {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const entries = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.dev && !e.devOptional);
  const name = (path: string) => path.replace(/^.*node_modules\//, '');
  return {
    packages: [...new Set(entries.map(([path, e]) => `${name(path)}@${e.version}`))].sort(),
    installScripts: entries.filter(([, e]) => e.hasInstallScript).map(([path]) => name(path)).sort(),
    direct: Object.keys(manifest.dependencies ?? {}).map((dep) => `${dep}@${lock.packages[`node_modules/${dep}`]?.version ?? 'missing'}`).sort(),
  };
}

/** Reads the reviewed record. */
export const readRecord = (): AuditRecord => JSON.parse(readFileSync(RECORD_PATH, 'utf8')) as AuditRecord;
