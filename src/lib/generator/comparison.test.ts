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

	it('is set against the figure "below" or "above" names: "£38.2m, well below the £51m"', () => {
		const profits = articleIndexOf(
			`Brewer's profits slide\n\nPre-tax profits at the brewer fell 28% to £38.2m, well below the £51m that analysts had expected. It will close 14 pubs.`
		);
		const forecast = profits.facts.find((candidate) => candidate.option === '£51m')!;
		for (let seed = 1; seed <= 12; seed++)
			for (const option of findDistractors(forecast, profits, createRandom(seed)))
				expect(parseFloat(option.slice(1))).toBeGreaterThan(38.2);
		// "just above the relegation zone" sets no figure against another: goals are not held below
		// the points total.
		const table = articleIndexOf(
			`Harwood slip\n\nHarwood have 31 points, just above the relegation zone, and have scored 22 goals this season. They lost 2-1 on Saturday.`
		);
		const goals = table.facts.find((candidate) => candidate.option === '22')!;
		const options = Array.from({ length: 12 }, (_, seed) =>
			findDistractors(goals, table, createRandom(seed + 1))
		).flat();
		expect(options.some((option) => parseFloat(option) > 31)).toBe(true);
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
