import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { getLatestAttempt, newAttempt, updateAttempt } from './attempts';
import { transact } from './db';
import { createQuiz, deleteQuiz, getArticle, getQuiz, libraryPage } from './quizzes';
import { freshDatabase } from './test-db';

const question: Question = {
	id: 'q1',
	kind: 'when',
	prompt: 'When did the ferry start running?',
	options: ['In 1998', 'In 2003', 'In 2011', 'In 1987'],
	answer: 1,
	source: { text: 'The ferry started running in 2003.', start: 0, end: 34 }
};

const input = {
	title: 'Ferry news',
	text: 'The ferry started running in 2003. It crosses twice a day. Locals love it.',
	origin: 'paste' as const,
	questions: [question]
};

beforeEach(freshDatabase);

describe('quizzes', () => {
	it('stores a quiz with its article and versions both records', async () => {
		const quiz = await createQuiz(input);
		const stored = await getQuiz(quiz.id);
		expect(stored).toMatchObject({ v: 1, title: 'Ferry news', questions: [question] });
		const article = await getArticle(quiz.articleId);
		expect(article).toMatchObject({ v: 1, text: input.text, origin: 'paste' });
	});

	it('lists quizzes newest first, a page at a time', async () => {
		const ids: string[] = [];
		for (let n = 0; n < 5; n++)
			ids.push((await createQuiz({ ...input, title: `Q${n}` }, 1000 + n)).id);
		const first = await libraryPage(2);
		expect(first.quizzes.map((q) => q.id)).toEqual([ids[4], ids[3]]);
		expect(first.total).toBe(5);
		const next = await libraryPage(2, first.quizzes[1].createdAt);
		expect(next.quizzes.map((q) => q.id)).toEqual([ids[2], ids[1]]);
	});

	it('writes nothing when a transaction fails half way', async () => {
		await expect(
			transact(['articles', 'quizzes'], (stores) => {
				stores.articles.put({ id: 'a1' }, 'a1');
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(await getArticle('a1')).toBeUndefined();
	});

	it('deletes a quiz with its article and attempts', async () => {
		const quiz = await createQuiz(input);
		await updateAttempt(newAttempt(quiz.id));
		await deleteQuiz(quiz.id);
		expect(await getQuiz(quiz.id)).toBeUndefined();
		expect(await getArticle(quiz.articleId)).toBeUndefined();
		expect(await getLatestAttempt(quiz.id)).toBeUndefined();
	});
});

describe('attempts', () => {
	it('keeps the position and finds the newest attempt', async () => {
		const quiz = await createQuiz(input);
		const first = newAttempt(quiz.id, 1000);
		await updateAttempt(first, { current: 1 });
		const second = newAttempt(quiz.id, 2000);
		await updateAttempt(second);

		expect((await getLatestAttempt(quiz.id))?.id).toBe(second.id);
		const page = await libraryPage(10);
		expect(page.attempts.get(quiz.id)?.id).toBe(second.id);
		expect(page.attempts.size).toBe(1);
	});

	it('merges a change into the stored attempt instead of overwriting it', async () => {
		const quiz = await createQuiz(input);
		const attempt = newAttempt(quiz.id, 1000);
		await updateAttempt({ ...attempt, answers: { q1: { choice: 1, correct: true, at: 1100 } } });
		// A stale copy without the answer (another tab's) moves the position only.
		const moved = await updateAttempt(attempt, { current: 1 });
		expect(moved.answers.q1).toEqual({ choice: 1, correct: true, at: 1100 });
		expect(moved.current).toBe(1);
	});
});
