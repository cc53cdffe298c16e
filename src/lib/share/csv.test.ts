import { describe, expect, it } from 'vitest';
import { buildClassReport } from './class-report';
import { classReportCsv, classReportQuestionsCsv } from './csv';
import { quizFingerprint } from './fingerprint';
import { quizOf } from './test-fixtures';

/** A strict RFC 4180 reader, to check that what is written reads back field for field. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let at = 0;
	while (at < text.length) {
		let value = '';
		if (text[at] === '"') {
			at++;
			for (;;) {
				if (text[at] === '"' && text[at + 1] === '"') {
					value += '"';
					at += 2;
				} else if (text[at] === '"') {
					at++;
					break;
				} else value += text[at++];
			}
		} else {
			while (at < text.length && text[at] !== ',' && text[at] !== '\r') value += text[at++];
		}
		row.push(value);
		if (text[at] === ',') at++;
		else if (text.startsWith('\r\n', at)) {
			rows.push(row);
			row = [];
			at += 2;
		} else throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
	}
	return rows;
}

const quiz = quizOf(3, 'Lanterns, "old" and new');
quiz.questions[0].prompt = 'Who said "light it",\nthen left?';
const fingerprint = quizFingerprint(quiz);
const report = buildClassReport(quiz, [
	{ fingerprint, name: 'Amira', choices: [2, 1, 1] },
	{ fingerprint, name: 'Doe, "Jo"', choices: [0, null, 1] },
	{ fingerprint, name: '=HYPERLINK("x")', choices: [3, 1, 0] }
]);

describe('classReportCsv', () => {
	const csv = classReportCsv(report);

	it('ends every line with CRLF and has a header', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.split('\r\n')[0]).toBe('Name,Score,Out of,Q1,Q2,Q3');
	});

	it('quotes commas and quotes, and reads back field for field', () => {
		expect(parseCsv(csv)).toEqual([
			['Name', 'Score', 'Out of', 'Q1', 'Q2', 'Q3'],
			['Amira', '3', '3', 'C', 'B', 'B'],
			['Doe, "Jo"', '1', '3', 'A', '', 'B'],
			['\'=HYPERLINK("x")', '1', '3', 'D', 'B', 'A']
		]);
		expect(csv).toContain('"Doe, ""Jo"""');
	});

	it('keeps a name from being run as a spreadsheet formula', () => {
		for (const start of ['=', '+', '-', '@']) {
			const one = buildClassReport(quiz, [
				{ fingerprint, name: `${start}1+1`, choices: [0, 0, 0] }
			]);
			expect(parseCsv(classReportCsv(one))[1][0]).toBe(`'${start}1+1`);
		}
	});
});

describe('classReportQuestionsCsv', () => {
	it('gives per question the right answer, the share right and every count', () => {
		const rows = parseCsv(classReportQuestionsCsv(report));
		expect(rows[0]).toEqual([
			'Question',
			'Prompt',
			'Right answer',
			'Share right',
			'Chose A',
			'Chose B',
			'Chose C',
			'Chose D',
			'No answer',
			'Most chosen wrong answer'
		]);
		expect(rows[1]).toEqual([
			'1',
			'Who said "light it",\nthen left?',
			`C: ${quiz.questions[0].options[2]}`,
			'33%',
			'1',
			'0',
			'1',
			'1',
			'0',
			`A: ${quiz.questions[0].options[0]}`
		]);
		expect(rows[2].slice(3, 9)).toEqual(['67%', '0', '2', '0', '0', '1']);
		expect(rows).toHaveLength(4);
	});

	it('leaves the share empty while there are no students', () => {
		const rows = parseCsv(classReportQuestionsCsv(buildClassReport(quiz, [])));
		expect(rows[1][3]).toBe('');
		expect(rows[1][9]).toBe('');
	});
});
