/**
 * Finds candidate answers in a tagged sentence: a span of tokens whose type is known with some
 * certainty (a person's name, an organisation, a country, a year, a quantity…). Anything whose type
 * is doubtful is left out: a question with the wrong kind of answer is worse than no question.
 */
import type { Sentence, Token } from './sentences';
import { countryRegion, cityRegion } from './lists/places';
import { monthIndex } from './lists/calendar';
import { parseWrittenNumber } from './numbers';

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
}

/** Words that are titles or roles, kept out of a person's name ("Secretary Patricia Hewitt"). */
const TITLE_WORDS = new Set(
	(
		'mr mrs ms miss dr sir dame lord lady prof professor president prime minister secretary ' +
		'chancellor senator governor general judge justice king queen prince princess chairman ' +
		'chairwoman chief executive director manager coach captain mayor commissioner ambassador ' +
		'spokesman spokeswoman leader boss minister shadow deputy foreign home trade industry ' +
		'culture health defence defense state saint st rev father sister brother uncle'
	).split(' ')
);

const HONORIFICS = new Set('mr mrs ms miss dr sir dame lord lady prof'.split(' '));

export function isCapitalised(token: Token): boolean {
	return /^\p{Lu}/u.test(token.text);
}

/** Punctuation after a token (a comma, a colon, a quote) ends a name. */
export function hasBreakAfter(token: Token): boolean {
	return /[^\s]/.test(token.post);
}

function hasBreakBefore(token: Token): boolean {
	return /[^\s]/.test(token.pre);
}

function isPossessive(token: Token): boolean {
	return /['’]s?$/.test(token.text) || token.tags.has('Possessive') || /^['’]/.test(token.post);
}

/** A maximal run of tokens from `from` that satisfy `test`, stopping at punctuation. */
function runOf(tokens: Token[], from: number, test: (token: Token) => boolean): number {
	let last = from;
	while (
		last + 1 < tokens.length &&
		!hasBreakAfter(tokens[last]) &&
		!hasBreakBefore(tokens[last + 1]) &&
		test(tokens[last + 1])
	) {
		last++;
	}
	return last;
}

function spanText(sentence: Sentence, first: number, last: number): string {
	const tokens = sentence.tokens;
	return sentence.text.slice(
		tokens[first].start - sentence.start,
		tokens[last].end - sentence.start
	);
}

function isPersonToken(token: Token): boolean {
	return token.tags.has('Person') && !token.tags.has('Pronoun') && isCapitalised(token);
}

function isOrganisationToken(token: Token): boolean {
	return (token.tags.has('Organization') || token.tags.has('SportsTeam')) && isCapitalised(token);
}

function isPlaceToken(token: Token): boolean {
	return token.tags.has('Place') && isCapitalised(token);
}

function isNumberToken(token: Token): boolean {
	return token.tags.has('Value') && !token.tags.has('Ordinal') && !token.tags.has('Fraction');
}

/**
 * True when capitalised words touch the span: "Norway" in "Norway Shipping", "Air" in "Air France".
 * Such a span is a fragment of a name whose type we do not know.
 */
function partOfLongerName(tokens: Token[], first: number, last: number): boolean {
	const before = tokens[first - 1];
	const after = tokens[last + 1];
	const joinedBefore = before && !hasBreakAfter(before) && isCapitalised(before) && first - 1 > 0;
	const joinedAfter = after && !hasBreakAfter(tokens[last]) && isCapitalised(after);
	const ofAfter =
		after?.normal === 'of' &&
		!hasBreakAfter(tokens[last]) &&
		tokens[last + 2] &&
		isCapitalised(tokens[last + 2]);
	return Boolean(joinedBefore || joinedAfter || ofAfter);
}

/**
 * "UK exporters", "Dow Jones index", "Kosovo police": a name used as a modifier is not what the
 * sentence is about, and asking for it reads as a riddle.
 */
function usedAsModifier(tokens: Token[], last: number): boolean {
	const next = tokens[last + 1];
	if (!next || hasBreakAfter(tokens[last]) || isCapitalised(next)) return false;
	if (next.tags.has('Pronoun') || next.tags.has('Preposition') || next.tags.has('Determiner'))
		return false;
	// "US oil prices": compromise may read the middle noun as a verb; a plural noun after it settles it.
	const afterNext = tokens[last + 2];
	if (
		next.tags.has('Verb') &&
		!hasBreakAfter(next) &&
		afterNext?.tags.has('Plural') &&
		!afterNext.tags.has('Verb')
	)
		return true;
	if (next.tags.has('Verb')) return false;
	return next.tags.has('Noun') || next.tags.has('Adjective');
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

/** Everything that can be asked about in one sentence, left to right, without overlaps. */
export function findFacts(sentence: Sentence): Fact[] {
	const facts: Fact[] = [];
	const tokens = sentence.tokens;
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		const fact =
			personAt(sentence, i) ??
			organisationAt(sentence, i) ??
			placeAt(sentence, i) ??
			dateAt(sentence, i) ??
			quantityAt(sentence, i);
		if (fact) {
			// "Wright-Phillips" split at its hyphen would leave half a name in the stem.
			const hyphenated = /^-/.test(tokens[fact.last].post) || /-$/.test(tokens[fact.first].pre);
			if (!hyphenated && !insideBrackets(tokens, fact.first, fact.last)) facts.push(fact);
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

function personAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	if (!isPersonToken(tokens[i])) return undefined;
	const last = runOf(tokens, i, isPersonToken);
	let first = i;
	while (first < last && TITLE_WORDS.has(tokens[first].normal.replace(/\.$/, ''))) first++;
	const leadIn = first - i;
	if (last + 1 < tokens.length && isCapitalised(tokens[last + 1]) && !hasBreakAfter(tokens[last]))
		return undefined;
	const nameTokens = tokens.slice(first, last + 1);
	if (nameTokens.some((token) => TITLE_WORDS.has(token.normal) && !token.tags.has('LastName')))
		return undefined;
	if (isPossessive(tokens[last])) return undefined;
	const text = spanText(sentence, first, last);
	const honorific = leadIn > 0 && HONORIFICS.has(tokens[i].normal.replace(/\.$/, ''));
	return {
		sentence,
		first: honorific ? i : first,
		last,
		text: honorific ? spanText(sentence, i, last) : text,
		option: text,
		type: 'person'
	};
}

function organisationAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	if (!isOrganisationToken(tokens[i])) return undefined;
	// Organisation names run through "of", "and" and "for" when a capitalised word follows.
	let last = i;
	for (;;) {
		const next = runOf(tokens, last, (token) => isCapitalised(token));
		last = next;
		const joiner = tokens[last + 1];
		const after = tokens[last + 2];
		if (
			joiner &&
			after &&
			/^(of|for|and|&)$/.test(joiner.normal) &&
			!hasBreakAfter(tokens[last]) &&
			!hasBreakAfter(joiner) &&
			isCapitalised(after) &&
			after.tags.has('ProperNoun')
		) {
			last += 2;
			continue;
		}
		break;
	}
	if (isPossessive(tokens[last]) || partOfLongerName(tokens, i, last)) return undefined;
	if (usedAsModifier(tokens, last)) return undefined;
	const text = spanText(sentence, i, last);
	return { sentence, first: i, last, text, option: text, type: 'organisation' };
}

function placeAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	if (!isPlaceToken(tokens[i])) return undefined;
	const last = runOf(tokens, i, isPlaceToken);
	if (isPossessive(tokens[last]) || partOfLongerName(tokens, i, last)) return undefined;
	if (usedAsModifier(tokens, last)) return undefined;
	const text = spanText(sentence, i, last);
	const type = countryRegion(text) ? 'country' : cityRegion(text) ? 'city' : undefined;
	if (!type) return undefined;
	return { sentence, first: i, last, text, option: text, type };
}

const QUANTITY_MODIFIERS = new Set([
	'more than',
	'less than',
	'fewer than',
	'at least',
	'up to',
	'almost',
	'nearly',
	'about',
	'around',
	'roughly',
	'approximately',
	'some',
	'over',
	'under',
	'just over',
	'just under',
	'only'
]);

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;

function dateAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	const token = tokens[i];
	const next = tokens[i + 1];
	const afterNext = tokens[i + 2];
	const joined = (a: Token, b: Token | undefined) => b !== undefined && !/[^\s,]/.test(a.post);
	// "12 June 2023", "12 June"
	if (
		/^\d{1,2}$/.test(token.text) &&
		next &&
		joined(token, next) &&
		monthIndex(next.text) >= 0 &&
		isCapitalised(next)
	) {
		const last = afterNext && joined(next, afterNext) && YEAR.test(afterNext.text) ? i + 2 : i + 1;
		const text = spanText(sentence, i, last);
		return { sentence, first: i, last, text, option: text, type: 'date' };
	}
	// "June 12, 2023", "June 2023"
	if (
		monthIndex(token.text) >= 0 &&
		isCapitalised(token) &&
		token.tags.has('Date') &&
		next &&
		joined(token, next)
	) {
		if (YEAR.test(next.text)) {
			const text = spanText(sentence, i, i + 1);
			return { sentence, first: i, last: i + 1, text, option: text, type: 'date' };
		}
		if (/^\d{1,2}$/.test(next.text)) {
			const last =
				afterNext && joined(next, afterNext) && YEAR.test(afterNext.text) ? i + 2 : i + 1;
			const text = spanText(sentence, i, last);
			return { sentence, first: i, last, text, option: text, type: 'date' };
		}
	}
	if (YEAR.test(token.text) && token.tags.has('Date')) {
		return {
			sentence,
			first: i,
			last: i,
			text: token.text,
			option: token.text,
			type: 'year'
		};
	}
	return undefined;
}

function quantityAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	const token = tokens[i];
	if (!isNumberToken(token) || token.tags.has('Date') || YEAR.test(token.text)) return undefined;
	const written = parseWrittenNumber(token.text);
	// "one" is more often a pronoun ("one of the …") than a count worth asking about.
	if (!written || (written.inWords && written.value === 1)) return undefined;
	// "Chapter 11", "Formula 1", "Boeing 747": a number after a capitalised word is part of a name.
	const before = tokens[i - 1];
	if (
		before &&
		i - 1 > 0 &&
		isCapitalised(before) &&
		!hasBreakAfter(before) &&
		monthIndex(before.text) < 0
	)
		return undefined;
	let last = i;
	// "3.2 million", "£4.5 billion"
	const scale = tokens[i + 1];
	if (scale && !hasBreakAfter(token) && /^(million|billion|trillion)$/.test(scale.normal))
		last = i + 1;
	// Ranges ("3-1", "10 to 12") and fractions are not single answers.
	if (/[-–/]/.test(token.text) || token.tags.has('NumberRange')) return undefined;
	// "more than 4,600", "about £10bn": the hedge is part of what is true, so it is part of the answer.
	let first = i;
	for (const length of [2, 1]) {
		const words = tokens
			.slice(i - length, i)
			.map((word) => word.normal)
			.join(' ');
		if (
			i - length >= 0 &&
			QUANTITY_MODIFIERS.has(words) &&
			!tokens.slice(i - length, i).some(hasBreakAfter)
		) {
			first = i - length;
			break;
		}
	}
	const text = spanText(sentence, first, last);
	const modifier = first < i ? spanText(sentence, first, i - 1) : undefined;
	const type: AnswerType =
		/%$/.test(token.text) || tokens[last + 1]?.normal === 'per'
			? 'percent'
			: /^([£$€¥]|US\$)/.test(token.text) ||
				  /^(pounds|dollars|euros)$/.test(tokens[last + 1]?.normal ?? '')
				? 'money'
				: 'quantity';
	const unitToken = tokens[last + 1];
	const unit =
		type === 'quantity' &&
		unitToken &&
		!hasBreakAfter(tokens[last]) &&
		unitToken.tags.has('Noun') &&
		!unitToken.tags.has('Pronoun')
			? unitToken.text
			: undefined;
	return { sentence, first, last, text, option: text, type, unit, modifier };
}
