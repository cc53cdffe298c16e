import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { getLatestAttempt, latestAttemptsByQuiz, newAttempt, saveAttempt } from './attempts';
import { closeDatabase, transact } from './db';
import { createQuiz, deleteQuiz, getArticle, getQuiz, listQuizzes } from './quizzes';

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

beforeEach(() => {
	closeDatabase();
	globalThis.indexedDB = new IDBFactory();
});

describe('quizzes', () => {
	it('stores a quiz with its article and versions both records', async () => {
		const quiz = await createQuiz(input);
		const stored = await getQuiz(quiz.id);
		expect(stored).toMatchObject({ v: 1, title: 'Ferry news', questions: [question] });
		const article = await getArticle(quiz.articleId);
		expect(article).toMatchObject({ v: 1, text: input.text, origin: 'paste' });
	});

	it('lists quizzes newest first', async () => {
		const older = await createQuiz({ ...input, title: 'Older' }, 1000);
		const newer = await createQuiz({ ...input, title: 'Newer' }, 2000);
		expect((await listQuizzes()).map((q) => q.id)).toEqual([newer.id, older.id]);
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
		const attempt = newAttempt(quiz.id);
		await saveAttempt(attempt);
		await deleteQuiz(quiz.id);
		expect(await getQuiz(quiz.id)).toBeUndefined();
		expect(await getArticle(quiz.articleId)).toBeUndefined();
		expect(await getLatestAttempt(quiz.id)).toBeUndefined();
	});
});

describe('attempts', () => {
	it('keeps each answer and the position, and finds the newest attempt', async () => {
		const quiz = await createQuiz(input);
		const first = newAttempt(quiz.id, 1000);
		first.answers.q1 = { choice: 2, correct: false, at: 1500 };
		first.current = 1;
		await saveAttempt(first);
		const second = newAttempt(quiz.id, 2000);
		await saveAttempt(second);

		expect((await getLatestAttempt(quiz.id))?.id).toBe(second.id);
		const latest = await latestAttemptsByQuiz();
		expect(latest.get(quiz.id)?.id).toBe(second.id);

		second.answers.q1 = { choice: 1, correct: true, at: 2500 };
		await saveAttempt(second);
		expect((await getLatestAttempt(quiz.id))?.answers.q1).toEqual({
			choice: 1,
			correct: true,
			at: 2500
		});
	});
});
