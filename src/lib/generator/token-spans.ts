/** Small helpers over tagged tokens, shared by the fact finders. */
import type { Sentence, Token } from './sentences';

export function isCapitalised(token: Token): boolean {
	return /^\p{Lu}/u.test(token.text);
}

/** Punctuation after a token (a comma, a colon, a quote) ends a name. */
export function hasBreakAfter(token: Token): boolean {
	return /[^\s]/.test(token.post);
}

export function hasBreakBefore(token: Token): boolean {
	return /[^\s]/.test(token.pre);
}

export function isPossessive(token: Token): boolean {
	return /['’]s?$/.test(token.text) || token.tags.has('Possessive') || /^['’]/.test(token.post);
}

/** A maximal run of tokens from `from` that satisfy `test`, stopping at punctuation. */
export function runOf(tokens: Token[], from: number, test: (token: Token) => boolean): number {
	let last = from;
	while (
		last + 1 < tokens.length &&
		!hasBreakAfter(tokens[last]) &&
		!hasBreakBefore(tokens[last + 1]) &&
		test(tokens[last + 1])
	) {
		last++;
	}
	return last;
}

export function spanText(sentence: Sentence, first: number, last: number): string {
	const tokens = sentence.tokens;
	return sentence.text.slice(
		tokens[first].start - sentence.start,
		tokens[last].end - sentence.start
	);
}

/** The normalised words of tokens [from, to), clamped to the sentence, joined by spaces. */
export function normalWords(tokens: readonly Token[], from: number, to: number): string {
	return tokens
		.slice(Math.max(0, from), Math.max(0, to))
		.map((token) => token.normal)
		.join(' ');
}

/** Whether token i stands inside brackets: "74.7bn yuan ($9bn; £4.8bn)". */
export function isInsideBrackets(tokens: readonly Token[], i: number): boolean {
	let depth = 0;
	for (let j = 0; j <= i; j++) {
		const around = j < i ? tokens[j].pre + tokens[j].post : tokens[j].pre;
		depth += around.split('(').length - around.split(')').length;
	}
	return depth > 0;
}
