import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PortableQuizSchema, QuestionSchema } from './schemas';

const question = {
	id: 'q1',
	kind: 'who',
	prompt: 'Who opened the bridge?',
	options: ['Ann Lee', 'Bo Chan', 'Cy Dorn', 'Di Eve'],
	answer: 2,
	source: { text: 'Cy Dorn opened the bridge.', start: 0, end: 26 }
};

describe('QuestionSchema', () => {
	it('accepts a well-formed question', () => {
		expect(v.safeParse(QuestionSchema, question).success).toBe(true);
	});

	it.each([
		['three options', { ...question, options: ['a', 'b', 'c'] }],
		['an empty option', { ...question, options: ['a', ' ', 'c', 'd'] }],
		['duplicate options', { ...question, options: ['a', 'A', 'c', 'd'] }],
		['an answer out of range', { ...question, answer: 4 }],
		['an unknown kind', { ...question, kind: 'why' }],
		['a missing prompt', { ...question, prompt: '' }],
		['reversed offsets', { ...question, source: { text: 'x', start: 5, end: 1 } }],
		['an over-long option', { ...question, options: ['a'.repeat(301), 'b', 'c', 'd'] }]
	])('refuses %s', (_, bad) => {
		expect(v.safeParse(QuestionSchema, bad).success).toBe(false);
	});
});

describe('PortableQuizSchema', () => {
	it('needs a title and at least one question', () => {
		expect(v.safeParse(PortableQuizSchema, { title: 'T', questions: [question] }).success).toBe(
			true
		);
		expect(v.safeParse(PortableQuizSchema, { title: 'T', questions: [] }).success).toBe(false);
		expect(v.safeParse(PortableQuizSchema, { title: '', questions: [question] }).success).toBe(
			false
		);
	});
});
