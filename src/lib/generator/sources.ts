/**
 * Who said something is rarely the point of an article: an analyst, a spokesperson or a lawyer
 * quoted once is a source, not a subject. A question whose answer is such a source (the speaker of a
 * quotation, the one a statement is attributed to, the listener of "told Judge Smith") is trivia
 * unless that person is one of the article's central people.
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import type { Token } from './sentences';
import { isSpeechVerb } from './verbs';

/** A person is central when named at least this often and about as often as the most named one. */
const CENTRAL_MENTIONS = 3;

function isSpeechToken(token: Token | undefined): boolean {
	if (!token) return false;
	return isSpeechVerb(token) || /^(according|quoted|quoting|quotes|told)$/.test(token.normal);
}

/** The fact is the speaker or listener of a statement: a speech verb right next to the name. */
export function isSourceMention(fact: Fact): boolean {
	if (fact.type !== 'person') return false;
	const tokens = fact.sentence.tokens;
	// Before the name, past a title or role: "said Jane Smith", "told Judge Smith", "according to
	// Dr Smith", "quoted prosecutor Jane Smith".
	for (let before = fact.first - 1; before >= Math.max(0, fact.first - 4); before--) {
		if (isSpeechToken(tokens[before])) return true;
		if (/[,;:]/.test(tokens[before].post) || tokens[before].tags.has('Verb')) break;
	}
	// After the name, past an apposition between commas: "Jane Smith, a lawyer for X, told …".
	let after = fact.last + 1;
	if (/,/.test(tokens[fact.last].post)) {
		let end = after;
		while (end < tokens.length && end - after < 10 && !/,/.test(tokens[end].post)) end++;
		if (end < tokens.length && end - after < 10) after = end + 1;
	}
	if (/^(also|then|later|has|had|have)$/.test(tokens[after]?.normal ?? '')) after++;
	return isSpeechToken(tokens[after]);
}

/** One of the people the article is about: named often, and nearly as often as anyone. */
export function isCentralPerson(option: string, index: ArticleIndex): boolean {
	const mentions = index.mentions.get(option.toLowerCase()) ?? 1;
	let most = 0;
	for (const record of index.people.values()) {
		most = Math.max(most, index.mentions.get(record.fullName.toLowerCase()) ?? 0);
	}
	return mentions >= CENTRAL_MENTIONS && mentions * 2 >= most;
}

/** A question whose answer is only a source of the article, not one of its subjects. */
/** Roles whose holders comment on a story or act for someone in it rather than make it. */
const SOURCE_ROLES = new Set(['legal', 'analyst']);

export function asksForMinorSource(fact: Fact, prompt: string, index: ArticleIndex): boolean {
	if (fact.type !== 'person') return false;
	const role = index.roles.get(fact.option.toLowerCase());
	if (role && SOURCE_ROLES.has(role) && !isCentralPerson(fact.option, index)) return true;
	const speakerQuestion =
		/^Who (\w+ )?(said|says|told|tells|added|adds|argued|claimed|warned)\b/.test(prompt);
	if (!speakerQuestion && !isSourceMention(fact)) return false;
	return !isCentralPerson(fact.option, index);
}
