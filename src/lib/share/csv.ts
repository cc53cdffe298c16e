import type { ClassReport } from './class-report';

/**
 * The class report as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled).
 *
 * Names and question text come from students and articles, and spreadsheet programs run a cell
 * that starts with = + - @ (or a tab or carriage return) as a formula; such text cells get a
 * leading apostrophe, the usual defence against CSV injection.
 */

const LETTERS = ['A', 'B', 'C', 'D'];

function textCell(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: string | number): string {
	const text = typeof value === 'number' ? String(value) : textCell(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function percent(share: number | null): string {
	return share === null ? '' : `${Math.round(share * 100)}%`;
}

/** One row per student: name, score, out of, then the option letter chosen for each question. */
export function classReportCsv(report: ClassReport): string {
	const header = ['Name', 'Score', 'Out of', ...report.questions.map((_, i) => `Q${i + 1}`)];
	const rows = report.students.map((s) => [
		s.name,
		s.score,
		report.questions.length,
		...s.choices.map((c) => (c === null ? '' : LETTERS[c]))
	]);
	return toCsv([header, ...rows]);
}

/** One row per question: the right answer, the share right, and the count for each option. */
export function classReportQuestionsCsv(report: ClassReport): string {
	const header = [
		'Question',
		'Prompt',
		'Right answer',
		'Share right',
		...LETTERS.map((letter) => `Chose ${letter}`),
		'No answer',
		'Most chosen wrong answer'
	];
	const rows = report.questions.map((q, i) => [
		i + 1,
		q.prompt,
		`${LETTERS[q.answer]}: ${q.options[q.answer]}`,
		percent(q.shareRight),
		...q.optionCounts,
		q.unanswered,
		q.wrongOptions.length ? `${LETTERS[q.wrongOptions[0].option]}: ${q.wrongOptions[0].text}` : ''
	]);
	return toCsv([header, ...rows]);
}
