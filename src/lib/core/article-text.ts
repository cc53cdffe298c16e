/**
 * What counts as an article Factdeck can make a quiz from. Pure checks shared by the New quiz page,
 * the worker and the CLI, so every entry point refuses the same inputs with the same words.
 */

/** 300,000 characters is about 50,000 words: a long report. Larger inputs are refused up front. */
export const MAX_ARTICLE_CHARS = 300_000;
export const MIN_SENTENCES = 3;

export type ArticleCheck =
	{ ok: true; sentenceCount: number; wordCount: number } | { ok: false; reason: string };

const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s|$)/g;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** Sentences that hold at least three words, counted roughly (the generator splits properly). */
function countProseSentences(text: string): number {
	let count = 0;
	let from = 0;
	for (const match of text.matchAll(SENTENCE_END)) {
		const end = (match.index ?? 0) + match[0].length;
		if (countWords(text.slice(from, end)) >= 3) count++;
		from = end;
	}
	if (countWords(text.slice(from)) >= 3) count++;
	return count;
}

/** Share of characters that are control characters or replacement marks: binary junk. */
function junkShare(text: string): number {
	let junk = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		if (ch === '\uFFFD' || (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t')) junk++;
	}
	return junk / Math.max(1, text.length);
}

export function checkArticleText(text: string): ArticleCheck {
	if (text.length > MAX_ARTICLE_CHARS) {
		const limit = MAX_ARTICLE_CHARS.toLocaleString('en-GB');
		return {
			ok: false,
			reason: `This text is too long: ${text.length.toLocaleString('en-GB')} characters. Factdeck takes up to ${limit} characters; paste a shorter part of it.`
		};
	}
	if (text.trim() === '') {
		return { ok: false, reason: 'Paste or type an article first: the text is empty.' };
	}
	if (junkShare(text) > 0.02) {
		return {
			ok: false,
			reason:
				'This does not look like text: it holds binary or garbled characters. Paste the words of an article.'
		};
	}
	const letters = text.match(/\p{L}/gu)?.length ?? 0;
	const visible = text.replace(/\s/g, '').length;
	if (letters / Math.max(1, visible) < 0.5) {
		return {
			ok: false,
			reason:
				'This does not look like prose: it is mostly numbers or symbols. Paste the sentences of an article.'
		};
	}
	const sentenceCount = countProseSentences(text);
	if (sentenceCount < MIN_SENTENCES) {
		return {
			ok: false,
			reason: `This text is too short: it needs at least ${MIN_SENTENCES} full sentences to make a quiz.`
		};
	}
	return { ok: true, sentenceCount, wordCount: countWords(text) };
}
