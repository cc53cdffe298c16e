import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { deleteQuiz, getQuiz, libraryPage } from './quizzes';
import {
	deleteReport,
	getClassName,
	getReport,
	reportsOfQuiz,
	saveJoinedQuiz,
	saveReport,
	setClassName
} from './reports';
import { freshDatabase } from './test-db';

const question: Question = {
	id: 'q1',
	kind: 'where',
	prompt: 'Where does the night train stop first?',
	options: ['Graz', 'Linz', 'Salzburg', 'Villach'],
	answer: 2,
	source: { text: '', start: 0, end: 0 }
};

const joined = {
	title: 'Night train',
	text: '',
	origin: 'share' as const,
	questions: [question]
};

beforeEach(freshDatabase);

describe('class reports', () => {
	it('keeps the results of each quiz version apart and keeps the creation time', async () => {
		await saveReport('quiz1', 'AAAA1111', [{ name: 'Ana', choices: [2] }], 1000);
		const updated = await saveReport(
			'quiz1',
			'AAAA1111',
			[
				{ name: 'Ana', choices: [1] },
				{ name: 'Ben', choices: [null] }
			],
			2000
		);
		await saveReport('quiz1', 'BBBB2222', [{ name: 'Cy', choices: [0] }], 3000);

		expect(updated).toMatchObject({ v: 1, createdAt: 1000, updatedAt: 2000 });
		expect((await getReport('quiz1', 'AAAA1111'))?.results).toEqual([
			{ name: 'Ana', choices: [1] },
			{ name: 'Ben', choices: [null] }
		]);
		expect((await reportsOfQuiz('quiz1')).map((r) => r.fingerprint)).toEqual([
			'BBBB2222',
			'AAAA1111'
		]);
		expect(await reportsOfQuiz('quiz2')).toEqual([]);

		await deleteReport('quiz1', 'AAAA1111');
		expect(await getReport('quiz1', 'AAAA1111')).toBeUndefined();
		expect(await getReport('quiz1', 'BBBB2222')).toBeDefined();
	});
});

describe('joined quizzes', () => {
	it('saves a shared quiz once per fingerprint, and again after it was deleted', async () => {
		const first = await saveJoinedQuiz('FFFF0000', joined);
		const again = await saveJoinedQuiz('FFFF0000', joined);
		expect(first.created).toBe(true);
		expect(again).toEqual({ quiz: first.quiz, created: false });
		expect((await libraryPage(10)).total).toBe(1);

		const other = await saveJoinedQuiz('FFFF0001', { ...joined, title: 'Other' });
		expect(other.created).toBe(true);
		expect((await libraryPage(10)).total).toBe(2);

		await deleteQuiz(first.quiz.id);
		const restored = await saveJoinedQuiz('FFFF0000', joined);
		expect(restored.created).toBe(true);
		expect(restored.quiz.id).not.toBe(first.quiz.id);
		expect(await getQuiz(restored.quiz.id)).toBeDefined();
	});

	it('remembers the name given for each joined quiz', async () => {
		expect(await getClassName('quiz1')).toBeUndefined();
		await setClassName('quiz1', 'Zoë');
		await setClassName('quiz2', 'Max');
		expect(await getClassName('quiz1')).toBe('Zoë');
		expect(await getClassName('quiz2')).toBe('Max');
	});
});
