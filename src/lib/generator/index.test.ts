import { describe, it, expect } from 'vitest';
import { HARBOUR_ARTICLE, SPACE_ARTICLE } from './fixtures.test-data';
import { expectContract, generateWithAsides, generateQuizWithAsides } from './contract.test-helper';

describe('generateQuiz: the interface', () => {
	it('makes well-formed questions from an article', () => {
		const quiz = generateQuizWithAsides(HARBOUR_ARTICLE);
		expect(quiz.title).toBe('Harbour town opens new bridge');
		expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
		expect(quiz.reason).toBeUndefined();
		expectContract(HARBOUR_ARTICLE, quiz.questions);
	});

	it('generate returns the same questions as generateQuiz', () => {
		expect(generateWithAsides(SPACE_ARTICLE)).toEqual(
			generateQuizWithAsides(SPACE_ARTICLE).questions
		);
	});

	it('is deterministic for the same text and seed, and the seed changes the shuffle', () => {
		const first = generateWithAsides(HARBOUR_ARTICLE, { seed: 7 });
		expect(generateWithAsides(HARBOUR_ARTICLE, { seed: 7 })).toEqual(first);
		const other = generateWithAsides(HARBOUR_ARTICLE, { seed: 8 });
		expect(other.map((question) => question.answer)).not.toEqual(
			first.map((question) => question.answer)
		);
	});

	it('respects count', () => {
		expect(generateWithAsides(HARBOUR_ARTICLE, { count: 3 })).toHaveLength(3);
	});

	it('asks at most one question per sentence', () => {
		const starts = generateWithAsides(HARBOUR_ARTICLE, { count: 50 }).map(
			(question) => question.source.start
		);
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('reports progress paragraph by paragraph, ending at the total', () => {
		const calls: Array<[number, number]> = [];
		generateWithAsides(HARBOUR_ARTICLE, { onProgress: (done, total) => calls.push([done, total]) });
		expect(calls.length).toBeGreaterThan(1);
		const [done, total] = calls[calls.length - 1];
		expect(done).toBe(total);
		for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
	});

	it('gives a reason instead of questions for text it cannot use', () => {
		for (const text of ['', '   \n ', 'Too short.', '12 34 56 78. 90 12. 34 56.']) {
			const quiz = generateQuizWithAsides(text);
			expect(quiz.questions).toEqual([]);
			expect(quiz.reason).toBeTruthy();
		}
	});

	it('keeps source offsets right on the original text with curly quotes and markup', () => {
		const decorated = `<p>${HARBOUR_ARTICLE.replace(/"/g, '\u201c').replace(/\n\n/g, '</p>\n\n<p>')}</p>`;
		const questions = generateWithAsides(decorated);
		expect(questions.length).toBeGreaterThan(0);
		expectContract(decorated, questions);
	});
});
