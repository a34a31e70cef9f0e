// Starts the agency file reader thread (fileReaderThread.ts): the server runs its TypeScript through tsx, which a
// worker thread does not inherit, so the thread loads it through tsx's own API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./fileReaderThread.ts', import.meta.url);
