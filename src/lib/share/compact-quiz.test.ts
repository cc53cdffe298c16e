import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PortableQuizSchema } from '$lib/core/schemas';
import { CompactQuizSchema, fromCompactQuiz, toCompactQuiz } from './compact-quiz';
import { quizOf } from './test-fixtures';

describe('compact quiz form', () => {
	const quiz = quizOf(3);

	it('keeps content, renumbers ids and rebases source offsets', () => {
		const back = fromCompactQuiz(toCompactQuiz(quiz, true));
		expect(back.title).toBe(quiz.title);
		back.questions.forEach((q, i) => {
			const original = quiz.questions[i];
			expect(q).toEqual({
				...original,
				id: `q${i + 1}`,
				source: { text: original.source.text, start: 0, end: original.source.text.length }
			});
		});
		expect(v.safeParse(PortableQuizSchema, back).success).toBe(true);
	});

	it('leaves source sentences out when asked, and is then smaller', () => {
		const lean = toCompactQuiz(quiz, false);
		expect(lean[1].every((q) => q.length === 7)).toBe(true);
		expect(JSON.stringify(lean).length).toBeLessThan(
			JSON.stringify(toCompactQuiz(quiz, true)).length
		);
		expect(fromCompactQuiz(lean).questions[0].source).toEqual({ text: '', start: 0, end: 0 });
	});

	it('is far smaller than the verbose form', () => {
		const compact = JSON.stringify(toCompactQuiz(quiz, true)).length;
		expect(compact).toBeLessThan(JSON.stringify(quiz).length * 0.85);
	});

	it('checks the shape only; the full schema refuses an unknown kind', () => {
		const compact = toCompactQuiz(quiz, false);
		compact[1][0][0] = 99;
		expect(v.safeParse(CompactQuizSchema, compact).success).toBe(true);
		expect(v.safeParse(PortableQuizSchema, fromCompactQuiz(compact)).success).toBe(false);
		expect(v.safeParse(CompactQuizSchema, ['t', [[0, 'p', 'a', 'b', 'c', 4]]]).success).toBe(false);
		expect(v.safeParse(CompactQuizSchema, { title: 't' }).success).toBe(false);
	});
});
