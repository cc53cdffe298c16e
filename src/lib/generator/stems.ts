/**
 * Turns a fact into a question stem. A cloze sentence blanks the whole answer span (never part of a
 * name) and neutralises "a"/"an" before the blank so grammar does not point at one option.
 */
import type { QuestionKind } from '../core/quiz';
import type { Fact } from './facts';
import { tidySpaces } from './normalise';

export interface Stem {
	kind: QuestionKind;
	prompt: string;
}

export const BLANK = '_____';

export function clozeStem(fact: Fact): Stem | undefined {
	const sentence = fact.sentence;
	const tokens = sentence.tokens;
	const from = tokens[fact.first].start - sentence.start;
	const to = tokens[fact.last].end - sentence.start;
	let before = sentence.text.slice(0, from);
	const after = sentence.text.slice(to);
	before = before.replace(
		/\b([Aa])n?(\s+)$/,
		(_match, a: string, space: string) => `${a}(n)${space}`
	);
	const prompt = tidySpaces(before + BLANK + after);
	return { kind: 'cloze', prompt };
}
