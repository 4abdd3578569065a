// Readable, stable pieces of entity ids: "Li Qiang" → "li-qiang", "U.S." → "u-s".

const MAX_SLUG_CHARS = 60;

/** Lower-case ASCII letters and digits joined by hyphens; "x" when nothing readable is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** A name without the article some names are written with ("the United Nations" is United Nations). */
export const withoutArticle = (name: string): string => name.replace(/^the\s+(?=\S)/i, '');

/** Keys already computed: the same names recur in every mention and every run of an edited document. */
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/** The comparison key of a name: case, accents, punctuation and a leading "the" ignored. */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = slugify(withoutArticle(name));
    keyCache.set(name, key);
  }
  return key;
}
