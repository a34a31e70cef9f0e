/**
 * The "why, not who" language lexicon (DOMAIN.md §7) as data, with a pure matcher.
 *
 * The lexicon warns rather than forbids. To keep warnings worth reading it does NOT flag:
 * - anything inside quotation marks ("…", “…”, ‘…’ or '…'): a quotation reports what a policy,
 *   record or person said, such as the child's own words;
 * - "should", "could" or "would" followed by an ordinary verb ("the policy states a visit should take
 *   place within 10 days") or by a noun ("children should have a named worker", "practitioners should
 *   have regard to …"): only "should have" + past participle ("should have visited") is hindsight;
 * - "would have seemed / appeared / looked / felt / sounded": describing how things looked at the time
 *   is the local rationality a review wants;
 * - "clearly" used of communication ("explained clearly", "clearly recorded");
 * - "obvious" as a plain adjective ("no obvious injuries"), "the cause of the injury" (medical language),
 *   "blame" on its own (front matter says a review does not apportion blame);
 * - "missed appointments" (a fact about attendance), "recorded in error", "lapsed" orders;
 * - "breach" of the peace, of bail, of an order or of licence conditions (legal facts about adults);
 * - "inadequate housing", "poor heating" and other conditions of the family's circumstances.
 */

/** One pattern of the lexicon: what it matches, why it is a problem and how to reframe it. */
export interface LexiconRule {
  /** Stable identifier, e.g. `failed-to`. */
  id: string;
  /** The pattern as DOMAIN.md §7 names it. */
  pattern: string;
  reason: string;
  reframe: string;
  /** Lower-case fragments, one of which every match contains: a fast test that lets most text skip the expressions. */
  cues: string[];
  /** Case-insensitive, global expressions; word forms and exemptions are part of the expressions. */
  matchers: RegExp[];
}

/** A flagged phrase with its offsets (UTF-16 code units, end exclusive) in the text. */
export interface LexiconMatch {
  ruleId: string;
  start: number;
  end: number;
  phrase: string;
  reason: string;
  suggestion: string;
}

const APOS = "['’]";
/** Optional adverb between a modal and its verb: "should have also", "could not have". */
const ADVERB = String.raw`(?:\s+(?:\w+ly|also|then|not|never|even|still|already|perhaps|at\s+least))?`;
/** A past participle: regular -ed, -en, -wn forms and the common irregular ones. */
const PARTICIPLE = String.raw`(?!(?:children|often|even|open|seven|eleven|women|men|listen|kitchen|garden|token)\b)(?:\w{2,}ed|\w{3,}en|\w{2,}wn|been|seen|done|gone|had|made|said|told|known|put|set|met|kept|left|felt|heard|found|held|thought|brought|sought|taught|caught|understood|got|led|read|paid|sent|spent|built|lost|meant|let|hit|run|come|become|stood|sat|won)`;
/** Communication verbs with which "clearly" describes manner, not certainty. */
const SAYING = String.raw`(?:stated?|states|recorded|record|documented|explained|explain|said|says|say|spoke|speak|speaks|written|wrote|write|described|describe|labelled|marked|set\s+out|sets\s+out|communicated|expressed|audible|legible|signposted)`;

const re = (source: string) => new RegExp(source, 'giu');

/** The lexicon, in the order of DOMAIN.md §7. */
export const lexiconRules: LexiconRule[] = [
  {
    id: 'failed-to', pattern: 'failed to / failure to',
    reason: 'Counterfactual and judgemental: it measures practice against what is known now.',
    reframe: 'Say what did not happen ("did not …") and, at the time, the conditions that shaped it.',
    cues: ['fail'],
    matchers: [re(String.raw`\b(?:fail(?:s|ed|ing)?\s+to|failures?\s+(?:to|of|by|in)|failed)\b`)],
  },
  {
    id: 'should-have', pattern: 'should have / ought to have',
    reason: 'Hindsight: it judges an action by an outcome that was not known then.',
    reframe: 'Say what the procedure expected, what happened, and why it made sense at the time.',
    cues: ['should', 'ought'],
    matchers: [re(String.raw`\b(?:should(?:\s+not|\s+never|n${APOS}t)?\s+have|should${APOS}ve|ought(?:\s+not)?\s+to\s+have)${ADVERB}\s+${PARTICIPLE}\b`)],
  },
  {
    id: 'could-have', pattern: 'could have / would have / if only',
    reason: 'Implies the outcome was foreseeable from what was visible at the time.',
    reframe: 'Separate what is visible now from what was visible then, and to whom.',
    cues: ['could', 'would', 'only'],
    matchers: [
      re(String.raw`\b(?:could|would)(?:\s+not|\s+never|n${APOS}t)?\s+have${ADVERB}\s+(?!(?:seemed|appeared|looked|felt|sounded)\b)${PARTICIPLE}\b`),
      re(String.raw`\b(?:could|would)${APOS}ve${ADVERB}\s+(?!(?:seemed|appeared|looked|felt|sounded)\b)${PARTICIPLE}\b`),
      re(String.raw`\bif\s+only\b`),
    ],
  },
  {
    id: 'missed-opportunity', pattern: 'missed opportunity / missed the signs',
    reason: 'Assumes the signal was recognisable as a signal at the time.',
    reframe: 'Say what information was available, to whom, and how it was read then.',
    cues: ['miss'],
    matchers: [
      re(String.raw`\bmiss(?:ed|es|ing)?\s+(?:(?:an?|the|several|many|further|other|some|two|three|key|important|vital|crucial|clear)\s+)?(?:opportunit(?:y|ies)|chances?)\b`),
      re(String.raw`\bmiss(?:ed|es|ing)?\s+(?:(?:the|all|clear|obvious|early|warning|these|those)\s+)*(?:signs|signals|cues|indicators|red\s+flags)\b`),
      re(String.raw`\b(?:opportunit(?:y|ies)|chances?|signs|signals|indicators)\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+missed\b`),
    ],
  },
  {
    id: 'obviously', pattern: 'obviously / clearly / it is clear that',
    reason: 'Presents knowledge of the outcome as if it had been visible at the time.',
    reframe: 'Describe the competing information at the time, and use a probability word (likely, very likely …).',
    cues: ['obvious', 'undoubted', 'evident', 'unquestion', 'clear', 'plain'],
    matchers: [
      re(String.raw`\b(?:obviously|undoubtedly|evidently|unquestionably)\b`),
      re(String.raw`\bit\s+(?:is|was|seems|seemed|should\s+have\s+been)\s+(?:very\s+|quite\s+|abundantly\s+)?(?:clear|obvious|evident|plain)\s+that\b`),
      re(String.raw`(?<!\b${SAYING}\s+)\bclearly\b(?!\s+${SAYING}\b)`),
    ],
  },
  {
    id: 'legal-judgement', pattern: 'negligent / reckless / culpable / at fault / to blame',
    reason: 'A legal judgement outside a review\'s remit.',
    reframe: 'Remove it; concerns about an individual go to the other processes (disciplinary, criminal, coroner).',
    cues: ['negligen', 'reckless', 'culpab', 'blame', 'fault'],
    matchers: [re(String.raw`\b(?:negligen(?:t|ce|tly)|reckless(?:ly|ness)?|culpab(?:le|ility)|blameworthy|at\s+fault|(?:is|are|was|were|be|been|being)\s+to\s+blame)\b`)],
  },
  {
    id: 'human-error', pattern: 'human error / mistake / lapse (as the explanation)',
    reason: 'A label applied after the fact; it ends the enquiry instead of explaining.',
    reframe: 'Describe the action and the conditions that shaped it.',
    cues: ['error', 'mistake', 'lapse'],
    matchers: [re(String.raw`\b(?:human\s+errors?|errors?\s+of\s+judge?ment|(?:simple|individual|professional)\s+errors?|mistakes?|lapses?\s+(?:in|of))\b`)],
  },
  {
    id: 'violation', pattern: 'violation / non-compliance / breach / disregarded',
    reason: 'Implies intent.',
    reframe: 'Say that practice differed from procedure X, and ask whether X was workable and in use.',
    cues: ['violat', 'complian', 'disregard', 'breach'],
    matchers: [
      re(String.raw`\b(?:violat(?:ions?|ed|es|ing|e)|non[-\s]?complian(?:ce|t)|disregard(?:ed|ing|s)?)\b`),
      re(String.raw`\bbreach(?:ed|es|ing)?\b(?!\s+(?:of\s+)?(?:(?:the|a|an|his|her|their)\s+)?(?:peace|bail|licence|injunction|(?:[\w-]+\s+)?orders?|(?:[\w-]+\s+)?conditions)\b)`),
    ],
  },
  {
    id: 'poor-practice', pattern: 'poor practice / inadequate / unacceptable (of a person)',
    reason: 'A judgement that focuses on the sharp end instead of the conditions.',
    reframe: 'Name the condition: "the form did not prompt …", "caseloads were …".',
    cues: ['poor', 'inadequate', 'unacceptable', 'substandard', 'sub-standard', 'unprofessional'],
    matchers: [
      re(String.raw`\b(?:poor|inadequate|unacceptable|substandard|sub-standard|unprofessional)\s+(?:\w+\s+)?(?:practice|practitioners?|assessments?|responses?|recording|record-keeping|decision-making|decisions?|judge?ments?|work|performance|standards?|handling|workers?|staff|professionals?|management|managers?)\b`),
      re(String.raw`\b(?:was|were|is|are)\s+(?:wholly\s+|totally\s+|completely\s+|simply\s+)?(?:unacceptable|unprofessional)\b`),
      re(String.raw`\bunprofessional\b`),
    ],
  },
  {
    id: 'professional-curiosity', pattern: 'lack of professional curiosity (as a conclusion)',
    reason: 'A personal deficit label, not an explanation.',
    reframe: 'Say what further enquiry did not happen, and the factors that shaped it.',
    cues: ['curio'],
    matchers: [re(String.raw`\b(?:lack(?:ed|ing|s)?\s+(?:of\s+)?(?:professional\s+)?curiosity|(?:no|insufficient|limited|little)\s+professional\s+curiosity|not\s+(?:sufficiently\s+)?(?:professionally\s+)?curious|incurious)\b`)],
  },
  {
    id: 'root-cause', pattern: 'root cause / the cause',
    reason: 'A single cause oversimplifies: outcomes have many contributory factors.',
    reframe: 'Describe contributory factors and how they combined.',
    cues: ['cause'],
    matchers: [
      re(String.raw`\broot[-\s]+causes?\b`),
      re(String.raw`\b(?:main|underlying|primary|sole|single|real|ultimate)\s+causes?\b`),
      re(String.raw`\b(?:was|were|is|are|be|been)\s+the\s+cause\b`),
    ],
  },
  {
    id: 'ignored', pattern: 'ignored / did not listen (to the child)',
    reason: 'Attributes intent to what may have been unseen, unheard or unrecorded.',
    reframe: 'Say what was recorded of the child\'s account, who heard it, and why it was read as it was.',
    cues: ['ignor', 'listen'],
    matchers: [
      re(String.raw`\bignor(?:ed|ing|es|e)\b`),
      re(String.raw`\b(?:did\s+not|didn${APOS}t|do\s+not|does\s+not|not)\s+listen(?:ed|ing)?(?:\s+to)?\b`),
    ],
  },
];

const QUOTES = [
  re(String.raw`"[^"\n]*"`),
  re(String.raw`“[^”\n]*”`),
  re(String.raw`(?<=^|[\s(\[—–])['‘](?=[\p{L}\p{N}])[^\n]*?['’](?![\p{L}\p{N}])`),
];

/** Spans of the text inside quotation marks. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const q of QUOTES) for (const m of text.matchAll(q)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const cuePatterns = new WeakMap<readonly LexiconRule[], RegExp>();

/** One expression matching any cue of the rules: most text fails it and skips the lexicon at once. */
function cuePattern(rules: readonly LexiconRule[]): RegExp {
  let pattern = cuePatterns.get(rules);
  if (!pattern) {
    const escaped = rules.flatMap((r) => r.cues).map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
    pattern = new RegExp(escaped.join('|'), 'i');
    cuePatterns.set(rules, pattern);
  }
  return pattern;
}

/** Every lexicon match in the text, outside quotations, ordered by position. */
export function findLanguageIssues(text: string, rules: readonly LexiconRule[] = lexiconRules): LexiconMatch[] {
  if (!text || !cuePattern(rules).test(text)) return [];
  const lower = text.toLowerCase();
  const candidates = rules.filter((r) => r.cues.some((c) => lower.includes(c)));
  if (candidates.length === 0) return [];
  let quoted: [number, number][] | null = null;
  const inQuote = (start: number, end: number) => (quoted ??= quotedSpans(text)).some(([s, e]) => start >= s && end <= e);
  const out: LexiconMatch[] = [];
  const seen = new Set<string>();
  for (const rule of candidates) {
    for (const matcher of rule.matchers) {
      for (const m of text.matchAll(matcher)) {
        const start = m.index;
        const end = start + m[0].length;
        const key = `${rule.id}:${start}:${end}`;
        if (seen.has(key) || inQuote(start, end)) continue;
        seen.add(key);
        out.push({ ruleId: rule.id, start, end, phrase: m[0], reason: rule.reason, suggestion: rule.reframe });
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  // Two expressions of one rule can match overlapping text ("was unprofessional"); keep the wider match.
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.ruleId === m.ruleId && o.start <= m.start && o.end >= m.end
    && (o.end - o.start > m.end - m.start || j < i)));
}
