import { describe, it, expect } from 'vitest';
import { isAskable } from './askable';
import { isSportsReport } from './sports-report';
import { articleIndexOf as indexOf } from './contract.test-helper';

const CRICKET = `Pellworth spinner takes eight as Dunmere win by 140 runs

Left-arm spinner Owen Tallack took eight wickets as Dunmere beat Pellworth by 140 runs on the final day of their County Championship match at Harrowgate Road.

Tallack, 22, finished with match figures of 11 for 97, the best of his career, and Dunmere climbed to third in the table with the win.

Set 372 to win, Pellworth were bowled out for 231 shortly after tea. Opener Mark Pendry made 64 before he was caught at slip, and Pellworth lost their last six wickets for 38 runs.

Dunmere captain Ross Elphick said: "Owen bowled beautifully all day and the pitch helped him."

Dunmere play their next match against Sandholme at home on Friday.`;

/** The same shape of story with the sport taken out: a firm's figures in its fourth paragraph. */
const BUSINESS = `Harrowgate Foods lifts profits as ready meal sales grow

Harrowgate Foods has reported a rise in pre-tax profits to £14m for the year, helped by strong sales of its chilled ready meals to supermarkets.

The Leicester-based firm said turnover had climbed to £212m and that it would open a second factory at Dunmere in the spring.

The new plant will employ 231 people when it opens, and the firm expects to hire 64 more staff at its Pellworth warehouse.

Chief executive Ross Elphick said: "Our meals are selling well in every region and the outlook is good."

Shares in the firm closed 4p higher at 372p on Tuesday.`;

function askedPeople(text: string): string[] {
	const index = indexOf(text);
	return index.facts
		.filter((fact) => fact.type === 'person' && isAskable(fact, index))
		.map((fact) => fact.option);
}

function askedCounts(text: string): string[] {
	const index = indexOf(text);
	return index.facts
		.filter((fact) => fact.type === 'quantity' && isAskable(fact, index))
		.map((fact) => fact.option);
}

describe('sports reports', () => {
	it('tells a sports report from a business story', () => {
		expect(isSportsReport(indexOf(CRICKET).sentences)).toBe(true);
		expect(isSportsReport(indexOf(BUSINESS).sentences)).toBe(false);
	});

	it('does not ask the counts of the play below the second paragraph', () => {
		// "bowled out for 231", "Mark Pendry made 64": the innings, not the result.
		const asked = askedCounts(CRICKET);
		expect(asked).not.toContain('231');
		expect(asked).not.toContain('64');
	});

	it('still asks the counts at the top of a sports report', () => {
		expect(askedCounts(CRICKET)).toContain('140');
	});

	it('still asks the same counts low in a story that is not sport', () => {
		const asked = askedCounts(BUSINESS).join(' | ');
		expect(asked).toMatch(/231/);
	});

	it('does not ask the players of the play below the second paragraph (fresh523–fresh530)', () => {
		// "Opener Mark Pendry made 64 before he was caught at slip": who did it is the telling too.
		const asked = askedPeople(CRICKET);
		expect(asked).not.toContain('Mark Pendry');
		expect(asked).toContain('Owen Tallack');
	});
});
