import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { openDatabase } from './db/open';
import { createApp } from './app';
import { bootstrap } from './bootstrap';
import { startFileReader } from './chronology/backgroundReading';
import { correctSortKeys } from './services/chronologySortKeys';

const root = resolve(fileURLToPath(import.meta.url), '../..');

let config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const db = openDatabase(config.dbPath);
await bootstrap(db, config);
const corrected = correctSortKeys(db);
if (corrected > 0) console.log(`Corrected where ${corrected} chronology entr${corrected === 1 ? 'y sits' : 'ies sit'} in the order (dates with no known start).`);
const app = createApp({
  db, sessionHours: config.sessionHours, secureCookies: config.secureCookies, loginLimit: config.loginLimit, archiveMaxMb: config.archiveMaxMb,
  clientDir: resolve(root, 'client/dist'),
});
// Large agency files are read on their own thread while they are written; it takes a moment to start.
startFileReader();
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Sightline is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port} (database ${config.dbPath})`);
});
const stop = () => server.close(() => { db.$client.close(); process.exit(0); });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
