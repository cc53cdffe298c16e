import { expect } from 'vitest';
import { OPTION_COUNT, QUESTION_KINDS, type Question } from '../core/quiz';

/** The contract every question must keep, whatever the input. */
export function expectContract(text: string, questions: Question[]): void {
	for (const question of questions) {
		expect(QUESTION_KINDS).toContain(question.kind);
		expect(question.id).toMatch(/^q[0-9a-z]+$/);
		expect(question.prompt.trim()).not.toBe('');
		expect(question.options).toHaveLength(OPTION_COUNT);
		const lowered = question.options.map((option) => option.trim().toLowerCase());
		expect(new Set(lowered).size).toBe(OPTION_COUNT);
		for (const option of question.options) expect(option.trim()).not.toBe('');
		expect(Number.isInteger(question.answer)).toBe(true);
		expect(question.answer).toBeGreaterThanOrEqual(0);
		expect(question.answer).toBeLessThan(OPTION_COUNT);
		expect(text.slice(question.source.start, question.source.end)).toBe(question.source.text);
		const answer = question.options[question.answer].toLowerCase();
		expect(question.prompt.toLowerCase()).not.toContain(answer);
	}
}
