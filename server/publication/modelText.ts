import type { ReportModel } from '../../templates/model';

/** Where a string of the published model lives: the entity (kind and id) and the field path within it. */
export interface TextLocation { kind: string; id: string; field: string }

/** One string of the published model and where it is. */
export interface LocatedText { text: string; location: TextLocation }

const ENTITY: Record<string, string> = {
  agencies: 'agency', people: 'person', chronology: 'event', episodes: 'episode', factors: 'factor', links: 'link',
  findings: 'finding', recommendations: 'recommendation', responses: 'response', safetyActions: 'safety_action', dissent: 'dissent',
};

const isIdKey = (key: string) => key === 'id' || key.endsWith('Id');

/**
 * Every string of a report model with its location, ids excepted (the same strings the publisher pseudonymises).
 * Entities in a list are located by their id; report furniture (glossary, why chains) by its list and index.
 */
export function modelTexts(model: ReportModel): LocatedText[] {
  const out: LocatedText[] = [];
  const walk = (value: unknown, at: TextLocation, path: string) => {
    if (typeof value === 'string') { out.push({ text: value, location: { ...at, field: path } }); return; }
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        const entity = v && typeof v === 'object' && 'id' in v && ENTITY[path.split('.').at(-1)!];
        if (entity) walk(v, { kind: entity, id: String((v as { id: unknown }).id), field: '' }, '');
        else walk(v, at, `${path}[${i}]`);
      });
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'string' && isIdKey(k)) continue;
        walk(v, at, path ? `${path}.${k}` : k);
      }
    }
  };
  const { investigation, ...rest } = model;
  walk(investigation, { kind: 'investigation', id: investigation.id, field: '' }, '');
  for (const [key, value] of Object.entries(rest)) walk(value, { kind: 'report', id: key, field: '' }, key);
  return out;
}

/** A location as a person reads it: "event 3f2a…: description". */
export function describeLocation(location: TextLocation): string {
  return location.kind === 'report' ? `report: ${location.field}` : `${location.kind} ${location.id}: ${location.field}`;
}
