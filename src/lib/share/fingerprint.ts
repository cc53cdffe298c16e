import { toCrockford } from './crockford';
import { hashText64, topBits } from './hash';

/** Length of a quiz fingerprint in Crockford base32 symbols (5 bits each: 40 bits). */
export const FINGERPRINT_CHARS = 8;

/** What a fingerprint depends on: nothing else (ids, kinds, sources) changes it. */
export interface FingerprintedQuiz {
	title: string;
	questions: readonly { prompt: string; options: readonly string[]; answer: number }[];
}

/**
 * A short, stable id of a quiz's content: title, prompts, options (in order) and answers.
 * Strings are trimmed first, as the share schema trims them, so the teacher's stored quiz and the
 * copy a student decoded from a link give the same fingerprint.
 *
 * 40 bits: two different quizzes collide with odds of 1 in 2^40 (about 1 in 10^12); among a
 * teacher's 10,000 quizzes the chance of any collision is about 5 in 100,000.
 */
export function quizFingerprint(quiz: FingerprintedQuiz): string {
	const content = JSON.stringify([
		quiz.title.trim(),
		quiz.questions.map((q) => [q.prompt.trim(), q.options.map((o) => o.trim()), q.answer])
	]);
	const top = topBits(hashText64(content), FINGERPRINT_CHARS * 5);
	const values: number[] = [];
	for (let i = FINGERPRINT_CHARS - 1; i >= 0; i--) values.push(Math.floor(top / 32 ** i) % 32);
	return toCrockford(values);
}

export function isFingerprint(text: string): boolean {
	return new RegExp(`^[0-9A-HJKMNP-TV-Z]{${FINGERPRINT_CHARS}}$`).test(text);
}
