import type { RegisterEntry, RegisterQuery } from '../../schema/contracts/findings';
import { foldName } from '../anonymise/normalise';
import { compareIdentifiers } from './identifiers';
import { yearOf } from './dates';

/** The register's filters, without paging. */
export type RegisterFilter = Omit<RegisterQuery, 'limit' | 'offset'>;

/** Keeps the entries matching every given filter (addressee: any part of the name, any case), newest identifier first. */
export function filterRegister(entries: readonly RegisterEntry[], f: RegisterFilter): RegisterEntry[] {
  const addressee = f.addressee ? foldName(f.addressee) : '';
  return entries.filter((e) =>
    (!f.status || e.status === f.status)
    && (!f.assessment || e.assessment === f.assessment)
    && (!addressee || foldName(e.addresseeName).includes(addressee))
    && (f.overdue === undefined || e.overdue === f.overdue)
    && (f.year === undefined || yearOf(e.issuedAt) === f.year)
    && (!f.investigationId || e.investigationId === f.investigationId),
  ).sort((a, b) => compareIdentifiers(b.identifier, a.identifier));
}
