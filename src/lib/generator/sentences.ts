/**
 * Splits cleaned article text into paragraphs and sentences, then tags each sentence with compromise.
 * Sentences are found here rather than by compromise because compromise joins a sentence ending inside
 * a quotation with the next one, and because parsing one sentence at a time keeps the cost per word
 * flat however long the article is.
 */
import nlp from 'compromise';
import { GIVEN_NAMES } from './lists/given-names';

export interface Token {
	/** The word as written, without surrounding punctuation. */
	text: string;
	/** Lower case, for comparisons. */
	normal: string;
	/** Absolute offsets of `text` in the article. */
	start: number;
	end: number;
	/** Punctuation and spaces before and after the word, as written. */
	pre: string;
	post: string;
	tags: ReadonlySet<string>;
}

export interface Sentence {
	/** Position of the sentence in the article, from 0. */
	index: number;
	paragraph: number;
	start: number;
	end: number;
	text: string;
	tokens: Token[];
	/** A line that looks like a heading or a list label rather than prose. */
	heading: boolean;
}

export interface Paragraph {
	start: number;
	end: number;
	heading: boolean;
}

const TERMINAL = /[.!?]["')\]]*$/;
const HEADING_MAX_WORDS = 14;

function wordCount(text: string): number {
	return text.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

/**
 * Paragraphs end at blank lines; a short line without closing punctuation (a headline, a list item,
 * a caption) is a paragraph of its own so it never runs into the sentence after it.
 */
export function splitParagraphs(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let current: { start: number; end: number } | undefined;
	const flush = (heading: boolean) => {
		if (current) paragraphs.push({ ...current, heading });
		current = undefined;
	};
	const lineBreaks = /\n/g;
	let lineStart = 0;
	for (;;) {
		const match = lineBreaks.exec(text);
		const lineEnd = match ? match.index : text.length;
		const line = text.slice(lineStart, lineEnd);
		const trimmed = line.trim();
		if (trimmed === '') {
			flush(false);
		} else {
			const start = lineStart + line.indexOf(trimmed[0]);
			const end = start + trimmed.length;
			const headingLike = !TERMINAL.test(trimmed) && wordCount(trimmed) <= HEADING_MAX_WORDS;
			if (headingLike) {
				flush(false);
				paragraphs.push({ start, end, heading: true });
			} else if (current) {
				current.end = end;
			} else {
				current = { start, end };
			}
		}
		if (!match) break;
		lineStart = lineEnd + 1;
	}
	flush(false);
	return paragraphs;
}

const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof st gen col lt sgt capt cmdr rev sen rep gov pres jr sr inc ltd co corp plc vs ' +
		'etc eg ie no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ ' +
		'fig vol op al cf ca'
	).split(' ')
);

/** Where a sentence ends: a stop, any closing quotes, then space and something that can start one. */
const SENTENCE_BREAK = /[.!?]+["')\]]*(?=\s+["'([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string, stopIndex: number): boolean {
	const before = text.slice(Math.max(0, stopIndex - 12), stopIndex);
	const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
	if (word === '') return false;
	if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "J. Smith"
	if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
	// "(c. 1390 – 1452)", "(b. 1920)", "(d. 1871)": circa, born and died before a year.
	if (/^(c|b|d|fl)$/.test(word) && /^\s*\d/.test(text.slice(stopIndex + 1))) return true;
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence spans inside one paragraph, as absolute [start, end) offsets. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	const body = text.slice(from, to);
	let start = 0;
	for (const match of body.matchAll(SENTENCE_BREAK)) {
		const stop = match.index ?? 0;
		if (match[0][0] === '.' && endsWithAbbreviation(body, stop)) continue;
		const end = stop + match[0].length;
		spans.push([from + start, from + end]);
		start = end;
		while (start < body.length && /\s/.test(body[start])) start++;
	}
	if (start < body.length) spans.push([from + start, to]);
	return spans.filter(([a, b]) => b > a);
}

interface CompromiseTerm {
	text: string;
	pre: string;
	post: string;
	normal: string;
	tags?: Set<string>;
}

/**
 * compromise's own parse, step by step, without its chunker: the engine reads tags, never chunks.
 * `nlp.tokenize` runs the contractions, alias and machine steps itself.
 */
let taggingSteps: string[] | undefined;
nlp.addWords(GIVEN_NAMES);
const STEPS_NOT_RUN = new Set(['contractions', 'alias', 'machine', 'chunks']);

function tag(stretch: string) {
	const world = nlp.world() as { hooks: string[] };
	taggingSteps ??= world.hooks.filter((step) => !STEPS_NOT_RUN.has(step));
	const doc = nlp.tokenize(stretch);
	doc.compute(taggingSteps);
	return doc;
}

/** Tags a stretch of text and returns its words with absolute offsets. */
export function tokenise(stretch: string, stretchStart: number): Token[] {
	const doc = tag(stretch);
	const tokens: Token[] = [];
	// compromise keeps every character in some term's pre, text or post, in order, so offsets are a
	// running sum (cheaper than its own offset computation). A mismatch would only mean an odd input:
	// such terms are checked against the text and dropped rather than given wrong offsets.
	let position = 0;
	for (const terms of doc.docs as unknown as CompromiseTerm[][]) {
		for (const term of terms) {
			const start = position + term.pre.length;
			position = start + term.text.length + term.post.length;
			if (term.text === '' || !stretch.startsWith(term.text, start)) continue;
			// compromise sometimes leaves a bracket on the word ("1987)"): it belongs to pre/post.
			const opening = /^[([]+/.exec(term.text)?.[0] ?? '';
			const closing = /[)\]]+$/.exec(term.text.slice(opening.length))?.[0] ?? '';
			const text = term.text.slice(opening.length, term.text.length - closing.length);
			if (text === '') continue;
			tokens.push({
				text,
				normal: (term.normal || term.text.toLowerCase()).replace(/^[([]+|[)\]]+$/g, ''),
				start: stretchStart + start + opening.length,
				end: stretchStart + start + opening.length + text.length,
				pre: term.pre + opening,
				post: closing + term.post,
				tags: term.tags ?? new Set<string>()
			});
		}
	}
	return tokens;
}

/**
 * compromise is fastest on a few sentences at a time: one call per sentence costs a set-up each time,
 * and one call for a huge paragraph slows down sharply. Sentences are tagged in batches of this size.
 */
const BATCH_CHARS = 1500;
/** Sentences this long are run-ons or lists, never good questions; they are left untagged. */
const MAX_TAGGED_SENTENCE_CHARS = 600;

/**
 * compromise does not end a sentence at `… last year." The council …`: a stop inside closing quotes
 * is not a sentence end to it. The stop is moved after the quotes (same length, so offsets hold) in
 * the copy it tags, so each of our sentences is tagged as a sentence of its own.
 */
function markSentenceEnds(text: string, batch: Sentence[], from: number, to: number): string {
	let stretch = text.slice(from, to);
	for (const sentence of batch.slice(0, -1)) {
		const ending = /([.!?])(["')\]]+)$/.exec(sentence.text);
		if (!ending) continue;
		const at = sentence.end - from - ending[0].length;
		stretch = stretch.slice(0, at) + ending[2] + ending[1] + stretch.slice(at + ending[0].length);
	}
	return stretch;
}

export function buildSentences(
	text: string,
	paragraph: Paragraph,
	paragraphIndex: number,
	firstIndex: number
): Sentence[] {
	const sentences: Sentence[] = splitSentences(text, paragraph.start, paragraph.end).map(
		([start, end], i) => ({
			index: firstIndex + i,
			paragraph: paragraphIndex,
			start,
			end,
			text: text.slice(start, end),
			tokens: [],
			heading: paragraph.heading
		})
	);
	let batch: Sentence[] = [];
	const flush = () => {
		if (batch.length === 0) return;
		const from = batch[0].start;
		const to = batch[batch.length - 1].end;
		let owner = 0;
		for (const token of tokenise(markSentenceEnds(text, batch, from, to), from)) {
			while (owner < batch.length - 1 && token.start >= batch[owner].end) owner++;
			if (token.start >= batch[owner].start && token.end <= batch[owner].end)
				batch[owner].tokens.push(token);
		}
		batch = [];
	};
	for (const sentence of sentences) {
		if (sentence.text.length > MAX_TAGGED_SENTENCE_CHARS) {
			flush();
			continue;
		}
		if (batch.length > 0 && sentence.end - batch[0].start > BATCH_CHARS) flush();
		batch.push(sentence);
	}
	flush();
	return sentences;
}
