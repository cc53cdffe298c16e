/**
 * People in a stem are named in full: "Newman currently holds a residency …" is a sentence from the
 * middle of an article, and a player meeting it in a quiz may not know who Newman is. A bare surname
 * two people share ("Robinson" beside Jason and Andy Robinson) cannot be made clear, and the stem
 * is dropped.
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The stem with each other person named by surname alone given the full name, or undefined. */
export function nameInFull(prompt: string, fact: Fact, index: ArticleIndex): string | undefined {
	const tokens = fact.sentence.tokens;
	for (const token of tokens) {
		if (!index.sharedSurnames.has(token.normal)) continue;
		const given = tokens[tokens.indexOf(token) - 1];
		const named = given && /^\p{Lu}/u.test(given.text) && !/[^\s]/.test(given.post);
		if (!named && new RegExp(`\\b${escape(token.text)}\\b`).test(prompt)) return undefined;
	}
	let named = prompt;
	for (const other of index.factsBySentence.get(fact.sentence.index) ?? []) {
		if (other === fact || other.type !== 'person') continue;
		if (other.text.includes(' ') || other.option === other.text) continue;
		const bare = new RegExp(`(^|[^\\p{L}])${escape(other.text)}(?![\\p{L}])`, 'u');
		named = named.replace(bare, (_match, before: string) => `${before}${other.option}`);
	}
	return named;
}
