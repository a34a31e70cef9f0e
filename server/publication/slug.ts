/** The public slug of a review: its reference and year in lower case, letters and digits only ("cspr-2026-014-2026"). */
export function slugFor(reference: string, year: number): string {
  const base = reference.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'review'}-${year}`;
}
