/**
 * One quiz never asks the same fact twice, and never lets one question's stem hand over another
 * question's answer ("… grew by 2.5%" in one stem, "What percentage …? 2.5%" in the next).
 */
import { surnameOf } from './article';

export interface AskedQuestion {
	prompt: string;
	answer: string;
	/** People are recognised by surname alone: "Mr Kerry" in a stem gives away "John Kerry". */
	isPerson: boolean;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words that, standing in a stem, give the answer away. */
function telltale(question: AskedQuestion): RegExp {
	const words = question.isPerson ? surnameOf(question.answer) : question.answer.toLowerCase();
	// Whole words or numbers only: "2.5" is not in "12.5", "Iran" is not in "Iranian".
	return new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(words)}(?![\\p{L}]|[.,]?\\p{N})`, 'iu');
}

export function repeatsAnotherQuestion(
	candidate: AskedQuestion,
	asked: readonly AskedQuestion[]
): boolean {
	const candidateTell = telltale(candidate);
	return asked.some(
		(other) =>
			other.answer.toLowerCase() === candidate.answer.toLowerCase() ||
			telltale(other).test(candidate.prompt) ||
			candidateTell.test(other.prompt)
	);
}
