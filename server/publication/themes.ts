import type { ReportModel } from '../../templates/model';
import type { LibraryThemes, ThemeCount } from '../../schema/contracts/publication';

class Tally {
  private readonly counts = new Map<string, { label: string; reviews: Set<number>; items: number }>();
  add(key: string, label: string, review: number): void {
    const c = this.counts.get(key) ?? { label, reviews: new Set<number>(), items: 0 };
    c.reviews.add(review);
    c.items += 1;
    this.counts.set(key, c);
  }
  list(): ThemeCount[] {
    return [...this.counts].map(([key, c]) => ({ key, label: c.label, reviews: c.reviews.size, items: c.items }))
      .sort((a, b) => b.reviews - a.reviews || b.items - a.items || a.key.localeCompare(b.key));
  }
}

/** Counts themes over published, anonymised report models (each model one review), most frequent first. */
export function libraryThemes(models: readonly ReportModel[]): LibraryThemes {
  const categories = new Tally();
  const levels = new Tally();
  const byAddressee = new Tally();
  const byFindingCategory = new Tally();
  models.forEach((m, review) => {
    for (const f of m.factors) {
      categories.add(f.category, f.categoryLabel, review);
      levels.add(f.level, f.levelLabel, review);
    }
    const agencyKind = new Map(m.agencies.map((a) => [a.name, a] as const));
    const factorByRef = new Map(m.factors.map((f) => [f.ref, f] as const));
    const findingByRef = new Map(m.findings.map((f) => [f.ref, f] as const));
    for (const r of m.recommendations) {
      const agency = agencyKind.get(r.addressee);
      byAddressee.add(agency?.kind ?? 'other', agency?.kindLabel ?? 'Other', review);
      const cats = new Map<string, string>();
      for (const ref of r.findingRefs) {
        for (const fr of findingByRef.get(ref)?.factorRefs ?? []) {
          const factor = factorByRef.get(fr);
          if (factor) cats.set(factor.category, factor.categoryLabel);
        }
      }
      for (const [key, label] of cats) byFindingCategory.add(key, label, review);
    }
  });
  return {
    reviews: models.length, factorCategories: categories.list(), factorLevels: levels.list(),
    recommendationsByAddresseeKind: byAddressee.list(), recommendationsByFindingCategory: byFindingCategory.list(),
  };
}
