import { describe, expect, it } from 'vitest';
import type { PortableQuiz } from '../core/schemas';
import {
	KAHOOT_COLUMNS,
	QUIZIZZ_COLUMNS,
	csvField,
	exportKahootCsv,
	exportQuizizzCsv,
	kahootWarnings
} from './csv';
import { plainQuiz, trickyQuiz } from './fixtures.test-data';

/** A strict RFC 4180 reader for the tests: fails on any quote where the grammar allows none. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
			} else if (ch === '"') {
				quoted = false;
				i++;
				if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
					throw new Error(`text after a closing quote at ${i}`);
				}
			} else {
				field += ch;
				i++;
			}
		} else if (ch === '"') {
			if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
			quoted = true;
			i++;
		} else if (ch === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else if (ch === '\n' || ch === '\r') {
			throw new Error(`bare line break at ${i}`);
		} else {
			field += ch;
			i++;
		}
	}
	if (quoted) throw new Error('unclosed quote');
	if (field !== '' || row.length > 0) throw new Error('last row has no CRLF');
	return rows;
}

/** What a spreadsheet shows after the injection guard's apostrophe. */
function unguard(cell: string): string {
	return cell.startsWith("'") ? cell.slice(1) : cell;
}

function withoutBom(text: string): string {
	expect(text.startsWith('\uFEFF')).toBe(true);
	return text.slice(1);
}

describe('csvField', () => {
	it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
	});

	it('guards formula-like cells but not plain negative numbers', () => {
		expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
		expect(csvField('@home')).toBe("'@home");
		expect(csvField('+1 in 1921')).toBe("'+1 in 1921");
		expect(csvField('-5')).toBe('-5');
		expect(csvField('-5 degrees')).toBe("'-5 degrees");
	});
});

describe.each([
	['Kahoot', exportKahootCsv, KAHOOT_COLUMNS, 1, 7, 6],
	['Quizizz', exportQuizizzCsv, QUIZIZZ_COLUMNS, 0, 7, 8]
] as const)('%s CSV', (_, write, columns, promptColumn, answerColumn, timeColumn) => {
	it.each([
		['a plain quiz', plainQuiz],
		['special characters', trickyQuiz]
	])('has the header row, then one row per question with every text intact: %s', (__, quiz) => {
		const rows = parseCsv(withoutBom(write(quiz)));
		expect(rows[0]).toEqual([...columns]);
		expect(rows).toHaveLength(quiz.questions.length + 1);
		quiz.questions.forEach((question: PortableQuiz['questions'][number], i: number) => {
			const row = rows[i + 1];
			expect(row).toHaveLength(columns.length);
			expect(unguard(row[promptColumn])).toBe(question.prompt);
			expect(
				row
					.slice(promptColumn + (promptColumn === 0 ? 2 : 1))
					.slice(0, 4)
					.map(unguard)
			).toEqual(question.options);
			expect(Number(row[answerColumn])).toBe(question.answer + 1);
			expect(Number(row[timeColumn])).toBeGreaterThan(0);
		});
	});
});

describe('Kahoot specifics', () => {
	it('numbers the questions in the first column and warns about over-long texts', () => {
		const rows = parseCsv(withoutBom(exportKahootCsv(plainQuiz)));
		expect(rows.slice(1).map((row) => row[0])).toEqual(['1', '2']);
		expect(kahootWarnings(plainQuiz)).toEqual([]);
		const long: PortableQuiz = {
			title: 'x',
			questions: [
				{ ...plainQuiz.questions[0], prompt: 'W'.repeat(121) },
				{ ...plainQuiz.questions[1], options: ['a'.repeat(76), 'b', 'c', 'd'] }
			]
		};
		expect(kahootWarnings(long)).toHaveLength(2);
	});
});
