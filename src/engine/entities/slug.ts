// Readable, stable pieces of entity ids: "Li Qiang" → "li-qiang", "U.S." → "u-s".

const MAX_SLUG_CHARS = 60;

/** Slugs already made: the same names and values recur in every run of an edited document. */
const SLUG_CACHE_LIMIT = 50_000;
const slugCache = new Map<string, string>();

/** Lower-case ASCII letters and digits joined by hyphens; "x" when nothing readable is left. */
export function slugify(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    if (slugCache.size >= SLUG_CACHE_LIMIT) slugCache.clear();
    slug = slugOf(name);
    slugCache.set(name, slug);
  }
  return slug;
}

function slugOf(name: string): string {
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
