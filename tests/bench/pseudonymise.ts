import { performance } from 'node:perf_hooks';
import { buildPseudonymiser, type Term } from '../../server/anonymise/pseudonymiser';
import { personTerms } from '../../server/anonymise/registryRedactor';
import { cpuSecondsSince, round, type Benchmark } from './types';

const FIRST = ['Zoë', 'Kayleigh', 'Łukasz', 'Priya', 'Siobhán', 'Mohammed', 'Oliver', 'Amelia', 'Jayden', 'Chloe', 'Darius', 'Aoife', 'Tomasz', 'Fatima', 'Callum', 'Leah', 'Ravi', 'Bethany', 'Kwame', 'Niamh'];
const LAST = ['Thornbury', 'Nowak', 'Natarajan', 'Okafor', 'Fitzgerald', 'Kowalczyk', 'Haddad', 'Pemberton', 'Ashworth', 'Mbeki', 'Lindqvist', 'Castellano', 'Brennan', 'Oyelaran', 'Whitcombe', 'Szabo', 'Delacroix', 'Moreno', 'Ibekwe', 'Hargreaves'];
const FILLER = [
  'The health visitor called at the family home for the planned development review.',
  'A referral about bruising was received from the nursery and passed to the duty team.',
  'The strategy discussion was held by telephone between children\'s social care and the police.',
  'The Annual Review noted that caseloads were above the agreed level for six months.',
];

/** 1,000 registry entries: made-up full names (with a numbered surname so each is distinct) and an alias each. */
export function benchRegistry(n = 1000): Term[] {
  return Array.from({ length: n }, (_, i) => personTerms({
    realName: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? `-${LAST[i % 7]}` : ''}`,
    aliases: [`Nick${i}`], dateOfBirth: null, identifiers: [], pseudonym: `Person ${i + 1}`,
  })).flat();
}

/** About `bytes` of case text: ordinary sentences with a registered name, possessive or title + surname in one of three. */
export function benchText(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const name = i % 3 === 0 ? `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}` : i % 3 === 1 ? `Ms ${LAST[i % LAST.length]}'s` : '';
    const s = `${FILLER[i % FILLER.length]} ${name ? `${name} was present.` : ''}`;
    out.push(s);
    size += s.length + 1;
  }
  return out.join(' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The naive approach the one-pass engine replaces: one case-insensitive whole-word regex per name, applied in turn. */
export function naiveReplace(terms: readonly Term[], text: string): string {
  const sorted = [...terms].sort((a, b) => b.text.length - a.text.length);
  return sorted.reduce((out, t) => out.replace(new RegExp(`(?<![\\p{L}])${escape(t.text)}(?![\\p{L}])`, 'giu'), t.replacement), text);
}

let terms: Term[] = [];
let text = '';

/** Pseudonymises 10 MB of text against 1,000 registry entries in one pass, in CPU time; extra: the naive per-name regex in the same run and the ratio. */
export const pseudonymise: Benchmark = {
  name: 'pseudonymise 10 MB against 1,000 registry entries (one pass)', unit: 'ms CPU', higherIsBetter: false, runs: 3, target: '< 1,000',
  setup() {
    terms = benchRegistry();
    text = benchText(10 * 1024 * 1024);
  },
  measure() {
    const wallStarted = performance.now();
    const cpuStarted = process.cpuUsage();
    const replaced = buildPseudonymiser(terms).replace(text);
    const cpuMs = cpuSecondsSince(cpuStarted) * 1000;
    const wallMs = performance.now() - wallStarted;
    const naiveStarted = process.cpuUsage();
    const naive = naiveReplace(terms, text);
    const naiveCpuMs = cpuSecondsSince(naiveStarted) * 1000;
    if (replaced.length === 0 || naive.length === 0) throw new Error('pseudonymise: empty output');
    return {
      value: round(cpuMs),
      extra: { wallMs: round(wallMs), naiveCpuMs: round(naiveCpuMs), naiveOverOnePass: round(naiveCpuMs / cpuMs), megabytes: round(text.length / 1024 / 1024), terms: terms.length },
    };
  },
};
