import { describe, expect, it } from 'vitest';
import type { PortableQuiz } from '../core/schemas';
import { plainQuiz } from './fixtures.test-data';
import { buildWorksheet } from './worksheet';

const longQuiz: PortableQuiz = {
	title: 'Long',
	questions: Array.from({ length: 23 }, (_, i) => ({
		...plainQuiz.questions[0],
		id: `q${i}`,
		prompt: `Question number ${i + 1}?`,
		answer: i % 4
	}))
};

describe('buildWorksheet', () => {
	it('numbers the questions and letters the options', () => {
		const sheet = buildWorksheet(plainQuiz);
		expect(sheet.title).toBe(plainQuiz.title);
		expect(sheet.sections).toHaveLength(1);
		const [first, second] = sheet.sections[0].questions;
		expect(first.number).toBe(1);
		expect(second.number).toBe(2);
		expect(first.options.map((o) => `${o.letter} ${o.text}`)).toEqual([
			'A Mara Quill',
			'B Tobias Venn',
			'C Ida Rusk',
			'D Owen Hale'
		]);
	});

	it('gives a separate answer key with the right letter and text', () => {
		const sheet = buildWorksheet(plainQuiz);
		expect(sheet.answerKey.entries).toEqual([
			{ number: 1, letter: 'B', text: 'Tobias Venn' },
			{ number: 2, letter: 'C', text: '143' }
		]);
		// The questions themselves say nothing about which option is right.
		expect(JSON.stringify(sheet.sections)).not.toMatch(/answer|right|correct/i);
	});

	it('splits into sections with continuous numbers when asked', () => {
		const sheet = buildWorksheet(longQuiz, { sectionSize: 10 });
		expect(sheet.sections.map((s) => s.heading)).toEqual([
			'Questions 1–10',
			'Questions 11–20',
			'Questions 21–23'
		]);
		expect(sheet.sections.flatMap((s) => s.questions.map((q) => q.number))).toEqual(
			Array.from({ length: 23 }, (_, i) => i + 1)
		);
		expect(sheet.answerKey.entries.map((e) => e.letter).slice(0, 5)).toEqual([
			'A',
			'B',
			'C',
			'D',
			'A'
		]);
	});
});
