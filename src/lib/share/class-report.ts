import { OPTION_COUNT } from '$lib/core/quiz';
import { quizFingerprint, type FingerprintedQuiz } from './fingerprint';
import type { StudentResult } from './result-code';
import { cleanName, nameKey } from './student-name';

/**
 * The class report of a quiz run without a network: one row per student, and per question the
 * share of right answers and how often each option was chosen (the misconception view).
 *
 * Plain data, rebuilt from the results alone: to keep a report, store `report.students` (or
 * `reportResults(report)`) beside the quiz and call buildClassReport again when reading it.
 */

export interface StudentRow {
	/** The name as last received (cleaned). */
	name: string;
	/** Identity of the student: a rescan with the same key replaces this row. */
	key: string;
	choices: (number | null)[];
	/** Right answers. */
	score: number;
}

export interface WrongOption {
	option: number;
	text: string;
	count: number;
}

export interface QuestionStats {
	prompt: string;
	options: string[];
	answer: number;
	/** Students who answered it. */
	answered: number;
	/** Students who chose the right answer. */
	right: number;
	/** right / number of students (0–1); null while there are no students. */
	shareRight: number | null;
	/** How many chose each option, by option index. */
	optionCounts: number[];
	/** Students who left it unanswered. */
	unanswered: number;
	/** Wrong options chosen at least once, most chosen first: the misconceptions. */
	wrongOptions: WrongOption[];
}

export interface ClassReport {
	fingerprint: string;
	title: string;
	/** Students in the order their results first arrived. */
	students: StudentRow[];
	questions: QuestionStats[];
}

export type AddResultOutcome =
	| { ok: true; report: ClassReport; replaced: boolean }
	| { ok: false; reason: 'other-quiz' | 'wrong-length' | 'no-name'; message: string };

type ReportQuiz = FingerprintedQuiz;

function statsOf(
	questions: ReportQuiz['questions'],
	students: readonly StudentRow[]
): QuestionStats[] {
	return questions.map((question, index) => {
		const optionCounts = new Array<number>(OPTION_COUNT).fill(0);
		let unanswered = 0;
		for (const student of students) {
			const choice = student.choices[index];
			if (choice === null || choice === undefined) unanswered++;
			else optionCounts[choice]++;
		}
		const right = optionCounts[question.answer] ?? 0;
		const wrongOptions = optionCounts
			.map((count, option) => ({ option, text: question.options[option] ?? '', count }))
			.filter((entry) => entry.option !== question.answer && entry.count > 0)
			.sort((a, b) => b.count - a.count || a.option - b.option);
		return {
			prompt: question.prompt,
			options: [...question.options],
			answer: question.answer,
			answered: students.length - unanswered,
			right,
			shareRight: students.length ? right / students.length : null,
			optionCounts,
			unanswered,
			wrongOptions
		};
	});
}

/** An empty report for a quiz. */
export function emptyClassReport(quiz: ReportQuiz): ClassReport {
	return {
		fingerprint: quizFingerprint(quiz),
		title: quiz.title.trim(),
		students: [],
		questions: statsOf(quiz.questions, [])
	};
}

/**
 * The report with one more result. A result for another quiz (fingerprint differs), with the
 * wrong number of answers, or without a name is refused; a student already in the report (same
 * name, ignoring case and spaces) is replaced in place, never duplicated. The report passed in is
 * not changed.
 */
export function addResult(report: ClassReport, result: StudentResult): AddResultOutcome {
	if (result.fingerprint !== report.fingerprint) {
		return {
			ok: false,
			reason: 'other-quiz',
			message: 'This result belongs to another quiz (or to another version of this quiz).'
		};
	}
	if (result.choices.length !== report.questions.length) {
		return {
			ok: false,
			reason: 'wrong-length',
			message: `This result has ${result.choices.length} answers; the quiz has ${report.questions.length} questions.`
		};
	}
	const name = cleanName(result.name);
	if (!name) return { ok: false, reason: 'no-name', message: 'This result has no name.' };

	const row: StudentRow = {
		name,
		key: nameKey(name),
		choices: result.choices.map((c) =>
			c !== null && Number.isInteger(c) && c >= 0 && c < OPTION_COUNT ? c : null
		),
		score: 0
	};
	row.score = row.choices.filter((c, i) => c === report.questions[i].answer).length;
	const at = report.students.findIndex((s) => s.key === row.key);
	const students =
		at >= 0 ? report.students.map((s, i) => (i === at ? row : s)) : [...report.students, row];
	return {
		ok: true,
		replaced: at >= 0,
		report: { ...report, students, questions: statsOf(report.questions, students) }
	};
}

/** The report of a quiz from its results; results addResult would refuse are left out. */
export function buildClassReport(quiz: ReportQuiz, results: readonly StudentResult[]): ClassReport {
	let report = emptyClassReport(quiz);
	for (const result of results) {
		const outcome = addResult(report, result);
		if (outcome.ok) report = outcome.report;
	}
	return report;
}

/** The results a report was built from, for storing. */
export function reportResults(report: ClassReport): StudentResult[] {
	return report.students.map((s) => ({
		fingerprint: report.fingerprint,
		name: s.name,
		choices: [...s.choices]
	}));
}
