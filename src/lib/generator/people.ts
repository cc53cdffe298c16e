/**
 * People in a sentence: names compromise tags as people, and names it does not know that follow a
 * role word ("Councillor Dafydd Price"). Titles stay out of the name; works, awards and names used
 * as modifiers are not people.
 */
import type { Fact } from './facts';
import type { Sentence, Token } from './sentences';
import { hasBreakAfter, isCapitalised, isPossessive, runOf, spanText } from './token-spans';
import { ORGANISATION_HEADS } from './lists/organisations';

/** Words that are titles or roles, kept out of a person's name ("Secretary Patricia Hewitt"). */
const TITLE_WORDS = new Set(
	(
		'mr mrs ms miss dr sir dame lord lady prof professor president prime minister secretary ' +
		'chancellor senator governor general judge justice king queen prince princess chairman ' +
		'chairwoman chief executive director manager coach captain mayor commissioner ambassador ' +
		'spokesman spokeswoman leader boss minister shadow deputy foreign home trade industry ' +
		'culture health defence defense state saint st rev father sister brother uncle rapper dj ' +
		'singer star skipper striker keeper substitute referee veteran producer councillor'
	).split(' ')
);

/** Nouns that, just before a name, make it the title of a work: "the drama Vera Drake". */
const WORK_NOUNS = new Set(
	(
		'film movie drama comedy documentary biopic album song single book novel play musical show ' +
		'series programme program opera painting sculpture game'
	).split(' ')
);

/** Last words that make a "name" an award, a prize or an event rather than a person. */
const NOT_A_PERSON_HEAD = new Set(
	// "Charles University", "Florence Nightingale Hospital": bodies named after a person.
	(
		'award awards prize trophy cup medal championship festival memorial lecture foundation ' +
		'university college school hospital institute museum gallery library academy society theatre'
	).split(' ')
);

/** "at Grace Road", "at Bradford Crown Court": a place or a court named after a given name. */
const PLACE_HEAD = new Set('road bowl street ground stadium avenue square court'.split(' '));

/** Kinds of place written before a place's name and "of": "the resort of Val Cérise". */
const PLACE_KINDS = new Set(
	'resort town village city island port region province district county parish hamlet suburb borough municipality'.split(
		' '
	)
);

const HONORIFICS = new Set('mr mrs ms miss dr sir dame lord lady prof'.split(' '));

/** A title or role word ("Rapper", "Judge", "Mr"): never a given name. */
export function isTitleWord(word: string): boolean {
	const bare = word.toLowerCase().replace(/\.$/, '');
	return TITLE_WORDS.has(bare) || ROLE_BEFORE_NAME.has(bare);
}

function isPersonToken(token: Token): boolean {
	return token.tags.has('Person') && !token.tags.has('Pronoun') && isCapitalised(token);
}

/** Role words that, written just before a capitalised name, tell us the name is a person's. */
const ROLE_BEFORE_NAME = new Set(
	(
		'councillor mayor captain engineer chairman chairwoman director spokesman spokeswoman minister ' +
		'secretary president senator judge coach manager striker midfielder defender goalkeeper winger ' +
		'actor actress singer author writer producer chef professor executive officer lawyer prosecutor ' +
		'economist analyst inspector sergeant commander colonel governor ambassador bishop mp mr mrs ms dr ' +
		'rapper star teacher founder owner boss chief analyst researcher scientist photographer'
	).split(' ')
);

/**
 * "Councillor Dafydd Price", "chief executive Ana Ruiz": compromise does not know every name, but a
 * role word followed by two or three capitalised words that are not a known place or organisation
 * is a person.
 */
export function titledPersonAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	const role = tokens[i];
	if (!ROLE_BEFORE_NAME.has(role.normal.replace(/\.$/, '')) || hasBreakAfter(role))
		return undefined;
	const first = i + 1;
	if (!tokens[first] || !isCapitalised(tokens[first])) return undefined;
	const last = runOf(tokens, first, (token) => isCapitalised(token));
	const words = last - first + 1;
	const honorific = HONORIFICS.has(role.normal.replace(/\.$/, ''));
	if (words < (honorific ? 1 : 2) || words > 3) return undefined;
	const name = tokens.slice(first, last + 1);
	if (
		name.some(
			(token) =>
				token.tags.has('Organization') ||
				token.tags.has('Country') ||
				token.tags.has('City') ||
				token.tags.has('Month') ||
				token.tags.has('WeekDay') ||
				ORGANISATION_HEADS.has(token.normal) ||
				!/^\p{Lu}[\p{Ll}'’-]+$/u.test(token.text)
		)
	)
		return undefined;
	if (!looksLikeAPerson(tokens, first, last)) return undefined;
	if (isPossessive(tokens[last])) return undefined;
	if (last + 1 < tokens.length && isCapitalised(tokens[last + 1]) && !hasBreakAfter(tokens[last]))
		return undefined;
	const text = spanText(sentence, first, last);
	if (honorific) {
		// "Ms Raman": the honorific belongs in a blank with the name; the full name is found later.
		return {
			sentence,
			first: i,
			last,
			text: spanText(sentence, i, last),
			option: text,
			type: 'person'
		};
	}
	return { sentence, first, last, text, option: text, type: 'person' };
}

/**
 * Names that are not people: a work ("the drama Vera Drake", "Girl with a Pearl Earring"), an award
 * ("the Douglas Hickox Award"), or a name used as a modifier ("John Williams symphonies").
 */
function looksLikeAPerson(tokens: Token[], first: number, last: number): boolean {
	const before = tokens[first - 1];
	const after = tokens[last + 1];
	if (before && (WORK_NOUNS.has(before.normal) || /^(a|an)$/.test(before.normal))) return false;
	// "the French resort of Val Cérise": a place named after the kind of place it is.
	if (before?.normal === 'of' && PLACE_KINDS.has(tokens[first - 2]?.normal ?? '')) return false;
	if (NOT_A_PERSON_HEAD.has(tokens[last].normal)) return false;
	// "at Grace Road", "at the Rose Bowl": a ground or a street named after a given name.
	if (PLACE_HEAD.has(tokens[last].normal)) return false;
	if (
		after &&
		!hasBreakAfter(tokens[last]) &&
		isCapitalised(after) &&
		NOT_A_PERSON_HEAD.has(after.normal)
	)
		return false;
	// "the stirring John Williams symphonies": a name directly before a lowercase noun is a modifier.
	if (
		after &&
		!hasBreakAfter(tokens[last]) &&
		!isCapitalised(after) &&
		after.tags.has('Noun') &&
		!after.tags.has('Pronoun')
	)
		return false;
	return true;
}

/** "Londoners", "Glaswegians": people named by their town, which compromise may take for a name. */
function isPluralDemonym(token: Token): boolean {
	return (
		/^\p{Lu}\p{Ll}+(?:ers|ians|ans|ites|men)$/u.test(token.text) &&
		!token.tags.has('FirstName') &&
		!token.tags.has('LastName')
	);
}

/** "Welshman", "Briton", "Australian": a word for someone's nation, written before a name. */
function isNationalityWord(token: Token): boolean {
	return (
		token.tags.has('Demonym') ||
		/^(?:Welsh|Scots|Scotch|English|Irish|Cornish|French|Dutch|Manx)(?:man|woman)$|^Briton$/.test(
			token.text
		)
	);
}

export function personAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	if (!isPersonToken(tokens[i])) return undefined;
	const last = runOf(tokens, i, isPersonToken);
	let first = i;
	while (first < last && TITLE_WORDS.has(tokens[first].normal.replace(/\.$/, ''))) first++;
	// "where Londoners Grace Okafor and Hannah Steele beat …": where people come from is no name.
	while (first < last - 1 && isPluralDemonym(tokens[first])) first++;
	// "beat Welshman Rhodri Penlan", "Australian Matt Lonergan": where someone is from is no name.
	while (first < last - 1 && isNationalityWord(tokens[first])) first++;
	const leadIn = first - i;
	if (last + 1 < tokens.length && isCapitalised(tokens[last + 1]) && !hasBreakAfter(tokens[last]))
		return undefined;
	const nameTokens = tokens.slice(first, last + 1);
	if (nameTokens.some((token) => TITLE_WORDS.has(token.normal) && !token.tags.has('LastName')))
		return undefined;
	if (isPossessive(tokens[last])) return undefined;
	if (!looksLikeAPerson(tokens, i, last)) return undefined;
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
