/**
 * `npm run audit:deps`: runs `npm audit --omit=dev --audit-level=high`; when the registry's advisory endpoint
 * cannot be reached or refuses (this workplace answers 405), says so and checks the lockfile against the
 * reviewed record instead (tests/resilience/audit/productionDependencies.json). Exits 1 on a high or critical
 * finding or a problem with the record.
 */
import { spawnSync } from 'node:child_process';
import { auditProblems } from './check';
import { productionPackages, readRecord } from './lockfile';

interface AuditJson { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, { severity: string; range: string }>; statusCode?: number; message?: string; error?: { code?: string; summary?: string } }

function onlineAudit(): 'passed' | 'failed' | 'unavailable' {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
  let report: AuditJson = {};
  try { report = JSON.parse(run.stdout || '{}') as AuditJson; } catch { report = {}; }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = report.message ?? report.error?.summary ?? report.error?.code ?? run.error?.message ?? (run.stderr.trim().split('\n')[0] || 'no report');
    console.log(`npm audit could not use the registry's advisory endpoint (${why}).`);
    return 'unavailable';
  }
  const blocking = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
  console.log(`npm audit: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}.`);
  for (const [name, v] of blocking) console.log(`  ${v.severity}: ${name} ${v.range}`);
  return blocking.length > 0 ? 'failed' : 'passed';
}

function offlineCheck(): boolean {
  const record = readRecord();
  const problems = auditProblems(record, productionPackages(), new Date().toISOString().slice(0, 10));
  console.log(`Reviewed record: ${record.packages.length} production packages, ${record.reviewed.length} reviewed in detail on ${record.auditedOn} (${record.method}).`);
  console.log(`Result then: ${record.result}.`);
  for (const p of problems) console.log(`  problem: ${p}`);
  if (problems.length === 0) console.log('The lockfile matches the reviewed record.');
  return problems.length === 0;
}

const online = onlineAudit();
if (online === 'unavailable') console.log('Checking the lockfile against the reviewed record instead (no network needed).');
const recordOk = offlineCheck();
if (online === 'passed') console.log('To date the record with this audit: node --import tsx tests/resilience/audit/record.ts "<npm audit summary>"');
process.exit(online === 'failed' || !recordOk ? 1 : 0);
