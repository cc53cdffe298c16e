/**
 * "Lake Orvan is a freshwater lake … It covers an area of 212 square kilometres.": in a reference
 * passage whose first sentence defines its subject, a sentence opening with "It" goes on about that
 * subject, and the stem can name it instead. In news an opening "It" continues whatever the
 * sentence before was about, so it is named only right after a sentence whose subject is the lead's.
 */
import type { Sentence } from './sentences';
import { looksLikeNews } from './background';
import { definedSubjectOf } from './title';
import { describedSubjects, subjectNameOf } from './described-subject';

/** "It seems …", "It takes …": the empty "it" of English, not a pronoun for the subject. */
const EMPTY_IT_VERBS = new Set(
	'seems seemed appears appeared remains remained takes took matters mattered'.split(' ')
);

/**
 * "It is worth noting that …", "It was hard for him to leave": "it is" + a judgement + "that" or
 * "to" and a verb. "It is devoted mainly to the harp" is about the subject.
 */
export function isEmptyIt(tokens: Sentence['tokens']): boolean {
	const verb = tokens[1];
	if (!verb) return true;
	if (EMPTY_IT_VERBS.has(verb.normal)) return true;
	if (!/^(is|was|'s)$/.test(verb.normal)) return false;
	const next = tokens[2];
	const judgement = next && (next.tags.has('Adjective') || next.normal === 'worth');
	const clauseFollows = (at: number) =>
		tokens[at].normal === 'that' ||
		(tokens[at].normal === 'to' && Boolean(tokens[at + 1]?.tags.has('Verb')));
	return Boolean(judgement) && [3, 4, 5].some((at) => at < tokens.length && clauseFollows(at));
}

/**
 * Where "it" is the subject: opening the sentence, or after an opening participle or prepositional
 * phrase and its comma ("Built between 1872 and 1875 to designs by Josiah Tennant, it is 1,104 feet
 * long").
 */
export function itSubjectAt(tokens: Sentence['tokens']): number | undefined {
	if (tokens[0]?.text === 'It' && !/[^\s]/.test(tokens[0].post)) return 0;
	const at = tokens.findIndex((token) => token.text === 'it');
	if (at < 2 || /[^\s]/.test(tokens[at].post)) return undefined;
	// "After passing to the Crown in 1399 it declined": a year may close the phrase without a comma.
	const closed = /,\s*$/.test(tokens[at - 1].post) || /^\d{4}$/.test(tokens[at - 1].text);
	if (!closed) return undefined;
	const first = tokens[0];
	// compromise reads an opening "Set in …" as an infinitive; "Climbing 154 feet over …, it is"
	// opens with a gerund.
	const opening =
		first.tags.has('Preposition') ||
		first.tags.has('PastTense') ||
		first.tags.has('Participle') ||
		first.tags.has('Infinitive') ||
		first.tags.has('Gerund');
	// "Set in a police station in Halifax, West Yorkshire, it ran …": a comma inside the phrase
	// may only come before a place's next part.
	const oneComma = tokens
		.slice(0, at - 1)
		.every((token, i) => !/,/.test(token.post) || tokens[i + 1].tags.has('ProperNoun'));
	return opening && oneComma ? at : undefined;
}

/**
 * What an opening "It" stands for, by sentence index: the lead's defined subject, for each "It"
 * sentence of a paragraph reached from its start through sentences that all keep to that subject.
 */
export function itAntecedents(
	sentences: readonly Sentence[],
	headline?: string
): Map<number, string> {
	const found = new Map<number, string>();
	const lead = sentences.find((sentence) => !sentence.heading);
	if (!lead) return found;
	if (looksLikeNews(sentences, headline)) return newsItAntecedents(sentences, lead);
	const subject = definedSubjectOf(lead.text);
	// "Thomas Ivison (1771–1839) was an English land surveyor … Based on seven years of work, it was
	// one of the most detailed county maps": a person's passage says "he" or "she" of its subject.
	if (!subject || isLifeOf(subject, lead.text)) return found;
	const firstWord = subject.split(' ')[0];
	// Each paragraph opens on the passage's subject again ("It was listed at Grade II in 1966.", "The
	// mill was sold in 1851 …"): a chain of sentences keeping to it runs from its first sentence.
	let paragraph = lead.paragraph;
	let keeping = true;
	for (const sentence of sentences.slice(lead.index + 1)) {
		if (sentence.paragraph !== paragraph) [paragraph, keeping] = [sentence.paragraph, true];
		if (!keeping) continue;
		const at = itSubjectAt(sentence.tokens);
		if (at !== undefined && !isEmptyIt(sentence.tokens.slice(at))) {
			found.set(sentence.index, subject);
			continue;
		}
		// Another subject takes over: a later "It" may be about that one instead. "The castle was
		// captured …" after "Trefaen Castle is a ruined medieval castle" keeps to the subject.
		const kind = /^The (\p{Ll}+)\b/u.exec(sentence.text)?.[1];
		const sameSubject = kind !== undefined && new RegExp(`\\b${kind}\\b`, 'i').test(lead.text);
		if (!sentence.text.startsWith(firstWord) && !sameSubject) keeping = false;
	}
	return found;
}

/** Whether the lead gives its subject's own life dates: "Thomas Ivison (1768–1834) was …". */
function isLifeOf(subject: string, lead: string): boolean {
	const at = lead.indexOf(subject);
	return (
		at >= 0 &&
		LIFESPAN.test(
			lead
				.slice(at + subject.length)
				.trimStart()
				.slice(0, 40)
		)
	);
}

/** "(1771–1839)", "(born 1948)", "(c. 1790 – 1862)": the dates of a life after a name. */
const LIFESPAN =
	/\((?:born |b\. |c\. ?)?\d{3,4}\s*(?:[–-]\s*(?:c\. ?)?\d{3,4})?\)|\((?:\d{1,2} \p{L}+ )?\d{4}\s*[–-]/u;

/** "It is …", "It was …", "It has been …": what follows may be about anything the story said. */
const COPULA = /^(is|was|are|were|'s|be|been|has been|had been|will be|would be)$/;

/**
 * "Tandy's, the Midlands bakery chain, has reported … The Wolverhampton-based firm … said sales rose
 * by 4.2%. It opened 41 shops during the year.": in news, an opening "It" with a verb of doing right
 * after a sentence whose subject is the lead's named subject (by name or by its description) is that
 * subject. "It was the best year since 1990" is left alone.
 */
function newsItAntecedents(sentences: readonly Sentence[], lead: Sentence): Map<number, string> {
	const found = new Map<number, string>();
	const name = subjectNameOf(lead);
	if (!name) return found;
	const firstWord = name.replace(/^the /, '').split(' ')[0];
	const described = describedSubjects(sentences, true);
	const opensWithSubject = (sentence: Sentence) => {
		const description = described.get(sentence.index);
		const opensWithDescription =
			description?.name === name &&
			sentence.text.toLowerCase().startsWith(description.phrase.toLowerCase());
		return sentence.text.startsWith(firstWord) || opensWithDescription || found.has(sentence.index);
	};
	for (const sentence of sentences.slice(lead.index + 1)) {
		const tokens = sentence.tokens;
		if (itSubjectAt(tokens) !== 0 || isEmptyIt(tokens)) continue;
		const verb = `${tokens[1]?.normal ?? ''} ${tokens[2]?.normal ?? ''}`;
		if (COPULA.test(tokens[1]?.normal ?? '') || COPULA.test(verb)) continue;
		if (!tokens[1]?.tags.has('Verb')) continue;
		const previous = sentences[sentence.index - 1];
		if (previous === lead || (previous && !previous.heading && opensWithSubject(previous)))
			found.set(sentence.index, name);
	}
	return found;
}
