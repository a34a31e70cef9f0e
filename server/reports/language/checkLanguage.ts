import { findLanguageIssues, lexiconRules } from '../../../schema/lexicon';
import { plainText, type Block, type ReportDocument } from '../../../templates/document';
import type { TextSource } from '../../../templates/model';

/** A piece of sourced report text and where it sits in the report. */
export interface LocatedText {
  text: string;
  source: TextSource;
  /** The paragraph or subsection number, e.g. "3.2.1.4". */
  location: string;
  /** The innermost numbered heading, e.g. "3.2.1 Systemic factors". */
  section: string;
}

/** A flagged phrase in the report with its location, reason, suggested reframing and whether it was considered. */
export interface LanguageFlag {
  key: string;
  ruleId: string;
  pattern: string;
  phrase: string;
  excerpt: string;
  location: string;
  section: string;
  source: TextSource;
  reason: string;
  suggestion: string;
  status: 'open' | 'considered';
  consideredReason: string | null;
}

/** An acknowledgement as the check reads it: rule and target key, with the reason. */
export interface LanguageAcknowledgement {
  ruleId: string;
  targetKey: string;
  reason: string;
}

/** The rule id of a report-language acknowledgement; its target key is `kind:id:field`. */
export const LANGUAGE_RULE = 'language';
/** The analysis check's rule id; its keys are `kind:id:field:lexiconRule` and count here too. */
export const ANALYSIS_LANGUAGE_RULE = 'blame-language';

/** The target key of one entity field. */
export const targetKeyOf = (s: TextSource) => `${s.kind}:${s.id}:${s.field}`;

const patternOf = new Map(lexiconRules.map((r) => [r.id, r.pattern]));

/** Fields that are not checked: the child's own words are quoted as recorded. */
const UNCHECKED_FIELDS = new Set(['childWords']);

function walk(blocks: readonly Block[], heading: { number: string; title: string }, out: LocatedText[]): void {
  const push = (text: string, source: TextSource | undefined, location: string) => {
    if (source && text.trim() && !UNCHECKED_FIELDS.has(source.field)) out.push({ text, source, location, section: `${heading.number} ${heading.title}` });
  };
  for (const b of blocks) {
    if (b.type === 'subsection') walk(b.blocks, { number: b.number ?? heading.number, title: b.title }, out);
    else if (b.type === 'paragraph') push(plainText(b.text), b.source, b.number ?? heading.number);
    else if (b.type === 'list') b.items.forEach((item) => push(plainText(item.text), item.source, heading.number));
    else if (b.type === 'fields') b.items.forEach((item) => push(item.value, item.source, heading.number));
    else if (b.type === 'table') b.rows.forEach((row) => row.forEach((cell) => push(cell.text, cell.source, heading.number)));
  }
}

/** Every sourced piece of text of a numbered document, in reading order. */
export function locatedTexts(doc: ReportDocument): LocatedText[] {
  const out: LocatedText[] = [];
  for (const s of doc.sections) walk(s.blocks, { number: s.number, title: s.title }, out);
  return out;
}

function excerptAround(text: string, start: number, end: number, span = 50): string {
  const from = Math.max(0, start - span);
  const to = Math.min(text.length, end + span);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Runs the "why, not who" lexicon over the report's sourced text. A field shown twice is reported once, at its
 * first place. A flag is considered when its field carries a `language` acknowledgement, or the analysis check's
 * acknowledgement for the same lexicon rule.
 */
export function checkLanguage(doc: ReportDocument, acknowledgements: readonly LanguageAcknowledgement[]): LanguageFlag[] {
  const acks = new Map(acknowledgements.map((a) => [`${a.ruleId}|${a.targetKey}`, a.reason]));
  const seen = new Set<string>();
  const flags: LanguageFlag[] = [];
  for (const t of locatedTexts(doc)) {
    const key = targetKeyOf(t.source);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const m of findLanguageIssues(t.text)) {
      const reason = acks.get(`${LANGUAGE_RULE}|${key}`) ?? acks.get(`${ANALYSIS_LANGUAGE_RULE}|${key}:${m.ruleId}`) ?? null;
      flags.push({
        key, ruleId: m.ruleId, pattern: patternOf.get(m.ruleId) ?? m.ruleId, phrase: m.phrase, excerpt: excerptAround(t.text, m.start, m.end),
        location: t.location, section: t.section, source: t.source, reason: m.reason, suggestion: m.suggestion,
        status: reason === null ? 'open' : 'considered', consideredReason: reason,
      });
    }
  }
  return flags;
}
