import type { PortableQuiz } from '../core/schemas';

/**
 * Spreadsheet (CSV) exports for Kahoot! and Quizizz (now Wayground). Their spreadsheet importers
 * expect different columns, so there are two layouts:
 *
 * csv-kahoot — the columns of Kahoot's quiz spreadsheet template, in order:
 *   1. # (question number)       2. Question (max 120 characters)
 *   3. Answer 1 (max 75 characters)  4. Answer 2  5. Answer 3  6. Answer 4
 *   7. Time limit (sec): 20 (Kahoot allows 5, 10, 20, 30, 60, 90, 120 or 240)
 *   8. Correct answer(s): the number of the right answer, 1–4
 * Kahoot imports .xlsx: open the CSV in a spreadsheet and copy the rows (without the header row)
 * into Kahoot's template, starting in its first question row at column A.
 *
 * csv-quizizz — the columns of Quizizz's spreadsheet template, in order:
 *   1. Question Text  2. Question Type ("Multiple Choice")
 *   3. Option 1  4. Option 2  5. Option 3  6. Option 4  7. Option 5 (left empty)
 *   8. Correct Answer: the number of the right option, 1–4
 *   9. Time in seconds: 30
 *   10. Image Link (empty)  11. Answer explanation (empty)
 * Quizizz reads the header row by name, so the file can be uploaded as it is (or saved as .xlsx).
 *
 * Both: RFC 4180 (comma separated, CRLF line ends, a field holding a comma, a double quote or a line
 * break is enclosed in double quotes with inner quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads accents correctly. A cell that starts with "=", "+", "-" or "@" (and is not a plain
 * number such as "-5") gets a leading apostrophe, so a spreadsheet shows it as text rather than
 * running it as a formula (CSV injection); the apostrophe is visible in the cell.
 */

export const KAHOOT_COLUMNS = [
	'#',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec)',
	'Correct answer(s)'
] as const;

export const QUIZIZZ_COLUMNS = [
	'Question Text',
	'Question Type',
	'Option 1',
	'Option 2',
	'Option 3',
	'Option 4',
	'Option 5',
	'Correct Answer',
	'Time in seconds',
	'Image Link',
	'Answer explanation'
] as const;

export const KAHOOT_LIMITS = { question: 120, answer: 75, seconds: 20 } as const;
export const QUIZIZZ_SECONDS = 30;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d,.]*%?$/;

/** One RFC 4180 field, guarded against formula injection (see above). */
export function csvField(value: string | number): string {
	let text = String(value);
	if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTable(rows: (string | number)[][]): string {
	return `${BOM}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function exportKahootCsv(quiz: PortableQuiz): string {
	const rows = quiz.questions.map((question, i) => [
		i + 1,
		question.prompt,
		...question.options,
		KAHOOT_LIMITS.seconds,
		question.answer + 1
	]);
	return csvTable([[...KAHOOT_COLUMNS], ...rows]);
}

export function exportQuizizzCsv(quiz: PortableQuiz): string {
	const rows = quiz.questions.map((question) => [
		question.prompt,
		'Multiple Choice',
		...question.options,
		'',
		question.answer + 1,
		QUIZIZZ_SECONDS,
		'',
		''
	]);
	return csvTable([[...QUIZIZZ_COLUMNS], ...rows]);
}

/** Texts longer than Kahoot accepts; Kahoot's importer refuses them, so the page can warn first. */
export function kahootWarnings(quiz: PortableQuiz): string[] {
	const warnings: string[] = [];
	quiz.questions.forEach((question, i) => {
		if (question.prompt.length > KAHOOT_LIMITS.question) {
			warnings.push(
				`Question ${i + 1} is longer than Kahoot's ${KAHOOT_LIMITS.question} characters.`
			);
		}
		if (question.options.some((option) => option.length > KAHOOT_LIMITS.answer)) {
			warnings.push(
				`Question ${i + 1} has an answer longer than Kahoot's ${KAHOOT_LIMITS.answer} characters.`
			);
		}
	});
	return warnings;
}
