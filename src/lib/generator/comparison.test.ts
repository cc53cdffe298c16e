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

	it('keeps a fall\'s starting figure above where it ended: "fell from _____ in 1999 to £78m"', () => {
		const books = articleIndexOf(
			`Library book budgets cut\n\nMPs found that money spent on new books fell from £96m in 1999 to £78m in 2004, while total spending on libraries rose by 11%.`
		);
		const start = books.facts.find((candidate) => candidate.option === '£96m')!;
		for (let seed = 1; seed <= 12; seed++)
			for (const option of findDistractors(start, books, createRandom(seed)))
				expect(parseFloat(option.slice(1))).toBeGreaterThan(78);
	});

	it('is still set against the other when a span of time sits beside them: "four years earlier"', () => {
		const votes = articleIndexOf(
			`Postal votes soar\n\nThe commission said about 5.4 million postal votes were issued at last year's elections, compared with around 1.7 million four years earlier, the report said.`
		);
		const issued = votes.facts.find((candidate) => candidate.option === 'about 5.4 million')!;
		expect(isAskable(issued, votes)).toBe(true);
	});

	it('keeps an adult ticket above the child one: "£6 for adults and £3 for children"', () => {
		const tour = articleIndexOf(
			`Chekhov in village halls\n\nThe Fenland Players will tour 40 village halls this autumn, the company said on Monday. Tickets will cost £6 for adults and £3 for children.`
		);
		const adult = tour.facts.find((candidate) => candidate.option === '£6')!;
		for (let seed = 1; seed <= 12; seed++)
			for (const option of findDistractors(adult, tour, createRandom(seed)))
				expect(parseFloat(option.slice(1))).toBeGreaterThan(3);
	});

	it('is set against the figure it is now "closer to": a forecast cut to £16m', () => {
		const warning = articleIndexOf(
			`Haulier warns on profits\n\nAnalysts had been expecting pre-tax profits of about £22m, but now believe the figure will be closer to £16m. The haulier runs 900 lorries.`
		);
		const expected = warning.facts.find((candidate) => candidate.option === 'about £22m')!;
		for (let seed = 1; seed <= 12; seed++)
			for (const option of findDistractors(expected, warning, createRandom(seed)))
				expect(parseFloat(option.replace('about £', ''))).toBeGreaterThan(16);
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

describe('a placing in the sentence', () => {
	const story = `Lennie takes bronze\n\nScotland's Kirsty Lennie won bronze in the triple jump at the World Indoor Championships in Budapest. Gold went to Russia's Yelena Sokharova with 14.93m, while Marisol Abreu of Cuba was second with 14.70m.`;
	const index = articleIndexOf(story);
	const optionsFor = (answer: string) => {
		const fact = index.facts.find((candidate) => candidate.option === answer)!;
		return Array.from({ length: 12 }, (_, seed) =>
			findDistractors(fact, index, createRandom(seed + 1)).map((option) => parseFloat(option))
		).flat();
	};

	it('keeps the winner above the runner-up and the runner-up below the winner, a step apart', () => {
		for (const option of optionsFor('14.93m')) {
			expect(option).toBeGreaterThan(14.7);
			expect(Math.abs(option - 14.93)).toBeLessThan(0.5);
		}
		for (const option of optionsFor('14.70m')) {
			expect(option).toBeLessThan(14.93);
			expect(Math.abs(option - 14.7)).toBeLessThan(0.5);
		}
	});

	it('turns round for a time, where the winner is the faster', () => {
		const race = articleIndexOf(
			`Reid wins\n\nTom Reid won the fell race at Keswick on Saturday. Reid finished in 47 minutes, while Ian Kerr was second in 49 minutes. Anna Lake won the women's race in 52 minutes.`
		);
		const fact = race.facts.find((candidate) => candidate.option === '47')!;
		for (let seed = 1; seed <= 12; seed++) {
			const options = findDistractors(fact, race, createRandom(seed));
			expect(options).toHaveLength(3);
			for (const option of options) expect(parseFloat(option)).toBeLessThan(49);
		}
	});
});
