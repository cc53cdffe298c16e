import * as v from 'valibot';
import { QUESTION_KINDS, type Question } from '$lib/core/quiz';
import type { PortableQuiz } from '$lib/core/schemas';

/**
 * The compact array form a quiz takes inside a share link, to keep links and QR codes small:
 *
 *   [title, [[kindIndex, prompt, option1, option2, option3, option4, answer, sourceText?], …]]
 *
 * Left out on purpose: question ids (the receiver numbers them q1, q2, …), source offsets (they
 * point into an article the receiver does not have) and, when the caller asks, source sentences.
 * This schema only checks the shape; the rebuilt quiz then goes through PortableQuizSchema.
 */

const CompactQuestionSchema = v.union([
	v.strictTuple([
		v.number(),
		v.string(),
		v.string(),
		v.string(),
		v.string(),
		v.string(),
		v.number()
	]),
	v.strictTuple([
		v.number(),
		v.string(),
		v.string(),
		v.string(),
		v.string(),
		v.string(),
		v.number(),
		v.string()
	])
]);

export const CompactQuizSchema = v.strictTuple([v.string(), v.array(CompactQuestionSchema)]);

export type CompactQuiz = v.InferOutput<typeof CompactQuizSchema>;

export function toCompactQuiz(quiz: PortableQuiz, withSources: boolean): CompactQuiz {
	return [
		quiz.title,
		quiz.questions.map((q) => {
			const head = [
				QUESTION_KINDS.indexOf(q.kind),
				q.prompt,
				q.options[0],
				q.options[1],
				q.options[2],
				q.options[3],
				q.answer
			] as const;
			return withSources && q.source.text ? [...head, q.source.text] : [...head];
		})
	];
}

/**
 * The quiz a compact form stands for, not yet validated: an unknown kind index comes out as an
 * unknown kind, which PortableQuizSchema then refuses.
 */
export function fromCompactQuiz(compact: CompactQuiz): { title: string; questions: Question[] } {
	const [title, questions] = compact;
	return {
		title,
		questions: questions.map((q, index) => {
			const sourceText = q.length === 8 ? q[7] : '';
			return {
				id: `q${index + 1}`,
				kind: QUESTION_KINDS[q[0]] ?? ('unknown' as Question['kind']),
				prompt: q[1],
				options: [q[2], q[3], q[4], q[5]],
				answer: q[6],
				source: { text: sourceText, start: 0, end: sourceText.length }
			};
		})
	};
}
