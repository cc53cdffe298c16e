import { describe, expect, it } from 'vitest';
import type { Question } from './quiz';
import { findAnswerSpan, progressOf } from './scoring';

function question(id: string, answer: number): Question {
	return {
		id,
		kind: 'who',
		prompt: `Question ${id}?`,
		options: ['A', 'B', 'C', 'D'],
		answer,
		source: { text: 'A sentence.', start: 0, end: 11 }
	};
}

describe('progressOf', () => {
	const questions = [question('q1', 0), question('q2', 3), question('q3', 1)];

	it('counts answered and correct answers by question id', () => {
		const progress = progressOf(questions, { q1: { choice: 0 }, q2: { choice: 1 } });
		expect(progress).toEqual({ total: 3, answered: 2, correct: 1, finished: false });
	});

	it('is finished once every question has an answer', () => {
		const answers = { q1: { choice: 0 }, q2: { choice: 3 }, q3: { choice: 1 } };
		expect(progressOf(questions, answers)).toEqual({
			total: 3,
			answered: 3,
			correct: 3,
			finished: true
		});
	});

	it('ignores answers to questions no longer in the quiz', () => {
		const progress = progressOf(questions.slice(0, 1), { q1: { choice: 2 }, gone: { choice: 0 } });
		expect(progress).toEqual({ total: 1, answered: 1, correct: 0, finished: true });
	});

	it('never calls an empty quiz finished', () => {
		expect(progressOf([], {}).finished).toBe(false);
	});
});

describe('findAnswerSpan', () => {
	it('finds the answer case-insensitively', () => {
		expect(findAnswerSpan('The river Ouse floods in March.', 'march')).toEqual({
			start: 25,
			end: 30
		});
	});

	it('falls back to the longest word of a fuller answer', () => {
		expect(findAnswerSpan('Later, Duarte said no.', 'Carla Duarte')).toEqual({ start: 7, end: 13 });
	});

	it('reports a missing answer', () => {
		expect(findAnswerSpan('Nothing here.', 'Paris')).toEqual({ start: -1, end: -1 });
	});
});
