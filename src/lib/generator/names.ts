/**
 * Organisations and places in a sentence. Only names whose type is certain are kept: a country or
 * city from the built-in lists, an organisation tagged so or named by its head noun ("… Trust").
 * Fragments of longer names and names used as modifiers are left out.
 */
import type { Fact } from './facts';
import type { Sentence, Token } from './sentences';
import { hasBreakAfter, isCapitalised, isPossessive, runOf, spanText } from './token-spans';
import { countryRegion, cityRegion } from './lists/places';
import { ORGANISATION_HEADS } from './lists/organisations';

function isOrganisationToken(token: Token): boolean {
	return (token.tags.has('Organization') || token.tags.has('SportsTeam')) && isCapitalised(token);
}

function isPlaceToken(token: Token): boolean {
	return token.tags.has('Place') && isCapitalised(token);
}

/**
 * True when capitalised words touch the span: "Norway" in "Norway Shipping", "Air" in "Air France".
 * Such a span is a fragment of a name whose type we do not know.
 */
function partOfLongerName(tokens: Token[], first: number, last: number): boolean {
	const before = tokens[first - 1];
	const after = tokens[last + 1];
	const joinedBefore = before && !hasBreakAfter(before) && isCapitalised(before) && first - 1 > 0;
	// "BBC Radio 4's", "Apollo 11": a number straight after continues the name.
	const joinedAfter =
		after && !hasBreakAfter(tokens[last]) && (isCapitalised(after) || /^\d/.test(after.text));
	// "… of the Pops": "of", perhaps "the", then a capitalised word continues the name.
	const afterOf = tokens[last + 2]?.normal === 'the' ? tokens[last + 3] : tokens[last + 2];
	const ofAfter =
		after?.normal === 'of' && !hasBreakAfter(tokens[last]) && afterOf && isCapitalised(afterOf);
	// A possessive inside the span ("BBC One's Top") means the span is part of a longer title.
	const possessiveInside = tokens.slice(first, last).some((token) => isPossessive(token));
	return Boolean(joinedBefore || joinedAfter || ofAfter || possessiveInside);
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
	// compromise reads many nouns as verbs ("chart", "camp"); only a clearly finite form is a verb here.
	const finiteVerb =
		next.tags.has('PastTense') ||
		next.tags.has('Gerund') ||
		next.tags.has('Auxiliary') ||
		next.tags.has('Copula') ||
		next.tags.has('Modal') ||
		/s$/.test(next.normal);
	if (next.tags.has('Verb')) return !finiteVerb;
	return next.tags.has('Noun') || next.tags.has('Adjective');
}

const NOT_AN_ORGANISATION_HEAD = new Set(
	(
		'constitution treaty act bill law agreement accord convention charter award awards prize cup ' +
		'championship championships games festival tournament olympics summit conference election ' +
		'referendum report index'
	).split(' ')
);

export function organisationAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	const token = tokens[i];
	const namedByHead =
		isCapitalised(token) &&
		token.tags.has('ProperNoun') &&
		tokens
			.slice(
				i,
				runOf(tokens, i, (next) => isCapitalised(next) || /^(of|for)$/.test(next.normal)) + 1
			)
			.some((part) => isCapitalised(part) && ORGANISATION_HEADS.has(part.normal));
	if (!isOrganisationToken(token) && !namedByHead) return undefined;
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
	// "the EU Constitution", "the Kyoto Treaty": documents and events, not organisations.
	if (NOT_AN_ORGANISATION_HEAD.has(tokens[last].normal)) return undefined;
	const text = spanText(sentence, i, last);
	return { sentence, first: i, last, text, option: text, type: 'organisation' };
}

export function placeAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	if (!isPlaceToken(tokens[i])) return undefined;
	const last = runOf(tokens, i, isPlaceToken);
	if (isPossessive(tokens[last]) || partOfLongerName(tokens, i, last)) return undefined;
	if (usedAsModifier(tokens, last)) return undefined;
	const text = spanText(sentence, i, last);
	const type = countryRegion(text) ? 'country' : cityRegion(text) ? 'city' : undefined;
	if (!type) return undefined;
	// "the UK", "the Netherlands": the article goes into the blank with the name, so "in the ___"
	// never rules out "France".
	if (type === 'country' && tokens[i - 1]?.normal === 'the' && !hasBreakAfter(tokens[i - 1])) {
		const option = 'the ' + text;
		return { sentence, first: i - 1, last, text: spanText(sentence, i - 1, last), option, type };
	}
	return { sentence, first: i, last, text, option: text, type };
}
