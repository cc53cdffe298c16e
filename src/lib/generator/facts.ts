/**
 * Finds candidate answers in a tagged sentence: a span of tokens whose type is known with some
 * certainty (a person's name, an organisation, a country, a year, a quantity…). Anything whose type
 * is doubtful is left out: a question with the wrong kind of answer is worse than no question.
 */
import type { Sentence, Token } from './sentences';
import { personAt, titledPersonAt } from './people';
import { organisationAt, placeAt } from './names';
import { dateAt, quantityAt } from './figures';
import { isCapitalised, isInsideBrackets, runOf } from './token-spans';

export type AnswerType =
	| 'person'
	| 'organisation'
	| 'country'
	| 'city'
	| 'year'
	| 'date'
	| 'quantity'
	| 'money'
	| 'percent';

/** Answers that name someone or something rather than a number or a date. */
export const NAMED_TYPES: ReadonlySet<AnswerType> = new Set([
	'person',
	'organisation',
	'country',
	'city'
]);
/** Answers that count or measure: a number, a sum of money, a share. */
export const NUMBER_TYPES: ReadonlySet<AnswerType> = new Set(['quantity', 'money', 'percent']);

export interface Fact {
	sentence: Sentence;
	/** Token indices of the answer inside the sentence, inclusive. */
	first: number;
	last: number;
	/** The answer as it stands in the sentence. */
	text: string;
	/** The answer as offered as an option (a person's full name rather than "Ms Smith"). */
	option: string;
	type: AnswerType;
	/** For quantities: the counted noun after the number ("troops"), if any. */
	unit?: string;
	/** For quantities: "more than", "about"… written before the number, part of the answer. */
	modifier?: string;
	/** A bounded figure asked as one to recall roughly, its option the figure without the bound. */
	rough?: boolean;
}

/** The sentence's text before the fact. */
export function textBefore(fact: Fact): string {
	return fact.sentence.text.slice(0, fact.sentence.tokens[fact.first].start - fact.sentence.start);
}

/** The sentence's text after the fact. */
export function textAfter(fact: Fact): string {
	return fact.sentence.text.slice(fact.sentence.tokens[fact.last].end - fact.sentence.start);
}

/** Inside brackets ("(The Mother)") sits a label or an aside, never the fact itself. */
function insideBrackets(tokens: Token[], first: number, last: number): boolean {
	return isInsideBrackets(tokens, first) || tokens[last].post.startsWith(')');
}

/** The day of a birth is trivia; its year is what places the person in time. */
function birthYear(fact: Fact): Fact {
	const year = /\b(1[0-9]\d\d|20\d\d)\b/.exec(fact.text)?.[1];
	if (fact.type !== 'date' || !year) return fact;
	return { ...fact, type: 'year', text: year, option: year };
}

/** Everything that can be asked about in one sentence, left to right, without overlaps. */
export function findFacts(sentence: Sentence): Fact[] {
	const facts: Fact[] = [];
	const tokens = sentence.tokens;
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		const fact =
			personAt(sentence, i) ??
			titledPersonAt(sentence, i) ??
			organisationAt(sentence, i) ??
			placeAt(sentence, i) ??
			dateAt(sentence, i) ??
			quantityAt(sentence, i);
		if (fact) {
			// "Wright-Phillips" or "Twenty-three" split at its hyphen would leave half in the stem.
			const hyphenated =
				/^-/.test(tokens[fact.last].post) ||
				/-$/.test(tokens[fact.first].pre) ||
				/-$/.test(tokens[fact.first - 1]?.post ?? '');
			// "(born 8 October 1991)" is the one bracketed aside that states a central fact.
			const birthDate =
				(fact.type === 'date' || fact.type === 'year') && tokens[fact.first - 1]?.normal === 'born';
			if (!hyphenated && (birthDate || !insideBrackets(tokens, fact.first, fact.last)))
				facts.push(birthDate ? birthYear(fact) : fact);
			i = fact.last + 1;
			continue;
		}
		// Skip the rest of any proper-noun run we could not type, so no part of it is asked about.
		if (isCapitalised(token) && token.tags.has('ProperNoun')) {
			i = runOf(tokens, i, (next) => isCapitalised(next)) + 1;
			continue;
		}
		i++;
	}
	return facts;
}
