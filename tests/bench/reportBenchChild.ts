/**
 * Generates one final report in a fresh process and prints its figures as JSON, so the report benchmark can
 * give the peak memory of generation alone: `node --import tsx reportBenchChild.ts <db file> <investigation id>`.
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../server/db/open';
import { generateReport } from '../../server/reports/generate';
import { actorOf } from '../../server/services/actor';

const [file, investigationId] = process.argv.slice(2);
if (!file || !investigationId) throw new Error('usage: reportBenchChild.ts <db file> <investigation id>');
const db = openDatabase(file);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
// From /proc, not getrusage: ru_maxrss survives exec, so a child of a large parent would report the parent's size.
const statusMb = (field: 'VmRSS' | 'VmHWM') => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);
const baselineMb = statusMb('VmHWM');
const cpu0 = process.cpuUsage();
const started = performance.now();
const report = await generateReport(db, actorOf(null, new Date()), investigationId, {
  template: 'learning-review', edition: 'published', stage: 'final', dateStyle: 'month', generatedAt: new Date('2026-03-01T09:00:00Z'),
});
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({
  wallMs: Math.round(performance.now() - started), cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  baselineMb, peakRssMb: statusMb('VmHWM'), heapUsedMb: mb(process.memoryUsage().heapUsed), kilobytes: Math.round(report.pdf.length / 1024),
}));
db.$client.close();
