/**
 * Finds candidate answers in a tagged sentence: a span of tokens whose type is known with some
 * certainty (a person's name, an organisation, a country, a year, a quantity…). Anything whose type
 * is doubtful is left out: a question with the wrong kind of answer is worse than no question.
 */
import type { Sentence, Token } from './sentences';
import { personAt, titledPersonAt } from './people';
import { organisationAt, placeAt } from './names';
import { dateAt, quantityAt } from './figures';
import { isCapitalised, runOf } from './token-spans';

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
	/**
	 * "more than 4,600" asked as "about 4,600": a bound is true of every figure on its near side, so
	 * the option is the bare number and the stem says "about" (see `approximateBound`).
	 */
	approximate?: boolean;
}

/** Inside brackets ("(The Mother)") sits a label or an aside, never the fact itself. */
function insideBrackets(tokens: Token[], first: number, last: number): boolean {
	let depth = 0;
	for (let i = 0; i < first; i++) {
		depth += (tokens[i].pre + tokens[i].post).split('(').length - 1;
		depth -= (tokens[i].pre + tokens[i].post).split(')').length - 1;
	}
	depth += tokens[first].pre.split('(').length - 1;
	return depth > 0 || tokens[last].post.startsWith(')');
}

/** The day of a birth is trivia; its year is what places the person in time. */
function birthYear(fact: Fact): Fact {
	const year = /\b(1[0-9]\d\d|20\d\d)\b/.exec(fact.text)?.[1];
	if (fact.type !== 'date' || !year) return fact;
	return { ...fact, type: 'year', text: year, option: year };
}

/**
 * "more than 4,600 troops": its wrong options could only lie above it (3,800 is also "more than"),
 * which makes the right one the smallest every time. Asked as "about how many", with options the
 * bare numbers spaced a round step apart, it has false options on both sides.
 */
function approximateBound(fact: Fact): Fact {
	const hedge = fact.modifier?.toLowerCase() ?? '';
	if (
		!/^(more than|at least|over|just over|less than|fewer than|up to|under|just under)$/.test(hedge)
	)
		return fact;
	const tokens = fact.sentence.tokens;
	const words = hedge.split(' ').length;
	// Small counts step by one: "about 6" beside "more than 5" would be as true as the answer.
	const value = Number(tokens[fact.first + words]?.text.replace(/[^\d.]/g, '') || 0);
	if (!(value >= 20)) return fact;
	const option = tokens[fact.first + words]
		? fact.sentence.text.slice(
				tokens[fact.first + words].start - fact.sentence.start,
				tokens[fact.last].end - fact.sentence.start
			)
		: fact.option;
	return { ...fact, option, approximate: true };
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
			// "Wright-Phillips" split at its hyphen would leave half a name in the stem.
			const hyphenated = /^-/.test(tokens[fact.last].post) || /-$/.test(tokens[fact.first].pre);
			// "(born 8 October 1991)" is the one bracketed aside that states a central fact.
			const birthDate =
				(fact.type === 'date' || fact.type === 'year') && tokens[fact.first - 1]?.normal === 'born';
			if (!hyphenated && (birthDate || !insideBrackets(tokens, fact.first, fact.last)))
				facts.push(birthDate ? birthYear(fact) : approximateBound(fact));
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
