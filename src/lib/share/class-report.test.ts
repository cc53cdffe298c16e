import { describe, expect, it } from 'vitest';
import { addResult, buildClassReport, emptyClassReport, reportResults } from './class-report';
import { quizFingerprint } from './fingerprint';
import type { StudentResult } from './result-code';
import { quizOf } from './test-fixtures';

// Answers of quizOf(3): question 0 → option 2, question 1 → 1, question 2 → 1.
const quiz = quizOf(3);
const fingerprint = quizFingerprint(quiz);
const student = (name: string, choices: (number | null)[]): StudentResult => ({
	fingerprint,
	name,
	choices
});

describe('buildClassReport', () => {
	const report = buildClassReport(quiz, [
		student('Amira', [2, 1, 1]),
		student('Ben', [0, 1, null]),
		student('Chloé', [0, 3, 1]),
		student('Dev', [3, 1, 0])
	]);

	it('scores each student, unanswered counting as wrong', () => {
		expect(report.students.map((s) => [s.name, s.score])).toEqual([
			['Amira', 3],
			['Ben', 1],
			['Chloé', 1],
			['Dev', 1]
		]);
	});

	it('counts each option per question and the share of right answers', () => {
		expect(report.questions.map((q) => q.optionCounts)).toEqual([
			[2, 0, 1, 1],
			[0, 3, 0, 1],
			[1, 2, 0, 0]
		]);
		expect(report.questions.map((q) => q.shareRight)).toEqual([0.25, 0.75, 0.5]);
		expect(report.questions.map((q) => [q.answered, q.right, q.unanswered])).toEqual([
			[4, 1, 0],
			[4, 3, 0],
			[3, 2, 1]
		]);
	});

	it('lists the wrong options chosen, most chosen first, with their text', () => {
		expect(report.questions[0].wrongOptions).toEqual([
			{ option: 0, text: quiz.questions[0].options[0], count: 2 },
			{ option: 3, text: quiz.questions[0].options[3], count: 1 }
		]);
		expect(report.questions[1].wrongOptions.map((w) => w.option)).toEqual([3]);
	});

	it('leaves out results addResult refuses', () => {
		const other = quizFingerprint(quizOf(4));
		const built = buildClassReport(quiz, [
			student('Amira', [2, 1, 1]),
			{ fingerprint: other, name: 'Eve', choices: [0, 0, 0] },
			student('Finn', [0, 0])
		]);
		expect(built.students.map((s) => s.name)).toEqual(['Amira']);
	});

	it('round-trips through reportResults, for storage', () => {
		expect(buildClassReport(quiz, reportResults(report))).toEqual(report);
	});
});

describe('addResult', () => {
	const empty = emptyClassReport(quiz);

	it('starts with no students and no share of right answers', () => {
		expect(empty.students).toEqual([]);
		expect(empty.questions.every((q) => q.shareRight === null)).toBe(true);
		expect(empty.fingerprint).toBe(fingerprint);
	});

	it('replaces a rescanned student in place, whatever the case and spaces', () => {
		let report = empty;
		for (const result of [student('Amira K', [0, 0, 0]), student('Ben', [2, 1, 1])]) {
			const added = addResult(report, result);
			if (added.ok) report = added.report;
		}
		const rescan = addResult(report, student('  amira   k', [2, 1, 1]));
		expect(rescan.ok && rescan.replaced).toBe(true);
		if (!rescan.ok) return;
		expect(rescan.report.students.map((s) => [s.name, s.score])).toEqual([
			['amira k', 3],
			['Ben', 3]
		]);
		expect(rescan.report.questions[0].optionCounts).toEqual([0, 0, 2, 0]);
		const first = addResult(empty, student('Cy', [0, 0, 0]));
		expect(first.ok && first.replaced).toBe(false);
	});

	it('does not change the report it is given', () => {
		const before = JSON.stringify(empty);
		addResult(empty, student('Amira', [2, 1, 1]));
		expect(JSON.stringify(empty)).toBe(before);
	});

	it.each([
		[
			'another quiz',
			{ fingerprint: quizFingerprint(quizOf(4)), name: 'Eve', choices: [0, 0, 0] },
			'other-quiz'
		],
		['too few answers', student('Eve', [0, 0]), 'wrong-length'],
		['too many answers', student('Eve', [0, 0, 0, 0]), 'wrong-length'],
		['no name', student(' \u202e ', [0, 0, 0]), 'no-name']
	] as [string, StudentResult, string][])('refuses a result for %s', (_, result, reason) => {
		expect(addResult(empty, result)).toMatchObject({ ok: false, reason });
	});

	it('counts an impossible choice as no answer', () => {
		const added = addResult(empty, student('Eve', [7, -1, 1]));
		expect(added.ok && added.report.students[0].choices).toEqual([null, null, 1]);
		expect(added.ok && added.report.questions[0].unanswered).toBe(1);
	});
});
