import { beforeEach, describe, expect, it } from 'vitest';
import { promisifyRequest } from 'idb-keyval';
import { getLatestAttempt } from './attempts';
import { DB_NAME, DB_VERSION } from './db';
import { newCard } from '$lib/review/scheduler';
import { MIGRATIONS, newCardAt } from './migrations';
import { getQuiz, libraryPage } from './quizzes';
import { countDue } from './due';
import { cardsOfQuiz } from './reviews';
import { getReport, saveReport } from './reports';
import { freshDatabase } from './test-db';

/** Builds a database as the given version left it, with the first `version` migrations only. */
async function databaseAtVersion(version: number, fill: (tx: IDBTransaction) => void) {
	const request = indexedDB.open(DB_NAME, version);
	request.onupgradeneeded = (event) => {
		const tx = request.transaction!;
		for (let v = event.oldVersion; v < version; v++) MIGRATIONS[v](request.result, tx);
		fill(tx);
	};
	const db = await promisifyRequest(request);
	db.close();
}

beforeEach(freshDatabase);

describe('migration 1 → 2 (review cards)', () => {
	it('keeps version 1 data and gives every question already answered a card due now', async () => {
		const answeredAt = Date.UTC(2026, 0, 1);
		await databaseAtVersion(1, (tx) => {
			tx.objectStore('quizzes').put(
				{
					v: 1,
					id: 'quiz1',
					articleId: 'a1',
					title: 'Old quiz',
					questions: [],
					createdAt: 1,
					updatedAt: 1
				},
				'quiz1'
			);
			tx.objectStore('attempts').put(
				{
					v: 1,
					id: 't1',
					quizId: 'quiz1',
					answers: {
						qa: { choice: 1, correct: true, at: answeredAt },
						qb: { choice: 2, correct: false, at: answeredAt }
					},
					current: 1,
					startedAt: answeredAt,
					updatedAt: answeredAt
				},
				't1'
			);
		});

		expect(DB_VERSION).toBe(4);
		expect((await getQuiz('quiz1'))?.title).toBe('Old quiz');
		expect((await getLatestAttempt('quiz1'))?.current).toBe(1);
		const cards = await cardsOfQuiz('quiz1');
		expect(cards.map((c) => c.questionId).sort()).toEqual(['qa', 'qb']);
		expect(cards.every((c) => c.card.reps === 0)).toBe(true);
		expect(await countDue(answeredAt)).toBe(2);
	});

	it('creates an empty version 2 database from nothing', async () => {
		expect(await countDue()).toBe(0);
	});
});

describe('migration 2 → 3 (library pages)', () => {
	it('indexes existing quizzes by creation time, newest first', async () => {
		await databaseAtVersion(2, (tx) => {
			for (const [id, createdAt] of [
				['old', 1000],
				['new', 3000],
				['mid', 2000]
			] as const) {
				tx.objectStore('quizzes').put(
					{ v: 1, id, articleId: 'a', title: id, questions: [], createdAt, updatedAt: createdAt },
					id
				);
			}
		});
		const page = await libraryPage(2);
		expect(page.quizzes.map((q) => q.id)).toEqual(['new', 'mid']);
		expect(page.total).toBe(3);
	});
});

describe('migration 3 → 4 (class reports)', () => {
	it('keeps version 3 data and adds an empty reports store found by quiz', async () => {
		await databaseAtVersion(3, (tx) => {
			tx.objectStore('quizzes').put(
				{
					v: 1,
					id: 'kept',
					articleId: 'a',
					title: 'Kept',
					questions: [],
					createdAt: 5,
					updatedAt: 5
				},
				'kept'
			);
		});
		expect((await libraryPage(5)).quizzes.map((q) => q.id)).toEqual(['kept']);
		expect(await getReport('kept', 'ABCD1234')).toBeUndefined();
		await saveReport('kept', 'ABCD1234', [{ name: 'Ida', choices: [0] }], 10);
		expect((await getReport('kept', 'ABCD1234'))?.results).toEqual([{ name: 'Ida', choices: [0] }]);
	});
});

describe('newCardAt', () => {
	it('is the card ts-fsrs creates', () => {
		expect(newCardAt(123_456)).toEqual(newCard(123_456));
	});
});
