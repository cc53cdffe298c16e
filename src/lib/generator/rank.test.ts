import { describe, expect, it } from 'vitest';
import { answerOf, expectContract } from './contract.test-helper';
import { generate, generateQuiz } from './index';
import { clearsFloor, MIN_SCORE } from './rank';
import type { Stem } from './stems';

// Written for this test: the lead's news, then background the story mentions in passing.
const MILL = [
	'Mill to close',
	'',
	'Textile maker Harrowgate Weaving is to close its mill in Skelbrook with the loss of 240 jobs, the firm said on Tuesday.',
	'The company blamed cheaper imports from Asia for a fall in orders.',
	'Harrowgate Weaving sold its dye works in Halifax for £3.5m in 2001.',
	'Harrowgate Weaving made a profit of £1.2m in 2003.'
].join('\n\n');

describe('the floor under side details', () => {
	it("asks the lead's figure but not a year the story mentions in passing", () => {
		const strict = generate(MILL, { count: 20 });
		expectContract(MILL, strict);
		expect(strict.map(answerOf)).toContain('240');
		expect(strict.map(answerOf)).not.toContain('£1.2m');
	});

	it('asks about asides too when asked to (`asides`), keeping every question it asks without', () => {
		const strict = generate(MILL, { count: 20 }).map((question) => question.prompt);
		const all = generate(MILL, { count: 20, asides: true });
		expectContract(MILL, all);
		expect(all.map(answerOf)).toContain('£1.2m');
		for (const prompt of strict) expect(all.map((question) => question.prompt)).toContain(prompt);
	});

	it('says so when every fact is a detail in passing, and asks about it with `asides`', () => {
		const aside = MILL.replace(' with the loss of 240 jobs', '');
		const strict = generateQuiz(aside);
		expect(strict.questions).toEqual([]);
		expect(strict.reason).toMatch(/details in passing rather than its main news/);
		const all = generateQuiz(aside, { asides: true });
		expect(all.questions.map(answerOf)).toContain('£1.2m');
		expect(all.reason).toBeUndefined();
	});

	it('weighs the form of the stem: "When …?" over a cloze, a cloze over "How much …?"', () => {
		const stem = (kind: Stem['kind'], prompt: string): Stem => ({ kind, prompt });
		const score = MIN_SCORE - 1;
		expect(clearsFloor(score, stem('when', 'When did the mill open?'))).toBe(true);
		// Less than three points' help, though: side years in a passage stay below.
		expect(clearsFloor(MIN_SCORE - 3, stem('when', 'When did the mill open?'))).toBe(false);
		expect(clearsFloor(score, stem('cloze', 'Harrowgate Weaving opened its mill in _____.'))).toBe(
			false
		);
		expect(
			clearsFloor(MIN_SCORE, stem('cloze', 'Harrowgate Weaving opened its mill in _____.'))
		).toBe(true);
		expect(clearsFloor(MIN_SCORE + 2, stem('how-much', 'How much did the firm pay?'))).toBe(false);
	});

	it('turns down a stem that opens on a definite reference it never resolves ("The mill …")', () => {
		const stem = (prompt: string): Stem => ({ kind: 'cloze', prompt });
		expect(clearsFloor(MIN_SCORE + 2, stem('The mill opened in _____.'))).toBe(false);
		expect(clearsFloor(MIN_SCORE + 2, stem('Harrowgate Weaving opened its mill in _____.'))).toBe(
			true
		);
		expect(clearsFloor(MIN_SCORE + 2, stem('The Skelbrook mill opened in _____.'))).toBe(true);
	});
});
