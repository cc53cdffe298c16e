import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { Rating } from '$lib/review/scheduler';
import { getLatestAttempt, newAttempt } from './attempts';
import { exportBackup, parseBackup, restoreBackup } from './backup';
import { createQuiz, libraryPage } from './quizzes';
import { countDue } from './due';
import { getReport, saveReport } from './reports';
import { cardsOfQuiz, recordAnswer, reviewLogs } from './reviews';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 5, 2, 12, 0);
const question: Question = {
	id: 'q1',
	kind: 'where',
	prompt: 'Where did the ferry sail?',
	options: ['Oslo', 'Bergen', 'Tromsø', 'Stavanger'],
	answer: 1,
	source: { text: 'The ferry sailed to Bergen.', start: 0, end: 27 }
};

async function seed() {
	const quiz = await createQuiz(
		{
			title: 'Ferry',
			text: 'The ferry sailed to Bergen. It was late. Nobody minded.',
			origin: 'paste',
			questions: [question]
		},
		NOW
	);
	await recordAnswer(
		newAttempt(quiz.id, NOW),
		'q1',
		{ choice: 0, correct: false, at: NOW },
		Rating.Again
	);
	return quiz;
}

beforeEach(freshDatabase);

describe('backup round trip', () => {
	it('restores the same library, progress and due cards into an empty database', async () => {
		const quiz = await seed();
		const backup = await exportBackup(NOW);
		const text = JSON.stringify(backup);

		freshDatabase();
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const summary = await restoreBackup(parsed.backup);
		expect(summary.added).toEqual({
			articles: 1,
			quizzes: 1,
			attempts: 1,
			cards: 1,
			reviewLogs: 1,
			reports: 0
		});

		expect((await libraryPage(10)).quizzes.map((q) => q.id)).toEqual([quiz.id]);
		expect((await getLatestAttempt(quiz.id))?.answers.q1.choice).toBe(0);
		expect(await countDue(NOW)).toBe(1);
	});

	it('merges without duplicates when restored twice or over the same data', async () => {
		await seed();
		const parsed = parseBackup(JSON.stringify(await exportBackup(NOW)));
		if (!parsed.ok) throw new Error(parsed.reason);
		const again = await restoreBackup(parsed.backup);
		expect(again.added).toEqual({
			articles: 0,
			quizzes: 0,
			attempts: 0,
			cards: 0,
			reviewLogs: 0,
			reports: 0
		});
		expect(again.updated).toBe(0);
		expect((await libraryPage(10)).total).toBe(1);
		expect(await reviewLogs()).toHaveLength(1);
	});

	it('keeps the more reviewed card when both sides have it', async () => {
		const quiz = await seed();
		const older = parseBackup(JSON.stringify(await exportBackup(NOW)));
		if (!older.ok) throw new Error(older.reason);
		// More progress after the backup was made…
		const { recordReview } = await import('./reviews');
		await recordReview(quiz.id, 'q1', 1, true, Rating.Good, NOW + 600_000);
		const repsNow = (await cardsOfQuiz(quiz.id))[0].card.reps;
		// …is not undone by restoring the older backup.
		await restoreBackup(older.backup);
		expect((await cardsOfQuiz(quiz.id))[0].card.reps).toBe(repsNow);
	});
});

describe('class reports in the backup', () => {
	it('restores a class report, keeping the later of two versions of it', async () => {
		const quiz = await seed();
		await saveReport(quiz.id, 'ABCD1234', [{ name: 'Ana', choices: [1] }], NOW);
		const first = parseBackup(JSON.stringify(await exportBackup(NOW)));
		if (!first.ok) throw new Error(first.reason);

		freshDatabase();
		expect((await restoreBackup(first.backup)).added.reports).toBe(1);
		expect((await getReport(quiz.id, 'ABCD1234'))?.results).toEqual([
			{ name: 'Ana', choices: [1] }
		]);

		// More results scanned after the backup are not undone by restoring it again.
		const later = [
			{ name: 'Ana', choices: [1] },
			{ name: 'Ben', choices: [null] }
		];
		await saveReport(quiz.id, 'ABCD1234', later, NOW + 1000);
		await restoreBackup(first.backup);
		expect((await getReport(quiz.id, 'ABCD1234'))?.results).toEqual(later);
	});

	it('restores a backup made before class reports existed', async () => {
		await seed();
		const old: Record<string, unknown> = { ...(await exportBackup(NOW)) };
		delete old.reports;
		const parsed = parseBackup(JSON.stringify(old));
		expect(parsed.ok && parsed.backup.reports).toEqual([]);
	});

	it('refuses a report for a quiz the file does not hold, or with a bad answer', async () => {
		const quiz = await seed();
		const backup = await exportBackup(NOW);
		const report = {
			v: 1,
			id: 'x/ABCD1234',
			quizId: quiz.id,
			fingerprint: 'ABCD1234',
			results: [{ name: 'Ana', choices: [1] }],
			createdAt: NOW,
			updatedAt: NOW
		};
		const fine = parseBackup(JSON.stringify({ ...backup, reports: [report] }));
		expect(fine.ok).toBe(true);
		const dangling = { ...backup, reports: [{ ...report, quizId: 'elsewhere' }] };
		expect(parseBackup(JSON.stringify(dangling))).toMatchObject({ ok: false });
		const badChoice = { ...report, results: [{ name: 'Ana', choices: [7] }] };
		expect(parseBackup(JSON.stringify({ ...backup, reports: [badChoice] }))).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/damaged/)
		});
	});
});

describe('restoring a bad file changes nothing', () => {
	it.each([
		['not JSON', '{"format": "factdeck-backup", ', /not valid JSON/],
		[
			'a foreign JSON file',
			JSON.stringify({ name: 'my-app', version: 3 }),
			/not a Factdeck backup/
		],
		[
			'a future format version',
			JSON.stringify({ format: 'factdeck-backup', version: 99 }),
			/another version/
		],
		[
			'a damaged record',
			JSON.stringify({
				format: 'factdeck-backup',
				version: 1,
				exportedAt: 1,
				articles: [],
				quizzes: [{ v: 1, id: 'q', title: 'x' }],
				attempts: [],
				cards: [],
				reviewLogs: []
			}),
			/damaged/
		]
	])('refuses %s with a clear reason', async (_, text, reason) => {
		await seed();
		const before = JSON.stringify(await exportBackup(NOW));
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.reason).toMatch(reason);
		expect(JSON.stringify(await exportBackup(NOW))).toBe(before);
	});

	it('refuses records that point to quizzes the file does not hold', async () => {
		await seed();
		const backup = await exportBackup(NOW);
		const broken = { ...backup, quizzes: [] };
		const parsed = parseBackup(JSON.stringify(broken));
		expect(parsed).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
	});

	it('refuses a file over the size limit before parsing it', () => {
		const huge = ' '.repeat(50 * 1024 * 1024 + 1);
		expect(parseBackup(huge)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/too large/)
		});
	});
});
