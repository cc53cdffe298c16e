/**
 * A word's comparable form, crude on purpose: "programmes" and "programme", "ruled" and "rule"
 * compare equal. Short words are left alone ("bus", "news").
 */
export function crudeStem(word: string): string {
	return word.length > 4 ? word.replace(/(ies|es|s|ed|ing)$/, '') : word;
}

/** The stems of a headline's words, to tell which nouns the quiz title already names. */
export function headlineStems(headline: string | undefined): Set<string> {
	const stems = new Set<string>();
	for (const word of (headline ?? '').toLowerCase().split(/[^\p{L}-]+/u)) {
		if (word !== '') stems.add(crudeStem(word));
	}
	return stems;
}
