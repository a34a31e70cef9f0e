import { eq } from 'drizzle-orm';
import type { Conn } from '../db/open';
import { agencies, places } from '../../schema/tables';
import { buildRegistryRedactor, type Redactor } from '../anonymise/registryRedactor';
import { listPeopleRows } from './people';

interface Built { registry: string; redactor: Redactor }

/** Built redactors by investigation, for the registry they were built from (any other registry rebuilds). */
const built = new Map<string, Built>();
const MAX_INVESTIGATIONS = 64;
/** Short strings (dates, kinds, timestamps) repeat throughout a response; their redacted form is remembered. */
const SHORT = 64;
const MAX_REMEMBERED = 20_000;

/** Remembers the redacted form of short strings; the inner redactor is pure, so a remembered answer is its answer. */
function remembering(inner: Redactor): Redactor {
  const known = new Map<string, string>();
  return {
    replace(text) {
      if (text.length > SHORT) return inner.replace(text);
      let out = known.get(text);
      if (out === undefined) {
        out = inner.replace(text);
        if (known.size >= MAX_REMEMBERED) known.clear();
        known.set(text, out);
      }
      return out;
    },
  };
}

/**
 * The redactor for an investigation's current registry: real names, aliases, DOBs, identifiers, places; the
 * agencies' names are left as written. The registry is read on every call; the redactor is rebuilt only when what it
 * is built from has changed.
 */
export function redactorFor(db: Conn, investigationId: string): Redactor {
  const people = listPeopleRows(db, investigationId);
  const placeRows = db.select().from(places).where(eq(places.investigationId, investigationId)).all();
  const agencyNames = db.select({ name: agencies.name }).from(agencies).where(eq(agencies.investigationId, investigationId)).all().map((a) => a.name);
  // Whole rows, so whatever the redactor is built from, any change to the registry gives a new one.
  const registry = JSON.stringify([people, placeRows, agencyNames]);
  const cached = built.get(investigationId);
  if (cached && cached.registry === registry) return cached.redactor;
  const redactor = remembering(buildRegistryRedactor(people, placeRows, agencyNames));
  built.delete(investigationId);
  if (built.size >= MAX_INVESTIGATIONS) built.delete(built.keys().next().value!);
  built.set(investigationId, { registry, redactor });
  return redactor;
}
