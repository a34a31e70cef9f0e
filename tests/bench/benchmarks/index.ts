import type { Benchmark } from '../types';
import { chronologyImport } from './chronologyImport';
import { chronologyList, chronologyListRedacted } from './chronologyList';
import { analysisChecks, analysisGraph } from '../analysisChecks';
import { reportChromium, reportPdfkit } from '../reportBench';

/** Every benchmark `npm run bench` runs, in order. Add yours as a module in this folder and list it here. */
export const benchmarks: Benchmark[] = [
  chronologyImport,
  chronologyList,
  chronologyListRedacted,
  analysisChecks, analysisGraph,
  reportPdfkit, reportChromium,
];
