import type { Redactor } from '../../anonymise/registryRedactor';
import type { ReportModel } from '../../../templates/model';
import { monthBounds } from './dates';
import { coarsenDatesInText, scrubIdentifiers } from './scrub';

const isIdKey = (key: string) => key === 'id' || key.endsWith('Id');

function mapStrings<T>(value: T, fn: (s: string) => string, key = ''): T {
  if (typeof value === 'string') return (isIdKey(key) ? value : fn(value)) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, k)])) as T;
  }
  return value;
}

/**
 * Makes the published edition's model from a model built with pseudonyms: every string goes through the
 * registry redactor (real names, aliases, dates of birth, registered identifiers and places), then full dates
 * in free text are coarsened and unregistered identifiers scrubbed; entry instants are widened to whole months.
 * The restricted model is never the input: this runs on data built for publication.
 */
export function publishModel(model: ReportModel, redactor: Redactor): ReportModel {
  const style = model.dateStyle === 'relative' ? 'relative' : 'month';
  const clean = (s: string) => scrubIdentifiers(coarsenDatesInText(redactor.replace(s), style, model.incidentAt));
  const out = mapStrings(model, clean);
  return {
    ...out,
    chronology: out.chronology.map((e) => {
      const [start, end] = monthBounds(e.start, e.end);
      return { ...e, start, end };
    }),
  };
}
