/**
 * The popup's filter box: words typed by the reader, matched against speakers and quotes. Pure.
 *
 * Matching ignores case, accents and width ("Akazawa" finds "AKAZAWA", "Zoe" finds "Zoë"), and
 * every word must be found: "bessent tariff" keeps Bessent's quotes that mention a tariff. A word
 * found in the speaker's name, mention, role or org counts for all of that speaker's quotes.
 */

/** Lower case, no accents, NFKC width, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a filter, folded; quotes around a word are ignored. Empty: no filter. */
export function filterWords(filter: string): string[] {
  return foldText(filter)
    .split(' ')
    .map((w) => w.replace(/^["']+|["']+$/g, ''))
    .filter(Boolean);
}

/** Does every word occur in one of the texts (already folded)? */
export function allWordsIn(words: readonly string[], folded: readonly string[]): boolean {
  return words.every((w) => folded.some((t) => t.includes(w)));
}
