/**
 * Resolves "he" and "she" to the person they most likely mean: the last person named before, within
 * the same or the previous paragraph, when no other person of a compatible gender was named as
 * recently; in a biography, the person it is about, when nobody else who could be meant was named.
 * Anything less certain stays unresolved, and the sentence is then not asked about.
 */
import type { ArticleIndex, PersonRecord } from './article';
import { genderOf, surnameOf } from './article';
import { normalWords } from './token-spans';
import type { Sentence } from './sentences';
import type { Fact } from './facts';
import { organisationHead, organisationKind, type OrganisationKind } from './lists/organisations';

/** The person a sentence is about: named before its first verb ("Onaral released …"). */
function subjectPerson(facts: readonly Fact[], sentence: Sentence): Fact | undefined {
	const firstVerb = sentence.tokens.findIndex(
		(token) => token.tags.has('Verb') && !token.tags.has('Participle')
	);
	const person = facts.find((fact) => fact.type === 'person');
	if (!person || (firstVerb >= 0 && person.first > firstVerb)) return undefined;
	return person;
}

/**
 * "Raikes drives a single-seater …": a sentence can open with the surname of someone the article
 * has named in full, which the tagger does not always mark as a person there (it took "Raikes" for a
 * verb). Only the opening word is the subject: in "Against Ekberg he lost …" Ekberg is not.
 */
function openingKnownPerson(sentence: Sentence, index: ArticleIndex): PersonRecord | undefined {
	const tokens = sentence.tokens;
	if (!tokens[0] || !/^\p{Lu}/u.test(tokens[0].text)) return undefined;
	// "Kemble-Wray" comes as two tokens, each marked as part of a hyphenated word.
	let end = 1;
	if (tokens[0].tags.has('Hyphenated'))
		while (tokens[end]?.tags.has('Hyphenated') && /^\p{Lu}/u.test(tokens[end].text)) end++;
	const surname = tokens
		.slice(0, end)
		.map((token) => token.normal)
		.join('-');
	return index.people.get(surname);
}

/**
 * Who each person fact in a sentence is. "Frederick Drinkwater", the father in a passage about
 * Ursula Drinkwater, shares her surname but not her record: he is someone else of his own gender.
 */
function recordsIn(
	facts: readonly Fact[],
	index: ArticleIndex
): (fact: Fact) => PersonRecord | undefined {
	const own = new Map<Fact, PersonRecord>();
	return (fact) => {
		const record = index.people.get(surnameOf(fact.option));
		if (!record) return undefined;
		const fullWords = record.fullName.toLowerCase().split(/\s+/);
		if (
			fact.option
				.toLowerCase()
				.split(/\s+/)
				.every((word) => fullWords.includes(word))
		)
			return record;
		if (!own.has(fact)) own.set(fact, { fullName: fact.option, gender: genderOf(fact) });
		return own.get(fact);
	};
}

const MALE_PRONOUNS = /^(he|him|his|himself)$/;
const FEMALE_PRONOUNS = /^(she|her|hers|herself)$/;
const MALE_NOUNS = /^(man|boy|schoolboy|father|son|husband|brother|grandfather)$/;
const FEMALE_NOUNS = /^(woman|girl|schoolgirl|mother|daughter|wife|sister|grandmother|widow)$/;

/** A pronoun of the other sex, or a noun for an unnamed person of this one ("the girl" before "she"). */
function otherPersonWord(word: string, gender: 'male' | 'female'): boolean {
	return gender === 'female'
		? MALE_PRONOUNS.test(word) || FEMALE_NOUNS.test(word)
		: FEMALE_PRONOUNS.test(word) || MALE_NOUNS.test(word);
}

/**
 * A pronoun opening a sentence almost always continues the previous sentence's subject. It is
 * resolved only when the nearest earlier sentence that names anyone names exactly one compatible
 * person, as its subject; "He released …" after "Onaral played for Amos Lee" stays unresolved.
 */
export function resolvePersonPronoun(
	pronoun: string,
	sentence: Sentence,
	index: ArticleIndex
): PersonRecord | undefined {
	const lower = pronoun.toLowerCase();
	const gender = lower === 'he' ? 'male' : lower === 'she' ? 'female' : undefined;
	if (!gender) return undefined;
	const compatible = (record: PersonRecord) =>
		record.gender === gender || record.gender === 'unknown';
	// A biography's "he" is its subject unless someone else who could be "he" was named just before.
	const passagePerson = index.passageSubject?.gender === gender ? index.passageSubject : undefined;
	// Look back over the few sentences before this one, nearest first (cost does not grow with length).
	for (let back = sentence.index - 1; back >= Math.max(0, sentence.index - 3); back--) {
		const earlier = index.sentences[back];
		if (!earlier || sentence.paragraph - earlier.paragraph > 1) break;
		// "In 1929 the Brook Line was taken over …": a name after "the" is a body, not "she", unless it
		// is the passage's own subject ("The Margaret Ainslie was a three-masted schooner").
		const facts = (index.factsBySentence.get(back) ?? []).filter(
			(fact) =>
				fact.type === 'person' &&
				(earlier.tokens[fact.first - 1]?.normal !== 'the' ||
					(index.headline ?? '').includes(fact.option))
		);
		if (facts.length === 0) {
			// "He was fined … The court heard that the girl … walked in … She paid £45": a person of the
			// other sex, or an unnamed one of this sex, came between; the named one may not be meant.
			if (!passagePerson && earlier.tokens.some((token) => otherPersonWord(token.normal, gender)))
				return undefined;
			const opener = openingKnownPerson(earlier, index);
			if (!opener) continue;
			if (compatible(opener)) return opener;
			if (passagePerson) continue;
			return undefined;
		}
		const recordOf = recordsIn(facts, index);
		const records = new Set(
			facts
				.map(recordOf)
				.filter((record): record is PersonRecord => record !== undefined && compatible(record))
		);
		if (records.size === 0 && passagePerson) continue;
		// "She was taught by Frederick Hoskins. Her first plates …": a sentence that is itself about
		// "she" carries the biography's subject on, whoever else it names.
		if (passagePerson && earlier.tokens[0]?.normal === lower) continue;
		const subject = subjectPerson(facts, earlier);
		const record = subject && recordOf(subject);
		if (records.size !== 1 || !record || !records.has(record)) return undefined;
		return record;
	}
	return passagePerson;
}

const BACK_REFERENCE_KINDS: Record<string, readonly OrganisationKind[]> = {
	company: ['company', 'organisation'],
	firm: ['company', 'organisation'],
	group: ['company', 'organisation'],
	bank: ['company', 'organisation'],
	club: ['club'],
	team: ['club'],
	side: ['club'],
	party: ['party'],
	broadcaster: ['media'],
	organisation: ['organisation', 'international body', 'government body'],
	organization: ['organisation', 'international body', 'government body'],
	agency: ['government body', 'international body', 'organisation'],
	alliance: ['international body', 'organisation']
};

const FIRM_NOUNS = new Set(['company', 'firm', 'group', 'bank']);
/** Heads of bodies that are not businesses. */
const NOT_FIRM_HEADS = new Set(
	(
		'trust council ministry department office agency authority commission committee association ' +
		'federation union institute university college hospital party foundation society club league ' +
		'board court parliament assembly police army navy charity alliance coalition academy school museum'
	).split(' ')
);

/**
 * "The company", "the club": a definite noun phrase that points back to an organisation named in
 * the last few sentences, when exactly one of a fitting kind was named there.
 */
export function resolveDefiniteReference(
	noun: string,
	sentence: Sentence,
	index: ArticleIndex
): string | undefined {
	const kinds = BACK_REFERENCE_KINDS[noun.toLowerCase()];
	if (!kinds) return undefined;
	const names = new Map<string, string>();
	for (let back = sentence.index - 1; back >= Math.max(0, sentence.index - 3); back--) {
		const earlier = index.sentences[back];
		if (!earlier || sentence.paragraph - earlier.paragraph > 1) break;
		// "The company … expanded by acquiring the Leek Brewery Company": a sentence that is itself
		// about "the company" names others beside it, not it.
		if (normalWords(earlier.tokens, 0, 2) === `the ${noun.toLowerCase()}`) continue;
		for (const fact of index.factsBySentence.get(back) ?? []) {
			if (fact.type !== 'organisation') continue;
			const tokens = fact.sentence.tokens;
			const sportsTeam = tokens
				.slice(fact.first, fact.last + 1)
				.some((token) => token.tags.has('SportsTeam'));
			if (!kinds.includes(organisationKind(fact.option, sportsTeam))) continue;
			// "A report published by the British Medical Association … The company remained in the
			// hands of the Pennell family": an association, a council or a trust is no firm.
			if (
				FIRM_NOUNS.has(noun.toLowerCase()) &&
				NOT_FIRM_HEADS.has(organisationHead(fact.option) ?? '')
			)
				continue;
			const article = tokens[fact.first - 1]?.normal === 'the' ? 'the ' : '';
			names.set(fact.option.toLowerCase(), article + fact.option);
		}
		if (names.size > 0) break;
	}
	return names.size === 1 ? [...names.values()][0] : undefined;
}
