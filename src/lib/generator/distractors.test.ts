import { describe, it, expect } from 'vitest';
import { parseWrittenNumber } from './numbers';
import { findDistractors } from './distractors';
import { answerOf, articleIndexOf, questionsOn } from './contract.test-helper';
import { createRandom } from './random';
import type { ArticleIndex } from './article';
import type { Fact } from './facts';

/** The wrong options the engine finds for the fact whose answer reads `answer`, over many seeds. */
function distractorsFor(index: ArticleIndex, answer: string, seeds = 12): string[][] {
	const fact = index.facts.find((candidate: Fact) => candidate.option === answer);
	expect(fact, `no fact "${answer}"`).toBeDefined();
	return Array.from({ length: seeds }, (_, seed) =>
		findDistractors(fact!, index, createRandom(seed + 1))
	);
}

describe('wrong dates', () => {
	const index = articleIndexOf(
		`Sealing Point to end\n\nThe BBC has said its fishing-island drama Sealing Point will end after five series, it announced on Tuesday. Its last episode, a feature-length special, will be broadcast on 26 December 2009.`
	);

	it('move the day as well as the month: four dates on the 26th leave Boxing Day standing out', () => {
		for (const options of distractorsFor(index, '26 December 2009')) {
			expect(options).toHaveLength(3);
			for (const option of options) {
				expect(option).toMatch(/^\d{1,2} \p{Lu}\p{Ll}+ 20(09|10)$/u);
				expect(option.startsWith('26 ')).toBe(false);
			}
		}
	});

	it('stay within a month or so of the right one, across the turn of the year', () => {
		const near = new Set(['November 2009', 'December 2009', 'January 2010']);
		for (const options of distractorsFor(index, '26 December 2009'))
			for (const option of options) expect(near).toContain(option.replace(/^\d+ /, ''));
	});
});

describe('wrong dates after a weekday the stem keeps', () => {
	it('fall on the same weekday: "on Saturday 15 May 2004" among other Saturdays', () => {
		const index = articleIndexOf(
			`Marplebank win lacrosse final\n\nMarplebank High School won the national schools lacrosse championship on Saturday 15 May 2004, beating St Aldhelm's 9-8.`
		);
		for (const options of distractorsFor(index, '15 May 2004')) {
			expect(options).toHaveLength(3);
			for (const option of options) expect(new Date(`${option} UTC`).getUTCDay()).toBe(6);
		}
	});
});

describe('wrong dates below the lead of a reference passage', () => {
	const passage = `Ellerby Reservoir\n\nEllerby Reservoir is a reservoir in West Yorkshire, England, built for the town of Keighley. Work began in 1894. The reservoir was formally opened on 17 June 1902 by the mayor of Keighley.`;
	const index = articleIndexOf(passage);

	it('stand a year or two apart, so the question asks the year and not the day', () => {
		for (const options of distractorsFor(index, '17 June 1902')) {
			const years = new Set(options.map((option) => option.slice(-4)));
			expect(years.size).toBeGreaterThan(1);
			for (const year of years) expect(Math.abs(Number(year) - 1902)).toBeLessThanOrEqual(2);
		}
	});

	it('keep to the year when the lead gives it: "… a reservoir opened in 1902"', () => {
		const index = articleIndexOf(
			passage.replace('built for the town of Keighley', 'opened in 1902 for the town of Keighley')
		);
		for (const options of distractorsFor(index, '17 June 1902'))
			for (const option of options) expect(option).toMatch(/ 190[12]$/);
	});

	it('keep to the year when the sentence names another year beside the date', () => {
		const index = articleIndexOf(
			passage.replace('was formally opened on', 'was finished in 1901 and opened on')
		);
		for (const options of distractorsFor(index, '17 June 1902'))
			for (const option of options) expect(option).toMatch(/ 190[12]$/);
	});
});

describe('wrong years in a passage told in order', () => {
	const index = articleIndexOf(
		`The Marram Lights\n\nThe Marram Lights were a folk band from Whitby, formed in 1994. The band split in 2001 after their third album. Their singer has since made two solo records, and the band reunited for a tour in 2006.`
	);

	it('fall after the event just told when the sentence says this came later', () => {
		for (const options of distractorsFor(index, '2006'))
			for (const option of options) expect(Number(option)).toBeGreaterThan(2001);
	});

	it('may fall either side of a year with no such word', () => {
		const all = distractorsFor(index, '2001').flat().map(Number);
		expect(all.some((year) => year < 2001)).toBe(true);
		expect(all.some((year) => year > 2001)).toBe(true);
	});
});

describe('wrong race distances', () => {
	const index = articleIndexOf(
		`Record for Ayo Bello\n\nAyo Bello broke the British indoor 60m record as she won her heat in Sheffield on Saturday. Tom Reid won the outdoor 5000m title at the national championships in Birmingham in June.`
	);

	it('are races that exist, indoor ones for an indoor race', () => {
		for (const options of distractorsFor(index, '60m'))
			for (const option of options) expect(['200m', '400m', '800m']).toContain(option);
	});

	it('are distances raced on a track, on either side of the right one', () => {
		const all = distractorsFor(index, '5000m').flat();
		for (const option of all)
			expect(['60m', '100m', '200m', '400m', '800m', '1500m', '3000m', '10000m']).toContain(option);
		expect(all).toContain('10000m');
		expect(all).toContain('1500m');
	});
});

describe('"up to" a limit', () => {
	const index = articleIndexOf(
		`Fines for bars\n\nBars that serve drunk customers could be fined up to £20,000 under plans set out by ministers on Tuesday.`
	);

	it('gets wrong limits above and below it: any other limit is false', () => {
		const all = distractorsFor(index, 'up to £20,000').flat();
		const values = all.map((option) => Number(option.replace(/[^\d]/g, '')));
		for (const option of all) expect(option).toMatch(/^up to £[\d,]+$/);
		expect(values.some((value) => value > 20000)).toBe(true);
		expect(values.some((value) => value < 20000)).toBe(true);
	});
});

describe('wrong players in a match report', () => {
	const report = `Harbour 2-1 Millbrook

Sam Duval scored a late winner as Harbour came from behind to beat Millbrook on Saturday.

Millbrook went ahead after 20 minutes when Ian Moss headed in from a corner.

They drew level just after the break when a low cross was turned in by Ray Lund.

Harbour captain Joe Hale cleared a header off the line before winger Ali Crane hit the bar.

Ken Platt saved well from Moss just before half-time.

Harbour: Platt, Hale, Abbott, Lund, Crane, Duval, Doyle.
Millbrook: Ferri, Moss, Kane, Osei, Varga, Grant, Bell.`;
	it("leave out the side's keeper, listed first in its line-up, for an outfield player", () => {
		const index = articleIndexOf(report);
		for (const options of distractorsFor(index, 'Sam Duval'))
			expect(options).not.toContain('Ken Platt');
	});

	it('include a teammate named without a position, from a sentence that is not itself asked', () => {
		// "They drew level …" leans on the sentence before, so it is not asked, yet it names Ray Lund.
		const winner = questionsOn(report).find((question) => answerOf(question) === 'Sam Duval');
		expect(winner?.options).toContain('Ray Lund');
		expect(winner?.options).not.toContain('Ian Moss');
		expect(questionsOn(report).some((question) => question.source.text.startsWith('They'))).toBe(
			false
		);
	});
});

describe('wrong options for a body named "<head> of …"', () => {
	it('are bodies of the same kind: a university for a university, not an academy', () => {
		const index = articleIndexOf(
			`Ingrid Vold\n\nIngrid Vold is a Norwegian marine biologist. She studied at the University of Tromso and was professor of ecology at the University of Bergen from 1976 to 2003. She was director of the Fedje Marine Station and a member of the Norwegian Academy of Science and Letters. She taught at the University of Oslo and the University of Trondheim.`
		);
		for (const options of distractorsFor(index, 'University of Bergen')) {
			expect(options.length).toBeGreaterThanOrEqual(2);
			for (const option of options) expect(option).toMatch(/^University of /);
		}
	});
});

describe('wrong people of the other sex', () => {
	/** Every wrong option offered for the winner, over many seeds, when the lead reads `lead`. */
	const optionsBeside = (lead: string) =>
		distractorsFor(
			articleIndexOf(
				`Debut novel wins prize\n\n${lead} The other books on the shortlist were by Daniel Okafor, Miriam Castell, Hugh Penrose and Sarah Linnane. Mr Penrose and Ms Castell had both won the prize before.`
			),
			'Catherine Moorby'
		).flat();
	const men = (names: string[]) => names.some((name) => /Okafor|Penrose/.test(name));

	it('are offered where the sentence does not say whether a man or a woman is meant', () => {
		expect(
			men(
				optionsBeside(
					'The Weaver’s Lamp, by former teacher Catherine Moorby, won the Ashcombe Prize.'
				)
			)
		).toBe(true);
	});

	it('are not offered where it does: "her first novel"', () => {
		expect(
			men(
				optionsBeside(
					'Catherine Moorby won the Ashcombe Prize with her first novel, The Weaver’s Lamp.'
				)
			)
		).toBe(false);
	});
});

describe('figures that come on a conventional ladder', () => {
	it('offers memory sizes a machine was sold with, never "38 KB"', () => {
		const index = articleIndexOf(
			`Corvane 200\n\nThe Corvane 200 is a home computer made in Dundee. It was sold with 48 KB of memory and a built-in keyboard.`
		);
		const sizes = new Set([1, 2, 4, 8, 16, 32, 64, 96, 128, 256]);
		for (const options of distractorsFor(index, '48'))
			for (const option of options) expect(sizes).toContain(Number(option));
	});

	it('offers the ratios people say after "one in", never "one in 14"', () => {
		const index = articleIndexOf(
			`Podcasts catch on\n\nAlmost one in 10 British internet users has downloaded a podcast, a survey has found, the researchers said.`
		);
		const ratios = new Set([2, 3, 4, 5, 6, 8, 12, 15, 20, 25, 50]);
		for (const options of distractorsFor(index, '10'))
			for (const option of options) expect(ratios).toContain(Number(option));
	});

	it('stay above "above 70%": "above 60%" would be true as well', () => {
		const index = articleIndexOf(
			`Button maker wins order\n\nExports made up 58% of sales at Tavener & Vail last year. Mrs Tavener said the Canadian deal would push export sales above 70% next year.`
		);
		for (const options of distractorsFor(index, '70%'))
			for (const option of options) expect(parseFloat(option)).toBeGreaterThan(70);
	});

	it('offer only ratios a bound rules out: "fewer than one in five" is also true of one in four', () => {
		const index = articleIndexOf(
			`Bakers short of skills\n\nThe bakery chain Crumbwell said fewer than one in five people applying for its jobs had any formal training.`
		);
		const words: Record<string, number> = { six: 6, eight: 8, ten: 10, twelve: 12, fifteen: 15 };
		for (const options of distractorsFor(index, 'five'))
			for (const option of options) expect(words[option], option).toBeGreaterThan(5);
	});

	it('offer spans of months people plan in: "over the next 18 months", never "23 months"', () => {
		const index = articleIndexOf(
			`Sofa maker to expand\n\nSofa maker Carrowgate is to create 120 jobs at its factory in Nelson over the next 18 months, the company said.`
		);
		const spans = new Set([3, 6, 9, 12, 24, 30, 36, 48]);
		for (const options of distractorsFor(index, '18'))
			for (const option of options) expect(spans).toContain(Number(option));
	});

	it('offer terms of days people set: "within 14 days", never "within 16 days"', () => {
		const index = articleIndexOf(
			`Grocer pays farmers faster\n\nThe Dalesway grocery chain said it would pay its farm suppliers within 14 days from April, the company said.`
		);
		const spans = new Set([7, 10, 21, 28, 30, 60, 90]);
		for (const options of distractorsFor(index, '14'))
			for (const option of options) expect(spans).toContain(Number(option));
	});

	it('keep a year inside the century its sentence names: "the fifteenth century … of about 1480"', () => {
		const index = articleIndexOf(
			`Penwithick\n\nPenwithick is a market town in Cornwall, England. The Church of St Petroc dates largely from the fifteenth century, with a west tower of about 1490 which rises to 96 feet. The town received a market charter in 1259.`
		);
		for (const options of distractorsFor(index, 'about 1490'))
			for (const option of options) {
				expect(option).toMatch(/^about 14\d0$/);
				expect(Number(option.slice(6))).toBeGreaterThan(1400);
			}
		const early = articleIndexOf(
			`Penwithick\n\nPenwithick is a market town in Cornwall, England. Its west tower was added in 1401, at the start of the fifteenth century. The town received a market charter in 1259.`
		);
		for (const options of distractorsFor(early, '1401'))
			for (const option of options) expect(Number(option)).toBeGreaterThanOrEqual(1400);
	});

	it('offer deadlines of hours people set: "within 48 hours", never "within 58 hours"', () => {
		const index = articleIndexOf(
			`Stolen phones\n\nThe Home Office has told mobile networks to block stolen handsets within 48 hours of a report, the minister said.`
		);
		const spans = new Set([6, 12, 24, 36, 72, 96]);
		for (const options of distractorsFor(index, '48'))
			for (const option of options) expect(spans).toContain(Number(option));
	});

	it('keep to the distances an event is raced over: no "800m hurdles", no "60m butterfly"', () => {
		const hurdles = articleIndexOf(
			`Hurdles win\n\nKwame Ellison won the 400m hurdles at the European Cup in Florence on Saturday, the team said.`
		);
		for (const options of distractorsFor(hurdles, '400m'))
			for (const option of options) expect(['60m', '100m', '110m']).toContain(option);
		const butterfly = articleIndexOf(
			`Butterfly win\n\nSeventeen-year-old Amy Aldritt won the 200m butterfly at the British trials in Sheffield on Sunday, the team said.`
		);
		for (const options of distractorsFor(butterfly, '200m')) expect(options).toEqual([]);
	});

	it('read "a charter of 1327" as a year, never among 1789 and 1935', () => {
		const index = articleIndexOf(
			`Drumhallow\n\nDrumhallow is a village in Aberdeenshire, Scotland. A charter of 1327 records the lands of Drumhalach as belonging to the abbey of Kinloss. The village had 400 people in 1801.`
		);
		for (const options of distractorsFor(index, '1327')) {
			expect(options).toHaveLength(3);
			for (const option of options) expect(Math.abs(Number(option) - 1327)).toBeLessThan(10);
		}
	});

	it('treat "four in 10" like "one in 10"', () => {
		const index = articleIndexOf(
			`Slow websites\n\nFour in 10 online shoppers give up on a website that takes more than four seconds to load, a survey has found, the researchers said.`
		);
		const ratios = new Set([2, 3, 4, 5, 6, 8, 12, 15, 20, 25, 50]);
		for (const options of distractorsFor(index, '10'))
			for (const option of options) expect(ratios).toContain(Number(option));
	});
});

describe('wrong figures near the answer', () => {
	it('keep an aftershock below the quake: no "6.8" after a magnitude 6.1 earthquake', () => {
		const index = articleIndexOf(
			`Quake hits Kyrgyz valley\n\nAn earthquake measuring 6.1 has destroyed hundreds of homes in southern Kyrgyzstan, officials said. More than 40 aftershocks were recorded overnight, the strongest measuring 4.8.`
		);
		for (const options of distractorsFor(index, '4.8'))
			for (const option of options) expect(Number(option)).toBeLessThan(6.1);
	});

	it('keep a round of golf within a few shots: no "closing round of 47"', () => {
		const index = articleIndexOf(
			`Huxtable wins in Portugal\n\nClub professional Derek Huxtable won the Algarve Seniors Open by two shots after a closing round of 67.`
		);
		for (const options of distractorsFor(index, '67'))
			for (const round of options.map(Number)) expect(Math.abs(round - 67)).toBeLessThanOrEqual(6);
	});

	it('date a dissolved abbey within the Dissolution, 1536 to 1541', () => {
		const index = articleIndexOf(
			`Hulmeford Abbey\n\nFounded in 1147 and dissolved in 1537, Hulmeford Abbey was the wealthiest religious house in the county. Its church was demolished in 1541.`
		);
		for (const options of distractorsFor(index, '1537'))
			for (const year of options.map(Number)) {
				expect(year).toBeGreaterThanOrEqual(1536);
				expect(year).toBeLessThanOrEqual(1541);
			}
	});

	const numbers = (options: string[]) =>
		options.map((option) => Number(option.replace(/[£m]/g, '')));

	it('move a person\'s age in years, not decades: no "died at 18"', () => {
		const index = articleIndexOf(
			`Former Test referee Prosser dies\n\nEmlyn Prosser, who refereed 19 international rugby matches in the 1950s and 1960s, has died at the age of 78. He took charge of his first Test in Cardiff in 1954.`
		);
		for (const options of distractorsFor(index, '78'))
			for (const age of numbers(options)) expect(Math.abs(age - 78)).toBeLessThanOrEqual(15);
	});

	it('move a bare age said of a person in years: "The pilot … was 21 and came from Perth"', () => {
		const index = articleIndexOf(
			`Divers find wartime bomber\n\nDivers have found the wreck of a Wellington bomber in a Highland loch. The pilot, Flight Sergeant Douglas Imrie, was 21 and came from Perth.`
		);
		for (const options of distractorsFor(index, '21'))
			for (const age of numbers(options)) expect(age).toBeGreaterThanOrEqual(15);
	});

	it('keep an age threshold as round as itself: "under the age of 40" among 30, 50 and 60', () => {
		const index = articleIndexOf(
			`Courts seek younger magistrates\n\nCourts in Lancashire have launched a campaign to recruit more people under the age of 40 as magistrates. Fewer than one in 20 of the county's 1,100 magistrates is below that age.`
		);
		for (const options of distractorsFor(index, '40'))
			for (const age of numbers(options)) expect(age % 10).toBe(0);
	});

	it('stay within the change a figure is set against: profits that slipped from £43.9m', () => {
		const index = articleIndexOf(
			`Strideline profits slip\n\nSportswear retailer Strideline has reported a fall in annual profits after a weak year for football shirts.\n\nPre-tax profits for the year to 29 January fell to £41.3m from £43.9m a year earlier.`
		);
		for (const options of distractorsFor(index, '£41.3m'))
			for (const profit of numbers(options)) {
				expect(profit).toBeLessThan(43.9);
				expect(profit).toBeGreaterThan(35);
			}
	});

	it('keep a run-off winner\'s share above half: "won 58% of the vote in a run-off"', () => {
		const index = articleIndexOf(
			`Young mayor elected\n\nTomasz Wierzbicki won 58% of the vote in a run-off election in Zawidow on Sunday, officials said.`
		);
		for (const options of distractorsFor(index, '58%')) {
			expect(options).toHaveLength(3);
			for (const share of options.map((option) => parseFloat(option)))
				expect(share).toBeGreaterThan(50);
		}
	});

	it('keep a ballot carried by a majority above half: "backed a walkout by 80%"', () => {
		const index = articleIndexOf(
			`Handlers vote to strike\n\nBaggage handlers at Skyhold have voted to strike over pay, the union said on Monday.\n\nMembers backed a walkout by 80% on a turnout of 74%.`
		);
		for (const options of distractorsFor(index, '80%')) {
			expect(options).toHaveLength(3);
			for (const share of options.map((option) => parseFloat(option)))
				expect(share).toBeGreaterThan(50);
		}
	});

	it('fit a count of seasons inside the span of years the sentence gives', () => {
		const text = `Heddlesford Town\n\nHeddlesford Town is an English football club. Founded in 1884, the club spent 23 seasons in the third tier between 1921 and 1951. It plays at Mill Lane, a ground it bought from the Earl of Heddle in 1906. Its record crowd of 14,200 came for a cup tie against Aston Villa.`;
		const index = articleIndexOf(text);
		for (const options of distractorsFor(index, '23')) {
			expect(options).toHaveLength(3);
			for (const seasons of numbers(options)) expect(seasons).toBeLessThanOrEqual(31);
		}
		// On a grid of five the options would be 8, 13 and 18, and "8" inside "18" clashes.
		expect(questionsOn(text).some((question) => answerOf(question) === '23')).toBe(true);
	});

	it('leave out every year of a span the answer ends: "between 1999 and 2001"', () => {
		const index = articleIndexOf(
			`Brinscombe Water Tower\n\nBrinscombe Water Tower is a water tower in Devon, built in 1895. It was sold in 1998 and converted into flats between 1999 and 2001. The tower was converted into flats in 2001.`
		);
		for (const options of distractorsFor(index, '2001', 24))
			for (const year of numbers(options)) expect([1999, 2000]).not.toContain(year);
	});

	it('set an approximate year five or more apart: "about 1137", never "about 1135"', () => {
		const index = articleIndexOf(
			`Wendlecombe Priory\n\nWendlecombe Priory is a ruined priory in Somerset, England. It was founded in about 1137 by William de Trevane. It was dissolved in 1536.`
		);
		for (const options of distractorsFor(index, 'about 1137')) {
			expect(options).toHaveLength(3);
			for (const year of options.map((option) => Number(option.replace('about ', ''))))
				expect(Math.abs(year - 1137)).toBeGreaterThanOrEqual(5);
		}
	});

	it('set a round approximate year ten or more apart: "about 1450", never "about 1445"', () => {
		const index = articleIndexOf(
			`St Botolph's Church\n\nSt Botolph's Church is a parish church in Lincolnshire, England. The church dates largely from the 13th century, with a west tower added in about 1450. It was restored in 1868.`
		);
		for (const options of distractorsFor(index, 'about 1450')) {
			expect(options).toHaveLength(3);
			for (const year of options.map((option) => Number(option.replace('about ', ''))))
				expect(year % 10).toBe(0);
		}
	});
});

describe('wrong cities for a city of Scotland, Wales or Northern Ireland', () => {
	it('are the other nations\' cities, so "Belfast" is not the one city outside England', () => {
		const index = articleIndexOf(
			`Quigley wins British title\n\nDeclan Quigley became British light-welterweight champion in front of his home crowd in Belfast on Saturday night, stopping Kofi Mensah in the eighth round.`
		);
		for (const options of distractorsFor(index, 'Belfast'))
			for (const option of options) expect(['Glasgow', 'Edinburgh', 'Cardiff']).toContain(option);
	});
});

describe('wrong nations of the UK', () => {
	it('are only the other nations, even when the stem names one: no "the west of Switzerland"', () => {
		const text = `Border auctioneers to merge\n\nTwo livestock auctioneers have agreed to merge, creating the largest operator of cattle markets in mid-Wales and the west of England. The firms will combine under the name Marsh Lloyd from 1 July. The merged firm will run 11 markets.`;
		const nations = ['England', 'Scotland', 'Wales', 'Northern Ireland'];
		for (const options of distractorsFor(articleIndexOf(text), 'England'))
			for (const option of options) expect(nations).toContain(option);
		// With Wales in the stem only two nations are left, and the question is not asked.
		expect(questionsOn(text).filter((q) => answerOf(q) === 'England')).toEqual([]);
	});

	it('are never a country the article names elsewhere: no "China" for "the north of _____"', () => {
		const index = articleIndexOf(
			`Scaffolders double profits

Tenby Hire, one of the largest scaffolding firms in the north of England, has doubled its profits. It buys most of its steel tubes from China.`
		);
		const nations = ['Scotland', 'Wales', 'Northern Ireland'];
		for (const options of distractorsFor(index, 'England'))
			for (const option of options) expect(nations).toContain(option);
	});
});

describe('wrong major countries', () => {
	it('give "the UK" another option with "the", so its article is no clue', () => {
		const index = articleIndexOf(
			`Hay fever hits pupils\n\nHay fever causes children in the UK to miss about four million school days a year, according to a survey by a charity.`
		);
		for (const options of distractorsFor(index, 'the UK')) expect(options).toContain('the US');
	});
});

describe('wrong cities', () => {
	it('come from the same part of Asia or Europe: Dubai among Gulf cities, Budapest without Pristina', () => {
		const gulf = articleIndexOf(
			`Glass maker wins tower order\n\nA Yorkshire glass maker has won a £140m contract to supply a 72-storey office tower in Dubai. The order will secure 600 jobs at its Barnsley factory.`
		);
		const middleEast = ['Abu Dhabi', 'Doha', 'Riyadh', 'Tehran', 'Beirut', 'Amman', 'Kuwait City'];
		for (const options of distractorsFor(gulf, 'Dubai'))
			for (const option of options) expect(middleEast).toContain(option);
		const games = articleIndexOf(
			`Lennie takes bronze\n\nScotland's Kirsty Lennie won bronze in the triple jump at the World Indoor Championships in Budapest on Saturday. She jumped 14.32m.`
		);
		const balkans = ['Belgrade', 'Zagreb', 'Sarajevo', 'Pristina', 'Skopje', 'Tirana', 'Ljubljana'];
		for (const options of distractorsFor(games, 'Budapest'))
			for (const option of options) expect(balkans).not.toContain(option);
	});
});

describe('wrong years during a war', () => {
	it('stay within the war the sentence names: no 1919 "during the First World War"', () => {
		const index = articleIndexOf(
			`Pendleford Marmalade Company\n\nThe Pendleford Marmalade Company was a maker of marmalade in Shropshire, founded in 1868. During the First World War the company supplied jam to the army, and in 1917 it was placed under government control.`
		);
		for (const options of distractorsFor(index, '1917'))
			for (const option of options) {
				expect(Number(option)).toBeGreaterThanOrEqual(1914);
				expect(Number(option)).toBeLessThanOrEqual(1918);
			}
	});
});

describe('wrong years in a decade the sentence names', () => {
	it('stay within it: "Following the collapse of the copper market in the 1860s, … closed in 1866"', () => {
		const index = articleIndexOf(
			`Great Crennack\n\nGreat Crennack was a copper mine in Cornwall, opened in 1822. Following the collapse of the copper market in the 1860s, Great Crennack closed in 1866. Its engine house was restored in 1994.`
		);
		for (const options of distractorsFor(index, '1866'))
			for (const option of options) {
				expect(Number(option)).toBeGreaterThanOrEqual(1860);
				expect(Number(option)).toBeLessThanOrEqual(1869);
			}
	});
});

describe('wrong figures a game cannot reach', () => {
	it('keep a darts checkout at or below 170 and a snooker break at or below 147', () => {
		const darts = articleIndexOf(
			`Vermeer wins Blackpool Open\n\nDutchman Piet Vermeer produced a 161 checkout in the final leg to beat Ray Hollins 16-13 in the Blackpool darts open.`
		);
		const snooker = articleIndexOf(
			`Hale takes title\n\nTom Hale made a break of 139 in the deciding frame to win the Welsh snooker title in Newport.`
		);
		for (const options of distractorsFor(darts, '161'))
			for (const option of options) expect(Number(option)).toBeLessThanOrEqual(170);
		for (const options of distractorsFor(snooker, '139'))
			for (const option of options) expect(Number(option)).toBeLessThanOrEqual(147);
	});
});

describe('wrong wholes below the part the stem gives (fresh239, fresh240, fresh241)', () => {
	const lowest = (text: string, answer: string) =>
		Math.min(
			...distractorsFor(articleIndexOf(text), answer).flatMap((options) =>
				options.map((option) => parseWrittenNumber(option)!.value)
			)
		);

	it('keeps "more than 3,000 of the theatre\'s _____ tickets" above 3,000', () => {
		const text = `Opera sells out\n\nThe Whitbeck Operatic Society will stage its last show at the Lyceum. Chairman Ann Lowe said more than 3,000 of the theatre's 3,800 tickets had already been sold.`;
		expect(lowest(text, '3,800')).toBeGreaterThan(3000);
	});

	it('keeps "Of the _____ voters …, 56 backed" above 56', () => {
		const text = `Village votes to move\n\nResidents of a fishing village in Newfoundland have voted to leave. Of the 91 eligible voters in Port Kellick, 56 backed the move in a ballot held on Saturday.`;
		expect(lowest(text, '91')).toBeGreaterThan(56);
	});

	it('keeps a population above one and a half people to each of its households', () => {
		const text = `Coldwarren\n\nColdwarren is a village in Northumberland. At the 2001 census the parish had a population of 842, living in 371 households.`;
		expect(lowest(text, '842')).toBeGreaterThan(371 * 1.5);
	});
});

describe('wrong counts a game or a run of wins rules out (fresh266, fresh195)', () => {
	const values = (text: string, answer: string) =>
		distractorsFor(articleIndexOf(text), answer).flatMap((options) =>
			options.map((option) => parseWrittenNumber(option)!.value)
		);

	it("keeps a bowler's wickets in an innings at ten or fewer", () => {
		const text = `Maddrell routs Northants\n\nGlamorgan seamer Iwan Maddrell took eight wickets for 39 runs as Northamptonshire were bowled out for 112 at Cardiff.`;
		expect(Math.max(...values(text, 'eight'))).toBeLessThanOrEqual(10);
	});

	it('keeps "the 14th win in _____ games" at 14 games or more', () => {
		const text = `Calderford go clear\n\nCalderford beat Dunmere 24-10 on Saturday. The win, Calderford's 14th in 18 league games, puts them two points clear at the top.`;
		expect(Math.min(...values(text, '18'))).toBeGreaterThanOrEqual(14);
	});
});

describe('wrong figures above the most there is', () => {
	it('stay at or below "out of a possible 300"', () => {
		const index = articleIndexOf(
			`Village school tops tables\n\nA village school in Lincolnshire has topped the county's tables. The school recorded an aggregate score of 290 out of a possible 300 in the national tests.`
		);
		for (const options of distractorsFor(index, '290'))
			for (const score of options.map(Number)) expect(score).toBeLessThanOrEqual(300);
	});

	it('stay at or below "188 points out of a possible 220"', () => {
		const index = articleIndexOf(
			`Prys wins sheepdog trial\n\nWelsh shepherd Emrys Prys has won the European sheepdog championship. Prys scored 188 points out of a possible 220 to finish nine points clear.`
		);
		for (const options of distractorsFor(index, '188'))
			for (const score of options.map(Number)) expect(score).toBeLessThanOrEqual(220);
	});

	it('stay below the whole of "two of their last three games"', () => {
		const index = articleIndexOf(
			`Crombie recalled by Scotland

Scrum-half Alasdair Crombie has been recalled by Scotland for the match against France. Crombie was named man of the match in two of their last three league games.`
		);
		const small = ['none', 'one', 'two'];
		for (const options of distractorsFor(index, 'two'))
			for (const option of options) expect(small).toContain(option);
	});

	it('stay below the whole of "two of the bridge\'s three arches" (fresh387)', () => {
		const index = articleIndexOf(
			`Bridge closed after cracks found

Marlden Bridge has been closed to traffic after engineers found cracks in two of the bridge's three arches during a routine inspection in March. The council said repairs would cost £1.4m.`
		);
		const small = ['none', 'one', 'two'];
		for (const options of distractorsFor(index, 'two'))
			for (const option of options) expect(small).toContain(option);
	});
});

describe('wrong years for a year said to be approximate', () => {
	it('are as round as "dated around 1160"', () => {
		const index = articleIndexOf(
			`Allerwood Forest\n\nAllerwood Forest is a former royal forest in Northamptonshire, England. It is first recorded by name in a charter of Henry II dated around 1160. The Forestry Commission took it over in 1924.`
		);
		for (const options of distractorsFor(index, '1160'))
			for (const year of options.map(Number)) expect(year % 10).toBe(0);
	});
});

describe('wrong counts of part of a group the sentence counts whole', () => {
	it('stay at or below "All 8 of the pupils"', () => {
		const index = articleIndexOf(
			`Village school tops tables\n\nA village school in Lincolnshire has topped the county's tables. All 8 of the pupils at St Oswin's reached the expected level, with 7 achieving level 5 in English.`
		);
		const sets = distractorsFor(index, '7');
		expect(sets.length).toBeGreaterThan(0);
		for (const options of sets)
			for (const count of options.map(Number)) expect(count).toBeLessThanOrEqual(8);
	});
});

describe('wrong dates for the first of a month', () => {
	it('are firsts too: "from 1 October 2005" among "1 September 2005", not "23 November 2005"', () => {
		const index = articleIndexOf(
			`Bus routes to change\n\nNew timetables for 40 bus routes in Kirkby Lowther will come into force from 1 October 2005, the council said. The changes will cost £2m a year.`
		);
		const sets = distractorsFor(index, '1 October 2005');
		expect(sets.length).toBeGreaterThan(0);
		for (const options of sets) for (const date of options) expect(date).toMatch(/^1 /);
	});
});

describe('wrong countries in a European competition', () => {
	it("are European: no China or Brazil as a European final's opponent", () => {
		const index = articleIndexOf(
			`England retain squash title\n\nEngland's men retained the European team squash title with a 3-1 win over France in the final in Vienna. China and Brazil were among the teams at the world championships last year.`
		);
		for (const options of distractorsFor(index, 'France'))
			for (const country of options)
				expect(['China', 'Brazil', 'Japan', 'India', 'the US']).not.toContain(country);
	});
});

describe('a place the sentence itself rules out', () => {
	it('is no part of Britain for the opponent of Great Britain', () => {
		const index = articleIndexOf(
			`GB handball win\n\nGreat Britain's men's handball team won their first competitive international in 12 years with a 29-27 victory over Luxembourg in Coventry. England and Scotland once played separately.`
		);
		for (const options of distractorsFor(index, 'Luxembourg'))
			for (const option of options)
				expect(['the UK', 'Britain', 'England', 'Scotland', 'Wales']).not.toContain(option);
	});

	it('is no city outside Europe for a European title', () => {
		const index = articleIndexOf(
			`Archery gold\n\nHarrogate teenager Kirsty Brabazon won a European indoor archery title in Zagreb on Saturday. She hopes to compete in Beijing in 2008.`
		);
		for (const options of distractorsFor(index, 'Zagreb'))
			for (const option of options) expect(option).not.toBe('Beijing');
	});
});

describe('a population beside its households (fresh412, fresh416, fresh422, fresh423)', () => {
	it('keeps every wrong option to between 1.7 and 3.3 people a household', () => {
		const index = articleIndexOf(
			`Kelderby\n\nKelderby is a village in North Yorkshire, England, on the River Rye. At the 2001 census Kelderby had a population of 3,214, living in 1,402 households.`
		);
		const fact = index.facts.find((candidate) => candidate.option === '3,214');
		expect(fact).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			for (const option of findDistractors(fact!, index, createRandom(seed))) {
				const size = Number(option.replace(/,/g, '')) / 1402;
				expect(size).toBeGreaterThanOrEqual(1.7);
				expect(size).toBeLessThanOrEqual(3.3);
			}
	});

	it('still finds three wrong options for a small village (fresh30, fresh416)', () => {
		const index = articleIndexOf(
			`Netherby Cross\n\nNetherby Cross is a village in Cumbria, England, on the River Lyne. At the 2001 census Netherby Cross had a population of 412, living in 176 households.`
		);
		const fact = index.facts.find((candidate) => candidate.option === '412');
		for (const seed of [1, 2, 3, 4])
			expect(findDistractors(fact!, index, createRandom(seed))).toHaveLength(3);
	});
});
