/**
 * Definite descriptions that point back to something named earlier ("the hearing", "that election",
 * "The Australian star", "Who also …") leave a stem that does not stand on its own. They are found in
 * the narrative only: quoted speech may refer to anything.
 */
import { withoutQuotations } from './filters';

/** Events, things and roles that "the …" points back to unless a phrase after it says which. */
const BACK_POINTING_NOUNS =
	'hearing|appointment|alliance|attack|system|technology|party|camp|election|event|incident|trial|' +
	'deal|move|decision|scheme|proposal|tournament|race|contest|meeting|talks|summit|visit|ruling|' +
	'verdict|agreement|treaty|merger|takeover|bid|offer|product|device|man|woman|boy|girl|pair|duo|' +
	'trio|couple|victim|suspect|defendant|incumbent|newcomer|project|anniversary|crossing';

/** Roles a person is called by in place of the name ("the striker", "The Venice winner"). */
const ROLE_NOUNS =
	'star|boss|winner|striker|midfielder|defender|winger|keeper|goalkeeper|forward|player|captain|' +
	'coach|manager|teacher|actor|actress|singer|rapper|director|champion|veteran|youngster|' +
	'runner|driver|rider|boxer|golfer|batsman|bowler|singer-songwriter|comedian|spinner|seamer|' +
	'opener|flanker|scrum-half|fly-half|jockey|skipper|Englishman|Scotsman|Welshman|' +
	'Irishman|Frenchman|Dutchman|Cornishman';

const DEFINITE_THING = new RegExp(
	`\\bthe (?:${BACK_POINTING_NOUNS})\\b(?!\\s+(?:of|in|at|for|from|on|to|between|over|with|against|that|which|who)\\b|'s?\\b|-)`,
	'i'
);
/** Words that end a noun phrase: "the Netherlands after singer Rhys Morgan" is no "the … singer". */
const LINKING_WORDS = 'after|before|and|or|but|with|by|for|as|of|in|on|at|to|from|than|when|while';
/** "the striker", "the Argentine striker", "The Venice winner", "the part-time maths teacher". */
const DEFINITE_ROLE = new RegExp(
	`\\bthe (?:(?!(?:${LINKING_WORDS})\\b)[\\p{L}-]+ ){0,2}(?:${ROLE_NOUNS})\\b(?!\\s+(?:of|for|at|in)\\b|'s?\\b|-)`,
	'iu'
);
/** "The 22-year-old, who works part-time …" where the story never said whom it describes. */
const BARE_AGE =
	/\bthe \d{1,2}-year-old\b(?!\s+\p{Lu})|\bthe \d{1,2}-year-old \p{Lu}\p{Ll}+(?:ian|ese|ish|ine|ean)\b(?=,)/iu;
/** "Half were offered …": half of what the sentence before counted. */
const BARE_SHARE =
	/^(?:half|most|many|two-thirds|a third|a quarter|three-quarters) (?:were|are|had|have)\b/i;
/** "the Argentine" standing alone for a person: a nationality where a name should be. */
const BARE_DEMONYM =
	/\bthe \p{Lu}\p{Ll}+(?:ian|ese|ish|ine|ean)\b(?=[,.?]| (?:was|is|has|had|said|says|who|also|then)\b)/u;
/** "during this period", "confirmed this accuracy": a thing the sentence before described. */
const THIS_THING =
	/\bthis (?:period|accuracy|method|approach|design|system|practice|arrangement|process|technique|instrument|device|work)\b/i;
/** "after that election", "on that date", "of those talks". */
const DEMONSTRATIVE =
	/\b(?:in|on|at|after|before|since|during|from|for|by|until|of|to|with|over) (?:that|those|these) \p{L}/iu;
/** "has since released", "since then": since what, the sentence before said. */
const SINCE_WHEN = /\b(?:has|have|had) since (?!\d)|\bsince then\b/i;
/** "Who then kept Kingsmoor in the game …?": then after what? */
const THEN_AFTER_WHAT = /^(?:who|what|which \p{L}+) then\b|^\p{Lu}[\p{L}' -]* then \p{Ll}/u;
/** "Who converted?": which kick, in which match, the sentences before said. */
const BARE_WHO = /^who \p{Ll}+\?$/iu;
/** "Another GB international", "the two arch-rivals", "Who also …". */
const OTHER_POINTERS = /^(?:another|the other)\b|\bthe (?:two|three|four|both) \p{Ll}|\balso\b/iu;

/**
 * "On busy nights the figure fell to _____", "By what percentage had the figure risen?": a figure
 * the stem has not given yet is the one the sentence before gave.
 */
const FIGURE_SUBJECT =
	/\bthe figure (?:was|is|fell|rose|had|has|stood|reached|dropped|climbed|risen|fallen|will|would)\b/i;

/** "she expected that figure to reach _____": the figure before the blank is the sentence before's. */
const THAT_FIGURE = /\b(?:that|this) (?:figure|number|total|amount|sum)\b/i;

function pointsToEarlierFigure(text: string): boolean {
	const at = text.search(FIGURE_SUBJECT);
	if (at >= 0 && !/[%£$€_]|\d/.test(text.slice(0, at).replace(/\b\d+ to \d+-year-olds\b/, '')))
		return true;
	const that = text.search(THAT_FIGURE);
	const before = text.slice(0, that);
	return (
		that >= 0 &&
		text.indexOf('_____') > that &&
		!/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(before)
	);
}

/**
 * "Chief executive Alison Fairhurst said the firm had paid out _____": a speaker with no firm of
 * their own in the stem, so "the firm" is the one the sentences before named.
 */
const UNNAMED_FIRM_SPEAKER =
	/^(?:(?:Chief|Managing|Finance|Sales|Commercial|Technical|Operations|Marketing|General|Group|Deputy) (?:executive|director|manager)\s|(?:Chairman|Chairwoman|Director|Founder|Owner|Spokesman|Spokeswoman|President)\s)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?(?:\p{Lu}[\p{L}'’-]+\s){1,3}said (?:that )?the (?:firm|company)\b/u;

export function hasDanglingDescription(prompt: string): boolean {
	const text = withoutQuotations(prompt);
	return (
		pointsToEarlierFigure(text) ||
		UNNAMED_FIRM_SPEAKER.test(text) ||
		DEFINITE_THING.test(text) ||
		DEFINITE_ROLE.test(text) ||
		BARE_DEMONYM.test(text) ||
		BARE_AGE.test(text) ||
		BARE_SHARE.test(text) ||
		DEMONSTRATIVE.test(text) ||
		THIS_THING.test(text) ||
		SINCE_WHEN.test(text) ||
		THEN_AFTER_WHAT.test(text) ||
		BARE_WHO.test(text.trim()) ||
		OTHER_POINTERS.test(text)
	);
}
