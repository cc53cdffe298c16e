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
 * whose name would be cut in two, nor "The 61-year-old retired postman", whose calling would be left.
 */
const AGE_DESCRIPTION =
	/^The \d{1,2}-year-old(?! (?:gelding|mare|colt|filly|horse|stallion|chaser|hurdler|retired|veteran|amateur|professional|part-time|semi-retired|self-employed)\b)(?: \p{Lu}\p{Ll}+(?= \p{Ll}))?(?: from \p{Lu}[\p{L}-]+(?:,? (?:in|near) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)?)?\b(?! \p{Lu})/u;
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
	// "Tom Rendle-Hayes" comes as "Rendle" and "Hayes": a hyphen joins them into one surname.
	let hyphened = false;
	for (const token of sentence.tokens) {
		if (token.tags.has('Person') && /^\p{Lu}/u.test(token.text)) {
			const word = token.text.replace(/['’]s$/, '');
			if (hyphened) run[run.length - 1] += `-${word}`;
			else run.push(word);
			hyphened = token.post === '-';
			if (!/[^\s]/.test(token.post) || hyphened) continue;
		}
		hyphened = false;
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
	const headline = sentences.find((sentence) => sentence.heading)?.text ?? '';
	const inLead =
		givenNameBefore(lead, headline.match(/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u)?.[0]) ??
		laterHeadlineName(sentences, lead, headline);
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

/** "Rhodri Breckon" for "Breckon": the word with the capitalised word the lead puts before it. */
function givenNameBefore(lead: Sentence, word: string | undefined): string | undefined {
	return word
		? new RegExp(`\\p{Lu}\\p{Ll}+ ${word}(?![\\p{L}-])(?! \\p{Lu})`, 'u').exec(lead.text)?.[0]
		: undefined;
}

/**
 * "Welsh outsider Breckon takes Daugava Trophy" over "Welsh qualifier Rhodri Breckon … beat world
 * number nine Neil Satterthwaite": a later headline word the lead gives a first name to, when the
 * story goes on to call someone by it alone ("Breckon, who …"), as it calls a person and not a club
 * ("the Stallions") or a river ("the Severn").
 */
function laterHeadlineName(
	sentences: readonly Sentence[],
	lead: Sentence,
	headline: string
): string | undefined {
	// "Thornaby Knights winger Ogilvie-Pratt": a headline gives a person a surname alone, so a word
	// after another capitalised one is part of a club's name.
	const words = [
		...headline.matchAll(/(?<=(\S+)\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-])/gu)
	];
	for (const match of words) {
		const [word, before] = match;
		// "Teenager Cullinane lands …": the headline's first word is capitalised whatever it is, but
		// "Kelham Rovers sign …" is the club's name when the lead has it so.
		const first = match.index === before.length + 1;
		if (/^\p{Lu}/u.test(before) && !first) continue;
		const name = givenNameBefore(lead, word);
		if (!name || name === `${before} ${word}`) continue;
		const alone = sentences
			.slice(lead.index + 1)
			.some((sentence) =>
				sentence.tokens.some(
					(token, i) =>
						token.text.replace(/['’]s$/, '') === word &&
						(i === 0 || !/^(\p{Lu}|the$)/u.test(sentence.tokens[i - 1].text))
				)
			);
		return alone ? name : undefined;
	}
	return undefined;
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
