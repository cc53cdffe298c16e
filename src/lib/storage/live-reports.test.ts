import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveReport } from '$lib/live/protocol';
import { quizFingerprint } from '$lib/share';
import { liveClassReport, saveLiveReport } from './live-reports';
import { getReport, saveReport } from './reports';
import { freshDatabase } from './test-db';

const report: LiveReport = {
	v: 1,
	kind: 'live',
	title: 'Harbour ferries',
	startedAt: 1000,
	endedAt: 9000,
	speedBonus: false,
	questions: [
		{
			id: 'q1',
			prompt: 'Which pier does the first ferry leave from?',
			options: ['North pier', 'Pier 7', 'Old quay', 'Dock B'],
			answer: 1,
			played: true,
			counts: [0, 1, 1, 0],
			noAnswer: 0
		},
		{
			id: 'q2',
			prompt: 'How many boats run at night?',
			options: ['Two', 'Five', 'Nine', 'None'],
			answer: 0,
			played: false,
			counts: [0, 0, 0, 0],
			noAnswer: 0
		}
	],
	students: [
		{ nickname: 'Mira', score: 1000, correct: 1, answers: [1, null] },
		{ nickname: 'Tove', score: 0, correct: 0, answers: [2, null] }
	]
};

const fingerprint = quizFingerprint({ title: report.title, questions: report.questions });

beforeEach(freshDatabase);

describe('live session reports', () => {
	it('stores the students under the quiz version the report answers', async () => {
		const saved = await saveLiveReport('quiz1', report, 5000);
		expect(saved).toEqual({ fingerprint, students: 2 });
		const stored = await getReport('quiz1', fingerprint);
		expect(stored?.results).toEqual([
			{ name: 'Mira', choices: [1, null] },
			{ name: 'Tove', choices: [2, null] }
		]);
	});

	it('keeps results collected offline and replaces a student with the same name', async () => {
		await saveReport('quiz1', fingerprint, [
			{ name: 'Ilse', choices: [0, 0] },
			{ name: 'mira', choices: [3, 3] }
		]);
		await saveLiveReport('quiz1', report);
		await saveLiveReport('quiz1', report);
		const stored = await getReport('quiz1', fingerprint);
		expect(stored?.results.map((r) => r.name)).toEqual(['Ilse', 'Mira', 'Tove']);
		expect(stored?.results[1].choices).toEqual([1, null]);
	});

	it('builds the session alone as a class report for the CSV', () => {
		const classReport = liveClassReport(report);
		expect(classReport.fingerprint).toBe(fingerprint);
		expect(classReport.students.map((s) => [s.name, s.score])).toEqual([
			['Mira', 1],
			['Tove', 0]
		]);
		expect(classReport.questions[0].optionCounts).toEqual([0, 1, 1, 0]);
	});
});
