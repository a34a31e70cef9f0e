/**
 * Names that are left as written: the investigation's agencies ("St Mary's Hospital" is an organisation, not the
 * person "Mary"). One is protected only when no registered name would slip out through it: a name equal to a
 * registered term (an agency entered as "Mary Jones" or "Jones"), or holding a registered name of two or more words
 * (a full name, an alias, a place: "Mary Jones Family Centre"), stays replaced. An agency whose name must not be
 * published is registered as a place with its replacement, which then wins.
 */
export function addProtectedTerms(table: Map<string, string | null>, protectedKeys: readonly string[]): void {
  const multiWord = [...table.keys()].filter((k) => k.includes(' ')).map((k) => ` ${k} `);
  for (const key of protectedKeys) {
    if (key.length < 2 || table.has(key)) continue;
    const plain = ` ${key.split(' ').map(withoutPossessive).join(' ')} `;
    const spaced = ` ${key} `;
    if (multiWord.some((name) => spaced.includes(name) || plain.includes(name))) continue;
    table.set(key, null);
  }
}

const withoutPossessive = (word: string) => word.replace(/'s?$/, '');
