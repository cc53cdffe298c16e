import { describe, it, expect } from 'vitest';
import { answerOf, questionsOn } from './contract.test-helper';
import { findDistractors } from './distractors';
import { articleIndexOf } from './contract.test-helper';
import { createRandom } from './random';
import { isAskable } from './askable';

const STORY = `By-election turnout falls

Labour held the Northfield seat in Thursday's by-election with a majority of 2,140, the returning officer said. Turnout in Northfield was 38.6%, down from 57.1% in 2001. The Liberal Democrats came second with 9,870 votes.`;

describe('a figure set against another of its kind', () => {
	const index = articleIndexOf(STORY);
	const fact = (answer: string) => index.facts.find((candidate) => candidate.option === answer)!;

	it('is asked, with every wrong option on its side of the other: "down from 57.1%"', () => {
		for (let seed = 1; seed <= 12; seed++) {
			const options = findDistractors(fact('38.6%'), index, createRandom(seed));
			expect(options).toHaveLength(3);
			for (const option of options) expect(parseFloat(option)).toBeLessThan(57.1);
		}
		expect(questionsOn(STORY).some((question) => answerOf(question) === '38.6%')).toBe(true);
	});

	it('is still set against the other when a span of time sits beside them: "four years earlier"', () => {
		const votes = articleIndexOf(
			`Postal votes soar\n\nThe commission said about 5.4 million postal votes were issued at last year's elections, compared with around 1.7 million four years earlier, the report said.`
		);
		const issued = votes.facts.find((candidate) => candidate.option === 'about 5.4 million')!;
		expect(isAskable(issued, votes)).toBe(true);
	});

	it("is not asked for the figure it is measured from, last time's", () => {
		expect(isAskable(fact('57.1%'), index)).toBe(false);
		expect(isAskable(fact('38.6%'), index)).toBe(true);
	});

	it('is not asked beside a ratio, which no side rule keeps true: "less than half"', () => {
		const ratio = articleIndexOf(
			STORY.replace('down from 57.1% in 2001', 'down from 57.1% in 2001 and less than half of it')
		);
		const turnout = ratio.facts.find((candidate) => candidate.option === '38.6%')!;
		expect(isAskable(turnout, ratio)).toBe(false);
	});
});
