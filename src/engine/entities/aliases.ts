// Short forms that name the same place or organization as a longer one ("U.S." is the United States).

/** Alias key → the key of the full name, both as `nameKey` writes them. */
const ALIAS_KEYS: ReadonlyMap<string, string> = new Map([
  ['u-s', 'united-states'], ['us', 'united-states'], ['u-s-a', 'united-states'], ['usa', 'united-states'],
  ['united-states-of-america', 'united-states'],
  ['u-k', 'united-kingdom'], ['uk', 'united-kingdom'], ['britain', 'united-kingdom'], ['great-britain', 'united-kingdom'],
  ['u-n', 'united-nations'], ['un', 'united-nations'],
  ['eu', 'european-union'], ['e-u', 'european-union'],
  ['uae', 'united-arab-emirates'], ['u-a-e', 'united-arab-emirates'],
]);

/** The key a place or organization is grouped by: its alias's full name where it has one, else its own key. */
export function resolveAlias(key: string): string {
  return ALIAS_KEYS.get(key) ?? key;
}
