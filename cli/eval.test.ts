import { describe, it, expect } from 'vitest';
import type { Question } from '../src/lib/core/quiz';
import { checkQuestions, optionValue } from './eval';

const TEXT = 'The mill employed about 140 people in 1851 and had a turnover of £3.8 million.';

function question(options: string[], answer: number): Question {
	return {
		id: 'q',
		kind: 'cloze',
		prompt: 'The mill employed _____ people.',
		options,
		answer,
		source: { text: TEXT, start: 0, end: TEXT.length }
	};
}

describe('optionValue', () => {
	it('reads one number with its hedge, currency and scale', () => {
		expect(optionValue('about 140')).toBe(140);
		expect(optionValue('£3.8 million')).toBe(3_800_000);
		expect(optionValue('£1.2m')).toBe(1_200_000);
		expect(optionValue('five')).toBe(5);
		expect(optionValue('1851')).toBe(1851);
	});

	it('reads no number from a name or from a range', () => {
		expect(optionValue('Glasgow')).toBeUndefined();
		expect(optionValue('between 350 and 400')).toBeUndefined();
	});
});

describe('checkQuestions: the right number at an end of the options', () => {
	it('counts questions of four numbers, and those whose answer is the lowest or highest', () => {
		const report = checkQuestions(TEXT, [
			question(['about 120', 'about 140', 'about 160', 'about 180'], 1),
			question(['about 140', 'about 120', 'about 160', 'about 180'], 0),
			question(['£3.8 million', '£2.8 million', '£4.8 million', '£5.8 million'], 1),
			question(['1851', 'Glasgow', 'Leeds', 'York'], 0)
		]);
		expect(report.numeric).toBe(3);
		expect(report.answerAtEnd).toBe(1);
	});
});
