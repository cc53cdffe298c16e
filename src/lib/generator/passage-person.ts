/**
 * "Alwyn Prothero (14 February 1911 – 3 September 1986) was a Welsh trade unionist … Born in
 * Tonypandy, he left school at 14 …": a reference passage about a person calls them "he" or "she"
 * from the second sentence on, often with nobody else named in between. That person, with the
 * gender the passage's first such pronoun gives, is who an otherwise unresolved pronoun means.
 */
import type { PersonRecord } from './article';
import type { Sentence } from './sentences';
import { definedSubjectOf } from './title';

/** A life's dates after the name: "(born 12 March 1975)", "(1841–1912)", "(14 March 1841 - 2 …)". */
const LIFE_DATES = /^\s*\((?:born\b[^()]*|[^()]*\b\d{4}\s*[-–—]\s*[^()]*\d{4})\)/;
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+$/u;
/** Honours after a name, "Ursula Mary Drinkwater FRS": letters, not the surname. */
const POST_NOMINALS = /(?:\s+\p{Lu}{2,5})+$/u;
const OPENING_PRONOUN = /(?:^|[.!?]\s+)(He|She)\b/;
const FIRST_PRONOUN = /\b(he|she|his|her)\b/i;

/** Words between "was a" and the noun saying what the person was: "a Welsh trade unionist". */
const MAX_KIND_WORDS = 5;

/** "civil engineer", "economist", "historian": the endings of words for what people do. */
const CALLING_ENDING = /(?:er|or|ist|ian|man|woman|wright|smith)$/;
/** Words with those endings that name a vessel or a machine: "a paddle steamer (1851–1903)". */
const NOT_A_CALLING = new Set(
	'steamer liner trawler tanker freighter carrier cruiser destroyer schooner clipper tender tractor locomotive'.split(
		' '
	)
);

/** Callings without those endings: "an English nurse and hospital matron". */
const CALLINGS = new Set(
	'nurse matron surgeon midwife poet judge priest bishop archbishop canon monk nun diplomat architect athlete jockey missionary saint chef cook pilot dramatist cleric'.split(
		' '
	)
);

/**
 * "was a Cornish engineer": a lower-case noun compromise files as a person's occupation, or one
 * with the ending of a calling (compromise does not know "civil engineer").
 */
function definesAPerson(lead: Sentence): boolean {
	const tokens = lead.tokens;
	const copula = tokens.findIndex((token) => /^(is|was)$/.test(token.normal));
	if (copula < 0 || !/^(a|an)$/.test(tokens[copula + 1]?.normal ?? '')) return false;
	return tokens
		.slice(copula + 2, copula + 2 + MAX_KIND_WORDS)
		.some(
			(token) =>
				/^\p{Ll}/u.test(token.text) &&
				(token.tags.has('Actor') ||
					CALLINGS.has(token.normal) ||
					(token.tags.has('Noun') &&
						CALLING_ENDING.test(token.normal) &&
						!NOT_A_CALLING.has(token.normal)))
		);
}

/** A reference passage's first sentence, and the subject it defines if it defines one. */
function referenceLead(
	sentences: readonly Sentence[],
	isNews: boolean
): { lead: Sentence; defined: string | undefined } | undefined {
	if (isNews) return undefined;
	const lead = sentences.find((sentence) => !sentence.heading);
	return lead && { lead, defined: definedSubjectOf(lead.text) };
}

export function passagePerson(
	sentences: readonly Sentence[],
	isNews: boolean
): PersonRecord | undefined {
	const { lead, defined } = referenceLead(sentences, isNews) ?? {};
	if (!lead || !defined || !lead.text.startsWith(defined)) return undefined;
	const name = defined.replace(POST_NOMINALS, '');
	if (!NAME.test(name)) return undefined;
	if (!LIFE_DATES.test(lead.text.slice(defined.length)) || !definesAPerson(lead)) return undefined;
	return personCalledOnBy(name, sentences, lead);
}

/** The person with the gender the pronouns after the lead give them, if any pronoun does. */
function personCalledOnBy(
	fullName: string,
	sentences: readonly Sentence[],
	lead: Sentence
): PersonRecord | undefined {
	const after = sentences
		.filter((sentence) => sentence.index > lead.index)
		.map((sentence) => sentence.text)
		.join(' ');
	// "the daughter of Thomas Yelland … and his wife Harriet. She was educated …": a sentence that
	// opens with the pronoun says the subject's own; the first pronoun anywhere may be a parent's.
	const pronoun = (OPENING_PRONOUN.exec(after) ?? FIRST_PRONOUN.exec(after))?.[1].toLowerCase();
	if (!pronoun) return undefined;
	return { fullName, gender: pronoun === 'she' || pronoun === 'her' ? 'female' : 'male' };
}

/** What a vessel is: "a British passenger paddle steamer", "a 74-gun third-rate ship of the line". */
const VESSEL_KIND =
	/^(?:is|was) an? (?:[\p{L}\d'’-]+ ){0,6}?(?:ship|steamer|steamship|vessel|liner|trawler|drifter|lifeboat|barge|yacht|ketch|brig|brigantine|frigate|sloop|ferry|tug|tugboat|dredger|lightship|lightvessel|cutter|clipper|smack|barque|schooner|submarine|narrowboat|wherry|coaster|collier|tanker|destroyer|cruiser|battleship|corvette|galleon|icebreaker|whaler|paddler)\b/u;

/**
 * "PS Wyvern Queen was a British passenger paddle steamer … She served as a minesweeper …": a
 * passage about a vessel calls her "she", as a biography does its subject, and nobody else is
 * meant by a sentence that opens so. The vessel is then who that "she" stands for, under the name
 * the lead gives her.
 */
export function passageVessel(
	sentences: readonly Sentence[],
	isNews: boolean
): PersonRecord | undefined {
	const { lead, defined } = referenceLead(sentences, isNews) ?? {};
	const prose = lead?.text.replace(/\s*\([^()]*\)/g, '');
	if (!lead || !defined || !prose?.startsWith(defined)) return undefined;
	if (!VESSEL_KIND.test(prose.slice(defined.length).trimStart())) return undefined;
	const after = sentences.filter((sentence) => sentence.index > lead.index);
	if (!after.some((sentence) => /^She\b/.test(sentence.text))) return undefined;
	// "In 1920 the Margaret Ainslie was sold": a ship's article is part of her name but not a capital.
	return { fullName: defined.replace(/^The /, 'the '), gender: 'female' };
}

/**
 * "Ada Gillow, the puppeteer who created …, has died at the age of 84.", "The folk singer Nell
 * Carrow, whose recordings …, has died": the opening name of an obituary's lead.
 */
const OBITUARY_LEAD =
	/^(?:The (?:\p{Ll}[\p{L}'’-]*\s|\p{Lu}\p{Ll}+(?:ish|ian|an|ese|ch|sh)\s){1,4})?(?:(?:Dr|Sir|Dame|Professor|Lord|Lady)\s)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:,.*,)?\s(?:has died|died)\b/u;

/**
 * An obituary is a life told in a news report: after a lead saying its subject has died, its "he"
 * or "she" is that person, as a biography's is, and the years of the life are what it reports.
 */
export function obituarySubject(sentences: readonly Sentence[]): PersonRecord | undefined {
	const lead = sentences.find((sentence) => !sentence.heading);
	const name = lead && OBITUARY_LEAD.exec(lead.text)?.[1];
	if (!lead || !name) return undefined;
	return personCalledOnBy(name, sentences, lead);
}
