// Readable, stable pieces of entity ids: "Li Qiang" → "li-qiang", "U.S." → "u-s".
import { cachedByText } from '../text/textCache';

const MAX_SLUG_CHARS = 60;

/** Lower-case ASCII letters and digits joined by hyphens; "x" when nothing readable is left. */
export const slugify = cachedByText((name) => {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
});

/** A name without the article some names are written with ("the United Nations" is United Nations). */
export const withoutArticle = (name: string): string => name.replace(/^the\s+(?=\S)/i, '');

/** The comparison key of a name: case, accents, punctuation and a leading "the" ignored. */
export const nameKey = cachedByText((name) => slugify(withoutArticle(name)));
