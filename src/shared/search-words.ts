// Search as the lists and the core do it: every word typed must be somewhere in the record's text, in any
// order, case ignored ("aws us" finds "Amazon Web Services … US").

/** The words of a query, lower case; none for an empty or blank query (which matches everything). */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when the text (already lower case) holds every word. */
export function hasEveryWord(lowerText: string, words: readonly string[]): boolean {
  return words.every((word) => lowerText.includes(word));
}

/** True when every word of the query is somewhere in the text, case ignored. */
export function matchesWords(text: string, query: string): boolean {
  return hasEveryWord(text.toLowerCase(), searchWords(query));
}
