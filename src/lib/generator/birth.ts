/**
 * "Jane Smith (born 8 October 1991) is …": the opening of a biography gives the person's birth date
 * in brackets. It is asked as "When was Jane Smith born?", with the name taken from the capitalised
 * words just before the bracket even when compromise does not know it as a name.
 */
import type { Fact } from './facts';
import type { Stem } from './stems';
import { isCapitalised } from './token-spans';

const MAX_NAME_WORDS = 4;

export function birthStem(fact: Fact): Stem | undefined {
	// The exact day of a birth is trivia; the year places the person in time.
	if (fact.type !== 'year') return undefined;
	const tokens = fact.sentence.tokens;
	const born = tokens[fact.first - 1];
	if (born?.normal !== 'born' || !born.pre.includes('(')) return undefined;
	// A birthday without its year ("January 29") is half a date: its distractors could be impossible.
	if (!/\b\d{4}\b/.test(fact.text)) return undefined;
	const nameEnd = fact.first - 2;
	let nameStart = nameEnd;
	while (
		nameStart > 0 &&
		nameEnd - nameStart + 1 < MAX_NAME_WORDS &&
		isCapitalised(tokens[nameStart - 1]) &&
		!/[^\s]/.test(tokens[nameStart - 1].post)
	)
		nameStart--;
	const words = tokens.slice(nameStart, nameEnd + 1);
	if (words.length < 2 || !words.every(isCapitalised)) return undefined;
	// The name must open the sentence or follow a lowercase word: never half of a longer name.
	if (nameStart > 0 && isCapitalised(tokens[nameStart - 1])) return undefined;
	const name = words.map((token) => token.text).join(' ');
	return { kind: 'when', prompt: `In what year was ${name} born?` };
}
