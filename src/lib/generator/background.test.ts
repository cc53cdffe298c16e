import { describe, it, expect } from 'vitest';
import { answerOf, articleIndexOf, asksFor, questionsOn } from './contract.test-helper';
import { isSideFact } from './background';

/**
 * Facts beside the story (background.ts): each rule on an article written for the test, with the
 * same fact told plainly as the control that is asked. Every name and figure is invented.
 */

describe('figures beside the story', () => {
	const story = (extra: string) =>
		`Marrow Bank profits climb\n\nMarrow Bank made a profit of 12.4bn crowns in 2025, the bank said on Tuesday. ${extra} Chief executive Ilse Marrow said the results were the best in the bank's history.`;
	const asks = (extra: string, answer: string) =>
		questionsOn(story(extra)).some((question) => answerOf(question) === answer);

	it("leaves out a news story's history: a figure dated before the year the story is set in", () => {
		expect(
			asks('Marrow Bank had assets of 3.1 trillion crowns at the end of 2024.', '3.1 trillion')
		).toBe(false);
		expect(asks('Marrow Bank now has assets of 3.1 trillion crowns.', '3.1 trillion')).toBe(true);
	});

	it("leaves out a results story's dividend per share", () => {
		const dividend =
			'Marrow Bank is holding its final dividend at 4.2p a share, giving a total payout of 6.5p.';
		expect(asks(dividend, '4.2p')).toBe(false);
		expect(asks(dividend, '6.5p')).toBe(false);
		expect(asks('Marrow Bank raised its interim dividend by 14% to 2.4p a share.', '14%')).toBe(
			false
		);
		expect(
			asks('Marrow Bank will pay its staff a bonus of 4.2p for every pound of salary.', '4.2p')
		).toBe(true);
	});

	it('leaves out a figure inside an if-clause', () => {
		expect(
			asks('If sales stay above 900,000 accounts, Marrow Bank will open new offices.', '900,000')
		).toBe(false);
		expect(
			asks(
				'Marrow Bank sales stayed above 900,000 accounts, so Marrow Bank will open new offices.',
				'900,000'
			)
		).toBe(true);
	});

	it('leaves out a place inside an if-clause too', () => {
		const text = (clause: string) =>
			`Rovers face a tough week\n\nRovers lost 2-0 at home to City on Saturday. ${clause} The club will name a new captain next week.`;
		const asks = (clause: string) => asksFor(text(clause), 'Dublin');
		expect(asks('If Rovers lose in Dublin on Friday, manager Elaine Brooke will resign.')).toBe(
			false
		);
		expect(asks('Rovers will play in Dublin on Friday, manager Elaine Brooke said.')).toBe(true);
	});

	it('leaves out the total of "eight of their last 13"', () => {
		expect(asks('Marrow Bank shares rose on nine of their last 13 trading days.', '13')).toBe(
			false
		);
	});

	it('leaves out a number in a ", where …" aside', () => {
		expect(
			asks('Ilse Marrow spoke in Harlow on Tuesday, where she opened 14 new branches.', '14')
		).toBe(false);
		expect(asks('Ilse Marrow opened 14 new branches in Harlow on Tuesday.', '14')).toBe(true);
	});

	it("keeps an encyclopedia passage's history: only news has background years", () => {
		const passage = `The Marrow Bank is a savings bank in the town of Harlow. The bank was founded in 1988 by the Marrow family. By 2025 it had 14 branches across the region.`;
		expect(questionsOn(passage).map(answerOf)).toContain('1988');
	});
});

describe('a figure set off between dashes', () => {
	it('is an aside and not asked', () => {
		const text = (middle: string) =>
			`Rovers face City in cup final\n\nRovers will play City in the cup final at Holloway Park on Sunday${middle}. Rovers manager Elaine Brooke said her side was ready. City have won the cup 11 times.`;
		const asks = (middle: string) => asksFor(text(middle), '12');
		expect(asks(' - Rovers have won 12 of their cup games this season - in front of a crowd')).toBe(
			false
		);
		expect(asks(' in front of a crowd after winning 12 cup games this season')).toBe(true);
	});
});

describe('what came before the news', () => {
	it('leaves out a figure told in the past perfect ("had asked for 20 years")', () => {
		const text = (verb: string) =>
			`Harlow trader jailed for fraud\n\nA jury in Harlow convicted trader Tobias Wendt of fraud on Monday, and the judge jailed him for nine years. Prosecutors ${verb} 20 years in jail for Tobias Wendt. Lawyers for the trader said they would appeal.`;
		const asks = (verb: string) => asksFor(text(verb), '20');
		expect(asks('had asked for')).toBe(false);
		expect(asks('asked for')).toBe(true);
	});

	it('keeps the past perfect of reported speech ("said sales had risen by 15%")', () => {
		const text = `Harbour trade grows\n\nShop owners in Kestrel Bay said trade had risen by 15% since the new harbour bridge opened. The bridge opened in March after four years of work. The council plans a second bridge.`;
		expect(questionsOn(text).map(answerOf)).toContain('15%');
	});
});

describe('descriptions and arguments beside the news', () => {
	it('leaves out an answer inside ", representing Spain," set off by commas', () => {
		const text = (winner: string) =>
			`Varga wins the Harlow ten-mile race\n\nTomas Varga won the Harlow ten-mile race on Sunday in a record time. ${winner} More than 3,000 runners took part.`;
		const asks = (winner: string) => asksFor(text(winner), 'Spain');
		expect(
			asks("Ana Ruiz, representing Spain, won the women's race by 40 metres from Jo Kent.")
		).toBe(false);
		expect(asks("Ana Ruiz won the women's race for Spain by 40 metres from Jo Kent.")).toBe(true);
	});

	it('leaves out a figure someone argues with "the fact that"', () => {
		const text = (claim: string) =>
			`Harlow mayor re-elected\n\nMayor Ana Ruiz was re-elected in Harlow on Thursday with 54% of the vote. ${claim} The count finished after midnight.`;
		const asks = (claim: string) => asksFor(text(claim), '4,000');
		expect(
			asks(
				'Opposition leader Jo Kent stressed the fact that 4,000 jobs were lost in Harlow since 2020.'
			)
		).toBe(false);
		expect(asks('Opposition leader Jo Kent said 4,000 jobs were lost in Harlow since 2020.')).toBe(
			true
		);
	});
});

describe('what someone says ought to happen', () => {
	it('is not asked for its place: an opinion, and easily guessed', () => {
		const text = (claim: string) =>
			`Battery start-up raises £30m\n\nVoltcycle, a start-up in Sheffield, has raised £30m from investors to build a recycling plant. Chief executive Ruth Adeyemi said ${claim} The plant will open in Rotherham in 2026.`;
		const asks = (claim: string) => asksFor(text(claim), 'Wales');
		expect(asks('Wales would need to recycle far more batteries by 2030.')).toBe(false);
		expect(asks('Wales recycled 4,000 tonnes of batteries last year.')).toBe(true);
	});
});

describe('the year before, in a news story', () => {
	it('leaves out a figure from a sentence about last year', () => {
		const text = (opening: string) =>
			`Salt Roads leads film award nominations\n\nThe drama Salt Roads has won nine nominations at this year's Harbour Film Awards, announced on Monday. ${opening} Low Tide earned £9m at the box office around the world. The ceremony will be held in Leeds in March, the organisers said.`;
		const asks = (opening: string) => asksFor(text(opening), '£9m');
		expect(asks("Last year's winner")).toBe(false);
		expect(asks('Rival drama')).toBe(true);
	});
});

describe('a round-up of other news', () => {
	it('is not asked: "Elsewhere, …" is outside the story', () => {
		const text = `Sprint record for Ada Moss\n\nAda Moss broke the Welsh indoor 60m record as she won her heat in Cardiff on Saturday. She finished second in the final behind Lena Holt. Elsewhere, Tom Reid won the men's 800m title by 12 metres in Swansea.`;
		const asksAboutReid = (article: string) =>
			questionsOn(article).some((question) => /Tom Reid/.test(question.source.text));
		expect(asksAboutReid(text)).toBe(false);
		expect(asksAboutReid(text.replace('Elsewhere, Tom', 'Tom'))).toBe(true);
	});
});

describe("a player's figures from last season", () => {
	it("are background to this season's news", () => {
		const text = `Kent sign Harker\n\nKent have signed fast bowler James Harker on a two-year contract, the club said on Tuesday. Harker joined from the Durham academy in 2002 and took 31 first-class wickets last season. He will join the squad in April.`;
		expect(asksFor(text, '31')).toBe(false);
		expect(asksFor(text.replace(' last season', ' for Durham'), '31')).toBe(true);
	});
});

/** Whether the article's fact whose answer reads `answer` is a side fact. */
function sideFactTest(article: string): (answer: string) => boolean {
	const index = articleIndexOf(article);
	return (answer) =>
		isSideFact(
			index.facts.find((fact) => fact.option === answer)!,
			index
		);
}

describe('a relative clause after a noun set beside another', () => {
	it('is background: ", the Leeds-based lender which converted … in 1998," and ", an area where …"', () => {
		const side = sideFactTest(
			`Pennine Bank profits rise\n\nPennine Bank, the Leeds-based lender which converted from a building society in 1998, has reported a 14% rise in profits for 2004, it said on Tuesday. Bad debts rose to £58m, mostly on credit cards, an area where the bank has grown since buying Halcyon Finance for £240m. The bank employs 4,200 people in its branches across Yorkshire.`
		);
		expect(side('1998')).toBe(true);
		expect(side('£240m')).toBe(true);
		expect(side('£58m')).toBe(false);
	});

	it('is background through the commas of a list: ", which makes bricks, tiles and blocks at 27 sites,"', () => {
		const story = (clause: string) =>
			`Talbot profits rise\n\nBuilding group Talbot said on Monday that profits rose 9% to £41m. Talbot, ${clause}, said demand from housebuilders stayed strong. Its chairman, Peter Lomas, will retire in May.`;
		expect(
			sideFactTest(story('which makes bricks, roof tiles and concrete blocks at 27 sites'))('27')
		).toBe(true);
		expect(sideFactTest(story('which makes bricks at 27 sites'))('27')).toBe(true);
		// After the clause has closed, ", until 20 February" belongs to the sentence again.
		const extended = sideFactTest(
			`Gallery extends show\n\nThe Kelvin Gallery said on Friday that its Hartley show had drawn 40,000 visitors. The gallery has extended the show, which was due to close on 9 January, until 20 February. Tickets cost £8.`
		);
		expect(extended('20 February')).toBe(false);
		expect(extended('9 January')).toBe(true);
	});
});

describe('the size of the firm in a news story', () => {
	const story = (
		sentence: string,
		lead = 'is to raise the price of its biscuits by 6% from March'
	) =>
		`Denby Foods raises prices\n\nBiscuit maker Denby Foods ${lead}, the company said on Tuesday. Chief executive Ann Roy said costs had risen sharply. ${sentence} Shoppers' groups criticised the rise.`;

	it('is background: "employs about 2,300 people … and had sales of £412m", "a fleet of 210 buses", "runs 48 depots"', () => {
		const side = sideFactTest(
			story(
				'Denby employs about 2,300 people at factories in York and Leeds and had sales of £412m last year.'
			)
		);
		expect(side('about 2,300')).toBe(true);
		expect(side('£412m')).toBe(true);
		expect(
			sideFactTest(story('Denby is a family-owned company with a fleet of 210 lorries.'))('210')
		).toBe(true);
		expect(sideFactTest(story('Denby runs 48 depots across the north.'))('48')).toBe(true);
		const sales = sideFactTest(story('Denby has annual sales of about £410m.'));
		expect(sales('about £410m')).toBe(true);
		expect(sideFactTest(story('Denby said sales rose to about £410m.'))('about £410m')).toBe(false);
	});

	it('is the news when it is what the story brings, or the jobs a cut takes from', () => {
		expect(
			sideFactTest(story('The merged group would have 71 depots across the north.'))('71')
		).toBe(false);
		expect(sideFactTest(story('The new bakery is to employ 60 people.'))('60')).toBe(false);
		expect(
			sideFactTest(
				story('Denby employs about 2,300 people.', 'is to cut 400 jobs and close its Leeds bakery')
			)('about 2,300')
		).toBe(false);
	});
});

describe('the window a count is made over', () => {
	it('is background: "in the past 14 months"', () => {
		const side = sideFactTest(
			`Lib Dems win seat\n\nThe Liberal Democrats won the Mid Ribble by-election on Thursday with a majority of 1,240, the returning officer said. It is the second seat the party has taken from Labour in the past 14 months. Turnout was 41%.`
		);
		expect(side('14')).toBe(true);
		expect(side('1,240')).toBe(false);
	});
});

describe("one interviewee's own figure", () => {
	it('is an anecdote beside the story: "said she had lost about 70% of her grapes"', () => {
		const side = sideFactTest(
			`Hail hits vineyards\n\nHailstorms have destroyed up to half the grape harvest in northern Italy, growers said on Monday. Paola Sciandra, a grower near Valtorre, said she had lost about 70% of her grapes. Elli Magga said her family fed their 300 reindeer every winter. Growers said they would need £4m in aid.`
		);
		expect(side('about 70%')).toBe(true);
		expect(side('300')).toBe(true);
		expect(side('£4m')).toBe(false);
	});

	it('is an anecdote when a named member of the public with an age tells of their life', () => {
		const side = sideFactTest(
			`Pensions lost in collapse\n\nAbout 900 former workers at Ruston Gears will lose part of their pensions, the trustees said on Monday. Dennis Carter, 58, who worked at the factory for 37 years, said he had been relying on a pension of £11,000 a year. Mark Bell, the scheme's actuary, said he expected a shortfall of £40m.`
		);
		expect(side('£11,000')).toBe(true);
		expect(side('£40m')).toBe(false);
	});
});

describe('an earlier occasion', () => {
	it('is background: "Last July, Halden called back 9,000 cars"', () => {
		const side = sideFactTest(
			`Halden recalls cars\n\nHalden Motors is recalling 31,000 cars over a seatbelt fault, the firm said on Monday. Last July, Halden called back 9,000 cars because of a faulty fuel pipe. About 118,000 cars are affected across Europe.`
		);
		expect(side('9,000')).toBe(true);
		expect(side('About 118,000')).toBe(false);
	});
});
