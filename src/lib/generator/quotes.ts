/**
 * Quoted speech is asked as "Who said …?" with the whole quotation, or not at all: a question never
 * carries half a quotation, and never asks about a word inside one (that is trivia, not the fact).
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { KIND_NOUN, organisationKind } from './lists/organisations';
import { tidySpaces } from './normalise';
import type { Sentence } from './sentences';
import type { Stem } from './stems';

const MIN_QUOTE_WORDS = 4;
const MAX_QUOTE_WORDS = 32;
const SPEECH =
	'(?:said|says|added|adds|told [^"]{1,40}?|warned|explained|insisted|argued|stressed|claimed|admitted|declared)';

/** Character ranges [start, end) of the quotations in a sentence, relative to the sentence text. */
export function quotationRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] !== '"') continue;
		if (open < 0) open = i;
		else {
			ranges.push([open, i + 1]);
			open = -1;
		}
	}
	if (open >= 0) ranges.push([open, text.length]);
	return ranges;
}

export function isInsideQuotation(fact: Fact): boolean {
	const sentence = fact.sentence;
	const start = sentence.tokens[fact.first].start - sentence.start;
	return quotationRanges(sentence.text).some(([from, to]) => start > from && start < to);
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

/** The speaker's span (relative to the sentence text) and the quotation, for the two usual shapes. */
function findQuotation(
	sentence: Sentence
): { speakerFrom: number; speakerTo: number; quote: string } | undefined {
	const text = sentence.text.trim();
	const ranges = quotationRanges(text);
	if (ranges.length !== 1) return undefined;
	const [from, to] = ranges[0];
	const quote = text.slice(from + 1, to - 1);
	// Speaker first: `Jane Smith said: "…"` / `Jane Smith, the mayor, told reporters: "…"`
	const before = text.slice(0, from);
	const speakerFirst = new RegExp(`^(.{2,120}?)\\s+${SPEECH}\\s*[:,]?\\s*$`).exec(before);
	if (speakerFirst && /^\W*$/.test(text.slice(to))) {
		return { speakerFrom: 0, speakerTo: speakerFirst[1].length, quote };
	}
	// Quotation first: `"…," Jane Smith said.` / `"…," said Jane Smith, the mayor.`
	if (from === 0) {
		const after = text.slice(to);
		const speakerThenVerb = new RegExp(`^\\s*(.{2,80}?)\\s+${SPEECH}\\W*$`).exec(after);
		if (speakerThenVerb) {
			const start = to + after.indexOf(speakerThenVerb[1]);
			return { speakerFrom: start, speakerTo: start + speakerThenVerb[1].length, quote };
		}
		const verbThenSpeaker = new RegExp(`^\\s*${SPEECH}\\s+(.{2,120}?)\\W*$`).exec(after);
		if (verbThenSpeaker) {
			const start = to + after.lastIndexOf(verbThenSpeaker[1]);
			return { speakerFrom: start, speakerTo: start + verbThenSpeaker[1].length, quote };
		}
	}
	return undefined;
}

/** "Who said, "…"?" when the fact is the named speaker of the sentence's only quotation. */
export function quotationStem(fact: Fact, _index: ArticleIndex): Stem | undefined {
	if (fact.type !== 'person' && fact.type !== 'organisation') return undefined;
	const sentence = fact.sentence;
	const found = findQuotation(sentence);
	if (!found) return undefined;
	const offset = sentence.text.length - sentence.text.trimStart().length;
	const factStart = sentence.tokens[fact.first].start - sentence.start - offset;
	const factEnd = sentence.tokens[fact.last].end - sentence.start - offset;
	if (factStart < found.speakerFrom || factEnd > found.speakerTo) return undefined;
	// The speaker phrase may carry a title before the name and an apposition after a comma, nothing else.
	const speaker = sentence.text.trim().slice(found.speakerFrom, found.speakerTo);
	const afterName = speaker.slice(factEnd - found.speakerFrom);
	if (afterName.trim() !== '' && !/^\s*,/.test(afterName)) return undefined;
	if (/\b(and|or)\b/.test(speaker.slice(0, factStart - found.speakerFrom))) return undefined;
	const quote = tidySpaces(found.quote)
		.replace(/^'(?=[^']*$)/, '')
		.replace(/[,;:]+$/, '')
		.replace(/\.$/, '');
	const words = wordCount(quote);
	if (words < MIN_QUOTE_WORDS || words > MAX_QUOTE_WORDS) return undefined;
	const who =
		fact.type === 'person' ? 'Who' : `Which ${KIND_NOUN[organisationKind(fact.option, false)]}`;
	const mark = /[?!]$/.test(quote) ? '' : '?';
	return {
		kind: fact.type === 'person' ? 'who' : 'which',
		prompt: `${who} said: "${quote}"${mark}`
	};
}
