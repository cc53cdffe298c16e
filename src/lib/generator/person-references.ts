/**
 * "Tom Brierley won the single sculls … The 24-year-old from Nottingham was fourth at halfway", "…
 * after 19-year-old Daniel Ashurst took silver … The Coventry gymnast scored 9.712": a sports or
 * news story calls the one person its lead names by an age or a home town and a calling. Asked on
 * its own, "the Coventry gymnast" names nobody, so the stem names the person instead.
 */
import type { DescribedSubject } from './described-subject';
import type { Sentence } from './sentences';

/** How far below the lead such a description still means the lead's person. */
const MAX_DISTANCE = 6;

/**
 * "The 24-year-old", "The 24-year-old from Nottingham", "The 27-year-old from Kelbeck in the
 * Yorkshire Dales", "The 22-year-old Cornishman"; not "The 24-year-old Manchester United striker",
 * whose name would be cut in two.
 */
const AGE_DESCRIPTION =
	/^The \d{2}-year-old(?: \p{Lu}\p{Ll}+(?= \p{Ll}))?(?: from \p{Lu}[\p{L}-]+(?:,? (?:in|near) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)?)?\b(?! \p{Lu})/u;
/** "The Coventry gymnast", "The Welsh singer": a place or people, then a calling, then the verb. */
const PLACE_DESCRIPTION = /^The (\p{Lu}[\p{L}-]+) (\p{Ll}+)\b/u;

/** Words after "The Leeds …" that name a body, a place or a thing rather than a person. */
const NOT_A_PERSON = new Set(
	(
		'firm company group band club side team squad council government police court party union ' +
		'city town area region economy market industry office bank board trust museum theatre ' +
		'festival league cup final match game season race event show series film album record ' +
		'plant factory site project scheme plan deal bid'
	).split(' ')
);

/** The people the lead names, as written: runs of tokens compromise tags as a person. */
function peopleIn(sentence: Sentence): string[] {
	const people: string[] = [];
	let run: string[] = [];
	for (const token of sentence.tokens) {
		if (token.tags.has('Person') && /^\p{Lu}/u.test(token.text)) {
			run.push(token.text.replace(/['’]s$/, ''));
			if (!/[^\s]/.test(token.post)) continue;
		}
		if (run.length > 1) people.push(run.join(' '));
		run = [];
	}
	if (run.length > 1) people.push(run.join(' '));
	return people;
}

export function personReferences(
	sentences: readonly Sentence[],
	isNews: boolean
): Map<number, DescribedSubject> {
	const found = new Map<number, DescribedSubject>();
	const lead = sentences.find((sentence) => !sentence.heading);
	if (!isNews || !lead) return found;
	const people = [...new Set(peopleIn(lead))];
	// "Dalgleish takes first win" over a lead naming Callum Dalgleish and Marcus Tennent, where only
	// Tennent is tagged a person, or neither, or both: the man the headline opens with is the one the
	// story describes.
	const headlineName = sentences
		.find((sentence) => sentence.heading)
		?.text.match(/^\p{Lu}\p{Ll}+/u)?.[0];
	const inLead = headlineName
		? new RegExp(`\\p{Lu}\\p{Ll}+ ${headlineName}\\b`, 'u').exec(lead.text)?.[0]
		: undefined;
	const name = inLead ?? (people.length === 1 ? people[0] : undefined);
	if (!name) return found;
	for (const sentence of sentences.slice(lead.index + 1, lead.index + 1 + MAX_DISTANCE)) {
		const age = AGE_DESCRIPTION.exec(sentence.text);
		const place = PLACE_DESCRIPTION.exec(sentence.text);
		const calling = place && !NOT_A_PERSON.has(place[2]) && isVerbAfter(sentence, place[0]);
		const phrase = age ? withDescription(sentence, age[0]) : calling ? place[0] : undefined;
		if (phrase) found.set(sentence.index, { phrase, name });
	}
	return found;
}

/** Whether the phrase is the sentence's subject: a verb comes straight after it. */
function isVerbAfter(sentence: Sentence, phrase: string): boolean {
	const next = sentence.tokens.find((token) => token.start - sentence.start >= phrase.length);
	return next !== undefined && next.tags.has('Verb') && !next.tags.has('Gerund');
}

/**
 * "The 35-year-old left-handed batsman, who …": the age goes on into a description, which the name
 * replaces too (not "Neil Lidgate left-handed batsman").
 */
function withDescription(sentence: Sentence, phrase: string): string {
	const rest = sentence.tokens.filter((token) => token.start - sentence.start >= phrase.length);
	let end = -1;
	for (let i = 0; i < rest.length && i < 4; i++) {
		const token = rest[i];
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(token.text) || token.tags.has('Preposition')) break;
		// "left-handed" comes as two tokens, the first of which the tagger may take for a verb.
		const joined = /^-$/.test(token.post);
		const describing = token.tags.has('Adjective') || token.tags.has('Noun');
		if (!joined && (token.tags.has('Verb') || !describing)) break;
		end = i;
		if (!joined && /[^\s]/.test(token.post)) break;
	}
	if (end < 0) return phrase;
	return sentence.text.slice(0, rest[end].end - sentence.start);
}
