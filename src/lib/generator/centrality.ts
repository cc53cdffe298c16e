/**
 * How central each sentence is to the article: a sentence is about the article's subject when its
 * content words recur across the article and in the headline (the centroid idea of extractive
 * summarisers). Asides (a ceremony's city, a substitution, a closing statistic) share few words with
 * the rest and score low.
 */
import type { Sentence, Token } from './sentences';
import { crudeStem, headlineStems } from './word-stem';

/** Words that recur in any article and say nothing about its subject. */
const COMMON_WORDS = new Set(
	(
		'be is are was were been being have has had do does did say says said tell told add added make made ' +
		'take took get got go went come came give gave see saw know knew think thought want wanted use used ' +
		'year years month months week weeks day days time times people thing things way ways last first next ' +
		'new old other such more most many much few little own same good great big high low well also just ' +
		'mr mrs ms dr sir percent per cent one two three four five six seven eight nine ten will would could ' +
		'should may might can must'
	).split(' ')
);

/** A content word's comparable form: lower case, plural and possessive endings dropped. */
function stemOf(token: Token): string | undefined {
	if (!/^\p{L}[\p{L}-]{2,}$/u.test(token.text)) return undefined;
	if (!(token.tags.has('Noun') || token.tags.has('Verb') || token.tags.has('Adjective')))
		return undefined;
	if (token.tags.has('Pronoun') || token.tags.has('Auxiliary') || token.tags.has('Copula'))
		return undefined;
	const word = token.normal.replace(/'s?$/, '');
	if (COMMON_WORDS.has(word)) return undefined;
	return crudeStem(word);
}

function stemsOf(sentence: Sentence): Set<string> {
	const stems = new Set<string>();
	for (const token of sentence.tokens) {
		const stem = stemOf(token);
		if (stem) stems.add(stem);
	}
	return stems;
}

/**
 * A score in [0, 1] per sentence index: the share of the best sentence's weight of recurring
 * content words. The article's first sentence (the lead of a news story, the definition of a
 * Wikipedia passage) always scores 1.
 */
export function sentenceCentrality(
	sentences: readonly Sentence[],
	headline?: string
): Map<number, number> {
	const stemSets = sentences.map((sentence) =>
		sentence.heading ? new Set<string>() : stemsOf(sentence)
	);
	const spread = new Map<string, number>();
	for (const stems of stemSets)
		for (const stem of stems) spread.set(stem, (spread.get(stem) ?? 0) + 1);
	// Common words in the headline ("the", "new") carry no weight: they are not content stems.
	const title = headlineStems(headline);
	for (const word of title) if (word.length < 3 || COMMON_WORDS.has(word)) title.delete(word);
	const raw = stemSets.map((stems) => {
		let weight = 0;
		for (const stem of stems) {
			weight += (spread.get(stem) ?? 1) - 1;
			if (title.has(stem)) weight += 2;
		}
		// Long sentences hold more words by length alone; the square root evens that out.
		return weight / Math.sqrt(Math.max(4, stems.size));
	});
	const best = Math.max(1e-9, ...raw);
	const scores = new Map<number, number>();
	const firstProse = sentences.find((sentence) => !sentence.heading)?.index;
	sentences.forEach((sentence, i) => {
		scores.set(sentence.index, sentence.index === firstProse ? 1 : Math.min(1, raw[i] / best));
	});
	return scores;
}
