// Finding Members by what a person types: names in English or French and codes, ignoring case, accents and
// punctuation ("cote d'ivoire" finds Côte d'Ivoire, "turkiye" finds Türkiye, "KEN" finds Kenya). Pure, so the
// directory, Compare and the not-found page rank the same way.

/** Letters that do not decompose into a base letter and a mark under NFD. */
const FOLDS: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * Text reduced to what a search compares: lower case, no accents, apostrophes dropped ("d'Ivoire" and
 * "divoire" match), any other punctuation a single space, trimmed.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđðłıþ]/g, (letter) => FOLDS[letter] ?? letter)
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What an entry can be found by: its code and its names (any language). */
export interface Searchable {
  readonly code: string;
  readonly names: readonly string[];
}

/** How well an entry matches, best first; a lower number ranks higher. */
export const MATCH = {
  code: 0,
  name: 1,
  namePrefix: 2,
  wordPrefix: 3,
  codePrefix: 4,
  substring: 5,
} as const;

export type MatchQuality = (typeof MATCH)[keyof typeof MATCH];

interface Prepared {
  readonly code: string;
  readonly names: readonly string[];
}

function prepare(entry: Searchable): Prepared {
  return { code: normalise(entry.code), names: entry.names.map(normalise) };
}

function matchPrepared(entry: Prepared, query: string): MatchQuality | null {
  if (query === '') return null;
  if (entry.code === query) return MATCH.code;
  let best: MatchQuality | null = null;
  for (const name of entry.names) {
    const quality = nameMatch(name, query);
    if (quality !== null && (best === null || quality < best)) best = quality;
  }
  if (best === null && entry.code.startsWith(query)) return MATCH.codePrefix;
  return best;
}

function nameMatch(name: string, query: string): MatchQuality | null {
  if (name === query) return MATCH.name;
  if (name.startsWith(query)) return MATCH.namePrefix;
  if (name.includes(` ${query}`)) return MATCH.wordPrefix;
  if (name.includes(query)) return MATCH.substring;
  return null;
}

/** How well one entry matches a query, or null when it does not match (an empty query matches nothing). */
export function matchQuality(entry: Searchable, query: string): MatchQuality | null {
  return matchPrepared(prepare(entry), normalise(query));
}

/**
 * A search over a fixed list: entries are normalised once, each query ranks the matches (code, whole name,
 * name prefix, word prefix, code prefix, then substring) and keeps the list's order among equals. An empty
 * query returns every entry in order.
 */
export function createSearch<T>(items: readonly T[], keys: (item: T) => Searchable): (query: string) => T[] {
  const prepared = items.map((item) => ({ item, entry: prepare(keys(item)) }));
  return (query) => {
    const wanted = normalise(query);
    if (wanted === '') return [...items];
    const hits: { item: T; quality: MatchQuality; order: number }[] = [];
    prepared.forEach(({ item, entry }, order) => {
      const quality = matchPrepared(entry, wanted);
      if (quality !== null) hits.push({ item, quality, order });
    });
    hits.sort((a, b) => a.quality - b.quality || a.order - b.order);
    return hits.map((hit) => hit.item);
  };
}

/** Edit distance (insertions, deletions, substitutions, adjacent transpositions) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i];
    if (!row) continue;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      row[j] = value;
    }
  }
  return at(a.length, b.length);
}

/**
 * The entries closest to something that matched nothing exactly (a mistyped code or name in a link): search
 * matches first, then the smallest edit distance to a code or to the start of a name of the same length.
 * Entries further than half the query's length away are not suggested.
 */
export function closestMatches<T>(items: readonly T[], keys: (item: T) => Searchable, query: string, limit = 5): T[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const found = createSearch(items, keys)(query).slice(0, limit);
  if (found.length >= limit) return found;
  const threshold = Math.max(1, Math.floor(wanted.length / 2));
  const scored: { item: T; distance: number; order: number }[] = [];
  items.forEach((item, order) => {
    if (found.includes(item)) return;
    const entry = prepare(keys(item));
    const distances = [entry.code, ...entry.names].map((text) =>
      editDistance(wanted, text.slice(0, Math.max(wanted.length, 1))),
    );
    const distance = Math.min(...distances);
    if (distance <= threshold) scored.push({ item, distance, order });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return [...found, ...scored.slice(0, limit - found.length).map((entry) => entry.item)];
}
