import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { isWhole, parseReviewSheet, parseVerdicts, questionKey, sheetFolder } from './review-sheet';

const SHEET = readFileSync(new URL('./fixtures/review-sheet.md', import.meta.url), 'utf8');

describe('parseReviewSheet', () => {
	it('reads each question with its id, article, kind, stem, options and marked answer', () => {
		const questions = parseReviewSheet(SHEET);
		expect(questions).toHaveLength(2);
		expect(questions[0]).toEqual({
			id: 'fresh900-01 #1',
			article: 'fresh900-01',
			kind: 'cloze',
			prompt: 'Tollerby Harbour Trust will spend _____ rebuilding the east wall.',
			options: ['£2.1m', '£3.1m', '£4.1m', '£5.1m'],
			answer: 1
		});
		expect(questions[1].kind).toBe('when');
		expect(questions[1].answer).toBe(0);
		expect(questions.every(isWhole)).toBe(true);
	});

	it('names the folder the sheet was made from', () => {
		expect(sheetFolder(SHEET)).toBe('eval/fresh900');
		expect(sheetFolder('# Notes\n\nnothing here')).toBeUndefined();
	});

	it('marks a question with no right option as not whole', () => {
		const [question] = parseReviewSheet(SHEET.replace(' **(right)**', ''));
		expect(question.answer).toBe(-1);
		expect(isWhole(question)).toBe(false);
	});
});

describe('parseVerdicts', () => {
	it('reads one verdict per id and skips the total and the prose', () => {
		const verdicts = parseVerdicts(
			[
				'# Review: fresh900 (reviewer a)',
				'',
				'fresh900-01 #1 | ACCEPT',
				'fresh900-01 #2 | REJECT c6 | the year the wall was built is a side detail',
				'',
				'TOTAL: 1 of 2',
				'',
				'Main failure classes: trivia such as fresh900-01 #2 | REJECT in prose.'
			].join('\n')
		);
		expect([...verdicts]).toEqual([
			['fresh900-01 #1', 'ACCEPT'],
			['fresh900-01 #2', 'REJECT']
		]);
	});
});

describe('questionKey', () => {
	it('treats curly and straight quotes and runs of spaces alike', () => {
		expect(questionKey('a', 'Who said \u2018no\u2019  twice?', 'Ann Bell')).toBe(
			questionKey('a', "Who said 'no' twice?", 'Ann Bell')
		);
	});

	it('tells apart another article, stem or answer', () => {
		const key = questionKey('a', 'Who spoke?', 'Ann Bell');
		expect(questionKey('b', 'Who spoke?', 'Ann Bell')).not.toBe(key);
		expect(questionKey('a', 'Who wrote?', 'Ann Bell')).not.toBe(key);
		expect(questionKey('a', 'Who spoke?', 'Rob Hale')).not.toBe(key);
	});
});
