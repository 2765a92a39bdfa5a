/**
 * Finding a country, language or occupation by a few typed letters, in any of our scripts:
 * case, Latin accents, Arabic diacritics and tatweel, and zero-width joiners are ignored, and
 * each typed word must begin a word of the name (or of its other-language name).
 */
export interface Searchable<C extends string> {
  code: C;
  /** The names to match: the person's language first, then e.g. Norwegian. */
  names: readonly string[];
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640\u200c\u200d]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .toLocaleLowerCase('und')
    .trim();
}

function wordsOf(text: string): string[] {
  return normalizeForSearch(text).split(/[\s,.;:()/\-–—'’"«»]+/u).filter(Boolean);
}

/** Best matches first: a name that starts with the query, then any word match; at most `limit`. */
export function searchCodes<C extends string>(items: readonly Searchable<C>[], query: string, limit: number): C[] {
  const queryWords = wordsOf(query);
  if (queryWords.length === 0) return [];
  const whole = normalizeForSearch(query);
  const scored: { code: C; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    let best = 0;
    for (const name of item.names) {
      const words = wordsOf(name);
      const all = queryWords.every((q) => words.some((word) => word.startsWith(q)));
      if (!all && !(whole.length >= 3 && normalizeForSearch(name).includes(whole))) continue;
      best = Math.max(best, normalizeForSearch(name).startsWith(whole) ? 2 : 1);
    }
    if (best > 0) scored.push({ code: item.code, score: best, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((match) => match.code);
}
