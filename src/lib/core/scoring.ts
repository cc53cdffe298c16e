import type { Question } from './quiz';

export interface AnswerLike {
	choice: number;
}

export interface Progress {
	total: number;
	answered: number;
	correct: number;
	finished: boolean;
}

/** Progress of a set of answers over a quiz's current questions; answers to dropped questions do not count. */
export function progressOf(
	questions: readonly Question[],
	answers: Readonly<Record<string, AnswerLike>>
): Progress {
	let answered = 0;
	let correct = 0;
	for (const question of questions) {
		const given = answers[question.id];
		if (!given) continue;
		answered++;
		if (given.choice === question.answer) correct++;
	}
	return {
		total: questions.length,
		answered,
		correct,
		finished: questions.length > 0 && answered === questions.length
	};
}

/**
 * Where the answer sits inside the source sentence, for highlighting; -1 when it is not there.
 * An answer may be fuller than the sentence's wording ("Carla Duarte" for "Duarte"), so when the
 * whole answer is absent its longest word that is present is highlighted instead.
 */
export function findAnswerSpan(sentence: string, answer: string): { start: number; end: number } {
	const haystack = sentence.toLowerCase();
	const candidates = [
		answer,
		...answer
			.split(/\s+/)
			.filter((word) => word.length >= 3)
			.sort((a, b) => b.length - a.length)
	];
	for (const candidate of candidates) {
		const at = haystack.indexOf(candidate.toLowerCase());
		if (at >= 0) return { start: at, end: at + candidate.length };
	}
	return { start: -1, end: -1 };
}
