import type { Benchmark } from '../types';
import { chronologyImport } from './chronologyImport';
import { chronologyList, chronologyListRedacted } from './chronologyList';
import { analysisChecks, analysisGraph } from '../analysisChecks';
import { reportChromium, reportPdfkit } from '../reportBench';
import { causalBrowser } from '../causalBrowser';
import { pseudonymise } from '../pseudonymise';
import { librarySearch } from '../librarySearch';
import { timelineBenchmarks } from '../timelineBrowser';
import { importVsBare } from '../importVsBare';
import { loadEventList, loadFactorUpdates } from '../load';
import { languageCheckLarge, publicationScanLarge } from './largeInvestigationChecks';

/** Every benchmark `npm run bench` runs, in order. Add yours as a module in this folder and list it here. */
export const benchmarks: Benchmark[] = [
  chronologyImport,
  importVsBare,
  chronologyList,
  chronologyListRedacted,
  ...timelineBenchmarks,
  analysisChecks, analysisGraph, causalBrowser,
  reportPdfkit, reportChromium,
  pseudonymise, librarySearch,
  publicationScanLarge, languageCheckLarge,
  loadEventList, loadFactorUpdates,
];
