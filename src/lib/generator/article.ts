/**
 * What the whole article knows: every fact found in it, the people by surname (to turn "Ms Smith"
 * into "Jane Smith"), and how often each answer recurs (a recurring entity is a central one).
 */
import type { AnswerType, Fact } from './facts';
import { isTitleWord } from './people';
import type { Sentence, Token } from './sentences';
import { sentenceCentrality } from './centrality';
import { roleOf } from './roles';
import { describedSubjects, type DescribedSubject } from './described-subject';
import { keepersFromLineUps, teamsFromLineUps } from './teams';
import { looksLikeNews } from './background';
import { obituarySubject, passagePerson, passageVessel } from './passage-person';
import { isSportsReport } from './sports-report';

export interface PersonRecord {
	fullName: string;
	gender: 'female' | 'male' | 'unknown';
}

export interface ArticleIndex {
	sentences: Sentence[];
	facts: Fact[];
	factsBySentence: Map<number, Fact[]>;
	/** Distinct options of each type in order of first appearance. */
	optionsByType: Map<AnswerType, string[]>;
	/** Mentions per lower-cased option (and per surname for people). */
	mentions: Map<string, number>;
	people: Map<string, PersonRecord>;
	/** Each word of those people's names, lower-cased: a name that is a person's, not a thing's. */
	personWords: ReadonlySet<string>;
	/** The same, from people a pronoun or a first name shows to be a woman or a man. */
	genderedPersonWords: ReadonlySet<string>;
	/** Each player's side in a match report, by lower-cased surname (see teams.ts). */
	teams: Map<string, string>;
	/** The goalkeepers of a match report's line-ups, by lower-cased surname. */
	keepers: Set<string>;
	/** Words the article writes with a capital in mid-sentence: names, not sentence openers. */
	capitalisedWords: Set<string>;
	/** Words the article writes in lower case somewhere ("fish and chip shops"). */
	lowercaseWords: Set<string>;
	/** The latest year the article mentions: wrong years are not invented far beyond it. */
	latestYear: number;
	/** The latest year it names outside a forecast: the year the story happens in. */
	storyYear: number;
	/** Index of the first sentence of prose: the lead of a news story, a passage's definition. */
	lead: number;
	wordCount: number;
	/** Lower-cased surnames two people in the article share: alone, they do not say who. */
	sharedSurnames: Set<string>;
	/** What each person does, by lower-cased full name, where the article says (see roles.ts). */
	roles: Map<string, string>;
	/** How central each sentence is, 0 to 1 by sentence index (see centrality.ts). */
	centrality: Map<number, number>;
	/** The article's headline, when its first line is one: the quiz title players see. */
	headline?: string;
	/** A news report rather than a reference passage: its earlier years are background. */
	isNews: boolean;
	/** A report of a match, a race or a tournament (sports-report.ts). */
	isSportsReport: boolean;
	/**
	 * What an opening "It" or "They" stands for, by sentence index, where it is clear (it-subject.ts,
	 * they-subject.ts).
	 */
	pronounAntecedents: ReadonlyMap<number, string>;
	/** "The Leicester-based firm" opening a sentence after the lead: the lead's subject, by name. */
	describedSubjects: ReadonlyMap<number, DescribedSubject>;
	/**
	 * The person a reference passage or an obituary is about, or the vessel a passage is about,
	 * whom its "he" or "she" means (passage-person.ts).
	 */
	passageSubject?: PersonRecord;
}

function personWordsOf(
	people: ReadonlyMap<string, PersonRecord>,
	onlyGendered = false
): Set<string> {
	const words = new Set<string>();
	for (const { fullName, gender } of people.values()) {
		if (onlyGendered && gender === 'unknown') continue;
		for (const word of fullName.toLowerCase().split(/\s+/)) if (!isTitleWord(word)) words.add(word);
	}
	return words;
}

function groupBySentence(facts: Fact[]): Map<number, Fact[]> {
	const groups = new Map<number, Fact[]>();
	for (const fact of facts) {
		const group = groups.get(fact.sentence.index) ?? [];
		group.push(fact);
		groups.set(fact.sentence.index, group);
	}
	return groups;
}

/** Measures a results story opens sentences with, never names: "Sales rose by 14% to £88m." */
export const MEASURE_WORDS =
	/^(sales|profits?|turnover|revenues?|turnout|membership|attendance|exports|imports|output|prices|production|employment)$/;

function collectCapitalisedWords(sentences: Sentence[]): Set<string> {
	const words = new Set<string>();
	const openers = new Map<string, number>();
	const lowercase = new Set<string>();
	for (const sentence of sentences) {
		const tokens = sentence.tokens;
		const base = (token: Token) => token.normal.replace(/['’]s?$/, '');
		// "Cold weather …" under the headline "Cold snap …": an adjective opening two sentences is no name.
		const adjective = tokens[0]?.tags.has('Adjective') && !tokens[0].tags.has('Noun');
		if (tokens[0] && !adjective && /^\p{Lu}\p{Ll}/u.test(tokens[0].text))
			openers.set(base(tokens[0]), (openers.get(base(tokens[0])) ?? 0) + 1);
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (/^\p{Ll}/u.test(token.text)) lowercase.add(base(token));
			if (i === 0) continue;
			// After a colon or an opening quote a capital starts a new sentence, not a name.
			if (/[:"]/.test(tokens[i - 1].post + token.pre)) continue;
			if (/^\p{Lu}/u.test(token.text)) words.add(token.normal);
		}
	}
	// "Northline said …", "Northline carried …": a word that opens sentences again and again and is
	// never written in lower case is a name compromise does not know.
	for (const [word, count] of openers) {
		if (count < 2 || lowercase.has(word)) continue;
		words.add(word);
		words.add(`${word}'s`);
	}
	return words;
}

/** The article again as paragraphs of sentence text, a blank line between them. */
function paragraphTexts(sentences: readonly Sentence[]): string {
	const paragraphs: string[][] = [];
	for (const sentence of sentences) (paragraphs[sentence.paragraph] ??= []).push(sentence.text);
	return paragraphs.map((texts) => texts.join(' ')).join('\n\n');
}

/** The article's lead sentence, where it has one. */
export function leadSentenceOf(index: ArticleIndex): Sentence | undefined {
	return index.sentences.find((sentence) => sentence.index === index.lead);
}

export function surnameOf(name: string): string {
	const words = name.split(/\s+/);
	return (words[words.length - 1] ?? '').toLowerCase();
}

/** Given names compromise files under one gender that are common for both. */
const EITHER_GENDER = new Set(
	(
		'ashley jordan sam alex chris jamie taylor morgan robin leslie kim lee jean francis charlie jo ' +
		'billie frankie sasha nicky toni andrea jesse casey'
	).split(' ')
);

export function genderOf(fact: Fact): PersonRecord['gender'] {
	const tokens = fact.sentence.tokens.slice(fact.first, fact.last + 1);
	const honorific = tokens.find((token) =>
		/^(ms|mrs|miss|dame|lady|mr|sir|lord)$/.test(token.normal)
	);
	if (honorific) return /^(mr|sir|lord)$/.test(honorific.normal) ? 'male' : 'female';
	if (tokens.some((token) => EITHER_GENDER.has(token.normal))) return 'unknown';
	if (
		tokens.some(
			(token) => token.tags.has('FemaleName') || /^(ms|mrs|miss|dame|lady)$/.test(token.normal)
		)
	)
		return 'female';
	if (tokens.some((token) => token.tags.has('MaleName') || /^(mr|sir|lord)$/.test(token.normal)))
		return 'male';
	return 'unknown';
}

const NOT_GIVEN_NAMES = new Set(
	'the a an mr mrs ms miss dr sir dame lord lady prof and of in on at for by with from to'.split(
		' '
	)
);

/**
 * "Ms Raman" with no "Priya Raman" tagged as a person: compromise does not know every given name,
 * so the article is searched for the surname right after another capitalised word ("Priya Raman
 * has run …") and that pair is taken as the full name.
 */
function recoverFullNames(
	sentences: Sentence[],
	facts: Fact[],
	people: Map<string, PersonRecord>
): void {
	const wanted = new Map<string, PersonRecord['gender']>();
	for (const fact of facts) {
		if (fact.type !== 'person') continue;
		const surname = surnameOf(fact.option);
		if (!people.has(surname)) wanted.set(surname, genderOf(fact));
	}
	if (wanted.size === 0) return;
	for (const sentence of sentences) {
		const tokens = sentence.tokens;
		for (let i = 1; i < tokens.length; i++) {
			const gender = wanted.get(tokens[i].normal);
			if (gender === undefined || people.has(tokens[i].normal)) continue;
			const given = tokens[i - 1];
			if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || NOT_GIVEN_NAMES.has(given.normal)) continue;
			if (isTitleWord(given.normal)) continue;
			// "Being Clara is a dream": a verb opening the sentence is no given name.
			// 'Margaret "Peggy" Tranter': a nickname in quotes is no surname.
			if (
				/[^\s]/.test(given.post) ||
				/[^\s]/.test(tokens[i].pre) ||
				given.tags.has('Place') ||
				given.tags.has('Organization') ||
				// "ending Australian Matt Dowling's hold": a nationality is no given name.
				given.tags.has('Demonym') ||
				given.tags.has('Verb') ||
				// "When Simon lost, …": a conjunction opening the sentence is no given name either.
				given.tags.has('QuestionWord') ||
				given.tags.has('Conjunction') ||
				given.tags.has('Preposition')
			)
				continue;
			people.set(tokens[i].normal, { fullName: `${given.text} ${tokens[i].text}`, gender });
		}
	}
}

/** Words that put a sentence in the future, where a later year is no giveaway. */
export const FUTURE =
	/\b(will|would|expected|expects|due|scheduled|forecasts?|plans?|planned|predicts?|until)\b/i;

/**
 * "said on Wednesday 9 March 2005 that it would supply": the day something was said is the story's
 * own date, though the sentence goes on to look ahead.
 */
function isDateOfTelling(fact: Fact): boolean {
	if (fact.type !== 'date') return false;
	const before = fact.sentence.tokens
		.slice(Math.max(0, fact.first - 3), fact.first)
		.map((token) => token.normal);
	const on = before.lastIndexOf('on');
	return on > 0 && /^(said|announced|confirmed|told|revealed)$/.test(before[on - 1]);
}

/** The latest year named by a year or date among the facts that pass `keep`. */
function latestYearOf(facts: readonly Fact[], keep: (fact: Fact) => boolean): number {
	let latest = 0;
	for (const fact of facts) {
		if ((fact.type !== 'year' && fact.type !== 'date') || !keep(fact)) continue;
		const year = /\b(1\d\d\d|20\d\d)\b/.exec(fact.text);
		if (year) latest = Math.max(latest, Number(year[1]));
	}
	return latest;
}

function rolesOf(facts: readonly Fact[]): Map<string, string> {
	const roles = new Map<string, string>();
	for (const fact of facts) {
		if (fact.type !== 'person') continue;
		const key = fact.option.toLowerCase();
		const role = roles.has(key) ? undefined : roleOf(fact);
		if (role) roles.set(key, role);
	}
	return roles;
}

/** A given name (or initial) and a surname, not a title and a surname. */
function isFullName(name: string): boolean {
	const words = name.split(/\s+/);
	return words.length >= 2 && !isTitleWord(words[0].toLowerCase().replace(/\.$/, ''));
}

/** Surnames borne by two people with different given names in the article. */
function sharedSurnames(
	facts: readonly Fact[],
	sentences: readonly Sentence[],
	people: ReadonlyMap<string, PersonRecord>
): Set<string> {
	const initials = new Map<string, Set<string>>();
	for (const fact of facts) {
		if (fact.type !== 'person' || !isFullName(fact.option)) continue;
		const surname = surnameOf(fact.option);
		const set = initials.get(surname) ?? new Set<string>();
		set.add(fact.option[0].toUpperCase());
		initials.set(surname, set);
	}
	const shared = [...initials].filter(([, set]) => set.size > 1).map(([surname]) => surname);
	return new Set([...shared, ...couples(sentences, people)]);
}

/** "Gemma and Lee Scarfield": a couple named together share the surname. */
function couples(
	sentences: readonly Sentence[],
	people: ReadonlyMap<string, PersonRecord>
): string[] {
	// A given name alone before "and", not a surname ending another full name ("Arthur Caldwell
	// and Henry Pryce"); each sentence is read once, whatever the number of people.
	const pair =
		/(?<!\p{Lu}[\p{L}'’-]*\s)\b\p{Lu}\p{Ll}+ and (\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)+)\b/gu;
	const named = new Set<string>();
	for (const sentence of sentences)
		for (const match of sentence.text.matchAll(pair)) named.add(match[1]);
	return [...people]
		.filter(([, record]) => [...named].some((name) => name.startsWith(record.fullName)))
		.map(([surname]) => surname);
}

export function indexArticle(
	sentences: Sentence[],
	facts: Fact[],
	wordCount: number,
	headline?: string,
	pronounAntecedents: ReadonlyMap<number, string> = new Map()
): ArticleIndex {
	const people = new Map<string, PersonRecord>();
	for (const fact of facts) {
		if (fact.type !== 'person') continue;
		const words = fact.option.split(/\s+/);
		if (words.length < 2) continue;
		const surname = surnameOf(fact.option);
		const known = people.get(surname);
		const gender = genderOf(fact);
		if (!known || fact.option.length > known.fullName.length) {
			people.set(surname, {
				fullName: fact.option,
				gender: known?.gender !== 'unknown' && known ? known.gender : gender
			});
		} else if (known.gender === 'unknown' && gender !== 'unknown') {
			known.gender = gender;
		}
	}
	recoverFullNames(sentences, facts, people);
	const shared = sharedSurnames(facts, sentences, people);
	const isNews = looksLikeNews(sentences, headline);
	const subject = isNews
		? obituarySubject(sentences)
		: (passagePerson(sentences, isNews) ?? passageVessel(sentences, isNews));
	// In a passage about Rowland Ashgrove, "Ashgrove" alone is he, not his father Thomas Ashgrove.
	const subjectSurname = subject && surnameOf(subject.fullName);
	if (subject && subjectSurname) {
		people.set(subjectSurname, subject);
		shared.delete(subjectSurname);
	}
	// People named by surname alone ("Ms Smith", "Smith") take the full name; the rest are dropped.
	const resolved: Fact[] = [];
	for (const fact of facts) {
		if (fact.type === 'person') {
			const surname = surnameOf(fact.option);
			if (shared.has(surname)) {
				// Jason and Andy Robinson: "Robinson" alone could be either, a full name is itself.
				if (!isFullName(fact.option)) continue;
				resolved.push(fact);
				continue;
			}
			const record = people.get(surname);
			if (!record) continue;
			if (surname === subjectSurname && isFullName(fact.option)) {
				resolved.push(fact);
				continue;
			}
			const fullWords = record.fullName.toLowerCase().split(/\s+/);
			const ownWords = fact.option.toLowerCase().split(/\s+/);
			if (!ownWords.every((word) => fullWords.includes(word))) continue;
			resolved.push({ ...fact, option: record.fullName });
			continue;
		}
		resolved.push(fact);
	}
	const optionsByType = new Map<AnswerType, string[]>();
	const mentions = new Map<string, number>();
	for (const fact of resolved) {
		const key = fact.option.toLowerCase();
		const seenBefore = mentions.has(key);
		mentions.set(key, (mentions.get(key) ?? 0) + 1);
		const list = optionsByType.get(fact.type) ?? [];
		if (!seenBefore || !list.some((option) => option.toLowerCase() === key)) list.push(fact.option);
		optionsByType.set(fact.type, list);
	}
	return {
		sentences,
		facts: resolved,
		factsBySentence: groupBySentence(resolved),
		optionsByType,
		mentions,
		people,
		personWords: personWordsOf(people),
		genderedPersonWords: personWordsOf(people, true),
		teams: teamsFromLineUps(paragraphTexts(sentences)),
		keepers: keepersFromLineUps(paragraphTexts(sentences)),
		capitalisedWords: collectCapitalisedWords(sentences),
		lowercaseWords: new Set(
			sentences.flatMap((sentence) =>
				sentence.tokens.filter((token) => /^\p{Ll}/u.test(token.text)).map((token) => token.normal)
			)
		),
		latestYear: latestYearOf(resolved, () => true),
		storyYear: latestYearOf(
			resolved,
			(fact) => !FUTURE.test(fact.sentence.text) || isDateOfTelling(fact)
		),
		lead: sentences.find((sentence) => !sentence.heading)?.index ?? -1,
		wordCount,
		roles: rolesOf(resolved),
		sharedSurnames: shared,
		centrality: sentenceCentrality(sentences, headline),
		headline,
		isNews,
		isSportsReport: isSportsReport(sentences),
		pronounAntecedents,
		describedSubjects: describedSubjects(sentences, isNews),
		passageSubject: subject
	};
}
