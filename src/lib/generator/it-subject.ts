/**
 * "It began airing on 27 September": a sentence that opens with "it" continues the subject of the
 * sentence before. When that subject is one thing (a named organisation or country, or in the
 * sentence after the lead, a description such as "the fifth season of …"), the stem can say it in
 * place of "it" and stand on its own. The "it" of "it is worth noting" or "it has to be said"
 * points at nothing and stays unresolved.
 */
import type { Sentence, Token } from './sentences';

/** "It is …", "It seems …", "It has to …": the empty "it" of English, not a pronoun for a thing. */
const EMPTY_IT_VERBS = new Set(
	"is was 's be isn't wasn't seems seemed appears appeared remains remained takes took matters does doesn't did didn't really also just".split(
		' '
	)
);
const MAX_SUBJECT_WORDS = 16;

function isVerb(token: Token): boolean {
	return (
		(token.tags.has('Verb') && !token.tags.has('Participle') && !token.tags.has('Gerund')) ||
		token.tags.has('Auxiliary') ||
		token.tags.has('Copula') ||
		token.tags.has('Modal')
	);
}

/** Where the subject starts: after a short opening phrase and its comma ("Earlier this month, "). */
function subjectStart(tokens: readonly Token[]): number {
	for (let i = 0; i < Math.min(tokens.length, 6); i++) {
		if (isVerb(tokens[i])) return 0;
		if (/,/.test(tokens[i].post)) return i + 1;
	}
	return 0;
}

/** The subject of a sentence, as written, if it is one non-person thing. */
function singleThingSubject(sentence: Sentence): { text: string; named: boolean } | undefined {
	const tokens = sentence.tokens;
	const start = subjectStart(tokens);
	let end = start;
	while (end < tokens.length && !isVerb(tokens[end])) end++;
	if (end === start || end === tokens.length || end - start > MAX_SUBJECT_WORDS) return undefined;
	const span = tokens.slice(start, end);
	// "Ernst & Young" is one name; "Kosovo and Serbia" are two things.
	const joinsTwo = (token: Token, j: number) =>
		/^(and|or)$/.test(token.normal) ||
		(token.normal === '&' && !/^\p{Lu}/u.test(span[j + 1]?.text ?? ''));
	const quotes = span.reduce(
		(count, token) => count + (token.pre + token.post).split('"').length - 1,
		0
	);
	if (
		quotes % 2 === 1 ||
		span.some(
			(token, j) =>
				token.tags.has('Pronoun') ||
				(token.tags.has('Person') && token.normal !== '&') ||
				joinsTwo(token, j) ||
				/[,;:()]/.test(token.post.replace(/"/g, '') + token.pre.replace(/"/g, ''))
		)
	)
		return undefined;
	const head = span[span.length - 1];
	if (head.tags.has('Plural') || !head.tags.has('Noun')) return undefined;
	const written = sentence.text.slice(span[0].start - sentence.start, head.end - sentence.start);
	// "… "Once Upon a Time": the closing quotation mark sits after the last word.
	const text = (written.split('"').length - 1) % 2 === 1 ? `${written}"` : written;
	const named = span.some(
		(token, i) => /^\p{Lu}/u.test(token.text) && (i > 0 || !token.tags.has('Determiner'))
	);
	return { text, named };
}

/**
 * What "It" opening sentence `i` stands for, written as the subject of the sentence before, or
 * undefined when that cannot be said with confidence.
 */
export function antecedentOfIt(sentences: readonly Sentence[], i: number): string | undefined {
	const sentence = sentences[i];
	const previous = sentences[i - 1];
	const [it, next, afterNext] = sentence?.tokens ?? [];
	if (!previous || previous.heading || it?.text !== 'It' || !next) return undefined;
	if (/[^\s]/.test(it.post) || EMPTY_IT_VERBS.has(next.normal)) return undefined;
	if (/^(has|had)$/.test(next.normal) && afterNext?.normal === 'to') return undefined;
	if (sentence.paragraph - previous.paragraph > 1 || previous.tokens[0]?.tags.has('Pronoun'))
		return undefined;
	const subject = singleThingSubject(previous);
	if (!subject) return undefined;
	// A description ("the fifth season of …") is clear only right after the lead that defines it.
	const lead = sentences.find((candidate) => !candidate.heading)?.index;
	if (!subject.named && previous.index !== lead) return undefined;
	return subject.text;
}

/** Antecedents for every sentence that opens with a resolvable "It", by sentence index. */
export function itAntecedents(sentences: readonly Sentence[]): Map<number, string> {
	const found = new Map<number, string>();
	sentences.forEach((sentence, i) => {
		if (sentence.tokens[0]?.text !== 'It') return;
		const antecedent = antecedentOfIt(sentences, i);
		if (antecedent) found.set(sentence.index, antecedent);
	});
	return found;
}
