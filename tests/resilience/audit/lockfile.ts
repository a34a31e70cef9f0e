import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');

/** Where the reviewed record of production dependencies lives. */
export const RECORD_PATH = join(root, 'tests/resilience/audit/productionDependencies.json');

interface LockEntry { version?: string; dev?: boolean; devOptional?: boolean; hasInstallScript?: boolean }

/** The record: when and how the production dependencies were last audited, accepted advisories, and the packages themselves. */
export interface AuditRecord {
  command: string;
  auditedOn: string | null;
  result: string;
  exceptions: { advisory: string; package: string; severity: string; reason: string; reviewedBy: string; reviewedOn: string }[];
  installScripts: string[];
  packages: string[];
}

/** Production packages of package-lock.json (what `npm audit --omit=dev` audits) as sorted `name@version`, and those with install scripts. */
export function productionPackages(): { packages: string[]; installScripts: string[] } {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const entries = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.dev && !e.devOptional);
  const name = (path: string) => path.replace(/^.*node_modules\//, '');
  return {
    packages: [...new Set(entries.map(([path, e]) => `${name(path)}@${e.version}`))].sort(),
    installScripts: entries.filter(([, e]) => e.hasInstallScript).map(([path]) => name(path)).sort(),
  };
}

/** Reads the reviewed record. */
export const readRecord = (): AuditRecord => JSON.parse(readFileSync(RECORD_PATH, 'utf8')) as AuditRecord;
