/**
 * Checks every finished question against the failure classes of rule-based generators
 * (../shared/notes/question-failures.md): a question that fails any of them is dropped, not repaired.
 */
import { OPTION_COUNT } from '../core/quiz';
import { contentWords, optionsClash } from './distractors';
import type { Sentence } from './sentences';
import type { Fact } from './facts';

/** Words that only make sense with the sentence before: nothing in the question says what they mean. */
const DANGLING_REFERENCE =
	/\b(he|she|him|her|his|hers|himself|herself|it|they|them|theirs|this|these|those|such)\b/i;
/** "its" and "their" usually point at the clause's own subject; only at the very start do they dangle. */
const DANGLING_POSSESSIVE_START = /^(its|their)\b/i;

/** "The firm", "the film" and the like at the start of a stem point back to an earlier sentence. */
const DEFINITE_BACK_REFERENCE =
	/^(the|this|that) (firm|company|group|film|band|club|team|side|party|country|city|government|move|deal|plan|report|study|book|show|series|album|game|decision|case|man|woman|pair|two|three|body|organisation|organization|bank|agency|network)\b/i;

/** Openings that tie a sentence to the one before it. */
const CONNECTIVE_OPENING =
	/^(but|and|or|so|however|also|yet|still|meanwhile|instead|therefore|thus|then|moreover|furthermore|nevertheless|nonetheless|otherwise|indeed|likewise|similarly|in addition|as a result|by contrast|in contrast|even so|at the same time|that|this|these|those|there)\b/i;

/** Quoted speech may say "we" or "it" freely; only the narrative around it must stand alone. */
export function withoutQuotations(text: string): string {
	return text.replace(/"[^"]*"/g, '""');
}

export function hasDanglingReference(text: string): boolean {
	return DANGLING_REFERENCE.test(text) || DANGLING_POSSESSIVE_START.test(text.trim());
}

/**
 * "Canada and Japan", "2005 and 2006", "Smith, Jones and Brown": a fact in a list has siblings that
 * are just as true, and a blank next to "and" is easy to guess from its neighbour.
 */
export function isCoordinated(fact: Fact, sentenceFacts: readonly Fact[]): boolean {
	const tokens = fact.sentence.tokens;
	const before = tokens[fact.first - 1];
	const after = tokens[fact.last + 1];
	if (after && /^(and|or|&|nor)$/.test(after.normal) && !/,/.test(tokens[fact.last].post))
		return true;
	if (before && /^(and|or|&|nor|between)$/.test(before.normal)) return true;
	return sentenceFacts.some(
		(other) =>
			other !== fact &&
			other.type === fact.type &&
			(other.first === fact.last + 1 || other.last === fact.first - 1) &&
			/,/.test(tokens[Math.min(other.last, fact.last)].post)
	);
}

export function needsPreviousSentence(sentenceText: string): boolean {
	const trimmed = sentenceText.replace(/^["'(\s]+/, '');
	return CONNECTIVE_OPENING.test(trimmed) || DEFINITE_BACK_REFERENCE.test(trimmed);
}

/** Quotation marks that open and never close (or the reverse) cut a quotation in half. */
export function hasBrokenQuote(text: string): boolean {
	const doubles = (text.match(/"/g) ?? []).length;
	return doubles % 2 === 1;
}

/** The answer, or any content word of it, must not appear in the prompt. */
export function promptGivesAway(prompt: string, answer: string): boolean {
	const promptWords = new Set(contentWords(prompt));
	const lowerPrompt = prompt.toLowerCase();
	if (lowerPrompt.includes(answer.toLowerCase())) return true;
	return (
		contentWords(answer).some((word) => promptWords.has(word) && !/^\d+$/.test(word)) ||
		contentWords(answer).some(
			(word) =>
				/^\d/.test(word) &&
				new RegExp(`(^|[^\\d.,])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\d]|$)`).test(
					prompt
				)
		)
	);
}

export interface OptionCheck {
	ok: boolean;
	why?: string;
}

/** The structural contract: four distinct, non-empty options that do not overlap each other. */
export function checkOptions(options: readonly string[]): OptionCheck {
	if (options.length !== OPTION_COUNT) return { ok: false, why: 'not four options' };
	if (options.some((option) => option.trim() === '')) return { ok: false, why: 'empty option' };
	for (let i = 0; i < options.length; i++) {
		for (let j = i + 1; j < options.length; j++) {
			if (optionsClash(options[i], options[j])) return { ok: false, why: 'options overlap' };
		}
	}
	return { ok: true };
}

/**
 * The right answer should not be the longest option more often than chance: when it is much longer
 * than every distractor, the question is guessable by length alone.
 */
export function answerStandsOutByLength(answer: string, distractors: readonly string[]): boolean {
	const longest = Math.max(...distractors.map((option) => option.length));
	return answer.length > longest * 1.6 && answer.length - longest > 6;
}

const MIN_SENTENCE_WORDS = 6;
const MAX_SENTENCE_WORDS = 45;

/** A sentence worth asking about on its own: prose, not too short or long, not tied to the one before. */
export function sentenceIsUsable(sentence: Sentence): boolean {
	if (sentence.heading || sentence.tokens.length < MIN_SENTENCE_WORDS) return false;
	if (sentence.tokens.length > MAX_SENTENCE_WORDS) return false;
	if (!/[.!?]["')\]]*$/.test(sentence.text.trim())) return false;
	if (hasBrokenQuote(sentence.text)) return false;
	if (needsPreviousSentence(sentence.text)) return false;
	if (isWholeQuotation(sentence.text) || isListOrLabel(sentence)) return false;
	return true;
}

/** A sentence that is all quotation, with nobody named as saying it, cannot stand alone. */
export function isWholeQuotation(text: string): boolean {
	const trimmed = text.trim();
	if (!trimmed.startsWith('"')) return false;
	// Whatever is left outside the quotation marks names the speaker; an open quote runs to the end.
	const outside = trimmed.replace(/"[^"]*("|$)/g, ' ');
	return !/\p{L}/u.test(outside);
}

/** Line-ups, score lines and "Label: value" lines are lists, not statements. */
function isListOrLabel(sentence: Sentence): boolean {
	const commas = (sentence.text.match(/,/g) ?? []).length;
	if (commas >= 4 && commas * 4 > sentence.tokens.length) return true;
	const colon = sentence.text.indexOf(':');
	if (colon >= 0 && sentence.text.slice(0, colon).trim().split(/\s+/).length <= 2) return true;
	return false;
}
