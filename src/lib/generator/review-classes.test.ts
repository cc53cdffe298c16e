import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
	answerOf,
	articleIndexOf,
	asksFor,
	questionsOn,
	generateWithAsides,
	generateQuizWithAsides,
	sentencesOf
} from './contract.test-helper';
import { passagePerson } from './passage-person';
import { generate } from './index';
import { parseWrittenNumber, perturbNumber, perturbYear } from './numbers';
import { serviceStart } from './number-limits';
import { createRandom } from './random';
import { repeatsAnotherQuestion } from './repeats';
import { rankedBound } from './comparison';
import { isOfObituaryLife, isSideFact } from './background';
import { isTrivia } from './trivia';
import { itAntecedents } from './it-subject';
import { finish } from './clause-text';
import { withoutWeekday } from './stems';
import { asRoughFigure, roughSpanCeiling } from './rough-figure';
import {
	answerFollowsFromStem,
	countsWithoutNoun,
	hasDanglingReference,
	namesNothing,
	needsPreviousSentence,
	namesPassageSubject,
	pronounMissesNamedPeople,
	promptGivesAway
} from './filters';
import { findDistractors, optionsClash } from './distractors';
import { headlineRange, namesCityNation, namesCountry } from './repeats';
import { parseClause, spanText } from './clause';
import { bodyReferences } from './body-references';
import { personReferences } from './person-references';
import { buildStem } from './questions';
import { nameInFull } from './naming';
import { settleArticle } from './articles';
import { isAskable } from './askable';
import { hasDanglingDescription } from './descriptions';
import { joinsSecondClause, namesSomethingByCapital, opensWithUnnamedDefinite } from './filters';
import { pointsBackWithoutName } from './anaphora';
import { nameDescribedSubject, subjectNameOf } from './described-subject';

/** Every wrong option the engine offers for the fact whose option is `answer`, over several seeds. */
function wrongOptionsOver(text: string, answer: string, seeds: readonly number[]): string[] {
	const index = articleIndexOf(text);
	const fact = index.facts.find((candidate) => candidate.option === answer);
	expect(fact, `no fact "${answer}"`).toBeDefined();
	return seeds.flatMap((seed) => findDistractors(fact!, index, createRandom(seed)));
}

/** Whether the engine sets aside as trivia the fact whose option is `answer`, checked to exist. */
function isTriviaOn(text: string, answer: string): boolean {
	const index = articleIndexOf(text);
	const fact = index.facts.find((candidate) => candidate.option === answer);
	expect(fact, `no fact "${answer}"`).toBeDefined();
	return isTrivia(fact!, index);
}

/** Every option read as a number lies in [lowest, highest]. */
function expectEachWithin(options: readonly string[], lowest: number, highest: number): void {
	for (const option of options) {
		expect(Number(option)).toBeGreaterThanOrEqual(lowest);
		expect(Number(option)).toBeLessThanOrEqual(highest);
	}
}

/** The wrong options the engine offers for the fact whose option is `answer`, checked to be three. */
function threeOptionsFor(text: string, answer: string, seed: number): string[] {
	const index = articleIndexOf(text);
	const fact = index.facts.find((candidate) => candidate.option === answer);
	expect(fact, `no fact "${answer}"`).toBeDefined();
	const options = findDistractors(fact!, index, createRandom(seed));
	expect(options.length).toBe(3);
	return options;
}

/**
 * The failure classes an independent review of the engine's output found (issue 3 notes), one group
 * each, on articles written for these tests. Every name and figure is invented.
 */

describe('a description that points back to an earlier sentence', () => {
	const text = `Town votes on new library

Residents of Harrowgate will vote on a plan for a new public library in March. The programme of events for the opening was drawn up by Clara Benedetti. The programme will cost £40,000, the council said. A second councillor, Owen Pryce, voted against the plan in 2021. Such a building would take 18 months to finish, engineers said.`;
	const questions = questionsOn(text);

	it('drops stems whose "the programme" only makes sense after the sentence before', () => {
		const later = questions.filter((question) => /£40,000/.test(question.source.text));
		expect(later).toEqual([]);
	});

	it('drops "a second …" and "such a …", which point back by themselves', () => {
		for (const question of questions) expect(question.prompt).not.toMatch(/\b(second|such a)\b/i);
	});

	it('keeps a definite noun the headline names: the quiz title is on screen', () => {
		const body = `Nadia Brandt paid for a long refit of the Tolworth museum, which reopened on 4 May. The museum now holds 3,000 objects from the old port, curator Felix Amadi said. Visitors can see the collection free of charge until 2027.`;
		const asksCount = (text: string) =>
			questionsOn(text).some((question) => answerOf(question) === '3,000');
		expect(asksCount(body)).toBe(false);
		expect(asksCount(`Tolworth museum reopens\n\n${body}`)).toBe(true);
	});
});

describe('the headline is the quiz title', () => {
	const text = `Kestrel Air to fly from Leeds

Kestrel Air will start flights from Leeds to Portugal in May. The airline expects 40,000 passengers in its first year. Chief executive Ruth Amsel said fares would start at £49.`;
	const questions = questionsOn(text);

	it('never asks for an answer the title names', () => {
		for (const question of questions) expect(answerOf(question)).not.toBe('Leeds');
	});

	it('keeps the capital of a name that opens the sentence', () => {
		for (const question of questions) expect(question.prompt).not.toMatch(/kestrel/);
	});
});

describe('people of the same role', () => {
	const text = `Rovers edge past City

Striker Tomas Varga scored twice as Rovers beat City 2-1 on Saturday. Rovers manager Elaine Brooke said Tomas Varga had been the best player on the pitch. Winger Danny Osei set up the first goal. Referee Paul Hendry sent off City captain Lewis Kane in the second half. Midfielder Sam Duval hit the bar late on for City.`;
	const questions = questionsOn(text);

	it('offers only people the article names: made-up names would single out a real one', () => {
		const personQuestions = questions.filter((question) =>
			/^(Tomas Varga|Danny Osei|Lewis Kane|Sam Duval)$/.test(answerOf(question))
		);
		expect(personQuestions.length).toBeGreaterThan(0);
		for (const question of personQuestions)
			for (const option of question.options) expect(text).toContain(option);
	});

	it('never offers the manager or the referee as a wrong answer for a player', () => {
		const scorer = questions.find((question) => answerOf(question) === 'Tomas Varga');
		expect(scorer).toBeDefined();
		for (const option of scorer!.options) {
			expect(option).not.toMatch(/Elaine Brooke|Paul Hendry/);
		}
	});
});

describe('two people with one surname', () => {
	it('does not expand the bare surname to either of them', () => {
		const text = `Two Robinsons in charge\n\nCoach Andrew Lund Robinson picked the side for the final in Leeds. Captain Jessica Robinson had asked for two changes to the team. Robinson said the squad would train in Durham before the final.`;
		const index = articleIndexOf(text);
		const people = index.facts.filter((fact) => fact.type === 'person');
		expect(people.map((fact) => fact.option)).toEqual(['Andrew Lund Robinson', 'Jessica Robinson']);
	});
});

describe('a pronoun that starts a sentence', () => {
	it('is resolved only to the subject of the sentence before', () => {
		const text = `Marisol Quint is a harpist from Valletta. A graduate of the Lisbon Conservatory, Quint has toured as the accompanist for Daniel Oyelaran since 2015. He released his first solo album, Tidewater, in 2019, with the Valletta Times praising it.`;
		for (const question of questionsOn(text)) {
			expect(question.prompt).not.toMatch(/Daniel Oyelaran released/);
		}
	});

	it("is dangling after an opening phrase too, and a body's name is nobody it can point to", () => {
		const text = `Wenmouth is a market town in Devon, on the River Orle. At the 2011 census it had a population of 6,842. Nora Pell grew up in the town. After a spell as a researcher at the Exeter Marine Institute, she became its mayor in 2014.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/\b(it|she) (had|became)\b/);
	});
});

describe('definitional "Who is a …?"', () => {
	it('is not asked: many people fit the description', () => {
		const text = `Kenji Morrow is a Canadian film editor and sound designer. Morrow cut his first feature in 2008 for director Lena Orlov. Lena Orlov is a Canadian director and screenwriter from Halifax.`;
		for (const question of questionsOn(text)) {
			expect(question.prompt).not.toMatch(/^Who (is|was) an? /);
		}
	});
});

describe('numbers on an even grid', () => {
	it('spaces the four options evenly, the right one at any rank', () => {
		const written = parseWrittenNumber('2.5m')!;
		const ranks = new Set<number>();
		for (let seed = 0; seed < 40; seed++) {
			const values = perturbNumber(written, createRandom(seed), new Set());
			const all = [...values, 2.5].sort((a, b) => a - b);
			const gaps = all.slice(1).map((value, i) => Number((value - all[i]).toFixed(3)));
			expect(new Set(gaps).size).toBe(1);
			ranks.add(all.indexOf(2.5));
		}
		expect(ranks.size).toBe(4);
	});

	it('gives "more than" only larger wrong options and "almost" only smaller ones', () => {
		const written = parseWrittenNumber('60%')!;
		for (let seed = 0; seed < 20; seed++) {
			for (const value of perturbNumber(written, createRandom(seed), new Set(), 'above'))
				expect(value).toBeGreaterThan(60);
			for (const value of perturbNumber(written, createRandom(seed), new Set(), 'below'))
				expect(value).toBeLessThan(60);
		}
	});

	it("gives a precise figure's wrong options last digits of their own", () => {
		const written = parseWrittenNumber('10,137')!;
		for (let seed = 0; seed < 10; seed++) {
			const values = perturbNumber(written, createRandom(seed), new Set());
			expect(values.filter((value) => value % 1000 === 137)).toEqual([]);
		}
	});

	it('never makes the right one the smallest after "just" or "only"', () => {
		const written = parseWrittenNumber('three')!;
		for (let seed = 0; seed < 20; seed++) {
			const values = perturbNumber(written, createRandom(seed), new Set(), 'not-lowest');
			expect(values).toHaveLength(3);
			expect(Math.min(...values)).toBeLessThan(3);
		}
	});

	it('reads "just" before the number in an article', () => {
		const text = `Singer tops chart\n\nSinger Mara Quist saw her latest album soar to the top of the UK chart after just three days on sale in record shops. Quist will tour Ireland in May. Tickets sold out within an hour, the promoter said.`;
		for (let seed = 0; seed < 8; seed++) {
			const album = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === 'three'
			);
			expect(album).toBeDefined();
			expect(album!.options).toContain('two');
		}
	});

	it('never makes the right one the largest beside "one of the highest"', () => {
		const text = `Tenants back housing transfer\n\nTenants in Brackenmoor have voted to move their 4,200 council homes to a housing association, the council said on Friday. The ballot was won by 2,870 votes to 1,150. Turnout in Brackenmoor was 64%, one of the highest recorded in a housing ballot anywhere. The association, Teifi Homes, has promised to spend £38m on repairs over five years.`;
		let asked = 0;
		for (let seed = 0; seed < 8; seed++) {
			const turnout = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === '64%'
			);
			if (!turnout) continue;
			asked++;
			const values = turnout.options.map((option) => parseFloat(option));
			expect(Math.max(...values)).toBeGreaterThan(64);
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('never makes the right one the smallest beside "the cheapest"', () => {
		const text = `Young drivers face steep rises\n\nYoung drivers in Scotland are paying far more for car insurance than a year ago, a survey of 48,000 quotes found. The dearest region was Glasgow, where a 19-year-old was quoted £2,310 on average. The cheapest region was Orkney, at £1,090 on average. Insurers blamed the cost of claims for whiplash.`;
		let asked = 0;
		for (let seed = 0; seed < 8; seed++) {
			const cheapest = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === '£1,090'
			);
			if (!cheapest) continue;
			asked++;
			const values = cheapest.options.map((option) => Number(option.replace(/[£,]/g, '')));
			expect(Math.min(...values)).toBeLessThan(1090);
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('puts a year at any rank among years one or two apart', () => {
		const ranks = new Set<number>();
		for (let seed = 0; seed < 40; seed++) {
			const years = perturbYear(1982, createRandom(seed), new Set(), 2030);
			const all = [...years, 1982].sort((a, b) => a - b);
			const gaps = new Set(all.slice(1).map((year, i) => year - all[i]));
			expect(gaps.size).toBe(1);
			ranks.add(all.indexOf(1982));
		}
		expect(ranks.size).toBe(4);
	});
});

describe("the story's own year", () => {
	it('is not asked outside a forecast: it is the one a player would guess', () => {
		const text = `Lender moves head office

Harbourline Bank moved its head office to a former mill in 2024. The bank was founded in 1961 in Swansea. Chief executive Nora Pugh said the bank would open 20 branches by 2027.`;
		const answers = questionsOn(text).map(answerOf);
		expect(answers).not.toContain('2024');
		// A forecast's year is not the story's: it is asked.
		expect(answers).toContain('2027');
	});

	it('bounds a plan by the earliest year the story looks ahead to, when it names no past year', () => {
		const text = `New airline to fly from Cardiff\n\nA new budget airline, Skylark Baltic, said on Monday that it would begin flights from Cardiff to Riga and Vilnius on 4 April 2005. Skylark Baltic will start with four leased aircraft, each with 148 seats, and plans to double its fleet by the end of 2006. Tickets will go on sale next week.`;
		let asked = 0;
		for (let seed = 0; seed < 6; seed++) {
			const plan = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === '2006'
			);
			if (!plan) continue;
			asked++;
			for (const option of plan.options) expect(Number(option)).toBeGreaterThanOrEqual(2005);
		}
		expect(asked).toBeGreaterThan(0);
	});

	it("is a news story's rule: an encyclopedia passage's latest year is asked like any other", () => {
		const passage = `Ines Harrow (born 2 June 1961) is a Welsh harpist from Swansea. Ines Harrow studied music in Vienna and taught in Cardiff from 1990. Ines Harrow received the Gold Medal of the Welsh Music Society in 2019.`;
		expect(questionsOn(passage).map(answerOf)).toContain('2019');
	});
});

describe('where each kind of answer holds up', () => {
	const long = `Valley dam opens

The Orrin Valley dam opened on Tuesday after six years of building work in Scotland. The dam holds back 40 million cubic metres of water for the valley's towns. Building the dam cost £310m, shared by the water board and the government. The dam wall is 85 metres high and 600 metres long. Its turbines will make power for 30,000 homes from next year. The water board said the reservoir would take 14 months to fill. Steel for the dam was made in Norway. Chief engineer Alasdair Munro began the design in 2017. Walkers will be able to cross the top of the dam from the spring. The opening drew more than 2,000 people on Tuesday.`;
	const questions = questionsOn(long);

	it('asks for a place or a body only in the lead of a longer article', () => {
		const named = questions.filter((question) => /^[A-Z]/.test(answerOf(question)));
		for (const question of named)
			expect(question.source.text).toMatch(/^The Orrin Valley dam opened/);
		expect(questions.map(answerOf)).not.toContain('Norway');
	});

	it('does not ask for a bounded figure, whose wrong options sit on one side only', () => {
		const text = `Kessock library reopens\n\nThe Kessock library reopened on Monday after a refit paid for by the town. The reopening drew more than 2,000 visitors on its first day. The library now lends e-books and runs a weekly coding club for children.`;
		for (const question of questionsOn(text)) expect(answerOf(question)).not.toMatch(/^more than/);
	});
});

describe('people further down a longer article', () => {
	const text = `Harbour Town hold Rovers at Kestrel Park

Harbour Town drew 1-1 with Rovers at Kestrel Park on Saturday, a result that keeps them top of the Northern League. Striker Tomas Varga gave Rovers the lead after 20 minutes with a header from a corner. Rovers manager Elaine Brooke said her side had deserved to win the game. Midfielder Sam Duval levelled for Harbour Town with a low shot from outside the box early in the second half. Defender Lewis Kane cleared a late header off the line to save a point for Rovers. Harbour Town captain Marco Ferri said the point felt like a win after a long week. The home side had more of the ball in the first half but created few chances. Rovers goalkeeper Ian Platt saved well from a free kick just before the break. The crowd of 6,200 was the biggest at Kestrel Park this season. Harbour Town play away at Millbrook next weekend, while Rovers host Dunmore. Winger Danny Osei limped off with a knee injury and may miss the trip.`;
	const questions = questionsOn(text);
	const byAnswer = (name: string) => questions.find((question) => answerOf(question) === name);

	it("asks who did what a central sentence says, with the article's players as wrong options", () => {
		const equaliser = byAnswer('Sam Duval');
		expect(equaliser?.prompt).toBe(
			'Who levelled for Harbour Town with a low shot from outside the box early in the second half?'
		);
		for (const option of equaliser!.options)
			expect(option).toMatch(/Tomas Varga|Sam Duval|Lewis Kane|Marco Ferri|Danny Osei/);
	});

	it('does not ask for the one person of a role the article has no peers for', () => {
		expect(byAnswer('Ian Platt')).toBeUndefined();
	});
});

describe('players of both sides in a match report', () => {
	const text = `Harbour Town hold Rovers at Kestrel Park

Harbour Town drew 1-1 with Rovers at Kestrel Park on Saturday, a result that keeps them top of the Northern League. Striker Tomas Varga gave Rovers the lead after 20 minutes with a header from a corner. Midfielder Joe Hale pulled the strings for Rovers in the first half. Winger Danny Osei worked hard for Rovers on the left. Midfielder Sam Duval levelled for Harbour Town with a low shot from outside the box early in the second half. Defender Lewis Kane cleared a late header off the line to save a point for Rovers. Harbour Town captain Marco Ferri hit the bar with a free kick in the second half. Winger Paul Abbott made his first start for Harbour Town. The crowd of 6,200 was the biggest at Kestrel Park this season. Harbour Town play away at Millbrook next weekend, while Rovers host Dunmore.

Harbour Town: Crane, Lund, Ferri, Duval, Abbott, Doyle. Rovers: Platt, Kane, Hale, Varga, Osei, Moss.`;
	const sides = [
		['Tomas Varga', 'Lewis Kane', 'Joe Hale', 'Danny Osei'],
		['Sam Duval', 'Marco Ferri', 'Paul Abbott']
	];

	it("offers only players of the answer's side, as the line-ups give them", () => {
		const people = questionsOn(text).filter((question) => question.kind === 'who');
		expect(people.length).toBeGreaterThan(0);
		for (const question of people) {
			const side = sides.find((names) => names.includes(answerOf(question)));
			for (const option of question.options) expect(side).toContain(option);
		}
	});
});

describe('a figure asked below the lead that names nothing', () => {
	it('is not asked: "How many members does the club now have?"', () => {
		const story = (club: string) =>
			`Film club wins award\n\nA film club on the island of Farra has won a national award for community cinema, its organisers said on Monday.\n\nScreenings are held in the village hall every Friday. ${club} now has 190 members, up from 40 when it started.`;
		expect(asksFor(story('The club'), '190')).toBe(false);
		expect(asksFor(story('The Farra club'), '190')).toBe(true);
	});
});

describe('found in the review of fresh177–fresh182', () => {
	it('does not take the owner a lead mentions for "the station"', () => {
		const index = articleIndexOf(
			`Haxby Marsh plant to close\n\nA gas-fired power station on the Humber estuary is to be mothballed because fuel costs are soaring, its owner has said.\n\nEastwold Energy said the Haxby Marsh plant had lost £9m this year. Sixty of the station's 74 staff will lose their jobs. Eastwold Energy also runs two wind farms.`
		);
		const staff = index.sentences.find((s) => s.text.startsWith('Sixty'))!;
		expect(index.describedSubjects.get(staff.index)).toBeUndefined();
	});

	it("leaves a founder's name that heads a garden's passage to the garden", () => {
		const text = `Ardlow Botanic Garden\n\nArdlow Botanic Garden is a botanic garden near Dundee, Scotland. It was established in 1889 by James Muirhead Ardlow, a jute manufacturer. Ardlow attracts 85,000 visitors a year and employs 34 staff.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toContain('James Muirhead Ardlow attracts');
	});

	it('drops a stem on a share or an age with nothing named: "Half were offered", "The 46-year-old Australian,"', () => {
		expect(
			hasDanglingDescription('Half were offered _____ weekly classes led by a physiotherapist.')
		).toBe(true);
		expect(
			hasDanglingDescription(
				'The 46-year-old Australian, who took charge in 2003, leaves the club with _____ wins.'
			)
		).toBe(true);
		expect(hasDanglingDescription('The 46-year-old Bradley Tolson leaves with _____ wins.')).toBe(
			false
		);
	});

	it('drops a question that carries a second verb along: "…, then weighed the bottles?"', () => {
		expect(
			joinsSecondClause(
				'How many holidaymakers did researchers watch apply sunscreen on beaches, then weighed the bottles?'
			)
		).toBe(true);
	});
});

describe('a place name that opens a sentence', () => {
	it('keeps the capital of its compass word: "North Sea output"', () => {
		const text = `Gas pipeline approved\n\nDrayfield Energy has won approval for a £580m gas pipeline from Teesside to Lancashire. North Sea output fell by about 8% last year, the Department of Trade and Industry said. The pipeline will cross 140 farms in Yorkshire.`;
		const question = questionsOn(text).find((q) => answerOf(q) === 'about 8%');
		expect(question).toBeDefined();
		expect(question!.prompt).toContain('North Sea output');
	});
});

describe('a short blank below the lead that names nothing', () => {
	it('is not asked: "Sales rose by _____ to £74m." says nothing of whose sales', () => {
		const story = (sales: string) =>
			`Fruit grower lifts profits\n\nFruit grower Cressley Farms has reported a 31% rise in profits after a longer strawberry season, it said on Tuesday.\n\nThe Kent firm picked its first fruit in April. ${sales} rose by 15% to £74m.`;
		expect(asksFor(story('Sales'), '15%')).toBe(false);
		expect(asksFor(story('Cressley sales'), '15%')).toBe(true);
		// "Sales" opening two sentences, never in lower case, is still no name.
		const twice = story('Sales').replace('The Kent firm', 'Sales of jam were flat. The Kent firm');
		expect(asksFor(twice, '15%')).toBe(false);
	});
});

describe('a who-question that names nothing', () => {
	it('is not asked: "Who scored twice in the second half?" names no match', () => {
		const report = (scored: string) =>
			`Rovers win at Kestrel Park\n\nRovers beat Harbour Town 2-0 at Kestrel Park on Saturday to go top of the Northern League. Harbour Town had won their previous four games. Striker Stuart Mabbott ${scored} in the second half. Midfielder Gary Garvie made both goals for Rovers, and defender Craig Quartley cleared off the line. Winger Kwame Asante came off the bench for Rovers. The crowd of 6,200 was the biggest of the season.`;
		const who = (scored: string) =>
			questionsOn(report(scored)).find(
				(question) => question.kind === 'who' && answerOf(question) === 'Stuart Mabbott'
			)?.prompt;
		expect(who('scored twice')).toBeUndefined();
		expect(who('scored twice against Harbour Town')).toMatch(
			/^Who scored twice against Harbour Town/
		);
	});
});

describe('a role the sentence gives its subject', () => {
	it('offers only people of that role: no director for a best actress nomination', () => {
		const text = `Harbour film awards list revealed

The drama Salt Roads has won nine nominations at this year's Harbour Film Awards, announced in Leeds on Monday. Its director Owen Pryce is up for best director against directors Clara Voss and Ravi Menon. The script is by Nora Wendt, who wrote it in a year. Ana Ruiz wins a best actress nomination for her part as a ferry captain in Salt Roads. She faces actresses Lena Hart, Maya Quist and Jo Baird in the same category. The ceremony will be held in Leeds on 3 March.`;
		const ruiz = questionsOn(text).find((question) => answerOf(question) === 'Ana Ruiz');
		expect(ruiz?.options.toSorted()).toEqual(['Ana Ruiz', 'Jo Baird', 'Lena Hart', 'Maya Quist']);
	});
});

describe('production trivia', () => {
	it('does not ask the day a series was commissioned', () => {
		const text = `The third series of the Welsh quiz show "Harbour Lights" was commissioned on 4 March 2019. The series was first shown on 2 September 2019 and ended on 16 December 2019. Presenter Nia Roberts returned for all twelve episodes, which were filmed in Cardiff.`;
		expect(questionsOn(text).map(answerOf)).not.toContain('4 March 2019');
	});
});

describe('figures measured against another figure', () => {
	it('are not asked: "less than half of £20m" rules some wrong options out', () => {
		const text = `Harbour sale agreed\n\nThe port of Calder was sold for £8m on Friday. The price was less than half of the £20m its owners had asked for in 2019. A new owner will take over the port in March.`;
		for (const question of questionsOn(text)) {
			if (/less than half/.test(question.source.text)) expect(answerOf(question)).not.toBe('£8m');
		}
		const sale = generateWithAsides(text).find((question) => answerOf(question) === '£8m');
		expect(sale?.source.text).toMatch(/^The port of Calder was sold/);
	});
});

describe('the reason given when nothing can be asked', () => {
	it('says facts were found but none could be asked well, rather than that there were none', () => {
		const text = `The river splits near the border. The other part of the water flows into the canal. It then joins the sea.`;
		const noFacts = generateQuizWithAsides(text);
		expect(noFacts.questions).toEqual([]);
		expect(noFacts.reason).toMatch(/too few people, places, dates or numbers/);
		// Her name is the quiz title: the one fact there is would give itself away.
		const filtered = generateQuizWithAsides(
			`Mara Quist returns\n\nMara Quist returned home to the island on Friday. Mara Quist had been away at sea for a long time. Mara Quist will rest at home now.`
		);
		expect(filtered.questions).toEqual([]);
		expect(filtered.reason).toMatch(/could not be asked about/);
	});
});

describe('a birth year', () => {
	const second = `Harbour swing is a style of dance music first played in the port towns of Wales in the 1950s. It mixes brass bands with fiddle tunes and was played in dance halls until 1975. Owen Tallis (born 3 March 1962) is a Welsh trumpeter who revived the style in 2004.`;

	it("is asked of the passage's subject, not of a second person met further down", () => {
		for (const question of questionsOn(second)) expect(answerOf(question)).not.toBe('1962');
		const lead = `Owen Tallis (born 3 March 1962) is a Welsh trumpeter from Swansea. He revived harbour swing in 2004. Tallis has taught at a music school in Cardiff since 1990.`;
		expect(questionsOn(lead).map(answerOf)).toContain('1962');
	});

	it("is not mostly the latest option when it is the passage's only year", () => {
		const text = `Owen Tallis (born 3 March 1962) is a Welsh trumpeter from Swansea. He plays with the Harbour Swing Band at dance halls across Wales. Tallis teaches at a music school in Cardiff every summer.`;
		let latest = 0;
		for (let seed = 0; seed < 60; seed++) {
			const question = generateWithAsides(text, { seed }).find((asked) => asked.kind === 'when');
			const years = question!.options.map(Number);
			if (Math.max(...years) === years[question!.answer]) latest++;
		}
		// By chance 15 of 60; capped at the passage's latest year it was 27.
		expect(latest).toBeLessThanOrEqual(20);
	});
});

describe('side figures in a market report', () => {
	const text = `Shares rally in Calder\n\nThe Calder stock index closed more than 2% higher at 8,412 on Monday. The Northfield index fell on the same day, while the Harlow index rose 3% to 1,250. Traders said the rally could last until March.`;
	const answers = questionsOn(text).map(answerOf);

	it('never asks the level a figure reached after a change', () => {
		// The change here is bounded ("more than 2%") and not asked either; the level must not stand in.
		expect(answers).not.toContain('8,412');
	});

	it('does not ask about a clause set beside the main one with "while"', () => {
		expect(answers).not.toContain('3%');
		expect(answers).not.toContain('1,250');
	});
});

describe('stems that need the sentences before them', () => {
	it('drops a sentence that opens with a description of common words the title does not name', () => {
		const text = (opening: string) =>
			`Harlow museum shows city in one photo\n\nThe Harlow museum has put a photo of the whole city, made from 900 smaller pictures, on show. ${opening} weighs 45 kilograms and hangs in the main hall. Curator Ines Harlow said about 6,000 people saw it in the first week.`;
		const asks45 = (opening: string) => asksFor(text(opening), '45');
		expect(asks45('The finished print')).toBe(false);
		// The same description anchored by a name stands on its own; named only in the title, it
		// does not below the lead ("How many kilograms does the city photo weigh?" names nothing).
		expect(asks45('The finished print of Harlow')).toBe(true);
		expect(asks45('The city photo')).toBe(false);
	});
});

describe('punctuation slips in the source', () => {
	it('skips a sentence with a lone comma between its subject and its verb', () => {
		const text = (subject: string) =>
			`Old film becomes a stage show\n\nFrank Marlow's 1951 film about a lighthouse keeper${subject} is being turned into a £6m stage musical. The show will open in Leeds in May. Tickets go on sale next week.`;
		const asks = (subject: string) => asksFor(text(subject), '£6m');
		expect(asks(',')).toBe(false);
		expect(asks('')).toBe(true);
	});
});

describe('two counts of the same thing', () => {
	it('never offers, as a wrong option, another count the article gives for the same unit', () => {
		const text = `Kessock album tops chart\n\nThe Kessock Singers topped the album chart after just four days on sale. The record was on sale for three days in Scotland before it reached shops in England. The choir will tour in June.`;
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const days = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === 'four'
			);
			if (days) expect(days.options).not.toContain('three');
		}
	});
});

describe('people named further down by surname alone', () => {
	const text = `Harlow trader jailed for fraud\n\nA jury in Harlow convicted trader Tobias Wendt of fraud on Monday. Jurors recommended that the man, Tobias Wendt, serve 16 years in prison. Wendt made a fortune of $18m from his sales, prosecutors said. Lawyers for the trader said they would appeal.`;
	const questions = questionsOn(text);

	it('gives the full name, so a "his" after it has someone to point to', () => {
		const fortune = questions.find((question) => answerOf(question) === '$18m');
		expect(fortune?.prompt).toMatch(/^Tobias Wendt made a fortune of/);
	});

	it('still drops "the man, Tobias Wendt,": the description points back to the lead', () => {
		for (const question of questions) expect(question.prompt).not.toMatch(/the man, Tobias Wendt,/);
	});
});

describe('round figures', () => {
	it('get wrong options written to the same grain ("3,850" beside others to the nearest 50)', () => {
		const like = parseWrittenNumber('3,850')!;
		for (const seed of [1, 2, 3, 4, 5])
			for (const option of perturbNumber(like, createRandom(seed), new Set()))
				expect(option % 50).toBe(0);
	});

	it('get wrong options as round as they are', () => {
		for (const value of [7500, 4600, 250]) {
			const like = parseWrittenNumber(value.toLocaleString('en-GB'))!;
			for (const seed of [1, 2, 3])
				for (const option of perturbNumber(like, createRandom(seed), new Set()))
					expect(option % (value >= 1000 ? 100 : 10)).toBe(0);
		}
	});
});

describe("one question's stem giving away another's answer", () => {
	it('counts a country\'s demonym as naming it: "the Dutch city" answers "Where …? the Netherlands"', () => {
		const entry = (prompt: string, answer: string, isCountry = false) => ({
			prompt,
			answer,
			isPerson: false,
			isCountry
		});
		const where = entry('Where was the photo taken?', 'the Netherlands', true);
		expect(
			repeatsAnotherQuestion(entry('Snaps of the Dutch city numbered _____.', '600'), [where])
		).toBe(true);
		expect(
			repeatsAnotherQuestion(entry('Serbian police arrested _____ men.', '12'), [
				entry('Where?', 'Serbia', true)
			])
		).toBe(true);
		expect(
			repeatsAnotherQuestion(entry('They use _____ boats.', '12'), [
				entry('Where?', 'the US', true)
			])
		).toBe(false);
		expect(
			repeatsAnotherQuestion(entry('An indie film won _____ awards.', '3'), [
				entry('Where?', 'India', true)
			])
		).toBe(false);
	});
});

describe('small counts', () => {
	it('are asked near the top of a news story, and larger counts further down too', () => {
		const text = (count: string) =>
			`Rovers sign Polish striker\n\nRovers have signed striker Tomas Wrona from Zelzate for £400,000, the club said on Monday. Fans welcomed the signing. Wrona scored 21 goals for Zelzate last season and has won ${count} caps for his country. Manager Ian Hale said Wrona would start on Saturday. The club has lost its last three away games. Rovers are 14th in the table.`;
		expect(asksFor(text('six'), 'six')).toBe(false);
		expect(asksFor(text('16'), '16')).toBe(true);
		// In a text too short to have a top and a bottom, a small count is the substance.
		const short = `Rovers sign Polish striker\n\nRovers have signed striker Tomas Wrona from Zelzate for £400,000, the club said on Monday. Wrona scored 21 goals for Zelzate last season and has won six caps for his country. Fans welcomed the signing.`;
		expect(asksFor(short, 'six')).toBe(true);
	});
});

describe('a world city', () => {
	it("gets other world cities of its region as wrong options, not its own country's smaller cities", () => {
		const text = `Kai Storm plays a secret show\n\nUS rapper Kai Storm will play an intimate gig in Paris on Saturday. Tickets for the show sold out in four minutes. Kai Storm released a new album in the spring.`;
		const where = questionsOn(text).find((question) => answerOf(question) === 'Paris');
		expect(where).toBeDefined();
		for (const option of where!.options)
			expect([
				'London',
				'Paris',
				'Berlin',
				'Madrid',
				'Rome',
				'Moscow',
				'Amsterdam',
				'Vienna'
			]).toContain(option);
	});
});

describe('weekdays in a stem', () => {
	it('are left out: "on Saturday" means nothing once the article is a week old', () => {
		expect(withoutWeekday('Where is Kai Storm to play a gig on Saturday?')).toBe(
			'Where is Kai Storm to play a gig?'
		);
		expect(withoutWeekday('Jo Kent said on Wednesday that _____ jobs would go.')).toBe(
			'Jo Kent said that _____ jobs would go.'
		);
		// ", announced on Monday," goes whole: a bare "announced" would dangle.
		expect(
			withoutWeekday('How many nominations has Salt Roads won at the awards, announced on Monday?')
		).toBe('How many nominations has Salt Roads won at the awards?');
		// Between commas in mid-sentence, both commas go with it: never "The grant, will cover …".
		expect(withoutWeekday('The grant, announced on Thursday, will cover _____ of the cost.')).toBe(
			'The grant will cover _____ of the cost.'
		);
		// "on Saturday night" goes whole: a bare "night" would be left behind.
		expect(withoutWeekday('The film beat _____ others to take the prize on Saturday night.')).toBe(
			'The film beat _____ others to take the prize.'
		);
		// Right beside the blank the weekday is part of what is asked.
		expect(withoutWeekday('The shop opened on Monday _____ in March.')).toBe(
			'The shop opened on Monday _____ in March.'
		);
	});
});

describe('a count with nothing possible below it', () => {
	it('is not asked: the right answer would always be the smallest option', () => {
		const two = parseWrittenNumber('two')!;
		// "two opening wins": the plural rules out "one", so every wrong option would be larger.
		expect(perturbNumber(two, createRandom(1), new Set([1]))).toEqual([]);
		expect(perturbNumber(parseWrittenNumber('five')!, createRandom(1), new Set([1]))).toHaveLength(
			3
		);
	});
});

describe('a count before a participle and a plural (fresh417)', () => {
	it('is never offered as "one": "beating four other shortlisted works"', () => {
		const index = articleIndexOf(
			`Dance award for Tyneside company\n\nTideline, by the Gateshead company Northlight Dance, was named the winner of the Pellham award at a ceremony in London, beating four other shortlisted works.`
		);
		const fact = index.facts.find((candidate) => candidate.option === 'four');
		expect(fact).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			expect(findDistractors(fact!, index, createRandom(seed))).not.toContain('one');
	});
});

describe('a count before a noun and a plural the tagger reads as a verb', () => {
	it('is never offered as "one": "two water rides"', () => {
		const index = articleIndexOf(
			`Ride maker wins Gulf order\n\nBrackley Rides will build a wooden coaster, two water rides and a carousel for a new park in Doha, the company said on Monday.`
		);
		const fact = index.facts.find((candidate) => candidate.option === 'two');
		expect(fact).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			expect(findDistractors(fact!, index, createRandom(seed))).not.toContain('one');
	});

	it('reads a plural the tagger calls singular: "two remote Arctic islands"', () => {
		const index = articleIndexOf(
			`Island bridge opens\n\nA 1.4km bridge linking two remote Arctic islands to the Norwegian mainland has been opened, ending a century of ferries.`
		);
		const fact = index.facts.find((candidate) => candidate.option === 'two');
		expect(fact).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			expect(findDistractors(fact!, index, createRandom(seed))).not.toContain('one');
	});

	it('looks past the words that describe the noun: "four new wind farms"', () => {
		const index = articleIndexOf(
			`Wind farms halted\n\nThe government of Navarre has suspended work on four new wind farms after conservationists found dead vultures near the turbines.`
		);
		const fact = index.facts.find((candidate) => candidate.option === 'four');
		expect(fact).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			expect(findDistractors(fact!, index, createRandom(seed))).not.toContain('one');
	});
});

describe('a deadline ahead of the story', () => {
	it('gets no wrong option in or before the year the story is set in', () => {
		const text = `Harlow budget on track\n\nHarlow council balanced its budget for 2021, the council said on Monday. Harlow council said the plans were on track and funded until 2025. Opposition councillors said the figures did not add up.`;
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const until = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === '2025'
			);
			expect(until).toBeDefined();
			for (const option of until!.options) expect(Number(option)).toBeGreaterThan(2021);
		}
	});

	it('dates the story by the day something was said, though the sentence looks ahead', () => {
		const index = articleIndexOf(
			`Foundry wins hall order\n\nA Sheffield foundry has won a £12m order, securing 140 jobs until at least the end of 2007. Holm Castings said on Tuesday 8 March 2005 that it would cast the frame of a new hall in Dubai. The firm was founded in 1921.`
		);
		expect(index.storyYear).toBe(2005);
		const fact = index.facts.find((candidate) => candidate.option === '2007');
		expect(fact).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			for (const option of findDistractors(fact!, index, createRandom(seed)))
				expect(Number(option)).toBeGreaterThan(2005);
	});
});

describe('a name compromise does not know', () => {
	it('keeps its capital in a question when it opens several sentences and is never lower case', () => {
		const text = `Rail firm orders new trains\n\nNorthline ordered 40 electric trains from Talvia in a deal worth £620m on Tuesday. Northline carried 31 million passengers last year, the company said. Northline will open a new depot in Darlington in 2027.`;
		const depot = questionsOn(text).find((question) => answerOf(question) === '2027');
		expect(depot?.prompt).toBe('In what year will Northline open a new depot in Darlington?');
	});

	it('is not taken from an ordinary word that opens sentences', () => {
		const index = articleIndexOf(
			`Rail firm orders new trains\n\nTrains on the Leeds line will run every ten minutes. Trains were late on 12% of days. Northline runs the line. Northline will spend £40m on it.`
		);
		expect(index.capitalisedWords.has('northline')).toBe(true);
		// "trains" is written in lower case in the headline: a common word, not a name.
		expect(index.capitalisedWords.has('trains')).toBe(false);
	});
});

describe('figures of the same scale', () => {
	it('do not give each other away by the word "million"', () => {
		expect(
			promptGivesAway('How many tickets were sold, beside 2 million passes?', '31 million')
		).toBe(false);
		expect(promptGivesAway('It carried 31 million people.', '31 million')).toBe(true);
	});

	it('beside "up from" keep every option on the side the stem gives the answer', () => {
		const text = `Rail firm grows\n\nNorthline ordered 40 electric trains from Talvia on Tuesday. Northline carried 31 million passengers in 2025, up from 27 million in 2024. Northline will open a new depot in Darlington in 2027.`;
		const passengers = questionsOn(text).find((question) => answerOf(question) === '31 million');
		expect(passengers).toBeDefined();
		for (const option of passengers!.options) expect(parseFloat(option)).toBeGreaterThan(27);
	});
});

describe('found writing new articles for the engine', () => {
	const text = `Phone maker cuts 1,200 jobs\n\nKestrel Mobile is to cut 1,200 jobs worldwide after sales of its phones fell by 18% in the first half of the year. Kestrel employs about 9,000 people in Finland and Estonia. Kestrel's profits fell 6% in the first half. Kestrel Mobile sold its first smartphone in 2011 and was once the third largest phone maker in Europe.`;
	const questions = questionsOn(text);

	it('offers "8%" beside "18%": figures are compared whole, not as text inside text', () => {
		expect(optionsClash('18%', '8%')).toBe(false);
		expect(optionsClash('£18m', '£18m')).toBe(true);
	});

	it('asks a change "By what percentage", and keeps the capital of a possessive name', () => {
		const shares = questions.find((question) => answerOf(question) === '6%');
		expect(shares?.prompt).toBe("By what percentage did Kestrel's profits fall in the first half?");
	});

	it('does not take "and" before a new verb for a list', () => {
		const launched = questions.find((question) => answerOf(question) === '2011');
		expect(launched).toBeDefined();
	});
});

describe('a measure with its adjective', () => {
	it('is asked as a cloze, never "How many metres is the bridge long?"', () => {
		const text = `The Kessock Bridge is a road bridge across the Beauly Firth in Scotland. The Kessock Bridge opened in August 1982. The Kessock Bridge is 1,056 metres long.`;
		const length = questionsOn(text).find((question) => answerOf(question) === '1,056');
		expect(length).toBeDefined();
		expect(length!.prompt).not.toMatch(/^How many metres/);
	});

	it('a definition\'s place is asked as a cloze, never "Where is X a road bridge …?"', () => {
		const text = `The Kessock Bridge is a road bridge across the Beauly Firth in Scotland. The Kessock Bridge opened in August 1982. The Kessock Bridge is 1,056 metres long.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/^Where is .* a /);
	});
});

describe('found on new articles written like the hidden set', () => {
	const text = `Harland Foods profits rise

Harland Foods has reported a 12% rise in annual profits, helped by strong sales of its ready meals. Pre-tax profits for the year to 30 September rose to £64.2m from £57.3m a year earlier, the Leeds-based firm said. Harland opened 140 stores in England and Wales and hired about 6,200 people. The chain sells 35 frozen meals under its own brand. Chief executive Ana Ruiz said the firm would open 20 more stores in Scotland by 2007.`;
	const questions = questionsOn(text);

	it('asks a figure measured from another only above it ("rose to £64.2m from £57.3m")', () => {
		const profits = questions.find((question) => answerOf(question) === '£64.2m');
		expect(profits).toBeDefined();
		for (const option of profits!.options)
			expect(Number(option.replace(/[£m]/g, ''))).toBeGreaterThan(57.3);
	});

	it('does not ask the end of a reporting period', () => {
		expect(questions.map(answerOf)).not.toContain('30 September');
	});

	it('ends the predicate before a second verb joined by "and"', () => {
		const stores = questions.find((question) => answerOf(question) === '140');
		expect(stores?.prompt).toBe('How many stores did Harland open in England and Wales?');
	});

	it('counts a noun with its modifier ("12 music channels")', () => {
		const channels = questionsOn(
			`Tellan launches TV service\n\nThe Tellan service offers 12 music channels to customers in Leeds. Chief executive Ana Ruiz said the firm had spent £40m on the network. The service will reach Glasgow in 2006.`
		).find((question) => answerOf(question) === '12');
		expect(channels?.prompt).toBe(
			'How many music channels does the Tellan service offer to customers in Leeds?'
		);
	});
});

describe('the UK nations', () => {
	it('offers Ireland beside England only where the article names it (a rugby side, not an NHS)', () => {
		const text = `Tories pledge free hospital parking\n\nThe Conservatives have promised to scrap car parking charges at NHS hospitals in England within two years if they win the general election. Shadow health secretary Ana Ruiz said the charges were a tax on the sick. The party said the plan would cost £78m a year.`;
		for (let seed = 0; seed < 12; seed++) {
			const england = generateWithAsides(text, { seed }).find(
				(question) => answerOf(question) === 'England'
			);
			expect(england).toBeDefined();
			expect(england!.options).not.toContain('Ireland');
		}
	});
});

describe('a conversion in brackets after the answer', () => {
	it('is left out of the stem: "(5.5 sq mi)" would give "14.2 square kilometres" away', () => {
		const text = `Skellan

Skellan is an island in the Inner Hebrides of Scotland, north of Mull. It has an area of 14.2 square kilometres (5.5 sq mi), most of it moorland. Its main village, Port Ellan, faces the mainland across a narrow sound.`;
		const area = questionsOn(text).find((question) => answerOf(question) === '14.2');
		expect(area).toBeDefined();
		expect(area!.prompt).not.toMatch(/sq mi|5\.5/);
	});

	it('is left out after a unit written with a figure: "km2 (37 sq mi)", "m2 (45,000 sq ft)" (fresh383)', () => {
		const text = `Brannock Water

Brannock Water is a river in mid Wales. It is about 28 km (17 miles) long and drains a catchment of 88 km2 (34 sq mi), most of it upland pasture. A mill of 3,900 m2 (42,000 sq ft) was built at its mouth in 1861.`;
		const prompts = questionsOn(text)
			.filter((question) => ['88', '3,900'].includes(answerOf(question)))
			.map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/sq mi|sq ft|34|42,000/);
	});
});

describe('hedge words in a stem', () => {
	it('do not count as giving a hedged answer away: "to" is in most sentences', () => {
		expect(promptGivesAway('Bars could be fined _____ to curb drinking.', 'up to £20,000')).toBe(
			false
		);
		expect(promptGivesAway('Bars could be fined _____ by the Bristol council.', 'Bristol')).toBe(
			true
		);
	});
});

describe('a firm named after its founders', () => {
	it('keeps its name: "Caldwell & Pryce reported" is the company, not Arthur Caldwell', () => {
		const text = `Caldwell & Pryce\n\nCaldwell & Pryce plc is a British engineering company founded in 1921 by Arthur Caldwell and Henry Pryce in Leeds. In the year to 31 March 2019, Caldwell & Pryce reported revenue of £1.84 billion and an operating profit of £71 million. The company employs 9,000 people at 40 sites.`;
		const profit = questionsOn(text).find((question) => answerOf(question) === '£71 million');
		expect(profit).toBeDefined();
		expect(profit!.prompt).toMatch(/Caldwell & Pryce reported/);
		expect(profit!.prompt).not.toMatch(/Arthur Caldwell & Henry Pryce/);
	});
});

describe('an attribution followed by a describing phrase', () => {
	it('is not carried into a question: "…, the ONS said, the biggest fall for a year?"', () => {
		const text = `Retail sales fall\n\nUK retail sales fell sharply in January as shoppers cut back after Christmas, official figures show. Sales volumes dropped 1.2% compared with December, the Office for National Statistics said, the biggest monthly fall for nearly a year. Clothing shops were hit hardest.`;
		const drop = questionsOn(text).find((question) => answerOf(question) === '1.2%');
		expect(drop).toBeDefined();
		expect(drop!.prompt).not.toMatch(/said, the biggest monthly fall for nearly a year\?$/);
	});
});

describe('counts a wh-question would misread', () => {
	it('"by 345 votes to 264" is one side of a tally, not a margin: no "By how many votes"', () => {
		const text = `Vote on working hours\n\nThe European Parliament voted by 345 votes to 264 to end the opt-out within three years, officials said on Tuesday. Ministers in London said they would study the vote. Unions welcomed the result.`;
		// Either side of a vote is trivia (askable.ts); the stem is checked on its own here.
		const index = articleIndexOf(text);
		const tally = buildStem(
			index.facts.find((fact) => fact.option === '345')!,
			index
		);
		expect(tally).toBeDefined();
		expect(tally!.prompt).not.toMatch(/^By how many votes/);
	});

	it('"12 minutes from time" is not asked as "How many minutes did … strike from time?"', () => {
		const text = `Town win late\n\nSubstitute Jamie Clough struck 12 minutes from time to give Harbridge Town victory over Castlemoor United on Saturday. The win lifts Town to fourth in the table. Castlemoor had led at half-time.`;
		// A short span of minutes is detail for a cloze, so the count is not asked at all.
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/^How many minutes did .* from time/);
	});
});

describe("a country's people named in the stem", () => {
	it('give the country away: "Scottish Gaelic" beside "a loch in _____"', () => {
		// (A reference passage asks no country at all now; the check is the stem's own.)
		const stem = 'Loch Varrin (Scottish Gaelic: Loch Bharrain) is a freshwater loch in _____.';
		expect(namesCountry(stem, 'Scotland')).toBe(true);
		// A loch gives Scotland away as well (fresh671, fresh690); a lake does not.
		const lake = stem.replace('Loch Varrin (Scottish Gaelic: Loch Bharrain)', 'Lake Varrin');
		expect(namesCountry(lake.replace('loch', 'lake'), 'Scotland')).toBe(false);
	});
});

describe('a county or region named in the stem (fresh389, fresh390)', () => {
	it('gives its nation away: "a Lancashire borough … first of its kind in _____"', () => {
		const stem =
			'Bin crews in a Lancashire borough are to check on elderly residents, in a scheme believed to be the first of its kind in _____.';
		expect(namesCountry(stem, 'England')).toBe(true);
		expect(namesCountry(stem, 'Scotland')).toBe(false);
		expect(namesCountry(stem.replace('a Lancashire', 'one'), 'England')).toBe(false);
	});

	it('gives a city of its nation away: "signalling in Fife and Tayside, creating 300 jobs in _____"', () => {
		const stem =
			'Rail firm Kestrail has won a contract to renew signalling in Fife and Tayside, creating 300 jobs in _____.';
		expect(namesCityNation(stem, 'Glasgow')).toBe(true);
		expect(namesCityNation(stem, 'Leeds')).toBe(false);
		expect(namesCityNation(stem.replace('Fife and Tayside', 'the north'), 'Glasgow')).toBe(false);
	});
});

describe('found in the fourth review of unseen articles', () => {
	it('does not offer "0.9 million" or "£0.6m" for a figure in millions', () => {
		const text = `Club chairman invests\n\nHalworth chairman Derek Fairlie said he would put in a further £1.2m to help the club compete next season, it was announced on Friday. The club has 1.1 million followers online, officials said. Halworth were promoted in May.`;
		for (const question of questionsOn(text))
			for (const option of question.options) expect(option).not.toMatch(/\b0\.\d|\.0m\b/);
	});

	it('does not ask "How much did Brent crude gain to $56.87?"', () => {
		const text = `Oil hits record\n\nUS oil prices hit a record $58.28 a barrel on Monday. In London, Brent crude gained $1.52 to $56.87, traders said. Analysts blamed cold weather in the US.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/gain to \$/);
	});

	it('names a passage\'s subject "the Ashdown Museum" in the middle of a question', () => {
		const text = `The Ashdown Museum\n\nThe Ashdown Museum is a museum of design in Birmingham, England. It was founded in 1889 by the manufacturer Samuel Ashdown. It holds about 40,000 objects.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/\S The Ashdown/);
		expect(questionsOn(text).some((question) => /the Ashdown Museum/.test(question.prompt))).toBe(
			true
		);
	});

	it('drops "Who then …?": then after what?', () => {
		expect(hasDanglingDescription('Who then kept Kingsmoor in the game with a fine save?')).toBe(
			true
		);
		expect(hasDanglingDescription('Stuart Pell then kept Kingsmoor in the game with _____.')).toBe(
			true
		);
		expect(hasDanglingDescription('Who kept Kingsmoor in the game with a fine save?')).toBe(false);
	});

	it('drops "the figure" the stem has not given: "On busy nights the figure fell to _____"', () => {
		expect(hasDanglingDescription('On busy Friday nights the figure fell to _____.')).toBe(true);
		expect(
			hasDanglingDescription(
				'By what percentage had the figure risen in a decade, according to the trust?'
			)
		).toBe(true);
		// The figure the stem has just asked for is no earlier one.
		expect(
			hasDanglingDescription(
				'Farmers had reported damage on _____ hectares, and the figure was rising every day.'
			)
		).toBe(false);
		expect(hasDanglingDescription('Sales rose 9% to £40m, and the figure was a record.')).toBe(
			false
		);
	});

	it('gives a country away by its people in other languages\' words too: "Norwegian:"', () => {
		expect(
			namesCountry('Svartfjell National Park (Norwegian: Svartfjell nasjonalpark)', 'Norway')
		).toBe(true);
		expect(namesCountry('Svartfjell National Park lies in the far north', 'Norway')).toBe(false);
	});

	it('does not count a channel number as a count', () => {
		const index = articleIndexOf(
			`Crest TV launches\n\nCrest TV will broadcast on Sky channel 263 from May, with 14 hours of programmes a day.`
		);
		const answers = index.facts.map((fact) => fact.option);
		expect(answers).not.toContain('263');
		expect(answers).toContain('14');
	});
});

describe('found in the fifth review of unseen articles', () => {
	it('reads "A bid to lower …" as the subject, not "lower" as the verb', () => {
		const index = articleIndexOf(
			`Voting age stays at 18\n\nA bid to lower the voting age in the UK from 18 to 16 has been defeated in Parliament.`
		);
		const clause = parseClause(index.sentences.find((sentence) => !sentence.heading)!);
		expect(clause?.sentence.tokens[clause.verb.from].normal).toBe('has');
	});

	it('drops an answer the stem gives by sum or difference: "by _____ to 118, a majority of 41"', () => {
		expect(answerFollowsFromStem('MPs voted by _____ to 118, a majority of 41.', '159')).toBe(true);
		expect(answerFollowsFromStem('MPs voted by _____ to 118.', '159')).toBe(false);
		expect(answerFollowsFromStem('Sales rose by _____ to 41 shops.', '12')).toBe(false);
		// "640 shares of £10 each" is £6,400, and £6,400 in shares of £10 is 640 of them.
		expect(
			answerFollowsFromStem(
				'How much did the company raise by selling 640 shares of £10 each?',
				'£6,400'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem('It raised £6,400 by selling _____ shares of £10 each.', '640')
		).toBe(true);
		// "about 75 million" bricks are not 9,000 homes ÷ 120 people.
		expect(
			answerFollowsFromStem(
				'The site will employ 120 people and make _____ bricks, for 9,000 homes.',
				'about 75 million'
			)
		).toBe(false);
	});

	it('drops an answer a percentage in the stem or the headline gives', () => {
		const premium =
			'Tidewater is offering 212p a share, a premium of _____ on the closing price of 162p.';
		expect(answerFollowsFromStem(premium, '31%')).toBe(true);
		expect(answerFollowsFromStem(premium.replace('212p', '250p'), '31%')).toBe(false);
		const price =
			'Tidewater is offering 212p a share, a premium of 31% on the closing price of _____.';
		expect(answerFollowsFromStem(price, '162p')).toBe(true);
		const share = 'The department is providing _____, with the remaining £1.5m from companies.';
		expect(answerFollowsFromStem(share, '£2.5m', 'Pupils get computers in £4m trial')).toBe(true);
		expect(answerFollowsFromStem(share, '£2.5m', 'Pupils get computers in trial')).toBe(false);
		// The headline's own 31% is no base to work 45 from.
		const centres = 'Boxwell will open 12 new centres at a cost of about _____.';
		expect(answerFollowsFromStem(centres, '£45m', 'Boom lifts Boxwell profits by 31%')).toBe(false);
	});

	it('gives the UK away by "the House of Commons"', () => {
		expect(namesCountry('The bill was defeated in the House of Commons.', 'the UK')).toBe(true);
		expect(namesCountry('The bill was defeated in parliament.', 'the UK')).toBe(false);
	});

	it('reads "from 0900 to 0100" as clock times, not counts', () => {
		const index = articleIndexOf(
			`Crest TV launches\n\nCrest TV will broadcast from 0900 to 0100 each day with 14 presenters.`
		);
		const answers = index.facts.map((fact) => fact.option);
		expect(answers).not.toContain('0900');
		expect(answers).toContain('14');
		// Beside a time with a leading nought, "2100" and "2000" are times too, not counts or years.
		const courts = articleIndexOf(
			`Courts open late\n\nCourts will stay open until 2100 on weekdays and from 0900 to 1300 on Saturdays for 12 months. Bars in 45 towns may open until 2000 on Sundays and from 0800 on Mondays.`
		).facts.map((fact) => fact.option);
		expect(courts).toEqual(expect.arrayContaining(['12', '45']));
		expect(courts.filter((answer) => /^\d{4}$/.test(answer))).toEqual([]);
	});
});

describe('found in the sixth review of unseen articles', () => {
	it('does not ask either end of a range: "32 to 41 mm (1.3 to 1.6 in)"', () => {
		const index = articleIndexOf(
			`Talamanca stream frog\n\nAdults measure 32 to 41 mm in length. Shares in Skylark rose 12p to 287p on Monday.`
		);
		const answers = index.facts.map((fact) => fact.option);
		expect(answers).not.toContain('32');
		expect(answers).not.toContain('41');
		expect(answers).toContain('287p');
	});

	it('finds "it" after "Under UK takeover rules," and "its" with no name before it dangling', () => {
		expect(hasDanglingReference('Under UK takeover rules, it has until _____ to bid.')).toBe(true);
		expect(hasDanglingReference('A further _____ jobs will be lost across its other sites.')).toBe(
			true
		);
		expect(hasDanglingReference('Brenner said _____ jobs would go across its other sites.')).toBe(
			false
		);
		// "Between 1931 and 1934 a dam was built at its outlet": the opening word names nothing.
		expect(hasDanglingReference('Between 1931 and 1934 a dam was built at its outlet.')).toBe(true);
		// An opening phrase may hold two commas before its subject.
		expect(
			hasDanglingReference('With capital of _____, most of it borrowed, they rented a workshop.')
		).toBe(true);
		expect(
			hasDanglingReference(
				'With capital of _____, most of it borrowed, the brothers rented a workshop.'
			)
		).toBe(false);
	});

	it('does not ask "How many steam …?" of "14 steam and 9 diesel locomotives"', () => {
		const index = articleIndexOf(
			`Wenmoor Valley Railway\n\nThe Wenmoor Valley Railway is a heritage railway in Derbyshire. The railway owns 14 steam and 9 diesel locomotives and carried about 86,000 passengers in 2004.`
		);
		const steam = index.facts.find((fact) => fact.option === '14')!;
		expect(buildStem(steam, index)?.prompt ?? '').not.toMatch(/How many steam/);
	});
});

describe('found in the seventh review of unseen articles', () => {
	const swim = `Kerr breaks British record

Scottish teenager Fiona Kerr broke the British 200m freestyle record at the national championships in Leeds on Saturday.

The 17-year-old from Perth touched in two minutes 1.02 seconds, the organisers said.

Alan Reekie said she had improved by more than four seconds in 12 months.

Kerr will now compete at the world championships in Montreal.`;

	it('drops a stem whose "she" can only mean someone other than the man it names', () => {
		const index = articleIndexOf(swim);
		expect(
			pronounMissesNamedPeople('Alan Reekie said she had improved in _____ months.', index.people)
		).toBe(true);
		expect(
			pronounMissesNamedPeople('Alan Reekie said he had improved in _____ months.', index.people)
		).toBe(false);
		expect(
			pronounMissesNamedPeople('Fiona Kerr said she had improved in _____ months.', index.people)
		).toBe(false);
		// Someone the register does not know may be the one the pronoun means.
		expect(
			pronounMissesNamedPeople('Jo Marsh said she had improved in _____ months.', index.people)
		).toBe(false);
		for (const question of questionsOn(swim))
			expect(question.prompt).not.toMatch(/Reekie said she/);
	});
});

describe("a biography's he or she", () => {
	// A name compromise does not know as a person, so only the passage's subject can resolve "he".
	const life = `Cadoc Trevennor (3 May 1902 - 9 June 1977) was a Cornish engineer and inventor best known for the Trevennor rock drill. Born in Camborne, the son of a tin miner, he began work at the Dolcoath mine in 1916. He patented his first drill in 1931 and founded a drill company at Redruth in 1934.`;

	it('means the person the passage is about, named in the stem, after an opening phrase too', () => {
		const prompts = questionsOn(life).map((question) => question.prompt);
		expect(prompts).toContain(
			'Born in Camborne, the son of a tin miner, Cadoc Trevennor began work at the Dolcoath mine in _____.'
		);
		expect(prompts).toContain('In what year did Cadoc Trevennor patent his first drill?');
	});

	it('is not taken for the subject when the passage says "she" first and asks about "he"', () => {
		const index = articleIndexOf(life);
		expect(index.passageSubject).toEqual({ fullName: 'Cadoc Trevennor', gender: 'male' });
		const notAPerson = articleIndexOf(
			`Tregarth Bridge (1861-1864) is a stone bridge over the River Fal in Cornwall. It was designed by John Hosken. He was paid £900 for the work.`
		);
		expect(notAPerson.passageSubject).toBeUndefined();
	});

	it('is a person whose calling compromise does not know ("a civil engineer"), not their father', () => {
		const engineer = `Ambrose Pellow (2 March 1790 - 8 May 1858) was an English civil engineer who built harbours in Devon. Pellow was the eldest son of a miller, Thomas Pellow. In 1821 Pellow was appointed engineer of Brixham harbour. He married Ann Moyle in 1815; they had four children.`;
		expect(articleIndexOf(engineer).passageSubject?.fullName).toBe('Ambrose Pellow');
		const prompts = questionsOn(engineer).map((question) => question.prompt);
		expect(prompts).toContain('In _____ Ambrose Pellow was appointed engineer of Brixham harbour.');
		expect(prompts.filter((prompt) => /Thomas Pellow was appointed/.test(prompt))).toEqual([]);
		// A paddle steamer is no person, though a passage calls her "she" (passageVessel).
		const steamer = sentencesOf(
			`Kestrel Queen (1851-1903) was a paddle steamer built at Greenock. She carried mail to Arran.`
		);
		expect(passagePerson(steamer, false)).toBeUndefined();
	});
});

describe('found in the eighth review of unseen articles', () => {
	it('does not ask either side of a vote', () => {
		const index = articleIndexOf(
			`Peers defeat ministers\n\nPeers voted by 198 to 161 for an amendment to the Schools Bill on Tuesday, the government said. Union members backed a strike by 1,412 votes to 538, the union said. The amendment would cost councils £40m a year, ministers said.`
		);
		const askable = (answer: string) =>
			isAskable(
				index.facts.find((fact) => fact.option === answer)!,
				index
			);
		for (const answer of ['198', '161', '1,412', '538']) expect(askable(answer)).toBe(false);
		expect(askable('£40m')).toBe(true);
	});

	it('does not ask one figure twice, once rounded', () => {
		const text = `Period drama a hit\n\nThe new BBC One period drama The Salt House drew almost nine million viewers on Sunday night, the BBC said. An average audience of 8.9 million watched the first episode, giving the channel a 36% share, figures showed. The drama cost £6.4m to make, the BBC said.`;
		const answers = questionsOn(text).map(answerOf);
		expect(answers.filter((answer) => /nine million|8\.9 million/.test(answer))).toHaveLength(1);
		expect(answers).toContain('£6.4m');
	});

	it('does not ask the figure of the time before ("last raised prices in January, by 6.5%")', () => {
		const text = `Gas bills to rise\n\nNorthway Energy is to put up its gas prices by 12% from October, the firm said on Monday. Northway's rise will add about £48 a year to a typical bill, the firm said. Northway last raised prices in January, by 6.5%, the company said.`;
		expect(asksFor(text, '6.5%')).toBe(false);
		expect(asksFor(text, 'about £48')).toBe(true);
	});

	it('names the lead\'s firm for "the company\'s", without a doubled possessive', () => {
		const text = `Depot staff vote to strike\n\nWarehouse workers at the supermarket chain Fairbrother's have voted to strike over pay, a union said on Monday.\n\nA survey found that 71% of the company's depot staff earned less than £7 an hour.\n\nFairbrother's runs 340 stores.`;
		const share = questionsOn(text).find((q) => answerOf(q) === '71%');
		expect(share?.prompt).toMatch(/of Fairbrother's depot staff/);
	});

	it('does not ask "When" of a date that says since when', () => {
		const index = articleIndexOf(
			`Singer ill\n\nBand manager Tom Hale said Rhys Morgan had been suffering from a throat infection since the start of the tour in Hamburg on 2 March.`
		);
		const date = index.facts.find((fact) => fact.option === '2 March')!;
		expect(buildStem(date, index)?.prompt ?? '').not.toMatch(/^When/);
	});
});

describe('found in the ninth review of unseen articles', () => {
	it('names "the council" after the article has named one council', () => {
		const text = `Council to shut care homes\n\nCouncillors in Dunmore have voted to close three care homes, Dunmore Borough Council said on Tuesday.\n\nThe homes have 97 residents between them.\n\nThe council spends about £22m a year on care for older people, officials said.`;
		const spend = questionsOn(text).find((q) => answerOf(q) === 'about £22m');
		expect(spend?.prompt).toMatch(
			/Dunmore Borough Council spends|does Dunmore Borough Council spend/
		);
	});

	it('leaves "the club" alone where two clubs were named', () => {
		const index = articleIndexOf(
			`Cup draw\n\nMarsden Vale Football Club will play Kellerby Town Football Club in the third round, the FA said on Monday. The club has 1,200 members, officials said.`
		);
		expect(index.sentences[2].text).toMatch(/^The club/);
		expect(index.describedSubjects.get(2)).toBeUndefined();
	});

	it('drops "the firm" or "the prototype" as the whole subject of a later sentence', () => {
		const life = `Cadoc Trevennor (3 May 1868 - 9 June 1937) was a Cornish engineer best known for the Trevennor rock drill. He studied at Camborne School of Mines. By 1914 the firm employed more than 1,800 people in Redruth. The prototype first flew on 14 June 1931.`;
		const index = articleIndexOf(life);
		const [, , firm, prototype] = index.sentences;
		expect(
			pointsBackWithoutName(
				'By _____ the firm employed more than 1,800 people in Redruth.',
				firm,
				index
			)
		).toBe(true);
		expect(pointsBackWithoutName('When did the prototype first fly?', prototype, index)).toBe(true);
	});

	it('drops "the resulting penalty": the result of what the sentence before told', () => {
		const index = articleIndexOf(
			`Rivermouth edge Wyvernbury\n\nRivermouth beat Wyvernbury 24-22 on Saturday. Their pack won a scrum. Full-back Gareth Bevan kicked the resulting penalty to cut the gap to five points.`
		);
		const kick = index.sentences[3];
		expect(
			pointsBackWithoutName(
				'Gareth Bevan kicked the resulting penalty to cut the gap to _____ points.',
				kick,
				index
			)
		).toBe(true);
		expect(
			pointsBackWithoutName(
				'Gareth Bevan kicked a penalty to cut the gap to _____ points.',
				kick,
				index
			)
		).toBe(false);
	});

	it('drops "The _____ site will …" and "The 11-minute film": a price or length names nothing', () => {
		const index = articleIndexOf(
			`Grocer posts profit\n\nOnline grocer Basketful made its first profit, it said on Monday. It will open a warehouse in Manchester next year. The £28m site, built on farmland, will be able to handle 90,000 orders a week. The £34m scheme at Harrow Fell was put forward by Northwind. The 11-minute film took 14 months to make. The 26-year-old from Leeds won seven frames.`
		);
		const [, , , site, scheme, film, player] = index.sentences;
		// "The 26-year-old from Leeds" is a news story's one player, which reviews took as known.
		expect(
			pointsBackWithoutName('The 26-year-old from Leeds won _____ frames.', player, index)
		).toBe(false);
		expect(
			pointsBackWithoutName(
				'The _____ site, built on farmland, will be able to handle 90,000 orders a week.',
				site,
				index
			)
		).toBe(true);
		expect(
			pointsBackWithoutName(
				'The _____ scheme at Harrow Fell was put forward by Northwind.',
				scheme,
				index
			)
		).toBe(false);
		expect(
			pointsBackWithoutName('The 11-minute film took _____ months to make.', film, index)
		).toBe(true);
	});

	it('drops "The eight-week series" and "The seedling first fruited": the last noun is the head', () => {
		const index = articleIndexOf(
			`Choir show grows\n\nThe Sing Out contest drew 8.3m viewers for its final, ITV said. The eight-week series began in August with 5.9m viewers. The seedling first fruited in 1881. The Grantley seedling first fruited in 1883.`
		);
		const [, , series, seedling, named] = index.sentences;
		expect(
			pointsBackWithoutName(
				'The eight-week series began in August with _____ viewers.',
				series,
				index
			)
		).toBe(true);
		expect(pointsBackWithoutName('The seedling first fruited in _____.', seedling, index)).toBe(
			true
		);
		expect(
			pointsBackWithoutName('The Grantley seedling first fruited in _____.', named, index)
		).toBe(false);
	});

	it('skips "The largest, on the cliffs …, contains …": the noun is in the sentence before', () => {
		expect(
			needsPreviousSentence('The largest, on the cliffs at Kalkholm, contains around 900 plants.')
		).toBe(true);
		expect(needsPreviousSentence('The rest is held by staff and a venture capital firm.')).toBe(
			true
		);
		expect(needsPreviousSentence('The largest colony contains around 900 plants.')).toBe(false);
		expect(needsPreviousSentence('The protest was led by several pension funds.')).toBe(false);
		expect(needsPreviousSentence('Both were commercial ventures financed by subscription.')).toBe(
			true
		);
		expect(needsPreviousSentence('Both Hale and Reid were convicted of fraud.')).toBe(false);
		// A process with no "of" is the process of what the sentence before named.
		expect(needsPreviousSentence('Construction began in 1829 on the site of an inn.')).toBe(true);
		expect(needsPreviousSentence('Filming started in May in Dorset.')).toBe(true);
		expect(needsPreviousSentence('Construction of the hall began in 1829.')).toBe(false);
		expect(needsPreviousSentence('Construction workers began a strike in 1829.')).toBe(false);
		// A figure added to one before it.
		expect(needsPreviousSentence('A further 21% used an older form of protection.')).toBe(true);
		expect(needsPreviousSentence('Another 700 jobs will go at its German sites.')).toBe(true);
		expect(needsPreviousSentence('A further increase of 3.6% will be paid in April.')).toBe(false);
	});

	it('drops a stem that names no one and nothing', () => {
		expect(namesNothing('Floodlights were first installed in _____.', new Set())).toBe(true);
		expect(namesNothing('How many games will be available at launch?', new Set())).toBe(true);
		expect(namesNothing('Staff on four wards spent _____ less time searching.', new Set())).toBe(
			false
		);
		expect(namesNothing('Kazuma will sell _____ consoles.', new Set(['kazuma']))).toBe(false);
		// A word of the quiz title, on screen beside the question, says what it is about.
		expect(namesNothing('The photo weighs _____ kilograms.', new Set(), 'City in one photo')).toBe(
			false
		);
		const ground = `Kellerby Park\n\nKellerby Park is a football ground in Kellerby, England. It has a capacity of 9,420. Floodlights were first installed in 1957. Its main stand was built in 1921. Kellerby Town have played there since 1899.`;
		expect(asksFor(ground, '1957')).toBe(false);
	});

	it('does not ask a figure after a bound set off in quotes: "well over" 40,000', () => {
		const index = articleIndexOf(
			`Console pre-orders\n\nGames chain GameVault said pre-orders for the Kazuma console were already "well over" 40,000, the firm said on Monday. The console will cost £129.`
		);
		const askable = (answer: string) =>
			isAskable(
				index.facts.find((fact) => fact.option === answer)!,
				index
			);
		expect(askable('40,000')).toBe(false);
		expect(askable('£129')).toBe(true);
	});
});

describe('found in the tenth review of unseen articles', () => {
	it('does not ask a country or a city in a reference passage, where other place names give it', () => {
		const index = articleIndexOf(
			`Puerto de Valdecarna\n\nThe Puerto de Valdecarna is a mountain pass in the Cantabrian Mountains of northern Spain, linking León with Asturias. It rises to 1,520 metres. The road over it was built in 1894.`
		);
		const spain = index.facts.find((fact) => fact.option === 'Spain')!;
		expect(isAskable(spain, index)).toBe(false);
		const height = index.facts.find((fact) => fact.option === '1,520')!;
		expect(isAskable(height, index)).toBe(true);
	});

	it('offers only Test-playing countries for a Test tour', () => {
		const index = articleIndexOf(
			`England name squad\n\nTwo uncapped players have been named in England's 16-man squad for this winter's Test tour of Pakistan, the selectors said on Monday.`
		);
		const tour = index.facts.find((fact) => fact.option === 'Pakistan')!;
		const nations = ['Australia', 'South Africa', 'the West Indies', 'New Zealand', 'India'];
		nations.push('Sri Lanka', 'Zimbabwe', 'Bangladesh');
		for (let seed = 1; seed <= 8; seed++)
			for (const option of findDistractors(tour, index, createRandom(seed)))
				expect(nations).toContain(option);
	});

	it('keeps the comma after a cut: "elected a Fellow in 1947, one of the first women"', () => {
		const index = articleIndexOf(
			`Ada Treloar (1884 - 1967) was a British plant scientist. Treloar was elected a Fellow of the Royal Society in 1947, one of the first women to receive the honour. She retired in 1950.`
		);
		const year = index.facts.find((fact) => fact.option === '1947')!;
		expect(buildStem(year, index)?.prompt).toMatch(
			/elected a Fellow of the Royal Society, one of the first women to receive the honour\?$/
		);
	});
});

describe('found in the eleventh review of unseen articles', () => {
	it('names the passage subject for "it" after an opening phrase', () => {
		const text = `Skelbrook Viaduct\n\nThe Skelbrook Viaduct is a disused railway viaduct in North Yorkshire, England. Built between 1872 and 1875 to designs by the engineer Josiah Tennant, it is 1,104 feet long and has 21 arches. The line over it closed in 1964.`;
		// One question per sentence: the length or the arches, both after the name.
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Tennant, the Skelbrook Viaduct is /.test(prompt))).toBe(true);
	});

	it('names the passage subject for "the fund" of "The Wayfarers Fund"', () => {
		const index = articleIndexOf(
			`The Wayfarers' Fund\n\nThe Wayfarers' Fund is a British charity that helps former prisoners find work. It was founded in Leeds in 1968. The fund had an income of £21.4 million in 2004.`
		);
		expect(index.describedSubjects.get(3)).toEqual({
			phrase: 'the fund',
			name: "The Wayfarers' Fund"
		});
	});

	it('keeps the capital of a demonym opening a subject: "British Rail"', () => {
		const index = articleIndexOf(
			`Skelbrook Viaduct\n\nThe Skelbrook Viaduct is a railway viaduct in Yorkshire, England. British Rail proposed its closure in 1978. It was listed in 1985.`
		);
		const year = index.facts.find((fact) => fact.option === '1978')!;
		expect(buildStem(year, index)?.prompt).toMatch(/British Rail/);
	});

	it('does not ask "How much was the bid cheaper …?" of "was £1.9m cheaper"', () => {
		const index = articleIndexOf(
			`Bus firm loses contract\n\nThe council said Marlin's bid was £1.9m cheaper over the life of the contract.`
		);
		const saving = index.facts.find((fact) => fact.option === '£1.9m')!;
		expect(buildStem(saving, index)?.prompt ?? '').not.toMatch(/^How much was/);
	});

	it('does not ask a country in a passage that opens with its title', () => {
		const index = articleIndexOf(
			`1923 Valfreda earthquake\n\nThe 1923 Valfreda earthquake struck the upper Valfreda valley in the central Apennines of Italy on 9 February 1923. It killed about 1,400 people. Most of the villages were rebuilt by 1930.`
		);
		const italy = index.facts.find((fact) => fact.option === 'Italy')!;
		expect(isAskable(italy, index)).toBe(false);
	});

	it('does not ask a country beside its capital, nor a capital beside its country', () => {
		expect(namesCountry('He will make his debut against _____ in Rome.', 'Italy')).toBe(true);
		expect(namesCountry('He will make his debut against _____ in Milan.', 'Italy')).toBe(false);
		expect(namesCityNation('Pickers struck on estates in Kenya west of _____.', 'Nairobi')).toBe(
			true
		);
		expect(namesCityNation('Pickers struck on estates west of _____.', 'Nairobi')).toBe(false);
	});

	it('does not ask a UK city the stem gives away by its nation: "the Welsh legend … in Cardiff"', () => {
		expect(namesCityNation('An opera on a Welsh legend opened in _____.', 'Cardiff')).toBe(true);
		expect(namesCityNation('An opera on a Welsh legend opened in _____.', 'Glasgow')).toBe(false);
		const text = `Opera wins ovation\n\nA new opera based on the Welsh legend of a drowned kingdom has received a standing ovation at its world premiere in Cardiff, its producers said on Sunday. The opera cost £1.2m to stage. It runs until 14 May.`;
		expect(asksFor(text, 'Cardiff')).toBe(false);
	});

	it('asks "How much did the opera cost …?" of "The opera cost £1.2m": singular, so past', () => {
		const index = articleIndexOf(
			`Opera opens\n\nThe Drowned Kingdom opened in Cardiff on Saturday, its producers said. The opera cost £1.2m to stage. It runs until May.`
		);
		const cost = index.facts.find((fact) => fact.option === '£1.2m')!;
		expect(buildStem(cost, index)?.prompt).toBe('How much did the opera cost to stage?');
	});
});

describe('found in the twelfth review of unseen articles', () => {
	const castle = `Trefaen Castle\n\nTrefaen Castle is a ruined medieval castle in Denbighshire, north Wales. It was begun in about 1247 by the princes of Gwynedd. The castle was captured by English forces in 1282. After passing to the Crown in 1399 it declined in importance. The ruins are now a scheduled monument.`;

	it('offers years near a hedged year: "about 1247" beside "about 1237", never "about 1485"', () => {
		const index = articleIndexOf(castle);
		const begun = index.facts.find((fact) => fact.option === 'about 1247')!;
		for (let seed = 1; seed <= 8; seed++)
			for (const option of findDistractors(begun, index, createRandom(seed)))
				expect(Math.abs(Number(option.replace('about ', '')) - 1247)).toBeLessThanOrEqual(30);
	});

	it('names the subject for an "it" after the blank and a year with no comma', () => {
		const prompts = questionsOn(castle).map((question) => question.prompt);
		expect(prompts).toContain(
			'After passing to the Crown in _____ Trefaen Castle declined in importance.'
		);
		// A medieval year is a year too: "1282" gets wrong options, which needs the latest year known.
		expect(prompts.some((prompt) => /captured by English forces/.test(prompt))).toBe(true);
	});

	it('keeps "Shares in" with a firm named beside its description', () => {
		const text = `Watchdog probes funeral prices\n\nThe Office of Fair Trading has launched an inquiry into funeral prices, it said on Monday. The Office of Fair Trading said the inquiry would take a year. Shares in Ashby Rowe, the UK's second-largest funeral operator, fell 6% to 212p on the news. The Office of Fair Trading will report in 2006.`;
		for (const question of questionsOn(text)) {
			expect(question.prompt).not.toMatch(/did Ashby Rowe fall/);
			expect(question.prompt).not.toMatch(/Ashby Rowe, Fair Trading|Ashby Rowe, the Office/);
		}
		const index = articleIndexOf(text);
		// Beside its own name the description is an apposition, not the lead's subject.
		expect(index.describedSubjects.has(3)).toBe(false);
	});
});

describe('found in the thirteenth review of unseen articles', () => {
	it('does not ask a golf score beside its par: "a six-under-par 66"', () => {
		const index = articleIndexOf(
			`Rennard leads in Algarve\n\nEngland's Tom Rennard shot a six-under-par 66 to take a three-stroke lead in the Algarve Classic on Friday, organisers said. He has won £1.2m this season.`
		);
		const score = index.facts.find((fact) => fact.option === '66')!;
		expect(isAskable(score, index)).toBe(false);
	});

	it('names "the comet" of a passage that defines "a non-periodic comet"', () => {
		const index = articleIndexOf(
			`Comet Brennan-Vaile\n\nComet Brennan-Vaile was a non-periodic comet seen in 1927. It was discovered on 24 August 1927. The comet passed perihelion on 14 October 1927.`
		);
		expect(index.describedSubjects.get(3)).toEqual({
			phrase: 'the comet',
			name: 'Comet Brennan-Vaile'
		});
	});
});

describe('found in the fourteenth review of unseen articles', () => {
	it('keeps a firm named after its founder the firm: "Jewellery chain Tarrant", not "Edwin Tarrant"', () => {
		const text = `Christmas sales shine at Tarrant\n\nJewellery chain Tarrant has reported a 9.4% rise in sales over Christmas, it said on Thursday. The chain was founded by Edwin Tarrant in Birmingham in 1921. Tarrant said it had refitted 40 stores during the year.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Tarrant/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Edwin Tarrant (has|said)/);
		// The control: a person of that surname alone is still named in full.
		const person = `Designer wins award\n\nThe designer Edwin Tarrant has won the Goldsmiths design award, the judges said on Thursday. The award is worth £5,000. Tarrant made 40 rings for the show at his workshop in Birmingham.`;
		const ring = questionsOn(person).find((question) => answerOf(question) === '40');
		expect(ring?.prompt).toMatch(/Edwin Tarrant/);
	});

	it('reads "restored by 1500 BST" as a clock time and "a charter of 1241" as a year', () => {
		const outage = articleIndexOf(
			`Network fault hits millions\n\nMillions of customers lost their mobile service on Thursday, the operator said. It said 95% of customers had their service restored by 1500 BST.`
		);
		expect(outage.facts.some((fact) => fact.option === '1500')).toBe(false);
		// "before the 2100 watershed" is nine in the evening, not a year to ask.
		const soap = articleIndexOf(
			`Soap fire draws complaints\n\nViewers said the fire scenes were too distressing to be shown before the 2100 watershed, the regulator said.`
		);
		expect(soap.facts.some((fact) => fact.option === '2100')).toBe(false);
		const fair = articleIndexOf(
			`Stowmarsh Fair\n\nStowmarsh Fair is an annual fair held in the town of Stowmarsh. The right to hold Stowmarsh Fair was granted by Henry III in a charter of 1241 to the priory.`
		);
		expect(fair.facts.find((fact) => fact.option === '1241')?.type).toBe('year');
		// Before a name too: "In 1292 Edward I granted a charter".
		const town = articleIndexOf(
			`Ellerthorpe\n\nEllerthorpe is a market town in Yorkshire. In 1292 Edward I granted a charter to the lord of the manor, allowing a weekly market.`
		);
		expect(town.facts.find((fact) => fact.option === '1292')?.type).toBe('year');
		// And a named record's year: "the Domesday Book of 1086", never "1248" beside it.
		const recorded = articleIndexOf(
			`Saltringham\n\nSaltringham is a village in Kent. It is recorded in the Domesday Book of 1086, when it had two mills.`
		);
		expect(recorded.facts.find((fact) => fact.option === '1086')?.type).toBe('year');
	});

	it('asks how long in the lead of a news story: "unable to make calls for up to 14 hours"', () => {
		const text = (lead: string, later: string) =>
			`Millions hit by network fault\n\n${lead} Clearwave said a software error caused the fault, it told BBC News on Friday. ${later} The firm apologised to its customers.`;
		const outage =
			'Millions of mobile phone customers were unable to make calls for up to 14 hours on Thursday after a fault on the Clearwave network.';
		expect(asksFor(text(outage, 'Engineers worked through the night.'), 'up to 14')).toBe(true);
		// Further down, a short measurement is still a detail.
		expect(
			asksFor(
				text(
					'Millions of Clearwave customers were unable to make calls on Thursday.',
					outage.replace('Millions of', 'Some')
				),
				'up to 14'
			)
		).toBe(false);
	});

	it('drops "early in the second": the half the sentence before named', () => {
		expect(hasDanglingReference('Who pulled a goal back early in the second?')).toBe(true);
		expect(hasDanglingReference('Who pulled a goal back early in the second half?')).toBe(false);
	});

	it('drops a reference passage\'s later stem that names nothing: "Annual production rose … to _____ tonnes"', () => {
		const title = 'Kestle Blue';
		expect(namesPassageSubject('Annual production rose to _____ tonnes in 2004.', title)).toBe(
			false
		);
		expect(
			namesPassageSubject('A fair has been held on the site each September since _____.', title)
		).toBe(false);
		expect(
			namesPassageSubject('Annual production of Kestle Blue rose to _____ tonnes.', title)
		).toBe(true);
		expect(
			namesPassageSubject('In what year was the Alston breed society founded at Alston?', title)
		).toBe(true);
		expect(namesPassageSubject('In what year did he marry?', 'Josiah Pettifer', 'pettifer')).toBe(
			false
		);
		expect(
			namesPassageSubject('In what year did Pettifer marry?', 'Josiah Pettifer', 'pettifer')
		).toBe(true);
		const passage = `Kestle Blue\n\nKestle Blue is a blue cheese made in Cornwall. It was first made in 1986 by a farmer at Kestle. Annual production rose to about 40 tonnes in 2004.`;
		expect(asksFor(passage, 'about 40')).toBe(false);
		expect(
			asksFor(
				passage.replace('Annual production rose', 'Annual production of Kestle Blue rose'),
				'about 40'
			)
		).toBe(true);
	});
});

describe('found in the fifteenth review of unseen articles', () => {
	it('names the lead\'s subject set before an apposition: "Tandy\'s, the Midlands bakery chain, has …"', () => {
		const index = articleIndexOf(
			`Tandy's profits rise\n\nTandy's, the Midlands bakery chain, has reported an 11% rise in annual profits. The Wolverhampton-based firm, which has 684 shops, said sales rose by 4.2%. Tandy's shares rose 23p. Tandy's will open 45 shops.`
		);
		expect(index.describedSubjects.get(2)?.name).toBe("Tandy's");
		const dance = articleIndexOf(
			`Dance company cuts tour\n\nNorthlight Dance Theatre, one of the north of England's best-known touring dance companies, is to cut its tour by half, it said on Monday. The Bradford-based company will now visit 13 venues. Northlight lost a third of its funding. Northlight will tour again in 2006.`
		);
		expect(dance.describedSubjects.get(2)?.name).toBe('Northlight Dance Theatre');
	});

	it('keeps wrong options above the figures the answer finished ahead of', () => {
		const text = `Lockhart takes title\n\nCraig Lockhart won the touring car title at Brands Hatch on Sunday, his team said. Lockhart finished the championship on 274 points, ahead of Darren Quayle on 265 and Neil Ashmore on 241. He won seven races.`;
		const index = articleIndexOf(text);
		const points = index.facts.find((fact) => fact.option === '274')!;
		expect(rankedBound(points, index).floor).toBeGreaterThan(265);
		const third = index.facts.find((fact) => fact.option === '241')!;
		expect(rankedBound(third, index)).toEqual({});
		const behind = articleIndexOf(text.replace('on 274 points, ahead of', 'on 230 points, behind'));
		const trailing = behind.facts.find((fact) => fact.option === '230')!;
		expect(rankedBound(trailing, behind).ceiling).toBeLessThan(241);
		for (const question of questionsOn(text).filter((question) => answerOf(question) === '274'))
			for (const option of question.options) expect(Number(option)).toBeGreaterThan(265);
	});

	it('leaves out the country\'s market figure in a firm\'s story: "About 60% of UK adults now use the internet"', () => {
		const story = (sentence: string, headline = 'Findwell launches local search') =>
			`${headline}\n\nSearch firm Findwell has launched a local search engine, the company said on Monday. Findwell said 40,000 people tried it in its first week. ${sentence} Chief executive Amy Lott said the firm would hire 30 staff.`;
		const side = (text: string, answer: string) => {
			const index = articleIndexOf(text);
			return isSideFact(
				index.facts.find((fact) => fact.option === answer)!,
				index
			);
		};
		expect(
			side(
				story('About 60% of UK adults now use the internet, official figures show.'),
				'About 60%'
			)
		).toBe(true);
		expect(
			side(story('Its database includes details of 1.8 million UK businesses.'), '1.8 million')
		).toBe(false);
		expect(
			side(
				story(
					'About 60% of UK adults now use the internet, official figures show.',
					'UK internet use climbs'
				),
				'About 60%'
			)
		).toBe(false);
	});
});

describe('an opening "It" in news', () => {
	const story = (second: string, third: string) =>
		`Tandy's profits rise\n\nTandy's, the Midlands bakery chain, has reported an 11% rise in annual profits, it said on Tuesday. ${second} ${third} Chief executive Graham Pilling said trading had been strong.`;
	const antecedentOfThird = (text: string) => {
		const index = articleIndexOf(text);
		return itAntecedents(index.sentences, index.headline).get(3);
	};

	it("names the lead's subject right after a sentence whose subject it is", () => {
		const text = story(
			'The Wolverhampton-based firm said sales rose by 4.2%.',
			'It opened 41 shops during the year.'
		);
		expect(antecedentOfThird(text)).toBe("Tandy's");
		const shops = questionsOn(text).find((question) => answerOf(question) === '41');
		expect(shops?.prompt).toBe("How many shops did Tandy's open during the year?");
	});

	it('leaves it alone after a sentence about something else, or before "was"', () => {
		expect(
			antecedentOfThird(
				story('Flour prices rose by 14% during the year.', 'It opened 41 shops during the year.')
			)
		).toBeUndefined();
		expect(
			antecedentOfThird(
				story("Tandy's said sales rose by 4.2%.", 'It was the best year since 1990.')
			)
		).toBeUndefined();
		expect(
			antecedentOfThird(
				story("Tandy's said sales rose by 4.2%.", 'It opened 41 shops during the year.')
			)
		).toBe("Tandy's");
	});
});

describe('found in the sixteenth review of unseen articles', () => {
	it('does not ask a past year in news, but asks one still to come', () => {
		const text = (sentence: string) =>
			`Merlins win the title\n\nRushworth Merlins won their first speedway league title since 1974 on Saturday, the club said. ${sentence} Manager Ian Platt, who joined in 2004, said the riders deserved it.`;
		expect(
			asksFor(
				text(
					'The Merlins finished second from bottom in 2003, when crowds fell below 1,500 a meeting.'
				),
				'2003'
			)
		).toBe(false);
		expect(
			asksFor(
				text(
					'Rushworth has been chosen to host the 2007 European Speedway Championships, beating bids from Poole and Leeds.'
				),
				'2007'
			)
		).toBe(true);
	});

	it('gives an age rating the other age ratings as wrong options', () => {
		const game = questionsOn(
			`Parents ignore game ratings\n\nMost parents ignore age ratings on video games, a survey for the games industry said on Monday. One in six parents in Britain said their child had played a game rated 18 at home. The survey questioned 2,000 parents.`
		).find((question) => answerOf(question) === '18');
		expect(game).toBeDefined();
		for (const option of game!.options) expect([3, 7, 12, 15, 16, 18]).toContain(Number(option));
	});

	it('keeps a part below its whole: "seven of the eight quarter-finalists"', () => {
		const text = `Moorcroft keeps squash title\n\nAdam Moorcroft retained his national squash title in Manchester on Sunday, organisers said. Coach Mark Pendleton said the draw was strong, with seven of the eight quarter-finalists ranked in the world's top 50. Moorcroft will defend the title in 2006.`;
		const part = questionsOn(text).find((question) => answerOf(question) === 'seven');
		expect(part).toBeDefined();
		for (const option of part!.options) expect(parseWrittenNumber(option)!.value).toBeLessThan(8);
	});

	it('does not ask the length of a reporting period: "in the 12 months to the end of March"', () => {
		const trivia = (sentence: string) => {
			const index = articleIndexOf(
				`Pennock's sales rise\n\nCrisp maker Pennock's has reported a 9% rise in sales, it said on Tuesday. ${sentence} Its shares rose 4p.`
			);
			return isTrivia(
				index.facts.find((fact) => fact.option === '12')!,
				index
			);
		};
		expect(
			trivia("Pennock's said turnover climbed to £61.4m in the 12 months to the end of March.")
		).toBe(true);
		expect(trivia("Pennock's said it had cut prices for 12 months in a row.")).toBe(false);
	});

	it('writes a cloze, not "How many nights … and four at Wembley?", where a second count shares the noun', () => {
		const text = `Morrow adds tour dates\n\nComedian Dale Morrow has added 40 dates to his tour, his promoter said on Friday. Morrow's new dates include five nights at the Manchester Arena and four at Wembley Arena. Tickets go on sale on Monday.`;
		const nights = questionsOn(text).find((question) => answerOf(question) === 'five');
		expect(nights?.prompt).toBe(
			"Morrow's new dates include _____ nights at the Manchester Arena and four at Wembley Arena."
		);
	});
});

describe('found in the seventeenth review of unseen articles', () => {
	it('drops "Party insiders believe it could lose three MPs": after plural speakers "it" is unnamed', () => {
		expect(hasDanglingReference('Party insiders believe it could lose _____ MPs.')).toBe(true);
		expect(hasDanglingReference('Brackley said it would pay an extra _____ a year.')).toBe(false);
	});

	it('names the one person of a news lead where the story calls them "The Coventry gymnast"', () => {
		const story = (later: string) =>
			`Ashurst takes silver\n\nBritain has a European medallist on the pommel horse after 19-year-old Daniel Ashurst took silver in Debrecen on Sunday, officials said. ${later} British Gymnastics said it was a historic day.`;
		const gymnast = articleIndexOf(
			story('The Coventry gymnast scored 9.712, just behind the winner.')
		);
		expect(gymnast.describedSubjects.get(2)).toEqual({
			phrase: 'The Coventry gymnast',
			name: 'Daniel Ashurst'
		});
		const aged = articleIndexOf(
			story('The 19-year-old from Coventry scored 9.712, just behind the winner.')
		);
		expect(aged.describedSubjects.get(2)?.name).toBe('Daniel Ashurst');
		// "The Coventry club" is a body, not the lead's person.
		expect(
			articleIndexOf(story('The Coventry club said he trained there.')).describedSubjects.has(2)
		).toBe(false);
	});

	it('does not ask a golf round beside par: "a final round of 68 for a total of 17-under-par 271"', () => {
		const index = articleIndexOf(
			`Price wins in Wales\n\nGareth Price won the Welsh Open at Celtic Manor on Sunday, organisers said. Price held his nerve to card a final round of 68 for a total of 17-under-par 271. He won £250,000.`
		);
		expect(
			isTrivia(
				index.facts.find((fact) => fact.option === '68')!,
				index
			)
		).toBe(true);
	});

	it('does not ask a closing round beside a score in words: "nine under after a closing 70"', () => {
		const index = articleIndexOf(
			`Holloway wins in Tenerife\n\nEngland's Kate Holloway won the Tenerife Ladies Open on Sunday, organisers said. Scotland's Fiona Lennie finished fourth on nine under after a closing 70. Holloway won £45,000.`
		);
		const round = index.facts.find((fact) => fact.option === '70')!;
		expect(isTrivia(round, index)).toBe(true);
	});

	it('does not ask a total beside its score against par: "a 15-under total of 273"', () => {
		const index = articleIndexOf(
			`Fogg wins in Madeira\n\nIrishman Liam Fogg won the Madeira Open on Sunday, organisers said. Fogg closed with a 69 at Santo da Serra for a 15-under total of 273, one ahead of Per Lund. He won £95,000 and a place in the Masters.`
		);
		const total = index.facts.find((fact) => fact.option === '273')!;
		expect(isTrivia(total, index)).toBe(true);
		const prize = index.facts.find((fact) => fact.option === '£95,000')!;
		expect(isTrivia(prize, index)).toBe(false);
	});
});

describe('found in the eighteenth review of unseen articles', () => {
	it('does not take "the first club to win it" for the lead\'s club', () => {
		const text = (phrase: string) =>
			`Dunsford lift hockey cup\n\nDunsford won the hockey cup final against Holmwood on Sunday, the club said. Holmwood had been aiming to become ${phrase} to win it three years in a row. Dunsford will defend the cup in 2006. Dunsford coach Amy Hart said the win was deserved.`;
		expect(articleIndexOf(text('the first club')).describedSubjects.has(2)).toBe(false);
	});

	it('keeps "Sales of CD singles in the UK fell" a cloze: "singles" is no verb', () => {
		const text = `CD single sales fall\n\nSales of CD singles in the UK fell by 27% last year to their lowest level for more than 30 years, according to industry figures.\n\nAbout 24.6 million singles were sold in 2004, down from 33.7 million the year before, the Association of British Record Companies said.`;
		const index = articleIndexOf(text);
		const place = index.facts.find((fact) => fact.option === 'the UK')!;
		expect(buildStem(place, index)?.prompt).toBe(
			'Sales of CD singles in _____ fell by 27% last year to their lowest level for more than 30 years, according to industry figures.'
		);
	});

	it("names a passage's person without taking a maiden name or half of a double-barrelled one", () => {
		const passage = `Theodora Kemble-Wray\n\nTheodora Kemble-Wray (14 May 1834 – 2 February 1907) was an English botanical illustrator. Born in Cirencester, she was the youngest of five children of Samuel Wray and his wife Harriet, née Kemble. She was taught drawing by her aunt, the painter Anne Kemble, and painted 1,200 watercolours for Kew. She painted 300 alpine plants with Kemble at Bath.`;
		const prompts = questionsOn(passage).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Theodora Kemble-Wray/.test(prompt))).toBe(true);
		for (const prompt of prompts) {
			expect(prompt).not.toMatch(/Theodora Anne Kemble/);
			expect(prompt).not.toMatch(/née Anne Kemble/);
		}
		const index = articleIndexOf(passage);
		const plants = index.facts.find((fact) => fact.option === '300')!;
		expect(
			nameInFull(
				'Theodora Kemble-Wray painted _____ alpine plants with Kemble at Bath.',
				plants,
				index
			)
		).toBe('Theodora Kemble-Wray painted _____ alpine plants with Anne Kemble at Bath.');
	});

	it('does not ask either end of a range: "aged between 15 and 25"', () => {
		const index = articleIndexOf(
			`Fencing gets a boost\n\nUK Sport will give fencing £1.4m over four years, it said on Monday. Coaches will pick fencers aged between 15 and 25 for the new squad. The sport has 6,000 members.`
		);
		for (const answer of ['15', '25'])
			expect(
				isTrivia(
					index.facts.find((fact) => fact.option === answer)!,
					index
				)
			).toBe(true);
		expect(finish('How many fencers aged between 15')).toBeUndefined();
		expect(finish('How many fencers aged between 15 and 25 will be picked')).toBe(
			'How many fencers aged between 15 and 25 will be picked?'
		);
	});
});

describe('a count standing for its noun (fresh52)', () => {
	it('asks neither the count nor its year in "By 1900 about 160 had been installed"', () => {
		const text = `Hulme evaporimeter\n\nThe Hulme evaporimeter was an instrument for measuring evaporation, devised in 1871 by the engineer Frederick Hulme. It was made from 1874 by a London firm. By 1900 about 160 had been installed in Britain, and others were used in India and Egypt. The last one was retired in 1951.`;
		const questions = questionsOn(text);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(question.prompt).not.toMatch(/had been installed/);
	});
});

describe('an age and a people before the verb (fresh57)', () => {
	it('names the lead\'s person in place of "The 22-year-old Cornishman", whole', () => {
		const text = `Tregenza hat-trick sinks Northamptonshire\n\nSeamer Luke Tregenza took a hat-trick as Gloucestershire beat Northamptonshire by 87 runs at Bristol on Friday.\n\nThe 22-year-old Cornishman finished with figures of six for 41 as Northamptonshire, set 312 to win, were bowled out for 224.`;
		const index = articleIndexOf(text);
		const described = [...index.describedSubjects.values()].map((subject) => subject.phrase);
		expect(described).toContain('The 22-year-old Cornishman');
	});
});

describe('"it" after a person and nothing else (fresh190)', () => {
	const people = new Set(['rhoda', 'pellegrine', 'dalrymple-kerr']);
	it('finds "learned to drive it" and "paid _____ for it" dangling when only a person comes before', () => {
		const drive = 'Rhoda Pellegrine learned to drive it at the age of _____.';
		expect(hasDanglingReference(drive, 'not a person', new Set(), people)).toBe(true);
		expect(hasDanglingReference(drive, 'not a person', new Set(), new Set())).toBe(false);
		const paid = 'According to surviving accounts, Dalrymple-Kerr paid _____ for it.';
		expect(hasDanglingReference(paid, 'not a person', new Set(), people)).toBe(true);
		expect(
			hasDanglingReference(
				'Rhoda Pellegrine learned to drive the van at _____.',
				'not a person',
				new Set(),
				people
			)
		).toBe(false);
	});

	it('keeps "it" as a subject after a name, and a thing named before "it"', () => {
		const said = 'Pellegrine said it would spend _____ on new vans.';
		expect(hasDanglingReference(said, 'not a person', new Set(), people)).toBe(false);
		const van = 'Rhoda Pellegrine bought a van in 1922 and drove it for _____ years.';
		expect(hasDanglingReference(van, 'not a person', new Set(), people)).toBe(false);
	});
});

describe('a place passage tours its amenities (fresh192–fresh194, fresh201)', () => {
	it("asks neither a school roll nor a hall's seats below the lead", () => {
		const text = `Brackenwold\n\nBrackenwold is a market town in Cumbria, England, with a population of 4,812 at the 2001 census. A market charter was granted to Brackenwold in 1292. The town has a primary school with about 210 pupils, a library and two chapels. A secondary school, Brackenwold Valley School, serves the town and nine surrounding villages and has about 740 pupils. The Ellery Hall, a public hall in Market Street owned by Brackenwold Town Council, seats 380 people and is used for concerts.`;
		const answers = questionsOn(text).map((question) => question.options[question.answer]);
		expect(answers).toContain('4,812');
		expect(answers).not.toContain('about 210');
		expect(answers).not.toContain('about 740');
		expect(answers).not.toContain('380');
		const index = articleIndexOf(text);
		const seats = index.facts.find((fact) => fact.option === '380');
		expect(seats && isTrivia(seats, index)).toBe(true);
		const population = index.facts.find((fact) => fact.option === '4,812');
		expect(population && isTrivia(population, index)).toBe(false);
	});
});

describe('the lead names its firm before a relative clause or after "Sales at" (fresh196, fresh198)', () => {
	it('names "The Inverness-based company" after "Torvane Hydro, which builds …, plans"', () => {
		const text = `Torvane Hydro plans float\n\nTorvane Hydro, which builds small hydro-electric schemes on Highland estates, plans to raise £40m by floating on the stock market.\n\nThe Inverness-based company said on Monday it would use the money to build 14 new schemes over the next three years.`;
		const named = [...articleIndexOf(text).describedSubjects.values()].map(
			(subject) => subject.name
		);
		expect(named).toContain('Torvane Hydro');
	});

	it('names "The Hampshire company" after "Sales at Brookfield, Britain\'s biggest grower, have risen"', () => {
		const text = `Salad boom lifts Brookfield\n\nSales at Brookfield, Britain's biggest watercress grower, have risen by 38% in a year as shoppers turn to bagged salads.\n\nThe Hampshire company said turnover reached £14.6m in the year to September.`;
		const named = [...articleIndexOf(text).describedSubjects.values()].map(
			(subject) => subject.name
		);
		expect(named).toContain('Brookfield');
	});
});

describe('a cricket report and a rugby report (fresh195–fresh210)', () => {
	const report = `Pellow's 184 puts Hampshire on top\n\nOpener Daniel Pellow hit a career-best 184 as Hampshire took control against Nottinghamshire on the second day at the Rose Bowl.\n\nDaniel Pellow batted for almost seven hours and struck 23 fours and two sixes before he was caught at slip.\n\nResuming on 88 for one, Hampshire lost nightwatchman James Corrin early.\n\nSeamer Owen Kittock took eight wickets for 41 as Leicestershire bowled out Glamorgan for 132 at Grace Road.`;

	it('takes "the Rose Bowl" and "Grace Road" for grounds, not people', () => {
		const people = articleIndexOf(report)
			.facts.filter((fact) => fact.type === 'person')
			.map((fact) => fact.option);
		expect(people).toContain('Daniel Pellow');
		expect(people).not.toContain('Rose Bowl');
		expect(people).not.toContain('Grace Road');
	});

	it('asks neither the fours of an innings nor the overnight score', () => {
		const index = articleIndexOf(report);
		const fact = (option: string) => index.facts.find((candidate) => candidate.option === option);
		expect(isTrivia(fact('23')!, index)).toBe(true);
		expect(isTrivia(fact('88')!, index)).toBe(true);
		expect(isTrivia(fact('184')!, index)).toBe(false);
	});

	it("asks neither a batsman's tally on the way, a chase, a stand nor a not-out score", () => {
		const text = `Pettock century carries Herefordshire\n\nTom Pettock hit a maiden century as Herefordshire beat Leicestershire by four wickets at Kington.\n\nTom Pettock added 112 with wicketkeeper Mark Venning, who made 47.\n\nWhen Venning was caught on the boundary, Herefordshire still needed 85 from 12 overs.\n\nEarlier, Leicestershire had been bowled out for 231, with Danny Scurr finishing unbeaten on 88 and Andrew Sedding on 18 not out.\n\nTom Pettock had Neil Lloyd-Evans stumped for 41.\n\nTom Pettock faced 341 balls.\n\nLeicestershire closed on 268 for eight, still 14 runs short of making Herefordshire bat again.`;
		const index = articleIndexOf(text);
		const fact = (option: string) => index.facts.find((candidate) => candidate.option === option);
		for (const side of ['112', '85', '88', '18', '41', '341', '14'])
			expect(isTrivia(fact(side)!, index)).toBe(true);
		expect(isTrivia(fact('231')!, index)).toBe(false);
	});

	it('asks no chase target beside the score that passed it (fresh444-04, fresh469-04)', () => {
		const text = `Wellbury Park lift county cup\n\nWellbury Park beat Sandholme by six wickets in the Mercian Cup final at Tolworth on Sunday.\n\nChasing 184 to win in 40 overs, Wellbury Park reached 186-4 with 11 balls to spare.\n\nSandholme had made 183 for nine, with Omar Riaz scoring 71.`;
		const index = articleIndexOf(text);
		const fact = (option: string) => index.facts.find((candidate) => candidate.option === option);
		expect(isTrivia(fact('184')!, index)).toBe(true);
		expect(isTrivia(fact('183')!, index)).toBe(false);
	});

	it('finds "Who converted?" leaning on the sentences before', () => {
		expect(hasDanglingDescription('Who converted?')).toBe(true);
		expect(hasDanglingDescription('Who converted the late try at Kingsholm?')).toBe(false);
	});
});

describe('"Sales rose" naming no firm (fresh204, fresh205, fresh210)', () => {
	it('finds "Sales rose _____ to £41.6m" dangling and keeps a named or qualified one', () => {
		expect(hasDanglingReference('Sales rose _____ to £41.6m, helped by new stores.')).toBe(true);
		expect(hasDanglingReference('Sales at Thimble & Skein rose _____ to £41.6m.')).toBe(false);
		expect(hasDanglingReference('Sales at shops open for more than a year fell by _____.')).toBe(
			false
		);
	});
});

describe('a UK nation its city names (fresh151, fresh193)', () => {
	it('finds "Glasgow" and "researchers in Aberdeen" giving Scotland away', () => {
		expect(
			namesCountry('A festival drew 6,000 dancers to Glasgow, the fastest in _____.', 'Scotland')
		).toBe(true);
		expect(
			namesCountry('A sponge off the coast of _____, researchers in Aberdeen said.', 'Scotland')
		).toBe(true);
		expect(
			namesCountry('A sponge off the coast of _____, researchers in Aberdeen said.', 'Wales')
		).toBe(false);
		expect(namesCountry('Councils in _____ will be ordered to pass on the rise.', 'England')).toBe(
			false
		);
	});
});

describe('the date of the next fixture (fresh207 and earlier)', () => {
	it('does not ask when a side will next play, and still asks when a match was played', () => {
		const text = `Coldbrook reach cup final\n\nColdbrook reached the Powergen Cup final for the first time with a 23-22 win over Harlow Park at Kingsholm on 12 March 2005.\n\nColdbrook will now face holders St Ives Athletic in the final at Twickenham on 16 April.`;
		const index = articleIndexOf(text);
		const date = (option: string) =>
			index.facts.find((fact) => fact.type === 'date' && fact.option.startsWith(option));
		expect(isTrivia(date('16 April')!, index)).toBe(true);
		expect(isTrivia(date('12 March')!, index)).toBe(false);
	});
});

describe("a person's firm going on after the person (fresh213, fresh201)", () => {
	const text = `Silvanus Pettigrove\n\nSilvanus Pettigrove (14 March 1752 – 2 November 1819) was an English clockmaker and instrument maker who worked in York for most of his life.\n\nHe made longcase regulator clocks for several observatories. By 1800 the firm employed 14 men. After his death his son ran the business, and the firm continued under the name Pettigrove & Son until 1856, when it was sold to a Leeds jeweller.`;

	it('names the man for "the firm employed 14 men", not for "the firm continued … when it was sold"', () => {
		const phrases = [...articleIndexOf(text).describedSubjects.entries()];
		const employed = phrases.find(([, subject]) => subject.name === 'Silvanus Pettigrove');
		expect(employed).toBeDefined();
		const sold = articleIndexOf(text).sentences.find((sentence) =>
			/until 1856/.test(sentence.text)
		);
		expect(articleIndexOf(text).describedSubjects.get(sold!.index)).toBeUndefined();
	});
});

describe('"which began on Monday" keeps its day (fresh210, fresh211)', () => {
	it('leaves no bare "which began."', () => {
		expect(withoutWeekday('Workers had joined the strike, which began on Monday.')).toBe(
			'Workers had joined the strike, which began on Monday.'
		);
		expect(withoutWeekday('The trial, which began on Monday, covers _____ beds.')).toBe(
			'The trial, which began on Monday, covers _____ beds.'
		);
		expect(withoutWeekday('The strike began on Monday in Guayas with _____ workers.')).toBe(
			'The strike began in Guayas with _____ workers.'
		);
	});

	it('leaves no bare "which came into force," (fresh239, fresh250)', () => {
		expect(withoutWeekday('The ban, which came into force on Saturday, covers _____ km.')).toBe(
			'The ban, which came into force on Saturday, covers _____ km.'
		);
	});
});

describe('a margin in the clause after "as" (fresh201, fresh222)', () => {
	it('does not ask "By how many runs did Tredwick hit the fastest century"', () => {
		const text = `Tredwick century sinks Somerset\n\nGloucestershire's Owain Tredwick hit the fastest century in the history of the Twenty20 Cup as his side beat Somerset by 58 runs in front of a sell-out crowd in Bristol.\n\nThe 23-year-old opener reached three figures from 41 balls.\n\nGloucestershire made 221 for four, their highest total in the competition.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.some((prompt) => /^By how many runs/.test(prompt))).toBe(false);
		const vote = `Liberal Democrats take Kelby\n\nThe Liberal Democrats have won the Kelby by-election, ending 40 years of Labour rule in the town.\n\nSusan Marlowe, a local councillor, took the seat by 1,412 votes on a swing of almost 19% from Labour.\n\nTurnout was 39.2%, down from 55.1% at the general election.`;
		expect(questionsOn(vote).some((question) => /^By how many votes/.test(question.prompt))).toBe(
			true
		);
	});
});

describe('the year of a jubilee or the dissolution of the monasteries (fresh201, fresh231, fresh234)', () => {
	it('does not ask the year an event every reader knows gives away', () => {
		const text = `Thirlby\n\nThirlby is a village in Northumberland, England, with a population of 412 at the 2001 census.\n\nA drinking fountain on the green was presented in 1887 to mark the golden jubilee of Queen Victoria.\n\nAfter the dissolution of the monasteries in 1539 the manor passed to the Thynne family.\n\nThe village school was rebuilt in 1894.`;
		const index = articleIndexOf(text);
		const year = (option: string) => index.facts.find((fact) => fact.option === option);
		expect(isTrivia(year('1887')!, index)).toBe(true);
		expect(isTrivia(year('1539')!, index)).toBe(true);
		expect(isTrivia(year('1894')!, index)).toBe(false);
	});
});

describe('"that figure" before the blank and "makers of such instruments" (fresh235, fresh238)', () => {
	it('drops a figure or a kind the sentence before named', () => {
		expect(
			hasDanglingDescription('Philippa Crossan said she expected that figure to reach _____.')
		).toBe(true);
		// The figure the sentence has just given, or one after the blank, is its own.
		expect(
			hasDanglingDescription(
				'The airline will begin with eight aircraft and double that number by _____.'
			)
		).toBe(false);
		expect(
			hasDanglingDescription(
				'Corvenar brought in _____ last year, although that figure was down 4%.'
			)
		).toBe(false);
	});
});

describe('a verb unchanged in the past after a plural subject (fresh245)', () => {
	it('asks "How many moose did drivers hit in 2004?", not "do drivers hit"', () => {
		const index = articleIndexOf(
			`Moose crashes rise\n\nSweden is to spend more on fences after a rise in road collisions with moose. The Swedish Road Administration said drivers hit about 5,600 moose in 2004, an increase of 12% on the year before.`
		);
		const count = index.facts.find((fact) => fact.option === 'about 5,600')!;
		expect(buildStem(count, index)?.prompt).toMatch(/^How many moose did drivers hit in 2004\b/);
	});
});

describe('a firm named by a list of surnames (fresh250)', () => {
	it('keeps "Orde, Grimshaw and Company", not "Isabella Orde, Grimshaw and Company"', () => {
		const text = `SS Larkhaven\n\nSS Larkhaven was a British cargo steamship built in 1911 for the Tyneside shipping firm of Orde, Grimshaw and Company. She was launched on 6 April 1911 by Mrs Isabella Orde, the wife of the company's chairman. Orde, Grimshaw and Company was hit by the slump of the early 1920s, and in 1925 Larkhaven was sold to a Liverpool firm.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Isabella Orde, Grimshaw/);
		expect(prompts.some((prompt) => /Orde, Grimshaw and Company/.test(prompt))).toBe(true);
	});
});

describe('"Chief executive Alison Fairhurst said the firm" (fresh197, fresh249 and earlier)', () => {
	it('drops "the firm" of a speaker the stem gives no firm, and keeps a named one', () => {
		expect(
			hasDanglingDescription(
				'Chief executive Alison Fairhurst said the firm had paid out _____ in compensation.'
			)
		).toBe(true);
		expect(
			hasDanglingDescription('Graham Pendle said the firm had trained all _____ of its staff.')
		).toBe(true);
		expect(
			hasDanglingDescription(
				'Sonatel chief executive Dr Martin Pegler said the company would recruit _____ staff.'
			)
		).toBe(false);
	});
});

describe('a surname with its particle (fresh258)', () => {
	it('writes "Joost van Boekel", not "Joost van Van Boekel"', () => {
		const text = `Van Boekel century gives Dutch win\n\nJoost van Boekel hit an unbeaten 131 as the Netherlands beat Scotland by six wickets in Amstelveen. Van Boekel, who was dropped on 14, put on 142 for the third wicket with Bas Heemskerk. "We always lose to Scotland," Van Boekel said.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Joost van Boekel/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/van Van/);
	});
});

describe('a pound conversion and "this period" (fresh218, fresh238, fresh259, fresh199)', () => {
	it('does not ask the pounds beside a foreign sum', () => {
		const text = `Accra opens bus lanes\n\nGhana's capital has opened its first bus-only lanes on the main road into the city centre. Drivers of private cars caught in the lanes face a fine of 500,000 cedis, about £30, and could have their vehicles impounded. Officials said journeys had already become faster.`;
		const index = articleIndexOf(text);
		const pounds = index.facts.find((fact) => fact.option === 'about £30');
		expect(pounds).toBeDefined();
		expect(isTrivia(pounds!, index)).toBe(true);
		const cedis = index.facts.find((fact) => /500,000/.test(fact.option));
		expect(cedis && isTrivia(cedis, index)).toBe(false);
	});

	it('finds "this period" and "this accuracy" leaning on the sentence before', () => {
		expect(
			hasDanglingDescription('How many charts did Jonas Hurworth produce during this period?')
		).toBe(true);
		expect(
			hasDanglingDescription('Tests at the Paris Observatory in _____ confirmed this accuracy.')
		).toBe(true);
		expect(hasDanglingDescription('Sales rose this year to _____.')).toBe(false);
	});
});

describe('a sentence opener kept as a capital mid-question (fresh260, fresh267)', () => {
	it('lowers an adjective that opens both the headline and the lead', () => {
		const text = `Cold snap warms profits at boot maker Grindlay\n\nCold weather and a rush of catalogue orders have helped Perth boot maker Grindlay lift its annual profits by 18%. The firm made £2.4m in the year to March, up from £2.0m. Chairman Ewan Grindlay said the company would open a second factory in Dundee.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/\S \w+ Cold weather/);
		expect(prompts.some((prompt) => /cold weather and a rush/.test(prompt))).toBe(true);
	});

	it('does not keep "Membership" as a name where it opens two sentences', () => {
		const text = `Harlow Field Club\n\nThe Harlow Field Club is a society for the study of the wildlife of the town of Harlow, founded in 1862. Membership was at first limited to 30. In 1890 the club moved into its own rooms above a bank in Fore Street. Membership reached a peak of 412 in 1911, and fell to 150 after the Second World War.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/\S.* Membership/);
	});
});

describe("a census year and a cricketer's role (fresh276, fresh277)", () => {
	it('offers other census years, ten years apart, beside "the census of 1841"', () => {
		const text = `Hallowsay\n\nHallowsay is a small island in the Outer Hebrides of Scotland. At the census of 1841 Hallowsay had a population of 88, living in 15 households and supported by fishing and kelp-making. The last families left in 1958.`;
		const options = threeOptionsFor(text, '1841', 3);
		for (const option of options) expect((Number(option) - 1841) % 10).toBe(0);
	});

	it('lowers "Leg-spinner" before a bowler\'s name inside a question (fresh303)', () => {
		const text = `Tredgold takes nine\n\nLeg-spinner Tom Tredgold took nine wickets for 52 as Northamptonshire beat Leicestershire inside three days at Grace Road. The 24-year-old turned the ball sharply on a dry pitch. Northamptonshire are now third in Division Two.`;
		const index = articleIndexOf(text);
		const wickets = index.facts.find(
			(fact) => fact.option === 'nine' && /^Leg-spinner/.test(fact.sentence.text)
		);
		expect(wickets).toBeDefined();
		expect(buildStem(wickets!, index)?.prompt).toMatch(/did leg-spinner Tom Tredgold/);
	});

	it('lowers "Seamer" before a bowler\'s name inside a question', () => {
		const text = `Carbis takes eight as Somerset win\n\nSeamer Jamie Carbis took eight wickets for 41 runs, the best figures of his career, as Somerset bowled out Leicestershire for 112 on the second day of their Championship match at Taunton.\n\nThe 22-year-old, in only his ninth first-class game, swung the ball late under heavy cloud. Somerset then reached 208 for three by the close.`;
		const index = articleIndexOf(text);
		const wickets = index.facts.find(
			(fact) => fact.option === 'eight' && /^Seamer/.test(fact.sentence.text)
		);
		expect(wickets).toBeDefined();
		expect(buildStem(wickets!, index)?.prompt).toMatch(/^How many wickets did seamer Jamie Carbis/);
	});
});

describe('a firm named after its founder, a British title and an age (fresh284–fresh286)', () => {
	it('keeps "Hensmoor" for the firm the article first named, not its founder', () => {
		const text = `Wet summer hits jam maker\n\nShares in Braddock Preserves, one of Britain's biggest jam makers, fell by a fifth on Tuesday after a wet summer pushed up the cost of fruit. Braddock, which employs 520 people at its factory near Ely, makes about 40 million jars of jam a year. The firm was founded in 1931 by Walter Braddock, a fruit grower. Chief executive Anne Pilling said the harvest had been the worst for 20 years.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /^Braddock, which employs/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Walter Braddock, which/);
	});

	it('keeps "Tallis" for the firm "Tallis Cycles Ltd" the article named before its founders', () => {
		const text = `Tallis Wren\n\nThe Tallis Wren was a motor scooter made by Tallis Cycles Ltd of Coventry between 1955 and 1961, with about 12,000 built. Tallis Cycles had been founded in 1898 by the brothers Samuel and Albert Tallis as a bicycle maker. In 1957 Tallis introduced the Wren Sport, with a 174 cc engine and a top speed of 55 mph. Production ended in December 1961.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /In 1957 Tallis introduced/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Albert Tallis introduced/);
	});

	it('keeps "Harwell" for the pub firm "Harwell Inns", not its founder (fresh376)', () => {
		const text = `Pub group sells its freeholds\n\nHarwell Inns, the Leeds-based pub group, has raised £95m by selling 180 of its pubs to a property fund and leasing them back. The firm was founded in 1979 by Graham Harwell, who still owns 38% of the shares. Chief executive Simon Alder said Harwell would spend £22m over the next two years adding kitchens to about 150 pubs.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Graham Harwell would spend/);
		expect(prompts.some((prompt) => /Harwell would spend/.test(prompt))).toBe(true);
	});

	it('keeps "Pellow" for the bus firm "Pellow Coaches", not its founder (fresh421)', () => {
		const text = `Fuel costs hit coach firm\n\nRising diesel prices have cut profits at Pellow Coaches, the bus operator which runs services across Devon and Cornwall. The firm was founded in 1952 by Arthur Pellow, a former lorry driver. Pellow said its fuel bill had climbed by £2.1m to £9.6m during the year.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Arthur Pellow said its/);
		expect(prompts.some((prompt) => /^Pellow said its fuel bill/.test(prompt))).toBe(true);
	});

	it('offers only British cities for a British title won in one', () => {
		const text = `Teenager wins British title\n\nSchoolgirl Amy Threlfall became the youngest British vault champion for 15 years when she won the title in Liverpool on Saturday. Threlfall, 15, will now compete at the European Championships in Munich in April and hopes to go to the Commonwealth Games in Melbourne next year. Her coach, Irena Kowalska, said she trained 20 hours a week.`;
		const index = articleIndexOf(text);
		const city = index.facts.find(
			(fact) => fact.option === 'Liverpool' && /vault/.test(fact.sentence.text)
		);
		expect(city).toBeDefined();
		const options = findDistractors(city!, index, createRandom(1));
		expect(options.length).toBe(3);
		for (const option of options) expect(['Munich', 'Melbourne']).not.toContain(option);
	});

	it('lowers "Fifteen-year-old" before a name inside a question', () => {
		const text = `Teenager takes national title\n\nFifteen-year-old Rowan Tebbit became the youngest British all-around gymnastics champion for 12 years with victory at the national championships in Liverpool. Tebbit scored 52.35 points. He trains at a club in Halifax. "We have to look after him," his coach said. "Fifteen is very young, and he has years ahead of him."`;
		const index = articleIndexOf(text);
		const place = index.facts.find((fact) => fact.option === 'Liverpool');
		expect(place).toBeDefined();
		const stem = buildStem(place!, index)?.prompt ?? '';
		expect(stem).toMatch(/fifteen-year-old Rowan Tebbit/);
	});
});

describe('a sentence in the middle of a quotation (fresh294)', () => {
	it('asks nothing of a sentence inside a quotation that runs over several', () => {
		const text = `Barrow maker cuts jobs\n\nWheelbarrow maker Cowley is to cut 120 jobs at its Doncaster factory because of rising steel prices. Managing director Ian Hallam said: "We have absorbed as much as we possibly can. Steel makes up nearly half the cost of a barrow, and when that goes up by 60% in 18 months you have very few places to turn. This is a painful decision." The firm will keep 290 staff in Doncaster.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Steel makes up|you have very few/);
	});
});

describe('a stem that gives a player only an age, and a golf score (fresh287, fresh293, fresh298)', () => {
	it('asks nothing that opens "The 23-year-old …"', () => {
		const text = `Keeper Ogunbiyi saves penalty\n\nGoalkeeper Femi Ogunbiyi saved a late penalty as ten-man Ellerby beat Stanwick 1-0 to go top of the Northern League. The 23-year-old joined Ellerby on a free transfer last summer and has now kept 11 clean sheets this season. Ellerby have won 14 of their 20 games.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/^The 23-year-old/);
	});

	it('offers golf scores a few shots apart for "finished with a 65"', () => {
		const text = `Ekholm wins in Portugal\n\nSweden's Lars Ekholm won the Algarve Classic by one shot on Sunday. Ekholm, who began the final round six shots behind, finished with a 65 that included an eagle at the 17th. He won €150,000, the biggest prize of his career.`;
		const options = threeOptionsFor(text, '65', 2);
		for (const option of options) expect(Math.abs(Number(option) - 65)).toBeLessThanOrEqual(8);
	});
});

describe('a declaration and an owner-less "Production" (fresh296, fresh297)', () => {
	it('offers at most nine wickets for "declared on 548 for seven"', () => {
		const text = `Sussex pile up 548\n\nTom Kimbell made a career-best 187 as Sussex declared on 548 for seven shortly before the close against Kent at Hove. Kent were 31 for one at stumps. Sussex need a win to stay in Division One.`;
		const options = threeOptionsFor(text, 'seven', 4);
		expect(options).not.toContain('ten');
	});

	it('offers no landlocked country for "the southern coast of _____" (fresh298)', () => {
		const text = `Storm sinks trawlers\n\nAt least 120 fishermen are missing after a storm sank 30 trawlers in the Bay of Bengal off the southern coast of Bangladesh, officials say. Navy ships from Chittagong have joined the search. The storm hit on Tuesday night with winds of 90km/h, and Afghanistan and Nepal sent condolences.`;
		const index = articleIndexOf(text);
		const country = index.facts.find((fact) => fact.option === 'Bangladesh');
		expect(country).toBeDefined();
		for (const seed of [1, 2, 3, 4, 5]) {
			const options = findDistractors(country!, index, createRandom(seed));
			expect(options.length).toBe(3);
			expect(options).not.toContain('Afghanistan');
			expect(options).not.toContain('Nepal');
		}
	});

	it('does not keep "Production" as a name mid-question', () => {
		const text = `Alnby Sprite\n\nThe Alnby Sprite was a small car made in Coventry by Alnby Motors Ltd between 1956 and 1961. Production began in October 1956 at the firm's works in Foleshill. Production peaked in 1958, when 2,140 cars were built, and fell to only 388 in 1960. The firm closed in 1962.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/\S.* Production/);
	});
});

describe('a buyer, an old club and a cricket score (fresh280, fresh295, fresh300, fresh221)', () => {
	it('does not read "the group" as the firm the lead says was sold to a group', () => {
		const text = `Baby food maker sold\n\nLittle Sprout, the Bristol firm that makes organic food for babies, has been sold to the Swiss food group Hallmann for £47m. The firm was started in a family kitchen in 1997. In the year to June, Little Sprout's sales rose by 38% to £21.3m. Chief executive Markus Imbach said the group would spend £5m expanding the Avonmouth factory.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Little Sprout would spend/);
	});

	it("does not give a signing's old goals to the club that bought him", () => {
		const text = `Ulverton break record for striker\n\nUlverton Town have broken their transfer record to sign striker Danny Clapton from Saltmarsh United for £2.4m. Manager Russell Oakes said the deal showed the club's ambition. Clapton, 24, has scored 58 goals in 171 appearances for the club since his debut in 1999. Saltmarsh chairman Geoff Hockley said he was sorry to see him go.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/for Ulverton Town/);
	});

	it('offers cricket scores a few runs apart, not fifty', () => {
		const text = `Aldwinkle takes eight\n\nLeft-arm spinner Rory Aldwin took eight wickets as Northamptonshire beat Glamorgan by an innings at Wantage Road. Glamorgan, who had been made to follow on 249 runs behind, were bowled out for 187 shortly before six o'clock. Northamptonshire are now second in Division Two.`;
		const options = threeOptionsFor(text, '187', 5);
		for (const option of options) expect(Math.abs(Number(option) - 187)).toBeLessThan(100);
	});
});

describe('the other club of a transfer (fresh316, fresh317)', () => {
	const SIGNING = `Pellbury sign Danish forward Kjaer\n\nChampionship side Pellbury Rovers have broken their transfer record to sign Danish forward Mikkel Kjaer from Ostervang BK for £1.3m. Kjaer, 23, scored 14 goals for his old club last season. Ostervang coach Jens Falk said the Danish club had turned down an offer of £900,000 from Pellbury in June. The Championship side have won only two of their first eight league games.`;

	it('names the club the player left for "the Danish club", not the one that bought him', () => {
		const prompts = questionsOn(SIGNING).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Ostervang BK had turned down/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Pellbury Rovers had turned down/);
	});

	it('still names the buyer where the description is the lead\'s own ("the Championship side")', () => {
		const prompts = questionsOn(SIGNING).map((question) => question.prompt);
		expect(prompts.some((prompt) => /^Pellbury Rovers have won/.test(prompt))).toBe(true);
	});

	it('is no transfer where a firm signs up customers', () => {
		const text = `Harbrook Direct in profit\n\nHarbrook Direct, the internet-only bank launched in 2001, has reported its first annual profit after signing up more than 150,000 new customers. The Leeds-based bank made a pre-tax profit of £3.1m in the year to December. Harbrook said it would open a call centre in Bradford next year.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /^Harbrook Direct made a pre-tax profit/.test(prompt))).toBe(
			true
		);
	});

	it('reads "sign Oakstead United striker …" as leaving Oakstead United', () => {
		const text = `Wendle pay record fee\n\nChampionship side Wendle Town have broken their transfer record to sign Marlcombe Athletic striker Craig Dunmore for £1.8m. Dunmore scored 22 goals last season. The League Two side reported a loss of £740,000 for the year to May 2004.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /^Marlcombe Athletic reported a loss/.test(prompt))).toBe(true);
	});
});

describe('the buyer a lead describes (fresh323)', () => {
	const SALE = `Dutch group buys Devon fudge maker\n\nTrevasse Fudge, one of Devon's best-known makers of clotted cream fudge, has agreed to be taken over by the Dutch sweets group Van Houtkamp Zoet in a deal worth £18m, it said on Tuesday. Trevasse was founded in 1931 and employs 140 people. The Dutch group has promised to spend £2m on a new kitchen at the Totnes factory. Trevasse will keep its name.`;

	it('names the buyer for "The Dutch group"', () => {
		const prompts = questionsOn(SALE).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Van Houtkamp Zoet (has )?promised/.test(prompt))).toBe(true);
	});

	it('reads "Trevasse Fudge, one of Devon\'s best-known makers …, has agreed" as its subject', () => {
		expect(subjectNameOf(articleIndexOf(SALE).sentences[1])).toBe('Trevasse Fudge');
	});
});

describe('a racehorse the lead names (fresh328)', () => {
	it('names "the gelding" after "Ridden by …," as the lead\'s winner', () => {
		const text = `Outsider Copper Reel wins Kelso chase\n\nCopper Reel, a ten-year-old owned by a group of 14 Border shepherds, won the Teviot Gold Cup at Kelso on Saturday at odds of 25-1. Ridden by 19-year-old Shaun Rennick, the gelding beat Dunmore Lass by six lengths in the three-mile chase. Copper Reel had not won a race for two years. Copper Reel will now be aimed at the Scottish Grand National.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Shaun Rennick, Copper Reel beat/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/the gelding/);
	});
});

describe('a lead whose subject comes first and its opponent after the verb (fresh332)', () => {
	it('names "the Conference South club" as the lead\'s subject, not "League Two side Coldbrook United"', () => {
		const text = `Part-timers Wexley hold Brancaster\n\nNon-league Wexley Athletic came from two goals down to draw 2-2 with League Two side Brancaster City in the FA Cup first round on Saturday. A crowd of 2,816 saw a late header from defender Tom Ibbott rescue the Conference South club. Wexley Athletic will now travel to Brancaster for the replay on 16 November. Wexley manager Alan Prior said his side had earned the replay.`;
		expect(subjectNameOf(articleIndexOf(text).sentences[1])).toBe('Wexley Athletic');
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/rescue Brancaster City/);
	});

	it('still names a firm described after the verb when no name comes before it', () => {
		const text = `Lingerie sales up\n\nStrong demand for its own-brand nightwear helped lingerie retailer Satinby increase its profits by 21% last year, the company said on Tuesday.`;
		expect(subjectNameOf(articleIndexOf(text).sentences[1])).toBe('Satinby');
	});
});

describe('a firm named in its own renaming, and a bare "both" (fresh337, fresh339, fresh340, fresh345)', () => {
	it('does not put the firm\'s name into "the firm adopted the name …"', () => {
		const text = `Tollard & Sons\n\nTollard & Sons is a rope maker in Bridport, Dorset. The firm was founded in 1794 by Amos Tollard. In 1851 control passed to his sons, and the firm adopted the name Tollard & Sons. The firm employed 240 people in 1900.`;
		const index = articleIndexOf(text);
		const renaming = index.sentences.find((sentence) => /adopted the name/.test(sentence.text));
		expect(renaming).toBeDefined();
		const prompt =
			'In _____ control passed to his sons, and the firm adopted the name Tollard & Sons.';
		expect(nameDescribedSubject(prompt, renaming!.index, index.describedSubjects)).toBe(prompt);
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((question) => /^Tollard & Sons employed/.test(question))).toBe(true);
	});

	it('does not turn "Harbin Seeds Limited" into a limited company, but names a firm going public', () => {
		const limited = new Map([[0, { phrase: 'the firm', name: 'Harbin Seeds Limited' }]]);
		const prompt = 'His sons turned the firm into a limited company in _____.';
		expect(nameDescribedSubject(prompt, 0, limited)).toBe(prompt);
		const plc = new Map([[0, { phrase: 'the firm', name: 'Harbin & Sons' }]]);
		expect(nameDescribedSubject('In _____ the firm became a public limited company.', 0, plc)).toBe(
			'In _____ Harbin & Sons became a public limited company.'
		);
	});

	it('does not ask "Who converted both?"', () => {
		const text = `Penrick edge Harwood\n\nPenrick beat Harwood 14-12 on Saturday. Wingers Tom Arle and Ben Sayer scored a try each for Penrick. Fly-half Owen Gale converted both. Harwood's points came from the boot of Jack Penney.`;
		const index = articleIndexOf(text);
		const sentence = index.sentences.find((candidate) => /converted both/.test(candidate.text));
		expect(sentence).toBeDefined();
		expect(pointsBackWithoutName('Who converted both?', sentence!, index)).toBe(true);
		expect(pointsBackWithoutName('Who converted both tries?', sentence!, index)).toBe(false);
	});
});

describe('a country its people in the title give away (fresh412)', () => {
	it('does not ask "the Chouf mountains of _____" under a "Lebanese" headline', () => {
		const text = (headline: string) =>
			`${headline}\n\nFor the first time in forty years, silkworms are being raised in the Chouf mountains of Lebanon, as villagers try to revive a trade that once employed thousands. A grant of 400,000 euros from the European Union has paid for mulberry saplings and a reeling workshop in the village of Baaqline. Lebanon exported about 300 tonnes of raw silk a year in the 1920s, mostly to France and Italy.`;
		expect(asksFor(text('Lebanese hill villages revive silk trade'), 'Lebanon')).toBe(false);
		expect(asksFor(text('Hill villages revive silk trade'), 'Lebanon')).toBe(true);
	});
});

describe('the reviews of fresh427–fresh434', () => {
	it('asks about the first of three clauses run on with commas without the second (fresh434-14)', () => {
		const text = `Skarvay\n\nSkarvay is an inhabited island in the Inner Hebrides of Scotland, lying 3 km off the coast of Coll. It has an area of 8.2 square kilometres. Mains electricity reached the island by an undersea cable in 1958, a stone jetty was completed in 1963, and a post office followed in 1967. The island had a population of 71 at the 2001 census.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /undersea cable/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/cable, a stone jetty/);
	});

	it('keeps the asterisk of "Grade II*" in the stem (fresh432-16)', () => {
		const text = `Harrowden Gaol\n\nHarrowden Gaol is a former prison in Harrowden, Norfolk, England. It was built in 1824 and closed in 1929.\n\nThe gaol was listed at Grade II* in 1954. It held 150 prisoners at its peak.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Grade II\*/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Grade II(?!\*)/);
	});

	it('does not ask "The remaining _____" or "made up a further _____" (fresh434-03, fresh434-04)', () => {
		const text = `Pickle maker Branwell lifts sales\n\nPickle maker Branwell Foods has raised its sales by 12% to £24m, the company said on Monday. Supermarkets took 61% of its output last year. The remaining 39% went to restaurants and delicatessens.`;
		const index = articleIndexOf(text);
		const remaining = index.sentences.find((sentence) => /remaining/.test(sentence.text))!;
		const asked = (prompt: string) => pointsBackWithoutName(prompt, remaining, index);
		expect(asked('The remaining _____ went to restaurants.')).toBe(true);
		expect(asked('Exports to France made up a further _____.')).toBe(true);
		expect(asked('Solway Breeze was a further _____ lengths back in third.')).toBe(true);
		// Read on their own, and kept by most reviewers.
		expect(asked('Branwell plans to spend a further _____ on a new plant.')).toBe(false);
		expect(asked('The council will pay £2m, with the remaining _____ from the lottery.')).toBe(
			false
		);
		expect(asksFor(text, '39%')).toBe(false);
	});

	it('ends a predicate at ", chosen because …" and keeps "sold as 50kg" and "fines and costs" (fresh439-10, fresh437-10, fresh442-11)', () => {
		const stems = (text: string) => questionsOn(text).map((question) => question.prompt);
		const theatre = `Theatre to reopen\n\nThe Alexandra Theatre in Penmouth will reopen on 14 April with a production of the melodrama The Corsican Brothers, chosen because it makes full use of the stage traps. The restoration cost £2.4m. The theatre closed in 1998.`;
		expect(stems(theatre).some((prompt) => /Corsican Brothers\?$/.test(prompt))).toBe(true);
		for (const prompt of stems(theatre)) expect(prompt).not.toMatch(/chosen\?/);
		const coal = `Coal merchant fined\n\nA Doncaster coal merchant has been fined £3,500 after trading standards officers found that sacks sold as 50kg were on average 5kg light. Officers weighed 40 sacks. The merchant admitted 12 offences.`;
		for (const prompt of stems(coal)) expect(prompt).not.toMatch(/sacks sold\?/);
		const netting = articleIndexOf(
			`Salmon netters fined\n\nFour men have been ordered to pay a total of £7,200 in fines and costs and have lost their boat.`
		);
		const clause = parseClause(netting.sentences.find((sentence) => !sentence.heading)!)!;
		expect(spanText(clause.sentence, clause.rest)).toMatch(/in fines and costs$/);
	});

	it('keeps the options of what a survey found below the number it asked (fresh440-07)', () => {
		const text = `Hospital parking charges\n\nPatients can pay up to £30 a week to park at hospital, a survey has found. The Patients' Forum, which questioned 152 hospital trusts, found that 137 charged patients to park. The forum wants free parking for people having daily treatment.`;
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8])
			for (const option of threeOptionsFor(text, '137', seed))
				expect(Number(option)).toBeLessThan(152);
	});

	it('offers no year before the one a passage says its subject was built (fresh435-15)', () => {
		const text = `CS Kelvinhaugh\n\nCS Kelvinhaugh was a British cable ship built in 1904 for the Western Telegraph Company. She was broken up in 1951.\n\nKelvinhaugh was ordered in 1903 from a Glasgow yard at a cost of £61,200. The ship was 80 metres long. Her first major task was the laying in 1905 of a cable between Oban and Barra, which took nine days.`;
		for (const seed of [1, 2, 3, 4, 5])
			for (const option of threeOptionsFor(text, '1905', seed))
				expect(Number(option)).toBeGreaterThan(1904);
	});

	it('keeps a final round of golf within a few shots, whatever else the sentence counts (fresh431-08)', () => {
		const text = `Hartley wins in Portugal\n\nKatie Hartley from Cheshire won her first European Tour title on Sunday, coming from four shots behind with a final round of 65 to take the Algarve Ladies Classic. She finished on 14 under par, two ahead of Sweden's Ulla Berg.`;
		for (const seed of [1, 2, 3]) {
			const options = threeOptionsFor(text, '65', seed).map(Number);
			for (const option of options) expect(Math.abs(option - 65)).toBeLessThanOrEqual(8);
		}
	});

	it('offers no share above 100% beside "a 100% record" (fresh429-09)', () => {
		const text = `Tolworth stay top\n\nTolworth Rovers arrived at Mill Lane with a 100% record from nine league matches this season. They won again, beating Hexley 3-1 in front of a crowd of 1,204. Manager Gary Snaith said his side had been patient.`;
		for (const option of wrongOptionsOver(text, '100%', [1, 2, 3]))
			expect(Number(option.replace('%', ''))).toBeLessThan(100);
		// "up 150%" is a change, which may go beyond a whole.
		const rise = perturbNumber(parseWrittenNumber('150%')!, createRandom(1), new Set());
		expect(rise).toHaveLength(3);
	});

	it('offers no more nights than a week has (fresh430-12)', () => {
		const text = `Drive-in cinema for Pellham\n\nA drive-in cinema is to open on a disused airfield at Pellham in May, its owners said on Tuesday. Films will be shown five nights a week from May to October. Tickets will cost £12 a car.`;
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const options = threeOptionsFor(text, 'five', seed).map(
				(option) => parseWrittenNumber(option)!.value
			);
			for (const option of options) expect(option).toBeLessThanOrEqual(7);
		}
	});

	it('keeps a route number to its own digits, without a thousands comma (fresh433-02)', () => {
		const text = `Rural bus route saved\n\nA bus route linking four moorland villages has been saved by a £90,000 grant, Northumberland council said. The 947 service links Ellerby, Coldwick and Whitmoss with Newcastle, 24 miles away. About 300 passengers use it each week.`;
		for (const seed of [1, 2, 3]) {
			const options = threeOptionsFor(text, '947', seed);
			for (const option of options) expect(option).toMatch(/^\d{3}$/);
		}
	});

	it('does not ask a success rate the stem works out from its own two counts (fresh431-10)', () => {
		expect(
			answerFollowsFromStem(
				'Goal shooter Amy Cole scored 41 goals from 47 attempts, a success rate of _____.',
				'almost 87%'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Goal shooter Amy Cole scored 41 goals from 47 attempts, a success rate of _____.',
				'almost 77%'
			)
		).toBe(false);
	});
});

describe('the reviews of fresh435–fresh442', () => {
	const prompts = (text: string) => questionsOn(text).map((question) => question.prompt);

	it('asks a price for one of something as a cloze, not "For how much … a kilo?" (fresh435-02, fresh439-09)', () => {
		const text = `Madeira banana growers squeezed\n\nBanana growers on Madeira say they can no longer cover their costs. The growers' co-operative, Bananeira, has 1,400 members. Bananeira's members sell to wholesalers for about €1.90 a kilo, while imported fruit costs supermarkets close to €1.10.`;
		const asked = prompts(text);
		expect(asked.some((prompt) => /for _____ a kilo/.test(prompt))).toBe(true);
		for (const prompt of asked) expect(prompt).not.toMatch(/^For how much/);
	});

	it('does not ask "In what year was … the laying of …" of a year inside a noun phrase (fresh435-15)', () => {
		const text = `CS Kelvinhaugh\n\nCS Kelvinhaugh was a British cable ship built in 1904 for the Western Telegraph Company. She was broken up in 1951.\n\nKelvinhaugh's first major task was the laying in 1905 of a cable between Oban and Barra, which took nine days.`;
		for (const prompt of prompts(text))
			expect(prompt).not.toMatch(/^In what year was Kelvinhaugh's first/);
		expect(asksFor(text, '1905')).toBe(true);
	});

	it('leaves ", most of it …" after the answer out of a question (fresh436-15)', () => {
		const text = `Osterholm\n\nOsterholm is a low-lying island in the Blackwater estuary in Essex, England. The island covers about 48 hectares, most of it grazing marsh protected by earth sea walls. It was bought by a conservation trust in 1987.`;
		const asked = prompts(text);
		expect(asked.some((prompt) => /^How many hectares does Osterholm cover\?$/.test(prompt))).toBe(
			true
		);
	});
});

describe('the reviews of fresh443–fresh450', () => {
	const prompts = (text: string) => questionsOn(text).map((question) => question.prompt);

	it('drops "early" with "on Monday morning" (fresh443-01)', () => {
		expect(
			withoutWeekday(
				'The hole was found at the school early on Monday morning by caretaker Dennis Stather.'
			)
		).toBe('The hole was found at the school by caretaker Dennis Stather.');
	});

	it('keeps "licences and training" whole in a how-much question (fresh447-07)', () => {
		const text = `Touch-typing for seven-year-olds\n\nSeven-year-olds in Brantwick are to learn touch-typing in a trial at 12 primary schools. Brantwick Borough Council is spending £42,000 on licences and training for the two-year trial. The lessons begin in September.`;
		const asked = prompts(text);
		for (const prompt of asked) expect(prompt).not.toMatch(/on licences\?/);
	});

	it('reads "the company\'s bank" as the company\'s, not as the company (fresh443-03)', () => {
		const text = `Window maker Glazewell collapses\n\nDouble-glazing firm Glazewell Homes has collapsed with the loss of 420 jobs. Administrators from accountancy firm Hartley Crane were appointed on Tuesday after the Leeds-based company's bank refused to extend an overdraft of £4m. The firm had traded for 31 years.`;
		for (const prompt of prompts(text)) expect(prompt).not.toMatch(/after Glazewell Homes refused/);
		const index = articleIndexOf(text);
		const sentence = index.sentences.find((candidate) => /overdraft/.test(candidate.text))!;
		expect(index.describedSubjects.get(sentence.index)?.phrase).toBe('the Leeds-based company');
	});

	it('does not put a breed\'s name into "the first of the breed" (fresh448-15)', () => {
		const breed = new Map([[0, { phrase: 'the breed', name: 'the Wansdale terrier' }]]);
		const prompt = 'Rattler became the first of the breed to win a championship show in _____.';
		expect(nameDescribedSubject(prompt, 0, breed)).toBe(prompt);
		const canal = new Map([[0, { phrase: 'the canal', name: 'the Hexford Canal' }]]);
		expect(nameDescribedSubject('Most of the canal was closed in _____.', 0, canal)).toBe(
			'Most of the Hexford Canal was closed in _____.'
		);
	});

	it('offers no "one" before "tries" (fresh450-04)', () => {
		const text = `Quaye double wins cup\n\nWinger Kerry Quaye scored three tries as Trebarrow beat Kelsey Park 27-15 to lift the Women's National Cup for the first time. Trebarrow led 12-5 at half-time. A crowd of 1,650 watched the final.`;
		expect(wrongOptionsOver(text, 'three', [1, 2, 3, 4, 5, 6])).not.toContain('one');
	});

	it('does not ask "How many cinemas … with 146 screens?" (fresh449-03)', () => {
		const text = `Cinema chain goes digital\n\nCinema chain Lumiera is to spend £5.2m converting 36 of its screens to digital projection. Lumiera runs 19 cinemas with 131 screens, mostly in market towns. The work will be finished by 2007.`;
		for (const prompt of prompts(text)) expect(prompt).not.toMatch(/^How many cinemas .*with 131/);
	});

	it('does not ask "Until what year did she serve as its president?" with no body named (fresh450-14)', () => {
		const text = `Harriet Olderby\n\nHarriet Olderby (1851–1927) was an English mountaineer. In 1898 she founded the Northern Ladies' Climbing Club in Kendal. She served as its president until 1912. She climbed the Matterhorn in 1889.`;
		for (const prompt of prompts(text)) expect(prompt).not.toMatch(/serve as its president/);
		const index = articleIndexOf(text);
		const sentence = index.sentences.find((candidate) => /president/.test(candidate.text))!;
		expect(
			pointsBackWithoutName(
				'She founded a club in 1898 and served as its president.',
				sentence,
				index
			)
		).toBe(false);
	});
});

describe('the reviews of fresh451–fresh458', () => {
	const options = (written: string, seed: number) =>
		perturbNumber(parseWrittenNumber(written)!, createRandom(seed), new Set());

	it('keeps a price ending in 99p a pound apart, and a round answer among round options (fresh451-03, fresh451-12, fresh454-10)', () => {
		for (const seed of [1, 2, 3]) {
			for (const value of options('£4.99', seed)) expect(Math.round(value * 100) % 100).toBe(99);
			for (const value of options('£15', seed)) expect(value % 5).toBe(0);
			for (const value of options('£1.50', seed)) expect(Math.round(value * 100) % 50).toBe(0);
		}
	});

	it('keeps a share within "more than a quarter" said in words (fresh451-07)', () => {
		const text = `Hospital food waste\n\nPatients leave two in five hospital meals uneaten, an audit has found. The audit covered 3,200 meals at Kelby General Hospital. More than a quarter of the uneaten meals, 29%, were served to patients who were asleep.`;
		for (const option of wrongOptionsOver(text, '29%', [1, 2, 3, 4]))
			expect(Number(option.replace('%', ''))).toBeGreaterThan(25);
	});

	it('drops a part the stem gives as a total less its other parts, but not by years (fresh452-16)', () => {
		const stem =
			'It had been recorded at 58 sites: _____ in England, nine in Wales and three in Scotland.';
		expect(answerFollowsFromStem(stem, '46')).toBe(true);
		// Three other parts (fresh479-11).
		expect(
			answerFollowsFromStem(
				"Conservatives hold _____ of the council's 51 seats, with the Liberal Democrats holding 14, Labour six and independents four.",
				'27'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				"Conservatives hold _____ of the council's 51 seats, with the Liberal Democrats holding 14 and Labour six.",
				'27'
			)
		).toBe(false);
		// … and the whole the parts add up to.
		expect(
			answerFollowsFromStem(
				"Conservatives hold 27 of the council's _____ seats, with the Liberal Democrats holding 14, Labour six and independents four.",
				'51'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				"Conservatives hold 27 of the council's _____ seats, with the Liberal Democrats holding 14, Labour six and independents three.",
				'51'
			)
		).toBe(false);
		expect(
			answerFollowsFromStem(
				'Harnwick won the title in 1926-27 and reached the final in _____, losing 2-1.',
				'1921'
			)
		).toBe(false);
		// A year is no total: 2004 less 1,950 and 40 is 14 only by chance.
		expect(
			answerFollowsFromStem('By 2004 it had 1,950 members, 40 staff and _____ coaches.', '14')
		).toBe(false);
	});

	it('offers no name with a police rank in it for an artist (fresh454-11)', () => {
		const text = `Art teacher jailed for fakes\n\nA retired art teacher who painted and sold at least 23 fake works by the Cornish artist Ellen Trevaskis has been jailed for three years. Philip Yeo, 66, of Penzance, admitted fraud at Truro Crown Court. Constable Sarah Penrose said the fakes had been sold at auction. Prosecutor Raymond Dearlove said Yeo made £94,000. The court heard that Mary Hollis had bought two.`;
		for (const option of wrongOptionsOver(text, 'Ellen Trevaskis', [1, 2, 3, 4]))
			expect(option).not.toMatch(/^Constable/);
	});

	it('keeps "founded by Geoffrey Tressider and Alan Blakemore to make …" and "to be so recognised" whole (fresh457-16, fresh458-14)', () => {
		const clauseRest = (sentence: string) => {
			const index = articleIndexOf(`Head\n\n${sentence}`);
			const clause = parseClause(index.sentences.find((candidate) => !candidate.heading)!)!;
			return spanText(clause.sentence, clause.rest);
		};
		expect(
			clauseRest(
				'Kellan Electronics was founded in 1964 by the engineers Geoffrey Kellan and Alan Blakemore to make test equipment.'
			)
		).toMatch(/and Alan Blakemore to make test equipment$/);
		expect(
			clauseRest(
				'She was elected an honorary member of the society in 1884, one of the first women to be so recognised.'
			)
		).toMatch(/so recognised$/);
	});
});

describe('the reviews of fresh459–fresh466', () => {
	it('does not ask "Four of them were taken to hospital …" (fresh464-10)', () => {
		const text = `Spa pool outbreak\n\nA hotel firm has been fined £40,000 over an outbreak of Legionnaires' disease linked to its spa pool. Eleven guests fell ill. Four of them were taken to hospital, and a 68-year-old man spent nine days in intensive care.`;
		const index = articleIndexOf(text);
		const sentence = index.sentences.find((candidate) => /Four of them/.test(candidate.text))!;
		expect(
			pointsBackWithoutName(
				'Four of them were taken to hospital, and a man spent _____ days in intensive care.',
				sentence,
				index
			)
		).toBe(true);
		expect(asksFor(text, 'nine')).toBe(false);
	});

	it('does not blank the pounds of an old price in pounds and shillings (fresh438-16, fresh460-14)', () => {
		const text = `Ellisford Roamer\n\nThe Ellisford Roamer was a British motorcycle made by the Ellisford Motor Company of Coventry from 1926 to 1934. The first Roamer was shown at Olympia in November 1926 and went on sale the following spring at a price of £42 10s. About 3,100 were built.`;
		expect(asksFor(text, '£42')).toBe(false);
		expect(asksFor(text.replace('£42 10s', '£42'), '£42')).toBe(true);
	});
});

describe('the reviews of fresh459–fresh466, continued', () => {
	it('does not read "Ainscough hit 84 and … Lonsdale" as one subject (fresh462-05)', () => {
		const text = `Hembridge win club final\n\nCaptain Sarah Ainscough hit 84 and leg-spinner Kirsty Lonsdale took four wickets as Hembridge beat Lydgate Park by 37 runs to win the National Women's Club Championship final. Hembridge made 211 for six. Lydgate were all out for 174.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/^How many wickets did/);
	});

	it('does not read "sales rose by 19% … and pre-tax profits" as one subject (fresh468-07)', () => {
		const text = `Pellow Bakeries profits climb\n\nPellow Bakeries, the Bristol maker of crumpets and muffins, has reported higher profits after winning a contract to supply a supermarket chain.\n\nIn the year to March 2005, the firm's sales rose by 14% to £18.2m and pre-tax profits climbed 27% to £1.6m.\n\nThe firm employs 240 people at its bakery in Avonmouth.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => prompt.includes('pre-tax profits'))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/did .*rose by/);
	});

	it('writes a role that opened the sentence in lower case mid-question (fresh466-05)', () => {
		const text = `Jessop takes indoor rowing title\n\nFirefighter Craig Jessop won the men's open title at the British Indoor Rowing Championships in Birmingham on Sunday, covering 2,000 metres in 5 minutes 52.4 seconds. Jessop, 31, trains at a gym in Leeds. He beat 212 rivals.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /firefighter Craig Jessop/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/\S Firefighter/);
	});
});

describe('the reviews of fresh475–fresh482', () => {
	it('does not ask the day of a death whose year the lead gives (fresh475-13, fresh480-13)', () => {
		const text = `Josiah Trenwith\n\nJosiah Trenwith (1731 – 1798) was an English clockmaker who worked in Bodmin, Cornwall.\n\nTrenwith was apprenticed to a Truro watchmaker in 1745 and opened his own shop in Bodmin in 1756.\n\nHe made about 400 longcase clocks, many of them for Cornish farmhouses.\n\nHe died at Bodmin on 17 November 1798 and was buried at St Petroc's Church.\n\nHis workshop passed to his nephew, William Trenwith.`;
		const index = articleIndexOf(text);
		const death = index.facts.find((fact) => fact.option === '17 November 1798');
		expect(death).toBeDefined();
		expect(isAskable(death!, index)).toBe(false);
		expect(questionsOn(text).some((question) => answerOf(question) === '1745')).toBe(true);
	});

	it('asks nothing of a results line with no verb (fresh481-12)', () => {
		const text = `Voters back council tax rise\n\nVoters in Fossbury have chosen a 4.5% rise in council tax in a referendum on the council's budget.\n\nThe council asked all 96,000 registered voters to choose between three budgets in a postal ballot.\n\nOption A, a 2.5% rise with the closure of Ashmead pool: 12,864 votes (31.1%).\n\nOption B, a 4.5% rise with no cuts to services, won 19,211 votes.\n\nTurnout was 43%.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/^Option A/);
	});

	it('offers the beaten side fewer games than the winner (fresh478-05)', () => {
		const text = `Cowgate end long wait for quoits title\n\nCowgate Inn won the Weardale Quoits League championship for the first time since 1978, beating Blackhall Mill four games to two in Saturday's final at Fellhope.\n\nThe final was watched by about 200 people.`;
		for (const option of wrongOptionsOver(text, 'two', [1, 2, 3, 4, 5, 6]))
			expect(parseWrittenNumber(option)!.value).toBeLessThan(4);
	});

	it('prices dearer goods ending in 99p five or ten pounds apart (fresh481-09)', () => {
		for (const seed of [1, 2, 3]) {
			const options = perturbNumber(parseWrittenNumber('£79.99')!, createRandom(seed), new Set());
			expect(options.length).toBeGreaterThanOrEqual(3);
			for (const value of options) expect(Math.round((value + 0.01) * 100) % 1000).toBe(0);
		}
		for (const value of perturbNumber(parseWrittenNumber('£14.99')!, createRandom(1), new Set()))
			expect(Math.round((value + 0.01) * 100) % 500).toBe(0);
	});

	it('finds "Exports accounted for _____ of sales" naming no firm (fresh477-03)', () => {
		expect(
			hasDanglingReference(
				'Exports accounted for _____ of sales, with France, Germany and the Netherlands its biggest markets.'
			)
		).toBe(true);
		expect(hasDanglingReference("Exports now make up _____ of Stobworth's turnover.")).toBe(false);
	});

	it('names the firm the headline describes where the lead is about others (fresh477-03)', () => {
		const text = `Carp fishing boom lifts profits at hook maker Astley & Daunt\n\nCarp anglers across Europe have helped Astley & Daunt, one of the last fish hook makers in Redditch, to lift its annual profits by 18%.\n\nThe Worcestershire firm made pre-tax profits of £2.1m in the year to March, on sales 9% higher at £12.4m.\n\nAstley & Daunt employs 140 people, the company said on Tuesday.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /^Astley & Daunt made pre-tax profits/.test(prompt))).toBe(
			true
		);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Worcestershire firm/);
	});

	it('finds "it" after a long opening phrase pointing back (fresh475-06, fresh424-04)', () => {
		expect(
			hasDanglingReference('On the south coast of Cornwall it made up _____ of barnacles counted.')
		).toBe(true);
		expect(
			hasDanglingReference('In the year to the end of December it made pre-tax profits of _____.')
		).toBe(true);
		expect(
			hasDanglingReference('In 1986 Cruikshank & Vetch managers bought it back for _____.')
		).toBe(false);
		expect(
			hasDanglingReference('On Wednesday Salford City Council said it had secured _____.')
		).toBe(false);
	});

	it('takes no opening "Sales" for the owner of "its" (fresh485-03)', () => {
		const prompt =
			'Sales of its shed and garage felts rose by _____, while its membranes grew by 8%.';
		expect(hasDanglingReference(prompt, 'not a person', new Set(['sales']))).toBe(true);
		expect(
			hasDanglingReference(
				'Ridgecote said its sales rose by _____.',
				'not a person',
				new Set(['ridgecote'])
			)
		).toBe(false);
	});

	it('offers a minority administration no majority of the seats (fresh490-12, fresh458-11)', () => {
		const text = `Independents take charge in Hexwold\n\nIndependent councillors have taken control of Hexwold District Council for the first time, ending 20 years of Labour rule.\n\nBrenda Kilvington will head a minority administration, with her group holding 22 of the council's 48 seats.\n\nThe council meets on Thursday.`;
		for (const option of wrongOptionsOver(text, '22', [1, 2, 3, 4, 5, 6, 7, 8]))
			expect(Number(option)).toBeLessThanOrEqual(24);
	});

	it("asks no golf event's length in holes (fresh485-04)", () => {
		const text = `Brightwell wins play-off\n\nRookie Hannah Brightwell won the Kilbraddan Ladies Classic in a play-off on Sunday.\n\nBrightwell finished level with Marta Ruiz on five under par after 72 holes on a windswept final day.\n\nShe holed a 12-foot putt at the second extra hole to win £45,000.`;
		const index = articleIndexOf(text);
		const holes = index.facts.find((fact) => fact.option === '72');
		expect(holes).toBeDefined();
		expect(isTrivia(holes!, index)).toBe(true);
		expect(
			isTrivia(
				index.facts.find((fact) => fact.option === '£45,000')!,
				index
			)
		).toBe(false);
	});

	it('finds "_____ were found in farm manure heaps" counting what it does not name (fresh487-06)', () => {
		expect(
			countsWithoutNoun('_____ were found in farm manure heaps, which were once thought likely.')
		).toBe(true);
		expect(countsWithoutNoun('_____ was transferred to bank accounts in Dubai.')).toBe(false);
	});

	it('keeps a hyphenated surname whole when it names "the 19-year-old" (fresh485-05)', () => {
		const text = `Student takes Laser title\n\nSouthampton student Tom Rendle-Hayes won the national Laser championship at Tarrant Sands on Sunday.\n\nThe 19-year-old, who sails for Porthcoven Sailing Club, won both of Sunday's races to finish on 21 points, four ahead of his nearest rival.\n\nMore than 80 boats took part.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => prompt.startsWith('Tom Rendle-Hayes, who sails'))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Tom Rendle,/);
	});
});

describe('the reviews of fresh491–fresh498', () => {
	it('ends a predicate before a second past verb after a comma, and before "and rose to" (fresh492-14, fresh496-14)', () => {
		const won = articleIndexOf(
			`Hilda Marsh\n\nHilda Marsh (1905 - 1981) was an English aviator. She won the Kingsmere Trophy air race in 1934, flew more than 400 aircraft during the war, and later ran a flying school.`
		);
		const clause = parseClause(won.sentences.find((sentence) => /Kingsmere/.test(sentence.text))!)!;
		expect(spanText(clause.sentence, clause.rest)).toBe('the Kingsmere Trophy air race in 1934');
		const rose = articleIndexOf(
			`Edith Hawk\n\nEdith Hawk (1908 - 1990) was an English aviator. She joined in 1940 as one of its first women pilots and rose to the rank of first officer.`
		);
		const joined = parseClause(rose.sentences.find((sentence) => /joined/.test(sentence.text))!)!;
		expect(spanText(joined.sentence, joined.rest)).toBe('in 1940 as one of its first women pilots');
	});

	it('keeps "hiring and installing the bridge" and "new and repaired aircraft" whole (fresh493-01, fresh492-14)', () => {
		const text = `Army bridge reopens glen\n\nAn Army bridge has ended the isolation of a Highland glen after floods.\n\nHighland Council is paying about £180,000 towards the cost of hiring and installing the bridge, which will stay for 18 months.\n\nThe bridge was built by Royal Engineers.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /hiring and installing the bridge/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/cost of hiring\?$/);
	});

	it('asks a figure beside a second figure of the same thing as a cloze (fresh493-12)', () => {
		const text = `Council demands empty RAF homes\n\nCouncillors have demanded that the Ministry of Defence hand over 190 empty homes at an RAF base.\n\nCouncillor Richard Ashby said the MoD was spending about £1,100 a year on maintaining and securing each empty house, more than £200,000 a year in total.\n\nThe base closed in 2003.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/^How much was the MoD spending/);
	});

	it('finds "at the same time" pointing back (fresh493-12)', () => {
		expect(
			hasDanglingReference(
				'How many households does East Kesteven District Council have on its waiting list at the same time?'
			)
		).toBe(true);
	});
});

describe('the reviews of fresh499–fresh506, and the verdicts on record scopes and event venues', () => {
	const triviaOf = (text: string, option: string) => {
		const index = articleIndexOf(text);
		const fact = index.facts.find(
			(candidate) => candidate.option === option && !candidate.sentence.heading
		);
		expect(fact, `no fact "${option}"`).toBeDefined();
		return isTrivia(fact!, index);
	};

	it('asks no UK nation a record is claimed within (fresh268-12, fresh498-12)', () => {
		const theatre = `Waiting room becomes theatre\n\nA disused waiting room on a Cumbrian railway station has been turned into what its owners believe is the smallest full-time theatre in England.\n\nThe theatre seats 24 people.`;
		expect(triviaOf(theatre, 'England')).toBe(true);
		const councils = `Councils get fines powers\n\nCouncils in England are to be given the power to fine people who drop chewing gum, ministers have announced.\n\nFines will be £80.`;
		expect(triviaOf(councils, 'England')).toBe(false);
		const patients = `Stroke drug rarely given\n\nOnly about one in every 100 stroke patients in England is being given a clot-busting drug, an audit has found.\n\nThe audit covered 200 hospitals.`;
		expect(triviaOf(patients, 'England')).toBe(false);
		const council = `Grant refused\n\nOnly one council in England has refused the grant, officials say.\n\nThe grant is worth £2m.`;
		expect(triviaOf(council, 'England')).toBe(false);
	});

	it('asks no venue an event named after a place gives away (fresh427-10, fresh154-09)', () => {
		const golf = `Rookie wins in Hungary\n\nEnglish rookie Sam Withycombe holed a bunker shot on the final green to win the Lake Balaton Open in Hungary by one stroke.\n\nHe collected £40,000.`;
		expect(triviaOf(golf, 'Hungary')).toBe(true);
		const swim = `Teenager books world place\n\nSixteen-year-old Chloe Aspinwall won the 200m backstroke at the British Championships to earn a place at this summer's World Championships in Montreal.\n\nShe swam 2:11.4.`;
		expect(triviaOf(swim, 'Montreal')).toBe(false);
		const gliding = `Glider pilot wins title\n\nTamsin Rook has become the first British woman to win a world gliding title at the Women's World Gliding Championships in Poland.\n\nShe is 34.`;
		expect(triviaOf(gliding, 'Poland')).toBe(false);
	});

	it('finds "its" with only a person named before it (fresh473-14, fresh296-13)', () => {
		const people = new Set(['christina', 'bethune', 'waddell']);
		expect(
			hasDanglingReference(
				'Christina Bethune Waddell, then aged _____, took over its management with her brother.',
				'not a person',
				new Set(),
				people,
				people
			)
		).toBe(true);
		// A firm that bears two surnames, which no pronoun shows to be a person, owns its revenue.
		expect(
			hasDanglingReference(
				'Thorley Overend made pre-tax profits of _____ last year, with 60% of its revenue from locks.',
				'not a person',
				new Set(),
				new Set(['thorley', 'overend']),
				new Set()
			)
		).toBe(false);
	});

	it('finds "the firm" or "the company" the stem names nothing before (fresh503-16, fresh400-03)', () => {
		expect(
			hasDanglingReference("In the year to 31 March 2005 the firm's turnover rose _____ to £41.6m.")
		).toBe(true);
		expect(
			hasDanglingReference(
				'Sales of winter boots fell by _____ at retailer Stepwise, the company said.'
			)
		).toBe(false);
		expect(
			hasDanglingReference(
				'The company, Andes Tierra Resources, wants to spend _____ on a new open pit.'
			)
		).toBe(false);
		expect(
			hasDanglingReference(
				'Figures published by the company show that _____ journeys began or ended at the halt.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'In _____ Philadelphia Crake handed management of the firm to her eldest son.',
				'not a person',
				new Set(),
				new Set(['philadelphia', 'crake'])
			)
		).toBe(false);
	});

	it('writes a role joined by a hyphen in lower case mid-question (fresh499-05)', () => {
		const text = `Hessleby win promotion\n\nScrum-half Craig Fothergill scored 14 points as Hessleby Hornets came from behind to beat Calder Vale 26-18 in the National League Two grand final and win promotion.\n\nFothergill kicked five goals from five attempts in front of a crowd of 5,412.\n\nCalder Vale led 18-14 with less than 20 minutes left.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /scrum-half Craig Fothergill/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/\S.*Scrum-half/);
	});

	it('names "the school" without the preposition that opened the lead (fresh505-08)', () => {
		const text = `Cycling to school soars\n\nAt Moorside School in Tansford, 212 pupils now ride to school, compared with 38 in 2003.\n\nThe school spent £45,000 on a covered shelter with 150 spaces.\n\nThe shelter opened in 2004.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Moorside School (spent|spend)\b/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/At Moorside School (spent|spend)\b/);
	});

	it('keeps "and private donors to pay for" in the predicate (fresh505-10)', () => {
		const index = articleIndexOf(
			`Museum gallery\n\nThe museum has raised £140,000 from the Heritage Lottery Fund and private donors to pay for the room.`
		);
		const clause = parseClause(index.sentences.find((sentence) => /raised/.test(sentence.text))!)!;
		expect(spanText(clause.sentence, clause.rest)).toMatch(
			/and private donors to pay for the room$/
		);
	});

	it('asks no conversion written as "is worth", no tennis prize grade, no match length in sets (fresh503-02, fresh501-04, fresh506-04)', () => {
		const soles = `Guinea pig farmers\n\nPeru's guinea pig farmers are selling bigger animals.\n\nEach animal fetches 15 soles. Fifteen soles is worth about £2.50, which is a large sum in the region.`;
		expect(triviaOf(soles, 'about £2.50')).toBe(true);
		const tennis = `Inchbold wins title\n\nEighteen-year-old Amy Inchbold won the first title of her career, beating Petra Hladikova 6-4 3-6 7-5 in the final of the $25,000 Bolton Indoor Challenge.\n\nShe won in three sets after saving a match point.`;
		expect(triviaOf(tennis, '$25,000')).toBe(true);
		expect(triviaOf(tennis, 'three')).toBe(true);
		const prize = `Film wins award\n\nA stop-motion film has won the £10,000 Auldgate Award for short film.\n\nIt took two years to make.`;
		expect(triviaOf(prize, '£10,000')).toBe(false);
		const run = `Coach resigns\n\nCanadian Marc Lapointe has resigned as head coach of Kirkhill Kings after a run of nine defeats in 11 games.\n\nHe joined in 2003.`;
		expect(triviaOf(run, '11')).toBe(false);
	});

	it('offers only low-wage countries where a firm moves its making (fresh499-03, fresh492-03)', () => {
		const text = `Doormat maker to cut jobs\n\nHalstead & Pryce, one of Britain's last large doormat makers, is to cut 85 jobs at its West Yorkshire factory and move production of its coir mats to India.\n\nThe firm employs 240 people.`;
		const wrong = wrongOptionsOver(text, 'India', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong)
			expect([
				'Germany',
				'France',
				'the US',
				'Japan',
				'Australia',
				'the UK',
				'Brazil',
				'Russia'
			]).not.toContain(option);
	});
});

describe('the reviews of fresh507–fresh514', () => {
	it('takes "the group" for no party the lead names (fresh512-11)', () => {
		// The set's own article, to the paragraph after "The group": the party is named throughout.
		const text = `Independents end Labour's 30-year grip on Wyremoor council\n\nLabour has lost control of Wyremoor District Council in Lancashire for the first time since the authority was created in 1974, after a group of independent candidates campaigning against a waste incinerator won a majority of seats.\n\nThe Wyremoor Independents, formed only two years ago, took 26 of the council's 48 seats in Thursday's elections, up from nine. Labour's share fell from 29 seats to 14.\n\nThe Liberal Democrats won five seats, down one, and the Conservatives three, down one. All seats on the council were up for election following boundary changes.\n\nTurnout was 44.6%, compared with 29.1% at the last full council elections in 2000. The election was one of those in the North West held entirely by postal ballot, and the count at the town's leisure centre did not finish until after 4am on Saturday.\n\nThe Independents' leader, retired head teacher Brian Cottam, 63, is expected to be confirmed as council leader at its annual meeting on 22 June. He said the result showed voters had lost patience with a council that had stopped listening. "People in Wyremoor have been telling this council for two years that they don't want an incinerator on their doorstep, and they have been ignored," he said. "Today they have made themselves heard."\n\nThe group was set up in 2002 after the council backed plans by a waste company, Northline Energy, to build a £62m incinerator on the site of a former chemical works at Hesketh Marsh, about half a mile from the nearest homes. The plant would burn up to 180,000 tonnes of household and business waste a year.\n\nMr Cottam said his group would ask council officers to find a way of withdrawing the council's support for the plant, which is still awaiting a decision from Lancashire County Council as the planning authority. He also promised to freeze council tax next year and to reopen the public toilets in Wyremoor's market place, which were closed in 2003 to save £24,000 a year.\n\nAmong the Labour councillors who lost their seats was the council leader, Ron Gilligan, 58, who had represented the Northgate ward since 1983. He was beaten by 212 votes by an Independent candidate, 27-year-old nursery nurse Kirsty Baines.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/Labour was set up/);
		const index = articleIndexOf(text);
		const group = index.sentences.find((sentence) => /The group was set up/.test(sentence.text))!;
		expect(index.describedSubjects.get(group.index)?.name).not.toBe('Labour');
	});

	it('finds a share in words before the blank giving the answer away (fresh512-06)', () => {
		expect(
			answerFollowsFromStem('Almost two-thirds, _____, said they had been woken by noise.', '64%')
		).toBe(true);
		expect(answerFollowsFromStem('About _____ of patients said they had been woken.', '64%')).toBe(
			false
		);
	});

	it('offers no year of the war, or before it, for what came after it (fresh512-14)', () => {
		const text = `Evelyn Nethercote\n\nEvelyn Nethercote (1904 - 1980) was an English aviator. She joined the Air Transport Auxiliary in 1940. After the war Nethercote founded a school of flying near Romsey in 1947. She flew until the age of 72.`;
		for (const option of wrongOptionsOver(text, '1947', [1, 2, 3, 4, 5, 6]))
			expect(Number(option)).toBeGreaterThan(1945);
	});

	it('finds an opening "Exports" whose firm the stem never names, among countries of two words (fresh509-03)', () => {
		expect(
			hasDanglingReference(
				'Exports rose to _____ of sales, with new distributors in the Netherlands, Germany and the Czech Republic.'
			)
		).toBe(true);
	});

	it('finds a seat count the stem gives every other part of, with four figures (fresh511-11)', () => {
		expect(
			answerFollowsFromStem(
				"Labour holds 36 of Cressingham Borough Council's 64 seats, with _____ Conservatives, nine Liberal Democrats and two independents.",
				'17'
			)
		).toBe(true);
		// Three small figures make a count of their own by chance: "five tries, two points, four matches".
		expect(
			answerFollowsFromStem(
				'Dunmore scored 5 tries and _____ points in 4 matches over 2 weekends.',
				'11'
			)
		).toBe(false);
	});

	it('moves a date after a weekday by whole weeks, with no year given (fresh508-01)', () => {
		const text = `Bank van to tour villages\n\nA bank is to send a van to 11 villages after closing its branches.\n\nThe bank said its converted van would make its first run on Monday 7 March.\n\nThe van will carry a safe.`;
		const wrong = wrongOptionsOver(text, '7 March', [1, 2, 3]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(['14 March', '21 March', '28 March']).toContain(option);
	});

	it('keeps "the" before a body named as a modifier (fresh513-11)', () => {
		const text = `Council meetings to go online\n\nMeetings of Norbeck District Council are to be shown live on the internet from January.\n\nFour cameras and new microphones will be installed in the council chamber at Norbeck Town Hall at a cost of £38,000.\n\nThe council has 39 members.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /the Norbeck District Council chamber/.test(prompt))).toBe(
			true
		);
		for (const prompt of prompts) expect(prompt).not.toMatch(/in Norbeck District Council chamber/);
	});
});

describe('the reviews of fresh515–fresh522', () => {
	it("asks a figure with a second party's figure after a comma as a cloze (fresh521-11)", () => {
		const text = `Defection ends Labour control\n\nLabour has lost control of Wenmouth council after a councillor defected.\n\nThe Liberal Democrats now have 13 seats, the Conservatives nine, and there are two independents.\n\nA new leader will be chosen in May.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/^How many seats do the Liberal Democrats/);
	});

	it('finds "them" with no plural before it, but not "most of them" after a count (fresh521-10)', () => {
		const people = new Set(['rupert', 'gethin']);
		expect(
			hasDanglingReference(
				'For how much did Rupert Gethin sell them apiece?',
				'not a person',
				new Set(),
				people
			)
		).toBe(true);
		expect(hasDanglingReference('At least 38 people were injured, _____ of them seriously.')).toBe(
			false
		);
	});

	it('offers no whole below the part a later "of which" gives (fresh519-11)', () => {
		const text = `Councillors scrap prayers\n\nCouncillors have voted to stop saying prayers before meetings.\n\nThe council received 214 letters and emails on the issue, of which 171 opposed scrapping the prayers.\n\nThe vote was 22 to 19.`;
		for (const option of wrongOptionsOver(text, '214', [1, 2, 3, 4, 5, 6]))
			expect(Number(option.replace(/,/g, ''))).toBeGreaterThan(171);
	});
});

describe('the reviews of fresh523–fresh546', () => {
	it('keeps a gerund phrase after a counted noun in the subject (fresh518-08)', () => {
		const text = `Care leavers try student life\n\nForty teenagers living in foster homes and children's homes have spent a week in student halls at Kelmarsh University.\n\nThe scheme cost £12,000.\n\nIt will run again next summer.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts).toContain(
			"How many teenagers living in foster homes and children's homes have spent a week in student halls at Kelmarsh University?"
		);
	});

	it('keeps the commas of a participle phrase set off in the subject (fresh27-05)', () => {
		const text = `Skiers cut off by snow\n\nAbout 3,000 tourists, including several hundred Britons, are stranded in the Alpine resort of Val Ferrent after avalanches blocked its only road.\n\nHelicopters flew in food on Sunday.\n\nThe road may reopen on Tuesday.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/tourists including/);
	});

	it('ends the predicate before "and" with a new subject, a phrase and its verb (fresh513-08)', () => {
		const text = `Library to close for refit\n\nBradwell's central library will close for six months from March for a £1.4m refit.\n\nPaul Ridgeway, the council's head of libraries, said the library issued about 640,000 items a year and queues at the main counter often stretched to 20 people on Saturday mornings.\n\nA temporary library will open in the market hall.`;
		const question = questionsOn(text).find((candidate) =>
			candidate.options.includes('about 640,000')
		);
		expect(question?.prompt).toBe(
			'How many items did the library issue a year, according to Paul Ridgeway?'
		);
	});

	it('does not take "and women who had" for a new clause (fresh347-11)', () => {
		const text = `Heart patients helped by walking\n\nHeart patients who walk for half an hour a day recover faster, a study suggests.\n\nResearchers at the Kelbrook Heart Centre followed 212 men and women who had recently been treated for a heart attack.\n\nThe study ran for two years.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/How many men /);
	});

	it('does not name the speaker twice when she is the subject (fresh530-10)', () => {
		const text = `Hungarian novel wins translation prize\n\nA Hungarian novel first published in 1968 has won this year's Kelmer Prize for Literary Translation.\n\nThe Long Plain, by Ferenc Halasi, was translated into English by Morag Baillie, a 61-year-old former teacher from Inverness, and published last year by Thistle Press.\n\nThe prize of £8,000 is shared between the author and the translator.\n\nMs Baillie, who taught French at a school in Nairn for 32 years, began learning Hungarian at 50. She said she had spent four years on the translation.\n\nThe book will be published in Hungary next year.`;
		const question = questionsOn(text).find((candidate) => candidate.options.includes('four'));
		expect(question?.prompt).toBe('How many years had Morag Baillie spent on the translation?');
	});

	it('sets "up slightly on the 59.4%" against the figure it rose from (fresh527-11)', () => {
		const text = `Bill would make voting compulsory\n\nAn MP has introduced a bill that would fine adults who fail to vote.\n\nTurnout at May's general election was 61.4%, up slightly on the 59.4% recorded in 2001 but well below the 77.7% of 1992.\n\nThe bill is unlikely to become law.`;
		for (const option of wrongOptionsOver(text, '61.4%', [1, 2, 3, 4, 5, 6]))
			expect(parseFloat(option)).toBeGreaterThan(59.4);
	});

	it('reads "a plant opened by the firm in 1987 employs" as one subject and its verb (fresh528-13)', () => {
		const subjectOf = (sentence: string) => {
			const clause = parseClause(articleIndexOf(`Title\n\n${sentence}`).sentences[1]);
			return clause && spanText(clause.sentence, clause.subject);
		};
		expect(subjectOf('The bridge opened in 1962 carries 4,000 cars a day.')).toBe(
			'The bridge opened in 1962'
		);
		// Read as a noun, the verb after the date leaves no clause to ask about.
		expect(
			subjectOf(
				'A wind turbine and a hydro-electric scheme installed in 2005 supply most of the power.'
			)
		).toBeUndefined();
	});

	it('keeps options below "less than half the 90p" (fresh523-02)', () => {
		const text = `Glut leaves plum growers dumping fruit\n\nPlum growers in the Vale of Kelby are dumping fruit after a glut.\n\nFarmers say buyers are offering as little as 40p a kilogram, less than half the 90p paid at the start of last season.\n\nSome growers have stopped picking.`;
		const wrong = wrongOptionsOver(text, '40p', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(parseFloat(option)).toBeLessThan(45);
	});

	it('keeps the figure a multiple is taken of below its share (fresh366-03)', () => {
		const text = `Payments firm grows\n\nA Leeds payments firm has tripled its business in a year.\n\nAmberpay handled transfers worth £46m in the year to the end of March, more than three times the £14m it processed in the previous 12 months.\n\nIt employs 40 people.`;
		const wrong = wrongOptionsOver(text, '£14m', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(parseFloat(option.slice(1))).toBeLessThan(46 / 3);
	});

	it('finds "that share" with no figure before it in the stem (fresh527-03)', () => {
		expect(
			hasDanglingReference(
				'Managing director Giles Pellister, 48, said he expected that share to reach _____ by 2008.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Online sales made up _____ of the total last year, and the firm hopes to double that figure by 2007.'
			)
		).toBe(false);
	});

	it('keeps a passive participle and its agent in a counted subject (fresh533-09)', () => {
		const text = `Miner's lost plays to be staged\n\nThree plays written by a County Durham miner in the 1930s, which were thought to have been lost, are to be performed in a tour of former colliery villages.\n\nThe scripts were found in a loft in Consett.\n\nThe tour starts in March.`;
		const question = questionsOn(text).find((candidate) => candidate.options.includes('Three'));
		expect(question?.prompt).toBe(
			'How many plays written by a County Durham miner in the 1930s, which were thought to have been lost, are to be performed in a tour of former colliery villages?'
		);
	});

	it('reads "won" as the verb when the tagger calls it an adjective (fresh531-05)', () => {
		const text = `Rintoul kicks Glenrothie to cup\n\nGlenrothie won rugby's Scottish Cup for the first time as fly-half Calum Rintoul kicked 14 points in a 24-19 victory over Strathkellie at Murrayfield.\n\nThe club was founded in 1921.\n\nIts captain is Ross Baird.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/did Glenrothie won/);
	});

	it('finds 100 years given away by a centenary in the title (fresh538-08)', () => {
		expect(
			answerFollowsFromStem(
				'Harlow Town was founded _____ years ago by workers at the Bexfield ironworks.',
				'100',
				'Football club hires composer to mark its centenary'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Harlow Town was founded _____ years ago by workers at the Bexfield ironworks.',
				'100',
				'Football club hires composer for new anthem'
			)
		).toBe(false);
	});

	it('keeps a wartime requisition within the war (fresh535-15)', () => {
		const text = `Corriemar\n\nCorriemar is a steam yacht built in 1902 for a Glasgow shipowner.\n\nIn 1915 Corriemar was requisitioned by the Admiralty for use as an armed patrol yacht.\n\nShe was returned to her owner in 1919.`;
		const wrong = wrongOptionsOver(text, '1915', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		expectEachWithin(wrong, 1914, 1918);
	});

	it('keeps a final-round golf score among believable rounds (fresh532-04)', () => {
		const text = `Heskin holds on in Wales\n\nEngland's Laura Heskin won her first Ladies European Tour title with a final-round 67 at the Welsh Ladies Classic, holding off Sweden's Karin Lindqvist by one shot.\n\nHeskin, 26, finished on 12 under par.\n\nShe had missed the cut at the event last year.`;
		const wrong = wrongOptionsOver(text, '67', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Math.abs(Number(option) - 67)).toBeLessThanOrEqual(6);
	});

	it('finds "the Finn" with no name before it (fresh536-11)', () => {
		expect(
			hasDanglingReference(
				'Nathan Greatrex, who started the final round two strokes behind the Finn, collects _____ from a prize fund of €150,000.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Jack Trewin has become the first Briton in _____ years to win the Finn class world championship.'
			)
		).toBe(false);
	});

	it('keeps an age within the decade of life the stem names (fresh532-14)', () => {
		for (const age of ['62', '68']) {
			const text = `Hester Ledyard\n\nHester Ledyard (1861–1940) was an English mountaineer.\n\nShe continued to climb into her sixties, making her last Alpine ascent at the age of ${age}.\n\nShe died in Keswick.`;
			const wrong = wrongOptionsOver(text, age, [1, 2, 3, 4, 5, 6]);
			expect(wrong.length).toBeGreaterThan(0);
			expectEachWithin(wrong, 60, 69);
		}
	});
});

describe('the reviews of fresh539–fresh546', () => {
	it('does not take a Crown Court named after a place for a person (fresh540-11, fresh546-10)', () => {
		const index = articleIndexOf(
			`Clothes thieves jailed\n\nFour men who stole 180 tonnes of clothes from charity banks have been jailed at Bradford Crown Court.\n\nPreston Crown Court heard the gang sold the clothes abroad.\n\nJudge Simon Hartley said the offences were serious.`
		);
		const people = index.facts.filter((fact) => fact.type === 'person').map((fact) => fact.option);
		expect(people).toContain('Simon Hartley');
		expect(people).not.toContain('Bradford Crown Court');
		expect(people).not.toContain('Preston Crown Court');
	});

	it('keeps "the" before a school named as a modifier of "scheme" (fresh540-08)', () => {
		const text = `Pupils run their own bank\n\nChildren at Bellhaugh Primary School in Gateshead are running their own bank.\n\nThe school's bank opens every Friday and has 140 savers.\n\nCredit union worker Alan Lorimer said 31 parents had opened accounts after hearing about the school scheme from their children.\n\nThe bank was set up in May.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /the Bellhaugh Primary School scheme/.test(prompt))).toBe(true);
		for (const prompt of prompts)
			expect(prompt).not.toMatch(/about Bellhaugh Primary School scheme/);
	});

	it('does not read "it" in a life\'s passage as the person (fresh540-14)', () => {
		const text = `Thomas Ivison\n\nThomas Ivison (14 March 1768 – 2 November 1834) was an English land surveyor, best known for his Map of the County of Westmorland, published in 1811. Based on seven years of work, it was one of the most detailed county maps of its time.\n\nIvison was born in Kendal in 1768.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/Thomas Ivison was one of the most detailed/);
		// The dates of the engineer who devised an instrument are not the instrument's.
		const instrument = `Emsley seismograph\n\nThe Emsley seismograph was an early mechanical instrument for recording earthquakes, devised in 1889 by the English engineer Thomas Emsley (1841–1909). It was one of the first seismographs to be used in Britain, and between 1891 and 1924 instruments of the type were operated at eleven observatories.\n\nA restored example is at the Science Museum.`;
		expect(
			questionsOn(instrument).some((question) =>
				/^The Emsley seismograph was one of the first/.test(question.prompt)
			)
		).toBe(true);
	});

	it('ends the predicate before ", even though" (fresh546-08)', () => {
		const text = `Church takes cards\n\nA Norfolk church has put a card reader beside its collection plate.\n\nCash collections at St Botolph's have fallen by about 14% since 2001, even though the average Sunday congregation has stayed at around 120.\n\nThe reader cost £300.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/even\?$/);
		const question = questionsOn(text).find((candidate) => candidate.options.includes('about 14%'));
		expect(question?.prompt).toBe(
			"By what percentage have cash collections at St Botolph's fallen since 2001?"
		);
	});

	it('does not ask the year a change started from beside the year it ended (fresh544-16)', () => {
		const text = `Orbitone Rover\n\nThe Orbitone Rover was a range of portable transistor radios made by Orbitone Ltd of Slough between 1958 and 1966.\n\nThe first model, the Rover Junior, went on sale in 1958 at 12 guineas. Sales of the Rover range fell from a peak of about 75,000 in 1964 to fewer than 20,000 in 1966, when production ended.\n\nAbout 300 survive in the hands of collectors.`;
		for (const question of questionsOn(text)) expect(question.options).not.toContain('1964');
		// "reached the town in 1889 but closed to passengers in 1954": no change from 1889 to 1954.
		const railway = `Kirkby Wensall\n\nKirkby Wensall is a market town in North Yorkshire, England, on the River Ure.\n\nA branch railway from Ripon reached the town in 1889 but closed to passengers in 1954.\n\nThe town has a population of about 4,000.`;
		expect(questionsOn(railway).some((question) => question.options.includes('1889'))).toBe(true);
	});

	it('keeps a death at Ypres within the First World War (fresh539-14)', () => {
		const text = `Gwenllian Parry\n\nGwenllian Parry (1889–1961) was a Welsh botanist.\n\nHer brother was killed at Ypres in 1915.`;
		const wrong = wrongOptionsOver(text, '1915', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		expectEachWithin(wrong, 1914, 1918);
	});

	it("finds a score's margin and a model's number given in the stem (fresh541-05, fresh539-15)", () => {
		expect(
			answerFollowsFromStem(
				'The Otters went into the meeting trailing by _____ points after losing the first leg 47-43.',
				'four'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem('The Otters went into the meeting trailing by _____ points.', 'four')
		).toBe(false);
		expect(
			answerFollowsFromStem(
				'A larger model, the Tanager 250, had an engine of _____ cc and was made from 1959.',
				'249'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'A larger model had an engine of _____ cc and was made from 1959.',
				'249'
			)
		).toBe(false);
		// "Chasing 187" and a year beside a capital ("By 1980") are no model, and goals in a 6-3 win
		// are no margin.
		expect(
			answerFollowsFromStem('Chasing 187 to win, the side reached _____ for four.', '189')
		).toBe(false);
		expect(
			answerFollowsFromStem('By 1980 the gathering was attracting _____ visitors.', 'around 2,000')
		).toBe(false);
		expect(
			answerFollowsFromStem(
				'Darren Lachance scored _____ times in a 6-3 win over Cairnhill.',
				'three'
			)
		).toBe(false);
	});
});

describe('the reviews of fresh547–fresh562', () => {
	it('reads "that" before a verb as a pronoun for the sentence before (fresh557-02)', () => {
		expect(
			hasDanglingReference('Supporters said that would have met _____ of the annual demand.')
		).toBe(true);
		expect(
			hasDanglingReference(
				'Supporters said that the dam would have met _____ of the annual demand.'
			)
		).toBe(false);
	});

	it('leaves court costs out of the question about a fine (fresh557-11)', () => {
		const text = `Chip shop owner fined over fish\n\nA chip shop owner in Lowmarsh has been fined after tests showed he sold pollock as cod.\n\nTrading standards officers bought 12 portions from the Harbour Fryer in May.\n\nGareth Ambrose was fined £4,500 with £1,980 costs.\n\nHe told magistrates he had been misled by a supplier.`;
		const fine = questionsOn(text).find((question) => answerOf(question) === '£4,500');
		expect(fine?.prompt).toBe('How much was Gareth Ambrose fined?');
	});

	it('offers only larger figures for a threshold a figure will pass (fresh552-03)', () => {
		const text = `Glassworks expects record year\n\nA glassworks in Stourford has taken on 14 staff after orders from hotels doubled.\n\nManaging director Ruth Bellamy said she expected sales to pass £9m next year.`;
		const wrong = wrongOptionsOver(text, '£9m', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		expectEachWithin(
			wrong.map((option) => option.replace(/[£m]/g, '')),
			9.01,
			Infinity
		);
	});

	it('does not take people counted by their initials for the body "the group" names (fresh559-12)', () => {
		const text = `MPs should list hours spent on outside jobs, group says\n\nMPs should have to declare how many hours they spend on paid work outside Parliament, a cross-party group of backbenchers has said.\n\nThe group of 19 MPs, led by Labour's Hilary Mottram, says voters deserve to know.\n\nThe group's report, published on Tuesday, found that 171 MPs declared at least one paid job.\n\nMPs must already list their directorships in the Register of Members' Interests.\n\nThe group wants MPs to give their earnings to within £1,000.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/\bMPs['’]s\b|MPs wants/);
	});
});

describe('the reviews of fresh563–fresh570', () => {
	it('leaves where people come from out of their names (fresh564-04)', () => {
		const text = `Ansell wins indoor title\n\nKeeley Ansell won the Tynedale Indoor Open in Newcastle on Sunday.\n\nIn the doubles, Londoners Grace Okafor and Hannah Steele beat Petra Vondrackova and Lucie Havelkova.`;
		const people = articleIndexOf(text)
			.facts.filter((fact) => fact.type === 'person')
			.map((fact) => fact.option);
		expect(people).toContain('Grace Okafor');
		expect(people).not.toContain('Londoners Grace Okafor');
	});

	it('moves a sum after a change or a payment, never after a thing (fresh569-08)', () => {
		expect(
			settleArticle('The college has opened a(n) _____ forge to train smiths.', [
				'£380,000',
				'£80,000',
				'£180,000',
				'£280,000'
			])
		).toBeUndefined();
		expect(
			settleArticle('The firm reported a(n) _____ rise in profits.', ['18%', '8%', '28%', '38%'])
		).toBe('The firm reported a rise of _____ in profits.');
	});

	it("reads a ship's bare name in its own passage as the ship, not her namesake (fresh570-16)", () => {
		const text = `CS Tarrant\n\nCS Tarrant was a British cable ship built in 1923 for the Western Cable Company.\n\nShe was named after the company's chairman, Sir Walter Tarrant.\n\nAfter the war Tarrant was transferred to a state fleet in 1947.\n\nShe was scrapped in 1962.`;
		const transfer = questionsOn(text).find((question) => answerOf(question) === '1947');
		expect(transfer?.prompt).toMatch(/\bTarrant was transferred/);
		expect(transfer?.prompt).not.toMatch(/Walter Tarrant/);
	});

	it('keeps the start of a range of dates before its end (fresh570-02)', () => {
		const text = `Island bans cars for summer\n\nCouncillors on Kalimnos voted to keep all private cars off the island's roads from 1 July until 31 August.`;
		const wrong = wrongOptionsOver(text, '1 July', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong)
			expect(option).toMatch(/ (January|February|March|April|May|June|July|August)$/);
		// Over the new year, month and day cannot order the ends: the options are left free.
		const season = `Fishing season shortened\n\nUnder new rules the eel season will run from 1 December to 28 February instead of from November.`;
		expect(threeOptionsFor(season, '1 December', 1)).toHaveLength(3);
	});

	it('takes MSPs to name Scotland (fresh565-12)', () => {
		expect(namesCountry('a cross-party group of MSPs has said', 'Scotland')).toBe(true);
		expect(namesCountry('a cross-party group of MPs has said', 'Scotland')).toBe(false);
	});

	it('ends the predicate at ", and" before a verb compromise calls an adjective (fresh566-16)', () => {
		const text = `Stenwick\n\nThe Stenwick company was a maker of motorcycles in Wolverhampton.\n\nThe Stenwick company was founded in 1909 by Harold Stenwick, a bicycle maker, and produced motorcycles in small numbers before the Second World War.\n\nIt closed in 1961.`;
		const founded = questionsOn(text).find((question) => answerOf(question) === '1909');
		expect(founded?.prompt).not.toMatch(/produced/);
	});

	it('finds a count of years the two years in the stem give away (fresh569-03)', () => {
		expect(
			answerFollowsFromStem(
				'Sales fell from £7.2m in 2002 to £4.9m in 2005, against a profit of £340,000 _____ years earlier.',
				'three'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'The mill closed in 1996, and the last of its looms was sold _____ years later, in 1999.',
				'3'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Sales fell to £4.9m in 2005, against a profit of £340,000 _____ years earlier.',
				'three'
			)
		).toBe(false);
	});

	it('keeps later years of a made thing after the year its making began (fresh568-15)', () => {
		const text = `Thurlby Fieldman\n\nThe Thurlby Fieldman was a small farm tractor built by Thurlby & Cole Ltd at Market Lenton in Lincolnshire, England, between 1948 and 1961.\n\nIts front axle tended to crack under heavy loads, a fault that was corrected in 1951.\n\nAbout 38,000 were made.`;
		const wrong = wrongOptionsOver(text, '1951', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		expectEachWithin(wrong, 1949, 1961);
	});

	it('does not ask the year of a survey whose finding follows (fresh563-13, fresh567-14)', () => {
		const river = `River Tarne\n\nThe Tarne is a river in Cumbria.\n\nA survey of 1840 recorded 14 working mills between Holme and the sea.`;
		expect(isTriviaOn(river, '1840')).toBe(true);
		const castle = `Caerwen Castle\n\nCaerwen Castle is a ruined castle in Wales.\n\nA survey of 1532 described the buildings as much decayed.`;
		expect(isTriviaOn(castle, '1532')).toBe(false);
	});

	it('finds a count of years given by the span written beside it (fresh571-05)', () => {
		expect(
			answerFollowsFromStem(
				'Researchers followed 11,240 adults for _____ years, from 1998 to 2003, recording every injury.',
				'five'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Researchers followed 11,240 adults for _____ years, recording every injury.',
				'five'
			)
		).toBe(false);
	});

	it('takes the Domesday survey to give its year (fresh574-13)', () => {
		const text = `River Sollen\n\nThe Sollen is a river in Devon.\n\nBy the time of the Domesday survey in 1086, at least four mills stood on the Sollen.`;
		expect(isTriviaOn(text, '1086')).toBe(true);
	});

	it('keeps "the" before a name that qualifies a noun (fresh573-07)', () => {
		const described = new Map([[3, { phrase: 'the school', name: 'Calverden High School' }]]);
		expect(
			nameDescribedSubject(
				'Aisha Begum, who chairs the school council, said _____ pupils voted.',
				3,
				described
			)
		).toBe('Aisha Begum, who chairs the Calverden High School council, said _____ pupils voted.');
	});

	it('needs a plural besides the subject of the stem for a count "of them" (fresh577-10)', () => {
		expect(
			hasDanglingReference(
				'Prints taken from 40 of them will go on show at the Guildhall Gallery from _____.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Rescue workers brought _____ of them to the surface during the morning.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Walkers have been asked to remove letterboxes from the moor, and _____ of them have gone.'
			)
		).toBe(false);
	});

	it('asks no when-question of a definition (fresh572-16)', () => {
		const text = `Wealdmarsh Bank\n\nThe Wealdmarsh Bank was a private country bank in Kent, founded in 1790.\n\nThe collapse of the Wealdmarsh Bank was the failure of the largest private bank in Kent in December 1841.\n\nAbout 3,000 depositors lost their savings.`;
		const index = articleIndexOf(text);
		const date = index.facts.find((fact) => fact.option === 'December 1841');
		expect(buildStem(date!, index)?.prompt).toMatch(/in _____\.$/);
	});

	it('offers census years for the year of a head count taken in one (fresh571-13)', () => {
		const text = `Torray\n\nTorray is an island in the Inner Hebrides of Scotland.\n\nTorray's population reached its peak of 186 in 1841, when most families lived by fishing.\n\nThe last residents left in 1958.`;
		const wrong = wrongOptionsOver(text, '1841', [1, 2, 3, 4]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Number(option) % 10).toBe(1);
	});
});

describe('the reviews of fresh579–fresh586', () => {
	it('names the body, not its members, for "the council" (fresh580-11)', () => {
		const text = `Parish council votes to disband after nobody stands\n\nA Cumbrian parish council has voted to abolish itself after failing to find enough people willing to serve on it for the second time in four years.\n\nMembers of Nether Ashgill Parish Council agreed by four votes to one on Monday night to ask Eden Vale District Council to replace it with a parish meeting, at which every one of the village's 172 electors could speak and vote.\n\nThe council should have seven members, but only three candidates came forward at the last elections in May 2003, and two of those have since moved away. Four more members were co-opted in 2004, but the council has still struggled to reach its quorum of three.`;
		const names = [...articleIndexOf(text).describedSubjects.values()].map(
			(subject) => subject.name
		);
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(name).toBe('Nether Ashgill Parish Council');
	});

	it('keeps a count of months within the calendar year it names (fresh584-09)', () => {
		const text = `Man jailed for stealing road signs\n\nA man who stole road signs from country lanes has been jailed.\n\nDarren Gillan, 38, took the signs over a period of ten months in 2004, the court heard.`;
		const wrong = wrongOptionsOver(text, 'ten', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(parseWrittenNumber(option)!.value).toBeLessThanOrEqual(12);
	});
});

describe('the reviews of fresh3–fresh586, read again', () => {
	const NEWS = `Park keepers to return after petition\n\nKeepers are to return to Hollin Park in Garthley after a campaign by residents.`;
	const PASSAGE = `Hexworth\n\nHexworth is a market town in Shropshire, England.`;

	it('sets aside a figure in a "with" phrase that describes a thing in passing (fresh384-02)', () => {
		const group = `${NEWS}\n\nThe Friends of Hollin Park, a volunteer group with 180 members, collected 2,400 signatures.`;
		expect(isTriviaOn(group, '180')).toBe(true);
		expect(isTriviaOn(group, '2,400')).toBe(false);
		const vote = `${NEWS}\n\nGarthley Town Council backed the plan by 19 votes to 6, with five abstentions, on Monday.`;
		expect(isTriviaOn(vote, 'five')).toBe(true);
		const charity = `${NEWS}\n\nThe Hollin Park Trust is a registered charity with 650 members.`;
		expect(isTriviaOn(charity, '650')).toBe(false);
		const added = `${PASSAGE}\n\nIn 1904 she gave her herbarium, together with 26 volumes of notes, to the town.`;
		expect(isTriviaOn(added, '26')).toBe(true);
	});

	it("sets aside a town's count of listed buildings (fresh230-14)", () => {
		expect(isTriviaOn(`${PASSAGE}\n\nHexworth has 58 listed buildings.`, '58')).toBe(true);
		expect(isTriviaOn(`${PASSAGE}\n\nHexworth has 58 shops.`, '58')).toBe(false);
	});

	it('sets aside the age someone left school at (fresh437-14)', () => {
		const text = `Ada Pellow\n\nAda Pellow (1881–1950) was an English botanist.\n\nShe left school at 15 and worked as a clerk in a seed merchant's office.`;
		expect(isTriviaOn(text, '15')).toBe(true);
	});

	it("sets aside an athlete's best or a record's earlier mark (fresh232-10)", () => {
		const text = `Teenager wins indoor high jump\n\nA Leeds teenager has won the high jump at the Sheffield indoor meeting.\n\nOwen Marsh cleared a personal best of 2.21m to beat a field of twelve.`;
		expect(isTriviaOn(text, '2.21m')).toBe(true);
		expect(isTriviaOn(text, 'twelve')).toBe(false);
	});

	it('sets aside what a thing once sold for, but not a price per unit (fresh442-14)', () => {
		const mill = `${PASSAGE}\n\nThe mill was sold for £640 in 1881 and became a tannery.`;
		expect(isTriviaOn(mill, '£640')).toBe(true);
		const slates = `${NEWS}\n\nSlates from the old lodge were sold for £4 a square metre to builders.`;
		expect(isTriviaOn(slates, '£4')).toBe(false);
	});

	it('sets aside the year of a last move beside a death (fresh468-13)', () => {
		const text = `Josiah Penwith\n\nJosiah Penwith (1781–1849) was a Cornish clockmaker.\n\nPenwith moved to Truro in 1840 and died there in 1849.`;
		expect(isTriviaOn(text, '1840')).toBe(true);
	});

	it("sets aside how many of an artist's own pictures a book held (fresh524-14)", () => {
		const book = `${PASSAGE}\n\nHer account of the journey appeared in 1910, illustrated with 52 of her own drawings.`;
		expect(isTriviaOn(book, '52')).toBe(true);
		const vote = `${NEWS}\n\nThe leader lost a vote on Tuesday after two of her own councillors sided with the opposition.`;
		expect(isTriviaOn(vote, 'two')).toBe(false);
	});
});

describe('the reviews of fresh587–fresh594', () => {
	it('reads a model number after a capital "The" (fresh589-13)', () => {
		expect(
			answerFollowsFromStem('The Swift 125 had a _____ cc engine and a three-speed gearbox.', '124')
		).toBe(true);
		expect(answerFollowsFromStem('The Swift had a _____ cc engine.', '124')).toBe(false);
	});

	it('needs an antecedent for "it" after an opening "To …" phrase (fresh592-03)', () => {
		expect(
			hasDanglingReference('To meet the order, it will buy 40 new looms at a cost of _____.')
		).toBe(true);
	});

	it('reads "its" in an apposition to a name as pointing elsewhere (fresh588-13)', () => {
		expect(
			hasDanglingReference('Grey Heron, its first steam lifeboat, was built at a cost of _____.')
		).toBe(true);
		expect(
			hasDanglingReference(
				'A mill employing _____ people in Bury will close in March, its German owner has said.'
			)
		).toBe(false);
	});

	it('finds no owner in the parts of the world a firm exports to (fresh588-03)', () => {
		expect(
			hasDanglingReference('Exports, mainly to Scandinavia and the Gulf, make up _____ of sales.')
		).toBe(true);
		expect(
			hasDanglingReference('Exports, mainly to Scandinavia, make up _____ of Pelham Ropes sales.')
		).toBe(false);
	});

	it('takes no kind from a thing the lead says the subject acts on (fresh591-13)', () => {
		const text = `Coldharbour Mole\n\nColdharbour Mole is a granite breakwater sheltering the harbour of Coldharbour, a port in Cumbria.\n\nIt was finished in 1881.\n\nThe harbour behind the mole covers about 18 hectares.\n\nThe mole was repaired in 1953.`;
		const phrases = [...articleIndexOf(text).describedSubjects.values()].map(
			(subject) => subject.phrase
		);
		expect(phrases).toContain('the mole');
		expect(phrases).not.toContain('the harbour');
	});

	it('keeps "new and rebuilt" schools together in a question (fresh589-03)', () => {
		const text = `Furniture maker Pellow & Hart wins £7m schools order\n\nShrewsbury-based office furniture maker Pellow & Hart is to create 45 jobs after winning a £7m contract to supply tables, chairs and cupboards to new and rebuilt primary schools.\n\nThe firm, founded in 1962, employs 210 people at its works in the town.\n\nIts managing director, Carol Pellow, said the order was the largest in its history.`;
		const jobs = questionsOn(text).find((question) => answerOf(question) === '45');
		expect(jobs?.prompt).toMatch(/to new and rebuilt primary schools\?$/);
	});

	it('keeps a side all out in a chase below its target (fresh592-04)', () => {
		const text = `Wickenby win final\n\nWickenby won the national women's club final on Sunday.\n\nThe holders were bowled out for 158 in reply to Wickenby's 166-7.`;
		const wrong = wrongOptionsOver(text, '158', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Number(option)).toBeLessThanOrEqual(166);
	});

	it('sets aside the year of the Somme and other famous events (fresh592-14)', () => {
		const text = `Winifred Aspland\n\nWinifred Aspland (1889–1970) was an English mathematician.\n\nHer brother Robert was killed at the Battle of the Somme in 1916.`;
		expect(isTriviaOn(text, '1916')).toBe(true);
	});

	it('sets aside a boundary and wickets a winning margin gives away (fresh589-04)', () => {
		const text = `Halsey Green win cup\n\nHalsey Green won the women's club cup on Saturday.\n\nBecky Orme hit the final ball of the match for four to win it.\n\nThey made 214 for six to beat Marlowe Park by four wickets.`;
		expect(isTriviaOn(text, 'four')).toBe(true);
		expect(isTriviaOn(text, 'six')).toBe(true);
		expect(isTriviaOn(text, '214')).toBe(false);
	});

	it('sets aside a figure below the top fifth in a sentence off the article’s subject (fresh590-06)', () => {
		const text = `Gannets tagged on Craigmoan Rock\n\nScientists have fitted satellite tags to gannets on Craigmoan Rock to learn how far the birds fly to feed.\n\nThe tags showed gannets from Craigmoan Rock flying long distances on a single fishing trip.\n\nThe gannets were tagged in June and July by researchers from Aberdeen.\n\nThe island lighthouse was automated in 1988 at a cost of £46,000.\n\nThe researchers say gannets on the rock now fly 40% further to find food than they did.\n\nThe tags on the gannets fall off when the birds moult.\n\nThe study of the gannets will continue next summer.\n\nThe rock holds one of the largest gannet colonies in the North Sea.\n\nThe researchers will tag more gannets next year.`;
		const index = articleIndexOf(text);
		const askable = (option: string) => {
			const fact = index.facts.find((candidate) => candidate.option === option);
			expect(fact, `no fact "${option}"`).toBeDefined();
			return isAskable(fact!, index);
		};
		expect(askable('£46,000')).toBe(false);
		expect(askable('40%')).toBe(true);
	});
});

describe('the reviews of fresh595–fresh602', () => {
	it('asks no "How many" of a singular word before the counted noun (fresh602-03)', () => {
		const text = `Water bottler cuts output\n\nChalkmere Springs has stopped supplying two supermarket own-label contracts to protect its own brand.\n\nThe Kent firm employs 118 people.\n\nIt will keep supplying its own brand.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/^How many supermarket\b/);
		expect(asksFor(text, 'two')).toBe(true);
	});

	it('takes no county after a compass word for the subject of the lead (fresh599-03)', () => {
		const text = `Shropshire harp maker doubles workforce\n\nA family-run harp maker in south Shropshire is to almost double its workforce after winning an order from the US.\n\nMorwen Harps said it would take on 19 new staff.\n\nThe firm has agreed to supply 220 lever harps a year to a Chicago distributor.`;
		const index = articleIndexOf(text);
		expect(subjectNameOf(index.sentences[index.lead])).toBeUndefined();
		const names = [...index.describedSubjects.values()].map((subject) => subject.name);
		expect(names).not.toContain('Shropshire');
	});

	it('sets aside the 35 of a 35 mm camera and the years of famous battles (fresh601-15)', () => {
		const camera = `Calloway Pathfinder\n\nThe Calloway Pathfinder was a 35 mm rangefinder camera made in Leeds from 1956.\n\nAbout 9,000 were made.`;
		expect(isTriviaOn(camera, '35')).toBe(true);
		const life = `Edith Aldersley\n\nEdith Aldersley (1890–1971) was an English climber.\n\nHer fiancé was killed at the Battle of Arras in 1917.`;
		expect(isTriviaOn(life, '1917')).toBe(true);
	});
});

describe('the reviews of fresh3–fresh602, read again', () => {
	it('asks "For how much" only of a sale or a purchase (fresh299-02, fresh596-10)', () => {
		const refit = `Leisure centre to close pool\n\nHadley Leisure Centre will close its pool block in May.\n\nThe Hadley Pool block was refurbished for £62,000 in 2003.\n\nThe council says it now needs a new roof.`;
		for (const question of questionsOn(refit)) expect(question.prompt).not.toMatch(/^For how much/);
		const sale = `Trust buys island\n\nThe Solway Islands Trust has bought Skarrow Island.\n\nThe trust bought the island for £96,000 in 1987.\n\nIt plans a bird hide.`;
		expect(questionsOn(sale).some((question) => /^For how much/.test(question.prompt))).toBe(true);
	});

	it('sets aside a party’s seats among the council’s other tallies (fresh521-11, fresh490-12)', () => {
		const text = `Wendmoor council changes hands\n\nThe Liberal Democrats have taken control of Wendmoor District Council.\n\nThe Liberal Democrats now have 13 seats, the Conservatives nine, and there are two independents.\n\nLabour, led by Brenda Kilvington, holds 19 of the council's 48 seats.\n\nThe Conservatives lost overall control after four of their councillors quit the party.`;
		expect(isTriviaOn(text, '13')).toBe(true);
		expect(isTriviaOn(text, '19')).toBe(true);
		expect(isTriviaOn(text, 'four')).toBe(false);
		const held = `Wyrecliffe council changes hands\n\nLabour has lost control of Wyrecliffe Borough Council.\n\nThe council's 45 seats are held by 22 Conservatives, 14 Labour members and six Liberal Democrats.`;
		expect(isTriviaOn(held, '22')).toBe(true);
		const tallies = `Greens win first seats in Cardale\n\nThe Green Party has won its first seats on Cardale District Council.\n\nThe Greens took three seats in Thursday's elections.\n\nLabour has 19 councillors, the Conservatives 15 and independents four.`;
		expect(isTriviaOn(tallies, 'four')).toBe(true);
		expect(isTriviaOn(tallies, 'three')).toBe(false);
		const rebels = `Labour rebels\n\nLabour faces a rebellion over the bill.\n\nAbout 20 Labour backbenchers are expected to vote against it, although with a majority of 161 the government is safe.`;
		expect(isTriviaOn(rebels, 'About 20')).toBe(false);
	});

	it('sets aside the year of one amenity in a roll of a place’s amenities (fresh347-14, fresh52-14)', () => {
		const text = `Orbythorpe\n\nOrbythorpe is a village in North Yorkshire, England.\n\nA branch railway linking Orbythorpe with York opened in 1848.\n\nThe village has a primary school, a public house, the Plough, and a village hall opened in 1927.\n\nThe town has a lifeboat station, established in 1868.`;
		expect(isTriviaOn(text, '1927')).toBe(true);
		expect(isTriviaOn(text, '1868')).toBe(true);
		expect(isTriviaOn(text, '1848')).toBe(false);
	});
});

describe('the reviews of fresh603–fresh610', () => {
	it('asks of the first of two reported "that" clauses without the second (fresh610-01)', () => {
		const text = `Turkish baths face closure\n\nCradgate's Victorian Turkish baths are to close after losing money for years.\n\nCradgate Borough Council says the baths lost £186,000 in the last financial year and that the number of visits has fallen by half.\n\nThe baths opened in 1885 and are listed.\n\nCampaigners want a trust to run the baths.\n\nA public meeting will be held next month.`;
		const loss = questionsOn(text).find((question) => answerOf(question) === '£186,000');
		expect(loss).toBeDefined();
		expect(loss!.prompt).not.toMatch(/ and that /);
	});

	it('reads a medieval year after a tax roll as a year, and a school year as a label (fresh605-13, fresh608-08)', () => {
		const subsidy = articleIndexOf(
			`Ravensett\n\nRavensett is a village in Northumberland.\n\nIn the lay subsidy of 1296 eleven households were taxed at Ravensett.`
		);
		expect(subsidy.facts.find((fact) => fact.option === '1296')?.type).toBe('year');
		const school = articleIndexOf(
			`Girls win right to wear trousers\n\nGirls at Hensham School may now wear trousers.\n\nYear 10 pupil Jessica Marland started her petition in January.`
		);
		expect(school.facts.some((fact) => fact.option === '10')).toBe(false);
	});
});

describe('the reviews of fresh611–fresh618', () => {
	it('moves a quake’s magnitude in tenths (fresh615-12)', () => {
		const text = `Pupils' seismometers pick up quake\n\nAn earthquake beneath the North Sea was recorded by school seismometers.\n\nThe magnitude 4.2 tremor struck at dawn east of Whitby.`;
		const wrong = wrongOptionsOver(text, '4.2', [1, 2, 3, 4, 5, 6]);
		expect(wrong.length).toBeGreaterThan(0);
		expectEachWithin(wrong, 3.2, 5.2);
	});

	it('offers no year after a person’s death for what they did in life (fresh616-14)', () => {
		const text = `Jabez Hosking\n\nJabez Hosking (3 March 1831 - 11 November 1902) was a Cornish mining engineer.\n\nHe worked in Chile and South Africa.\n\nHosking returned to Cornwall in 1900 because of failing health.`;
		const wrong = wrongOptionsOver(text, '1900', [1, 2, 3, 4, 5, 6, 7, 8]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Number(option)).toBeLessThanOrEqual(1902);
	});

	it('names a station by its name, not by the kind the lead gives it (fresh618-16)', () => {
		const text = `RAF Hethersall Moor\n\nRAF Hethersall Moor was a Royal Air Force station in Lincolnshire, England, about 3 miles east of the village of Hethersall.\n\nOpened in 1937 as a bomber airfield, it was used by Bomber Command throughout the Second World War.\n\nAircraft from the station took part in raids on Germany.\n\nRecords kept by the station show that 612 aircrew were killed.\n\nThe station closed in 1964.`;
		const index = articleIndexOf(text);
		const names = [...index.describedSubjects.values()].map((subject) => subject.name);
		const records = index.sentences.find((sentence) => sentence.text.startsWith('Records'));
		expect(index.describedSubjects.get(records!.index)?.name).toBe('RAF Hethersall Moor');
		expect(names).toContain('RAF Hethersall Moor');
		expect(names).not.toContain('Royal Air Force station');
		const news = `Museum for bomber village\n\nA Lincolnshire village is to open a museum about its wartime airfield.\n\nHethersall was home to a Royal Air Force station from 1937.\n\nThe station closed in 1964 and its runway is now farmland.\n\nThe museum will open in May.`;
		const named = [...articleIndexOf(news).describedSubjects.values()].map(
			(subject) => subject.name
		);
		expect(named).not.toContain('Royal Air Force station');
	});

	it('takes no book’s title for the publisher (fresh616-09)', () => {
		const text = `Sequel to owl classic\n\nA sequel to the children's classic The Owls of Ferny Hollow is to be published more than 50 years after the original.\n\nIt will be published by Harbury Books with a first print run of 120,000 copies, the publisher said.\n\nThe Owls of Ferny Hollow has sold two million copies.`;
		const names = [...articleIndexOf(text).describedSubjects.values()].map(
			(subject) => subject.name
		);
		expect(names).not.toContain('the Owls of Ferny Hollow');
	});
});

describe('the reviews of fresh619–fresh626', () => {
	it('sets aside a count whose items the stem names in apposition (fresh622-12)', () => {
		const text = `Council sells airport stake\n\nThorncaster City Council has voted to sell its stake in Kirkwellan Airport.\n\nThe rest of the airport is owned by two neighbouring district councils, Skelby and Ashenvale, which will decide in January.`;
		expect(isTriviaOn(text, 'two')).toBe(true);
	});

	it('asks no count of seasons that two years in the stem give (fresh619-13)', () => {
		expect(
			answerFollowsFromStem(
				'Between 1899 and 1913 she spent _____ consecutive summer seasons in the Alps.',
				'fifteen'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem('She spent _____ consecutive summer seasons in the Alps.', 'fifteen')
		).toBe(false);
	});

	it('keeps the capital of a possessive name the article capitalises (fresh625-06)', () => {
		const text = `Library lends audiobooks online\n\nAnyone with a Calverdon library card can now download audiobooks.\n\nCalverdon's 14 libraries already lend about 12,000 audiobooks on cassette and CD.\n\nThe service costs £9,000 a year.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/\bcalverdon/);
		expect(questionsOn(text).some((question) => /Calverdon's 14/.test(question.prompt))).toBe(true);
	});

	it('names no plural club before a singular verb (fresh624-13)', () => {
		const text = `Wharfeholme Centurions\n\nThe Wharfeholme Centurions are an ice hockey club from Wharfeholme, West Yorkshire.\n\nFounded in 1947, the club plays its home games at the Tenter Lane Ice Rink.\n\nIn 1988 the club won the Division One title.`;
		const index = articleIndexOf(text);
		const plays = index.sentences.find((sentence) => /club plays/.test(sentence.text));
		expect(index.describedSubjects.get(plays!.index)).toBeUndefined();
	});
});

describe('the reviews of fresh627–fresh634', () => {
	const SCOOTER = `Harlow Swift\n\nThe Harlow Swift is a motor scooter that was manufactured by the Harlow Cycle Company in Leicester, England, from 1955 to 1962.\n\nThe Harlow Cycle Company was founded in 1908 to make bicycle frames. Design work on the Swift began in 1953 under the company's chief engineer, Arthur Pell.\n\nThe Swift 175, with a larger engine, followed in 1960, and sales peaked that year at 3,140 scooters.`;

	it('offers no year after a thing stopped being made for what happened while it was made (fresh629-15)', () => {
		const wrong = wrongOptionsOver(SCOOTER, '1960', [1, 2, 3, 4, 5, 6, 7, 8]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Number(option)).toBeLessThanOrEqual(1962);
	});

	it('offers no year after it was first made for what led up to it (fresh629-15)', () => {
		const wrong = wrongOptionsOver(SCOOTER, '1953', [1, 2, 3, 4, 5, 6, 7, 8]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Number(option)).toBeLessThan(1955);
	});

	it('asks no year a change is measured from ("up from 71% in 2004") (fresh630-06)', () => {
		const text = `School's maths results soar\n\nAt Brindle Edge Primary School, 86% of 11-year-olds reached the expected standard in this summer's maths tests, up from 71% in 2003.\n\nThe school began teaching paper folding in 2002.`;
		expect(isTriviaOn(text, '2003')).toBe(true);
		expect(isTriviaOn(text, '2002')).toBe(false);
		const bill = `Fertiliser firm warns on gas\n\nTarnfield said its gas bill would reach £190m this year, compared with £118m in 2003.`;
		expect(isTriviaOn(bill, '2003')).toBe(true);
	});

	it('drops "Last month it won …", whose "it" the stem never names (fresh628-03)', () => {
		expect(
			hasDanglingReference(
				'Last month it won a two-year, _____ order from a Dutch maker of tractor cabs.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Last month Trescott won a two-year, _____ order from a Dutch maker of tractor cabs.'
			)
		).toBe(false);
	});

	it('leaves out a conversion set off by commas after the blank ("_____ rupees, about £6,") (fresh637-02)', () => {
		const text = `Hill town bans cars from bazaar\n\nThe hill resort of Ranipur in northern India has banned private cars from its main bazaar to ease congestion, the town council said on Monday.\n\nDrivers who break the ban face a fine of 500 rupees, about £6, and the town council says traffic police will be posted at both ends of the road.\n\nThe bazaar draws 20,000 visitors a day in summer.`;
		const fine = questionsOn(text).find((question) => answerOf(question) === '500');
		expect(fine?.prompt).toBe(
			'Drivers who break the ban face a fine of _____ rupees, and the town council says traffic police will be posted at both ends of the road.'
		);
	});

	it('takes "the chain" after "buyer at Garside\'s" for Garside\'s, not the lead\'s firm (fresh638-03)', () => {
		const text = `Ginger beer maker Hartley's lands supermarket deal\n\nHartley's, a Lancashire family firm that has made ginger beer since the 1890s, is to create 18 jobs after winning a contract to supply one of the biggest supermarket chains in the north of England.\n\nHarwood's, which has 212 stores, will stock four of Hartley's drinks from September, the two companies said on Tuesday.\n\nThe deal is expected to add two million bottles a year to the firm's output.\n\nTom Ashby, soft drinks buyer at Harwood's, said the chain had tested the drinks in 14 stores since March.`;
		const index = articleIndexOf(text);
		const tested = index.sentences.find((sentence) => sentence.text.startsWith('Tom Ashby'));
		expect(index.describedSubjects.get(tested!.index)).toBeUndefined();
		const output = index.sentences.find((sentence) => sentence.text.startsWith('The deal'));
		expect(index.describedSubjects.get(output!.index)?.name).toBe("Hartley's");
		// A post at the lead's own firm leaves "the firm" the lead's.
		const own = articleIndexOf(
			text.replace(
				"soft drinks buyer at Harwood's, said the chain",
				"sales manager at Hartley's, said the firm"
			)
		);
		expect(own.describedSubjects.get(tested!.index)?.name).toBe("Hartley's");
	});

	it('offers no age below one the sentence told first for an age reached "by" (fresh642-14)', () => {
		const text = `Ada Kirkbride\n\nAda Kirkbride (1871–1949) was an English mountaineer and botanist.\n\nAda Kirkbride climbed Helvellyn for the first time at the age of 14, and by 20 had climbed most of the high fells of the Lake District.`;
		const wrong = wrongOptionsOver(text, '20', [1, 2, 3, 4, 5, 6, 7, 8]);
		expect(wrong.length).toBeGreaterThan(0);
		for (const option of wrong) expect(Number(option)).toBeGreaterThan(14);
	});

	it('reads "£9 per child" as money, not a percentage (fresh649-07)', () => {
		const index = articleIndexOf(
			`Varnish cuts tooth decay\n\nThe trust says the varnish costs about £9 per child per year. Decay fell by 12 per cent.`
		);
		expect(index.facts.find((fact) => fact.option === 'about £9')?.type).toBe('money');
		expect(index.facts.find((fact) => fact.text === '12')?.type).toBe('percent');
	});

	it('drops a results question whose firm the stem never names ("By what percentage did sales fall …?") (fresh649-03, fresh650-03)', () => {
		expect(
			hasDanglingReference(
				'By what percentage did sales fall to £24.6m in the year to the end of March?'
			)
		).toBe(true);
		expect(hasDanglingReference('UK sales rose by _____ to £47.1m.')).toBe(true);
		expect(
			hasDanglingReference(
				'By what percentage did sales at Colby Mill fall to £24.6m in the year to March?'
			)
		).toBe(false);
	});

	it('asks no boundary after an ordinal ("her 13th four through the covers") (fresh650-05)', () => {
		const text = `Rudd century wins Oakbridge first club title\n\nOpener Jane Rudd hit an unbeaten 104 as Oakbridge beat holders Marlow Park by six wickets to win the women's club knockout cup for the first time.\n\nChasing 198 to win at Elm Park, Oakbridge reached their target with nine balls to spare, Rudd sealing victory with her 13th four through the covers.\n\nIt was a first national trophy for the club, who had lost in the final in 1998 and 2002.`;
		expect(isTriviaOn(text, 'four')).toBe(true);
		expect(isTriviaOn(text, '104')).toBe(false);
		const months = `Young drivers face curbs\n\nNewly qualified drivers should be banned from carrying friends at night during their first six months on the road, MPs have said.`;
		expect(isTriviaOn(months, 'six')).toBe(false);
	});

	it('names no body after "the" for a "she" (fresh645-15)', () => {
		const text = `SS Harrow Brook\n\nSS Harrow Brook was a British steam collier built in Sunderland in 1907, which carried coal from the north-east of England to London for more than 30 years before she was sunk by a mine in 1941.\n\nShe was built for the Brook Line of Newcastle, which owned six colliers.\n\nIn 1929 the Brook Line was taken over by a larger London coal and shipping firm, and Harrow Brook kept her name under the new owners. She was fitted with a radio in 1936.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/Brook Line fitted/);
		// The passage's own ship after "the" is still "she".
		const ship = `Mary Ellison (schooner)\n\nThe Mary Ellison was a three-masted wooden trading schooner built in Scotland in 1878. She spent most of her working life carrying coal, china clay and grain around the coasts of Britain and Ireland.\n\nIn 1899 the Mary Ellison was sold to owners in Arklow, Ireland. She was fitted with an engine in 1921.`;
		expect(questionsOn(ship).some((question) => /Mary Ellison fitted/.test(question.prompt))).toBe(
			true
		);
	});

	const PLANT = `Dairy firm opens cheese plant\n\nA Cumbrian dairy co-operative has opened a £12m cheese plant near Penrith, creating 85 jobs.\n\nFellside Dairies said the site would take milk from 240 farms in Cumbria and Dumfriesshire.\n\nThe plant will make 9,000 tonnes of cheese a year, most of it for supermarkets in the north of England.\n\nThe plant, built on the site of a former creamery, has space for a second production line.\n\nThe plant's manager, Joan Bell, expects to hire 20 more staff by 2007.`;

	it('asks no stem that opens on a bare "The plant" of the title, after the lead (fresh627-02)', () => {
		const index = articleIndexOf(PLANT);
		const make = index.sentences.find((sentence) => sentence.text.startsWith('The plant will'));
		expect(
			pointsBackWithoutName(
				'The plant will make _____ tonnes of cheese a year, most of it for supermarkets in the north of England.',
				make!,
				index
			)
		).toBe(true);
		expect(questionsOn(PLANT).some((question) => /^The plant will/.test(question.prompt))).toBe(
			false
		);
	});

	it('keeps "The plant, built on …," that says which one itself, and a question that names it', () => {
		const index = articleIndexOf(PLANT);
		const built = index.sentences.find((sentence) => sentence.text.startsWith('The plant,'));
		expect(
			pointsBackWithoutName(
				'The plant, built on the site of a former creamery, has space for a _____ production line.',
				built!,
				index
			)
		).toBe(false);
		const make = index.sentences.find((sentence) => sentence.text.startsWith('The plant will'));
		expect(
			pointsBackWithoutName('How many tonnes of cheese a year will the plant make?', make!, index)
		).toBe(false);
		// An owner's possessive names its person: "The plant's manager, Joan Bell,".
		const manager = index.sentences.find((sentence) => sentence.text.startsWith("The plant's"));
		expect(
			pointsBackWithoutName(
				"The plant's manager, Joan Bell, expects to hire _____ more staff by 2007.",
				manager!,
				index
			)
		).toBe(false);
	});
});

describe('found reviewing fresh651–fresh658', () => {
	const HEDGE_COLLEGE = `College offers degree in hedge laying\n\nA college in the Cheviots is to offer the first degree in hedge laying.\n\nThe three-year course will be taught at the Harbottle College of Rural Crafts from September. Students will spend around 40% of their time outdoors.\n\nA survey carried out for the college found that around 32% of hedges in the county had not been laid for 50 years.\n\nCollege principal Dr Ann Dodd said 18 students had already enrolled.`;

	it('offers no body named after a person as a wrong person (fresh651-12)', () => {
		const text = `Lost cantata found in Brno attic\n\nThe only copy of a cantata by the 18th-century Moravian composer Pavel Dusek has been found in the attic of a farmhouse near Brno.\n\nDr Irena Malkova, a musicologist at Charles University who examined the score, said the handwriting was Dusek's own.\n\nThe farmhouse belonged to the family of the organist Karel Vlach, one of Dusek's pupils.\n\nThe score was catalogued by the librarian Tomas Rybar, and the cantata will be performed in Brno in May by the conductor Ludmila Horakova.`;
		const composer = questionsOn(text).find((question) => answerOf(question) === 'Pavel Dusek');
		expect(composer).toBeDefined();
		expect(composer!.options).not.toContain('Charles University');
	});

	it('drops "its" after what a name is: "Spain remained its biggest market" (fresh653-06)', () => {
		expect(
			hasDanglingReference(
				'Spain remained its biggest single market, accounting for _____ of revenue.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Nordvind said Spain remained its biggest single market, with _____ of revenue.'
			)
		).toBe(false);
	});

	it('drops "then" after the subject, which follows an untold event (fresh654-10)', () => {
		expect(
			hasDanglingReference(
				'A group of 14 residents then set up a company, Hembury Net, and raised _____ through shares.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Members pay a _____ annual fee and can then take a bike for £2.50 a day.'
			)
		).toBe(false);
		expect(hasDanglingReference('The then chairman, Roy Platt, raised _____ for the appeal.')).toBe(
			false
		);
	});

	it('leaves the name after a title\'s "of" alone: no "PS Countess of Margaret Arden" (fresh657-14)', () => {
		const text = `PS Countess of Arden\n\nPS Countess of Arden is a paddle steamer built in 1898 for excursion services on the Bristol Channel.\n\nShe was launched in May 1898 by Lady Margaret Arden, wife of the company's chairman.\n\nDuring the First World War she served as a minesweeper, clearing 23 mines off the east coast of England.\n\nCountess of Arden carried more than 1,200 passengers on her busiest summer days.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /^PS Countess of Arden is a paddle steamer/.test(prompt))).toBe(
			true
		);
		for (const prompt of prompts) expect(prompt).not.toMatch(/of Margaret Arden/);
	});

	it('takes a surname written "Tallis and Sons" for the firm, not its founder (fresh656-16)', () => {
		const text = `Tallis Type 4 steam wagon\n\nThe Tallis Type 4 was a British steam wagon manufactured by Tallis and Sons of Hexworth, Lancashire, between 1909 and 1926.\n\nTallis and Sons was founded in 1858 by the millwright Joseph Tallis as a maker of textile machinery.\n\nAbout 1,400 Type 4 wagons were built, most of them for brewers and coal merchants.\n\nTallis introduced an improved Type 5 in 1924, but it sold poorly.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /Type 5/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Joseph Tallis introduce/);
	});

	it('names "the college" by its full name, "of" and all (fresh657-10)', () => {
		const text = HEDGE_COLLEGE;
		const survey = questionsOn(text).find((question) => /survey carried out/.test(question.prompt));
		expect(survey?.prompt).toMatch(
			/^A survey carried out for the Harbottle College of Rural Crafts found/
		);
	});

	it('drops "over the same period" with nothing after it to say which (fresh658-11)', () => {
		expect(
			hasDanglingReference(
				'The lake has shrunk from 38 sq km to _____ sq km over the same period, leaving cracked mud.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Lincolnshire Police said _____ thefts had been reported, compared with 23 in the same period last year.'
			)
		).toBe(false);
		expect(
			hasDanglingReference(
				'Spending on books fell from _____ in 1999 to £78m in 2004, while staff costs rose by 11% over the same period.'
			)
		).toBe(false);
	});

	it('spaces a hedged figure\'s options a tenth of it apart: no "around 30%" beside "around 32%" (fresh657-10)', () => {
		const text = HEDGE_COLLEGE;
		const survey = questionsOn(text).find((question) => answerOf(question) === 'around 32%');
		expect(survey).toBeDefined();
		for (const option of survey!.options.filter((option) => option !== 'around 32%'))
			expect(
				Math.abs(parseWrittenNumber(option.replace('around ', ''))!.value - 32)
			).toBeGreaterThanOrEqual(3.2);
	});
});

describe('found reviewing fresh659–fresh666', () => {
	it('takes a surname the article writes "Halcombe Line" for the line, not its founder (fresh660-04)', () => {
		const text = `Norwegian group buys Halcombe Line\n\nHalcombe Line, the Southampton-based container shipping company, has agreed to be taken over by Norwegian rival Vestheim Maritime in a deal worth £410m.\n\nFounded in 1887 by the shipowner Josiah Halcombe, Halcombe Line now runs 37 ships between northern Europe and the Far East.\n\nSeafarers' unions said they would seek talks over the future of the 1,100 British seafarers employed by Halcombe.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => /seafarers employed by Halcombe\b/.test(prompt))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/employed by Josiah Halcombe/);
	});

	it('puts a date in apposition in place of its weekday (fresh659-12)', () => {
		expect(
			withoutWeekday(
				'The theatre staged its first performance on Thursday night, 15 September 2005, in front of an audience of _____.'
			)
		).toBe(
			'The theatre staged its first performance on 15 September 2005 in front of an audience of _____.'
		);
	});

	it('names "the Leeds-based firm" after a lead that opens with its description (fresh665-03)', () => {
		const text = `Ashcombe Homes profits rise\n\nHousebuilder Ashcombe Homes has reported an 18% rise in annual profits but warned that buyers have become more cautious.\n\nThe Leeds-based firm made pre-tax profits of £142.6m in the year to 30 June 2005, up from £121.1m the year before.\n\nIt completed 4,410 homes during the year.`;
		const profits = questionsOn(text).find((question) => answerOf(question) === '£142.6m');
		expect(profits?.prompt).toMatch(/^Ashcombe Homes made pre-tax profits of _____/);
	});

	it('names "the Manchester-based carrier" (fresh661-03)', () => {
		const text = `Fuel costs hit Skyline profits\n\nSkyline Atlantic, the UK's fourth largest airline, has reported a 38% fall in annual profits, blaming soaring fuel prices.\n\nThe Manchester-based carrier made a pre-tax profit of £41.6m in the year to the end of March 2005, down from £67.2m the previous year.\n\nIt flew 6.1 million passengers, a record.`;
		const profit = questionsOn(text).find((question) => answerOf(question) === '£41.6m');
		expect(profit?.prompt).toMatch(/^Skyline Atlantic made a pre-tax profit of _____/);
	});

	it('gives a round target year round wrong years: no 2018, 2019, 2021 beside "by 2020" (fresh666-08)', () => {
		const text = `Airport plans second runway\n\nBristowe International Airport has unveiled plans for a £280m second runway which it says would double the number of passengers it can handle by 2020.\n\nThe proposed runway, 2,750 metres long, would require the demolition of 34 homes in the hamlet of Little Pelham.\n\nManaging director Fiona Castleton said the region needed the extra capacity to compete with rival airports in the Midlands.`;
		const target = questionsOn(text).find((question) => answerOf(question) === '2020');
		expect(target).toBeDefined();
		for (const option of target!.options) expect(Number(option) % 5).toBe(0);
	});
});

describe('found reviewing fresh667–fresh674', () => {
	it('asks no "By how many graduates did a studio found …" of a count inside the subject (fresh669-10)', () => {
		const text = `Games studio to create 150 jobs in Dundee\n\nA computer games studio founded by three university graduates in a spare bedroom six years ago is to create 150 new jobs in Dundee after signing a deal with a major US publisher.\n\nRedkite Interactive will move to a converted jute mill near the waterfront, where it will employ up to 260 people by the end of 2006.\n\nThe studio has signed a three-year contract to develop two new games for Californian publisher Silverpine Entertainment.`;
		const graduates = questionsOn(text).find((question) => answerOf(question) === 'three');
		expect(graduates?.prompt).toMatch(
			/^A computer games studio founded by _____ university graduates/
		);
	});

	it('takes no "conducted" for the verb of "A census conducted by the society in 1936 recorded …" (fresh663-16)', () => {
		const index = articleIndexOf(
			`Headline\n\nA census conducted by the society in 1936 recorded about 14,500 pedigree animals.`
		);
		const clause = parseClause(index.sentences.find((sentence) => !sentence.heading)!);
		expect(clause && clause.verb.from).not.toBe(2);
	});

	it('names "the agency" by its branch for a nation: "Environment Agency Wales" (fresh670-09)', () => {
		const index = articleIndexOf(
			`Salmon return to river\n\nSalmon have returned to the River Tarren after a clean-up.\n\nEnvironment Agency Wales said 212 adult salmon had been counted this autumn.\n\nThe project has been funded by the agency and a group of local angling clubs.`
		);
		const funded = index.sentences.find((sentence) => /funded by the agency/.test(sentence.text))!;
		expect(bodyReferences(index.sentences).get(funded.index)?.name).toBe(
			'Environment Agency Wales'
		);
	});

	it('leaves "The 61-year-old retired postman" whole rather than name half of it (fresh671-01)', () => {
		const index = articleIndexOf(
			`Pennock claims bowls crown at 61\n\nVeteran bowler Harold Pennock became the oldest winner of the English indoor singles championship after beating defending champion Gareth Mayhew 21-17 in the final.\n\nThe 61-year-old retired postman from Kettlebridge came from 14-9 down to take eight of the last eleven ends.\n\nThe 61-year-old from Kettlebridge had lost in the final in 1998.`
		);
		const named = personReferences(index.sentences, true);
		const postman = index.sentences.find((sentence) => /retired postman/.test(sentence.text))!;
		const lost = index.sentences.find((sentence) => /had lost/.test(sentence.text))!;
		expect(named.get(postman.index)).toBeUndefined();
		expect(named.get(lost.index)?.name).toBe('Harold Pennock');
	});

	it('asks no results figure whose firm the stem never names, beside islands or "City forecasts" (fresh667-03)', () => {
		expect(
			hasDanglingReference(
				'Turnover grew by 7% to _____ pounds, helped by strong demand for holidays in Turkey, Croatia and the Canary Islands.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Pre-tax profits rose by 22% to £11.8m, beating City forecasts of _____.'
			)
		).toBe(true);
		expect(hasDanglingReference('Pre-tax profits rose by 22% to _____, Ashworth Hale said.')).toBe(
			false
		);
	});
});

describe('the reviews of fresh683–fresh690', () => {
	it("keeps a range's start before the end the sentence gives, when the end carries the year (fresh689-08)", () => {
		const text = `Rail tunnel to close\n\nNetwork Rail said the 1.4-mile Cefnbryn Tunnel, near Chirk on the line between Shrewsbury and Chester, would close from 16 July to 24 September 2005.\n\nThe work will cost £6m.\n\nBuses will replace trains.`;
		for (let seed = 0; seed < 8; seed++) {
			const start = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '16 July');
			expect(start).toBeDefined();
			for (const option of start!.options)
				expect(new Date(`${option} 2005`).getTime()).toBeLessThan(
					new Date('24 September 2005').getTime()
				);
		}
	});

	it('keeps a score "out of a possible 220" among believable scores near it (fresh690-02)', () => {
		const text = `Welsh farmer wins trial\n\nGethin Prydderch, 36, and his dog Meg scored 187 points out of a possible 220 at the three-day event, held near the village of Llanfihangel Cwm in August 2004.\n\nHe has farmed sheep for 20 years.\n\nThe trial drew 84 handlers.`;
		for (let seed = 0; seed < 8; seed++) {
			const score = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '187');
			expect(score).toBeDefined();
			for (const option of score!.options) {
				expect(Number(option)).toBeLessThanOrEqual(220);
				expect(Number(option)).toBeGreaterThanOrEqual(150);
			}
		}
	});
});

describe('the reviews of fresh691–fresh698', () => {
	it('asks no place the tagger reads as a person ("the final in Milton Keynes"), among people (fresh698-01)', () => {
		// The project's own invented report, whose people the engine offered as wrong places.
		const text = readFileSync('eval/fresh698/fresh698-01.txt', 'utf8');
		expect(asksFor(text, 'Milton Keynes')).toBe(false);
	});

	it('keeps "more than double … from 2.60 to 5.50" true of every option (fresh698-08)', () => {
		const text = `Station parking charge to double\n\nCommuters at a busy Hertfordshire railway station have reacted angrily to plans to more than double the cost of parking, with daily charges rising from 2.60 to 5.50 pounds from next month.\n\nThe operator, Chiltern Parking, said the money would pay for new lighting.\n\nAbout 900 cars use the car park each day.`;
		let asked = 0;
		for (let seed = 0; seed < 8; seed++) {
			for (const question of generateWithAsides(text, { seed })) {
				const answer = answerOf(question);
				if (answer !== '2.60' && answer !== '5.50') continue;
				asked++;
				for (const option of question.options)
					if (answer === '2.60') expect(Number(option)).toBeLessThan(2.75);
					else expect(Number(option)).toBeGreaterThan(5.2);
			}
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('keeps a career no longer than the age the sentence gives allows (fresh695-06)', () => {
		const text = `Jockey Kinsella retires\n\nJump jockey Des Kinsella has announced his retirement at the age of 41, ending a career of 24 years in which he rode 1,412 winners in Britain and Ireland.\n\nHe won the Welsh National twice.\n\nHe plans to train horses in County Kildare.`;
		const positions = new Set<number>();
		for (let seed = 0; seed < 8; seed++) {
			const career = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '24');
			expect(career).toBeDefined();
			for (const option of career!.options) expect(Number(option)).toBeLessThanOrEqual(41 - 14);
			const sorted = career!.options.map(Number).sort((a, b) => a - b);
			positions.add(sorted.indexOf(24));
		}
		// Not always the longest of the four.
		expect(positions.size).toBeGreaterThan(1);
	});
});

describe('the reviews of fresh683–fresh690: what their articles left unasked', () => {
	it('asks a jail term of "six and a half years", keeping the half in every option (fresh684-05)', () => {
		const text = `Print shop owner jailed\n\nA print shop owner who ran a forged passport operation from his business in west London has been jailed for six and a half years.\n\nTomasz Wierzbicki, 44, made at least 230 fake passports over two years, a court heard.\n\nHe was also fined £4,000.`;
		const term = generateWithAsides(text).find((q) => answerOf(q) === 'six and a half');
		expect(term?.prompt).toMatch(/jailed for _____ years\.$/);
		for (const option of term!.options) expect(option).toMatch(/^[a-z]+ and a half$/);
	});

	it('reads "his" after "A print shop owner who …" as that owner\'s, but not after a bare opening', () => {
		const owner = `Print shop owner jailed\n\nA print shop owner who ran a forged passport operation from his business in west London has been jailed for six years.\n\nTomasz Wierzbicki, 44, made at least 230 fake passports over two years, a court heard.\n\nHe was also fined £4,000.`;
		expect(asksFor(owner, 'six')).toBe(true);
		const unnamed = owner.replace('A print shop owner who ran', 'Police said the man ran');
		expect(asksFor(unnamed, 'six')).toBe(false);
	});
});

describe('articles that gave nothing (fresh651–fresh714): their leads asked', () => {
	const runner = `Retired baker finishes 50th half marathon\n\nA retired baker from Ludlow who took up running to help him lose weight has finished his 50th half marathon, 12 years after his first.\n\nHe completed the Severn Bridge course in two hours and five minutes, his club said.\n\nHe now trains four mornings a week with the Teme Valley Harriers.`;

	it('reads "his" and "him" after "A retired baker from Ludlow who …" as that baker\'s', () => {
		expect(generate(runner).map(answerOf)).toContain('12');
	});

	it('does not read a man\'s pronouns as those of "A woman … who"', () => {
		expect(asksFor(runner.replace('A retired baker', 'A woman'), '12')).toBe(false);
	});

	it('asks for the jobs a lead puts at risk, though they stand in a clause', () => {
		const text = `Bakery chain Crumbworth calls in administrators\n\nThe bakery chain Crumbworth has called in administrators, putting 260 jobs at risk, after a slump in sales at its high street shops.\n\nThe firm, founded in Halifax in 1952, runs 41 shops across the north of England.\n\nAdministrators said the shops would stay open while a buyer was sought.`;
		expect(generate(text).map(answerOf)).toContain('260');
		// Other figures set off in the same kind of clause stay details in passing.
		expect(asksFor(text.replace('260 jobs', '260 tonnes of flour'), '260')).toBe(false);
	});

	it("asks for the life's work an obituary's lead names in its who-clause", () => {
		const text = `Village shopkeeper Mabel Thorne dies at 91\n\nMabel Thorne, who ran the post office and general store in Ashworth for 47 years, has died aged 91.\n\nShe took over the shop from her parents in 1946 and sold it in 1993.\n\nThe parish council said the village had lost "its kindest neighbour".`;
		expect(generate(text).map(answerOf)).toContain('47');
		// Not where the clause is someone else's life or the news is not a death.
		const husband = text.replace('who ran the post office', 'whose husband ran the post office');
		expect(generate(husband).map(answerOf)).not.toContain('47');
		const aside = text.replace('has died aged 91', 'opened the new village hall on Monday');
		expect(generate(aside).map(answerOf)).not.toContain('47');
	});

	it('does not ask the country of a player the stem names ("Katarzyna Wolska of _____")', () => {
		const text = `Harwood teenager wins first title\n\nHarwood teenager Amy Leckie saved two match points before beating second seed Katarzyna Wolska of Poland to win her first professional title at the Selby Park tournament on Sunday.\n\nLeckie, 17, took the final in three sets after losing the second.\n\nWolska, ranked 140th, led 5-4 in the final set when she held a match point on her own serve.\n\nLeckie will now play in the qualifying rounds at Eastbourne next month.`;
		expect(asksFor(text, 'Poland')).toBe(false);
		expect(
			asksFor(text.replace(/Katarzyna Wolska of Poland/, 'a player from Poland'), 'Poland')
		).toBe(true);
	});

	it('gives Scotland away by a loch or the Inner Hebrides, and England by the Midlands', () => {
		expect(
			namesCountry(
				'A new ferry terminal has opened at Port Dunloch on the west coast of _____',
				'Scotland'
			)
		).toBe(true);
		expect(
			namesCountry('a small uninhabited island in the Inner Hebrides of _____', 'Scotland')
		).toBe(true);
		expect(namesCountry('a village in the north Midlands of _____', 'England')).toBe(true);
		expect(namesCountry('a village on the west coast of _____', 'Scotland')).toBe(false);
	});
});

describe('countries where work goes to be cheaper', () => {
	const text = `Kettle maker Brantwood to move production abroad\n\nKettle maker Brantwood is to close its factory in Kelbrook, Lancashire, with the loss of 160 jobs, and move most of its production to China.\n\nThe firm, founded in 1931, said it could no longer compete on price.\n\nA union official said the news was "a hammer blow" for the town.`;

	it('does not ask where production moves to, nor where cheap imports come from', () => {
		expect(asksFor(text, 'China')).toBe(false);
		const imports = text.replace(
			'and move most of its production to China',
			'blaming cheap imports from China'
		);
		expect(asksFor(imports, 'China')).toBe(false);
	});

	it('still asks a country a firm sells to', () => {
		const orders = text.replace(
			/is to close its factory .*China\./,
			'has won its first big order from Japan, a contract worth £4m.'
		);
		expect(asksFor(orders, 'Japan')).toBe(true);
	});
});

describe('the reviews of fresh715–fresh722', () => {
	it('asks no person after "the" ("the valley of the Hollin Beck", fresh716-13)', () => {
		expect(asksFor(readFileSync('eval/fresh716/fresh716-13.txt', 'utf8'), 'Hollin Beck')).toBe(
			false
		);
	});

	it('asks the count, not the year it was taken ("had 642 members in 2004.", fresh719-16)', () => {
		const asked = generateWithAsides(readFileSync('eval/fresh719/fresh719-16.txt', 'utf8')).map(
			answerOf
		);
		expect(asked).not.toContain('2004');
		expect(asked).toContain('642');
	});

	it('does not ask the span of a claim of importance ("the most important find … for 30 years")', () => {
		const text = `Roman mosaic found in Somerset field\n\nA Roman mosaic showing a sea god has been uncovered in a Somerset field, in what archaeologists say is one of the most important finds in the region for 30 years.\n\nThe mosaic, about 4m across, was found by a farmer ploughing the field in April.\n\nIt will go on display at the county museum next year.`;
		expect(asksFor(text, '30')).toBe(false);
		const ended = text.replace(
			'one of the most important finds in the region for 30 years',
			'the first find in the region for 30 years'
		);
		expect(asksFor(ended, '30')).toBe(true);
		// A measured record is a fact of the news.
		const record = text.replace(
			'A Roman mosaic showing a sea god has been uncovered in a Somerset field, in what archaeologists say is one of the most important finds in the region for 30 years.',
			'The water in the Somerset reservoir has fallen to its lowest level for 30 years after the driest spring on record.'
		);
		expect(asksFor(record, '30')).toBe(true);
	});

	it('keeps a winner\'s count above the beaten side\'s ("by _____ sets to five", fresh719-01)', () => {
		const text = readFileSync('eval/fresh719/fresh719-01.txt', 'utf8');
		const sets = generateWithAsides(text).find((q) => answerOf(q) === 'seven');
		expect(sets?.prompt).toMatch(/by _____ sets to five/);
		for (const option of sets!.options)
			expect(parseWrittenNumber(option)!.value).toBeGreaterThan(5);
	});

	it('does not ask the country of a seed the stem names, whom the tagger may not know', () => {
		const text = `Okoro stuns top seed\n\nEngland's Daniel Okoro won the biggest title of his career, beating top seed Tariq Hameed of Pakistan in five games in the final of the Severn Open squash tournament in Bristol.\n\nHameed, 29, had not dropped a game all week.\n\nOkoro will rise to 21st in the world rankings.`;
		expect(asksFor(text, 'Pakistan')).toBe(false);
	});

	it('keeps a nickname in quotes inside the name it belongs to (fresh717-06)', () => {
		const text = readFileSync('eval/fresh717/fresh717-06.txt', 'utf8');
		const age = generateWithAsides(text).find((q) => answerOf(q) === '83');
		expect(age?.prompt).toContain('Edwin "Ned" Curnow, who');
	});

	it('offers no "one" before nouns joined into a plural ("_____ passenger and freight ferries", fresh718-04)', () => {
		const text = readFileSync('eval/fresh718/fresh718-04.txt', 'utf8');
		for (const seed of [0, 1, 2, 3]) {
			const ferries = generateWithAsides(text, { seed }).filter((q) =>
				/_____ passenger/.test(q.prompt)
			);
			for (const question of ferries) expect(question.options).not.toContain('one');
		}
	});

	it('keeps "almost three times the 1.8 billion" near three times', () => {
		const text = `Search engine grows\n\nBritish search engine Findwell said on Tuesday that its index now covered 5.2 billion web pages, almost three times the 1.8 billion it searched a year ago.\n\nThe firm, based in Cambridge, employs 140 people.\n\nIt plans to open an office in Boston next year.`;
		// Asked or not (there may be no three options near enough), never with "2.2 billion".
		const pages = generateWithAsides(text).find((q) => answerOf(q) === '5.2 billion');
		for (const option of pages?.options ?? []) {
			const value = Number(option.replace(' billion', ''));
			expect(value).toBeGreaterThanOrEqual(0.8 * 3 * 1.8);
			expect(value).toBeLessThan(3 * 1.8);
		}
	});

	it('does not ask for the monarch "during the reign of _____" against the article\'s people (fresh721-07)', () => {
		const text = readFileSync('eval/fresh721/fresh721-07.txt', 'utf8');
		expect(asksFor(text, 'Henry VIII')).toBe(false);
	});
});

describe('the reviews of fresh723–fresh730', () => {
	it('keeps "beat" past after one person\'s name ("Who beat …?", fresh725-02)', () => {
		const text = readFileSync('eval/fresh725/fresh725-02.txt', 'utf8');
		const who = generateWithAsides(text).find((q) => answerOf(q) === 'Tom Brackenridge');
		expect(who?.prompt).toMatch(/^Who beat the previous best/);
	});

	it('keeps every option of a sum the headline gives rounded to that rounding ("£9m" over "£9.2m", fresh730-04)', () => {
		const text = readFileSync('eval/fresh730/fresh730-04.txt', 'utf8');
		for (const seed of [0, 1, 2, 3]) {
			const sum = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '£9.2m');
			for (const option of sum?.options ?? [])
				expect(Math.round(Number(option.replace(/[£m]/g, '')))).toBe(9);
		}
		const [low, high] = headlineRange('Boatyard wins £9m order', '£9.2m')!;
		expect(low * 9.2).toBeCloseTo(8.5);
		expect(high * 9.2).toBeCloseTo(9.5);
		expect(headlineRange('Boatyard wins £9m order', '£9.6m')).toBeUndefined();
		expect(headlineRange('Boatyard wins big order', '£9.2m')).toBeUndefined();
	});

	it('offers pence below a pound ("rise from 80p to £1.50", fresh723-11)', () => {
		const text = readFileSync('eval/fresh723/fresh723-11.txt', 'utf8');
		for (const seed of [0, 1, 2, 3, 4, 5]) {
			const pence = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '80p');
			expect(pence).toBeDefined();
			for (const option of pence!.options)
				expect(Number(option.replace('p', ''))).toBeLessThan(100);
		}
		// A share price stays in pence above a pound.
		const offer = `Pellman agrees takeover\n\nPellman, the Sheffield cutlery maker, has agreed to be bought by an American group.\n\nOrrin, based in Cleveland, Ohio, offered 385p a share in cash, a premium of 31% to Pellman's closing price.\n\nThe deal values Pellman at £42m.`;
		expect(asksFor(offer, '385p')).toBe(true);
	});

	it('asks no "Where" of a stem that names the venue ("… at the Kelvin Hall?")', () => {
		const text = `Colquitt takes British title\n\nFormer paratrooper Danny Colquitt won the British light-heavyweight title at the Kelvin Hall in Glasgow on Saturday night, stopping the holder in the ninth round.\n\nColquitt, 29, had lost only once in 18 fights.\n\nHe now hopes to fight for the European title next year.`;
		const where = (input: string) => questionsOn(input).filter((q) => q.kind === 'where');
		expect(where(text)).toEqual([]);
		expect(where(text.replace(' at the Kelvin Hall', '')).map(answerOf)).toContain('Glasgow');
	});

	it('is not asked below the lead ("The Gloucestershire side … scored _____ tries", fresh723-01)', () => {
		const text = readFileSync('eval/fresh723/fresh723-01.txt', 'utf8');
		expect(generateWithAsides(text).some((q) => /^The Gloucestershire side/.test(q.prompt))).toBe(
			false
		);
		expect(opensWithUnnamedDefinite('The Gloucestershire side trailed 19-7 at half-time.')).toBe(
			true
		);
		expect(
			opensWithUnnamedDefinite('The Gloucestershire Gazette said _____ readers wrote in.')
		).toBe(false);
	});

	it('is not asked, however long ("Pre-tax profit for the year to 31 March 2005 …", fresh730-03)', () => {
		const text = readFileSync('eval/fresh730/fresh730-03.txt', 'utf8');
		expect(generateWithAsides(text).some((q) => /^Pre-tax profit/.test(q.prompt))).toBe(false);
		expect(namesSomethingByCapital('Pre-tax profit for the year to 31 March 2005 rose')).toBe(
			false
		);
		expect(namesSomethingByCapital('Pre-tax profit at Penhallow rose')).toBe(true);
	});
});

describe('the reviews of fresh731–fresh738', () => {
	it('keeps years of service within the life the bracketed years give, less eighteen (fresh739-15)', () => {
		const text = readFileSync('eval/fresh739/fresh739-15.txt', 'utf8');
		for (const seed of [0, 1, 2, 3]) {
			const served = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '38');
			// Asked or not, no option may outlast a life of 74 years begun at eighteen.
			for (const option of served?.options ?? []) expect(Number(option)).toBeLessThanOrEqual(56);
		}
	});

	it('asks a past verb the tagger read as present in the past ("did … draw up", fresh742-15)', () => {
		const text = readFileSync('eval/fresh742/fresh742-15.txt', 'utf8');
		const when = generateWithAsides(text).find((q) => answerOf(q) === '1543');
		expect(when?.prompt).toMatch(/^In what year did Nicholas Thurlby draw up /);
		expect(generateWithAsides(text).some((q) => /\bdo \S+ drew\b/.test(q.prompt))).toBe(false);
	});

	it('does not ask a count without the day its apposition defines ("on Saturday, the first day …", fresh735-12)', () => {
		const text = readFileSync('eval/fresh735/fresh735-12.txt', 'utf8');
		const visitors = generateWithAsides(text).find((q) => answerOf(q) === '2,300');
		expect(visitors?.prompt ?? '').not.toMatch(/^About how many people passed .*Hexmouth\?$/);
		const plain = `Gallery reopens\n\nMore than 2,300 people passed through the doors of the Loxley Art Gallery in Hexmouth on Saturday.\n\nThe gallery was restored at a cost of £6.8m.\n\nIts director, Ann Pryor, said the response had been wonderful.`;
		expect(questionsOn(plain).some((q) => /^About how many people passed/.test(q.prompt))).toBe(
			true
		);
	});

	it('does not ask how many volunteers made a survey or a count (fresh731-09, fresh660-09)', () => {
		const counted = readFileSync('eval/fresh731/fresh731-09.txt', 'utf8');
		expect(generateWithAsides(counted).some((q) => answerOf(q) === '18,400')).toBe(false);
		const surveyed = readFileSync('eval/fresh660/fresh660-09.txt', 'utf8');
		expect(generateWithAsides(surveyed).some((q) => answerOf(q) === '2,800')).toBe(false);
		// The count a survey found stays.
		const found = `Hedgehogs in decline\n\nVolunteers counted 2,400 hedgehogs in gardens across Devon last summer, a survey by the Garden Wildlife Trust has found.\n\nThe figure is the lowest since the count began in 1998.\n\nThe trust blames the loss of hedges.`;
		expect(asksFor(found, '2,400')).toBe(true);
	});

	it('does not ask for Scotland under a title on a "Highland" place (fresh736-09)', () => {
		const text = readFileSync('eval/fresh736/fresh736-09.txt', 'utf8');
		expect(generateWithAsides(text).some((q) => answerOf(q) === 'Scotland')).toBe(false);
		expect(namesCountry('Dolphin numbers rise in Highland sound', 'Scotland')).toBe(true);
		expect(namesCountry('Dolphin numbers rise in Cardigan Bay', 'Scotland')).toBe(false);
	});

	it('keeps years of service within the age the sentence gives less eighteen ("died aged 81", fresh731-06)', () => {
		const text = readFileSync('eval/fresh731/fresh731-06.txt', 'utf8');
		for (const seed of [0, 1, 2, 3, 4, 5]) {
			const served = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '44');
			expect(served?.prompt).toMatch(/served on the Porthcarrow lifeboat for _____ years/);
			for (const option of served!.options) expect(Number(option)).toBeLessThanOrEqual(81 - 18);
		}
	});
});

describe('the reviews of fresh747–fresh754', () => {
	it('keeps the day an apposition describes in a blank ("on Saturday, the first day …", fresh750-10)', () => {
		const text = readFileSync('eval/fresh750/fresh750-10.txt', 'utf8');
		const visitors = generateWithAsides(text).find((q) => answerOf(q) === '8,000');
		expect(visitors?.prompt).toMatch(/visitors on Saturday, the first day of trading/);
	});

	it('keeps a time ago within the century the sentence names ("a 19th Century schooner", fresh753-07)', () => {
		const text = readFileSync('eval/fresh753/fresh753-07.txt', 'utf8');
		for (const seed of [0, 1, 2, 3]) {
			const ago = generateWithAsides(text, { seed }).find((q) => answerOf(q) === '150');
			for (const option of ago?.options ?? []) expect(Number(option)).toBeLessThanOrEqual(205);
		}
		const index = articleIndexOf(text);
		const fact = index.facts.find((found) => found.text.includes('150'));
		expect(roughSpanCeiling(asRoughFigure(fact!)!, index)).toBe(index.latestYear - 1800);
	});

	it('reads no nickname in quotes as a surname (\'Margaret "Peggy" Tranter\', fresh747-06)', () => {
		const text = readFileSync('eval/fresh747/fresh747-06.txt', 'utf8');
		const index = articleIndexOf(text);
		expect([...index.people.values()].map((record) => record.fullName)).not.toContain(
			'Margaret Peggy'
		);
		expect(index.facts.some((fact) => fact.option === 'Margaret Peggy')).toBe(false);
		expect(index.facts.some((fact) => fact.option === 'Peggy')).toBe(false);
		const shown = generateWithAsides(text).flatMap((q) => [q.prompt, ...q.options]);
		expect(shown.some((line) => /Peggy/.test(line))).toBe(false);
	});

	it('offers only European countries under a "European title" (fresh747-12)', () => {
		const text = readFileSync('eval/fresh747/fresh747-12.txt', 'utf8');
		for (const seed of [0, 1, 2, 3, 4, 5]) {
			const where = generateWithAsides(text, { seed }).find((q) => answerOf(q) === 'Germany');
			expect(where?.options).toHaveLength(4);
			for (const option of where!.options)
				expect(['Canada', 'the US', 'Australia', 'Japan', 'South Africa']).not.toContain(option);
		}
	});

	it('asks no bare deed of four words that names no event ("Who called police?", fresh754-05)', () => {
		for (const set of ['fresh754/fresh754-05', 'fresh739/fresh739-05', 'fresh487/fresh487-10']) {
			const text = readFileSync(`eval/${set}.txt`, 'utf8');
			const asked = generateWithAsides(text).map((q) => q.prompt);
			expect(asked.filter((prompt) => /^Who \S+( \S+){0,2}\?$/.test(prompt))).toEqual([]);
		}
	});
});

describe('an obituary told as a life (the coverage of fresh722–fresh751 obituaries)', () => {
	const OBITUARY = `Bell founder Tobias Carraway dies at 88

Tobias Carraway, the bell founder who cast the peals of more than 200 English churches, has died at the age of 88.

He died at his home in the Somerset village of Nether Wyke on Friday, his daughter Ruth said.

Born in Bristol, the son of a brass finisher, he left school at 14 to work in a foundry on the docks.

In 1949 he founded the Wyke Bell Foundry with his brother-in-law, the clockmaker Samuel Ord.

The foundry cast its largest bell, a tenor of more than three tonnes, for a cathedral in Kenya.

Mr Carraway was appointed MBE in 1985 for services to church music.

His brother-in-law Samuel Ord died in 1991.

Fellow founder Miriam Sallis said he had "an ear no machine could match".

"He could hear a bell was a quarter-tone flat from the far end of the yard," she said.

He is survived by his daughter and four grandchildren.

A service of thanksgiving will be held at Nether Wyke church next month.`;

	it("takes the opening name of a death notice as the person its 'he' means", () => {
		expect(articleIndexOf(OBITUARY).passageSubject).toEqual({
			fullName: 'Tobias Carraway',
			gender: 'male'
		});
		const story = OBITUARY.replace('has died at the age of 88', 'has retired at the age of 88');
		expect(articleIndexOf(story).passageSubject).toBeUndefined();
	});

	it('asks the year of a deed of the life, "In 1949 he founded …", as "In what year did …"', () => {
		const founded = generateWithAsides(OBITUARY).find((q) => answerOf(q) === '1949');
		expect(founded?.prompt).toBe(
			'In what year did Tobias Carraway found the Wyke Bell Foundry with his brother-in-law, the clockmaker Samuel Ord?'
		);
		// In any other news story, a past year below the lead stays background.
		const report = OBITUARY.replace('has died at the age of 88', 'has retired at the age of 88');
		expect(asksFor(report, '1949')).toBe(false);
	});

	it("does not ask a year of someone else's life in an obituary (her husband's death)", () => {
		expect(asksFor(OBITUARY, '1991')).toBe(false);
		const text = OBITUARY.replace(
			'His brother-in-law Samuel Ord died in 1991.',
			'His brother Edwin Carraway emigrated to Canada in 1991.'
		);
		expect(asksFor(text, '1991')).toBe(false);
		const index = articleIndexOf(text);
		const yearOf = (year: string) => index.facts.find((fact) => fact.option === year)!;
		expect(isOfObituaryLife(yearOf('1991'), index)).toBe(false);
		expect(isOfObituaryLife(yearOf('1985'), index)).toBe(true);
	});

	it('leaves out an opening year whose predicate would be cut before its second verb', () => {
		const text = OBITUARY.replace(
			'In 1949 he founded the Wyke Bell Foundry with his brother-in-law, the clockmaker Samuel Ord.',
			'In 1949 he returned to Bristol and, with a loan of £400 from an aunt, leased a small foundry on Quay Street.'
		);
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /^In what year .*aunt\?$/.test(prompt))).toEqual([]);
	});
});

describe('the reviews of fresh755–fresh762', () => {
	const LIFE = `Weaver Ellen Brightside dies at 91

Ellen Brightside, the handloom weaver whose tweeds were worn by three generations of hill farmers, has died at the age of 91.

She died at her cottage in the Borders village of Kelmside on Sunday, her nephew said.

She learned to weave from her grandmother and set up her own loom in a converted byre after leaving school.

Her first commission, a set of blankets for a shepherd's wedding, was finished in 1936.

For the next six decades she sold cloth to farmers, tailors and walkers from the byre door.

A local history society recorded her at work in 1971, and the film is still shown at the town museum.

Several of her patterns were later copied by larger mills in Galashiels and Hawick.

She was appointed MBE in 1988 for services to the textile industry.

Neighbour Tom Ruthven said she had kept weaving until she was 85.

"She never wrote a pattern down," he said. "It was all in her hands."

She is survived by a nephew and two nieces.

A funeral will be held at Kelmside Parish Church on Friday.`;

	it("asks the years of an obituary's life below its top: her own first work, her honour", () => {
		const asked = generateWithAsides(LIFE);
		expect(asked.find((q) => answerOf(q) === '1936')?.prompt).toMatch(/Ellen Brightside's first/);
		expect(asked.find((q) => answerOf(q) === '1988')?.prompt).toBe(
			'In what year was Ellen Brightside appointed MBE for services to the textile industry?'
		);
	});

	it('asks no year of a count taken then: "and in 2005 had about 340 members" (fresh759-16)', () => {
		const text = readFileSync('eval/fresh759/fresh759-16.txt', 'utf8');
		expect(asksFor(text, '2005')).toBe(false);
		const index = articleIndexOf(text);
		const year = index.facts.find(
			(fact) => fact.option === '2005' && /340 members/.test(fact.sentence.text)
		)!;
		expect(isAskable(year, index)).toBe(false);
	});

	it('asks no sum whose equivalent by another period stands beside it (fresh759-07)', () => {
		const text = readFileSync('eval/fresh759/fresh759-07.txt', 'utf8');
		const shown = generateWithAsides(text).map((q) => q.prompt);
		expect(shown.filter((prompt) => /a week/.test(prompt) && /a year/.test(prompt))).toEqual([]);
		const index = articleIndexOf(text);
		const sums = index.facts.filter((fact) => /or just over £26 a week/.test(fact.sentence.text));
		expect(sums.length).toBeGreaterThan(0);
		for (const sum of sums.filter((fact) => fact.type === 'money'))
			expect(isAskable(sum, index)).toBe(false);
		// "costing £3.50 a day or £12 a month": two prices, neither the other's equivalent.
		expect(asksFor(readFileSync('eval/fresh14/fresh14-11.txt', 'utf8'), '£3.50')).toBe(true);
	});

	it('asks no wait past a limit as a rough figure ("waiting more than 13 weeks", fresh757-05)', () => {
		const text = readFileSync('eval/fresh757/fresh757-05.txt', 'utf8');
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(
			prompts.filter((prompt) => /about _____ weeks|About how many weeks/.test(prompt))
		).toEqual([]);
		const index = articleIndexOf(text);
		const wait = index.facts.find((fact) => fact.option === 'more than 13')!;
		expect(asRoughFigure(wait)).toBeUndefined();
	});

	it('asks nothing of a subject given only by what it is, with an aside ("The 640-seat theatre, which …")', () => {
		const text = readFileSync('eval/fresh760/fresh760-11.txt', 'utf8');
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /^The 640-seat theatre/.test(prompt))).toEqual([]);
	});

	it('asks no measure whose owner the stem never names ("By what percentage did prices fall …?", fresh758-06)', () => {
		const text = readFileSync('eval/fresh758/fresh758-06.txt', 'utf8');
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /^By what percentage did prices/.test(prompt))).toEqual([]);
		// Owned by a name, the same measure is asked.
		const named = text.replace('Prices fell by 0.3%', 'Prices at Kingsbeck fell by 0.3%');
		expect(named).not.toBe(text);
		const owned = generateWithAsides(named).find((q) => answerOf(q) === '0.3%');
		expect(owned?.prompt).toMatch(/^By what percentage did prices at Kingsbeck fall/);
	});

	it('offers no span of use longer than the years since the lead dates the thing (fresh761-14)', () => {
		const text = readFileSync('eval/fresh761/fresh761-14.txt', 'utf8');
		const index = articleIndexOf(text);
		const span = asRoughFigure(index.facts.find((fact) => fact.option === 'more than 90')!)!;
		// Built in 1876, the latest year named 2003: no span of more than 127 years.
		expect(roughSpanCeiling(span, index)).toBe(2003 - 1876);
		for (const question of generateWithAsides(text).filter((q) => /regular use/.test(q.prompt)))
			for (const option of question.options) expect(Number(option)).toBeLessThanOrEqual(127);
	});

	it('keeps the capital of a name the title gives ("Thistle joined …" under "Easdane Thistle F.C.")', () => {
		const text = readFileSync('eval/fresh758/fresh758-16.txt', 'utf8');
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /\bthistle\b/.test(prompt))).toEqual([]);
		expect(prompts.some((prompt) => /\bThistle join/.test(prompt))).toBe(true);
	});
});

describe('a vessel\'s passage calls her "she" (the coverage of ship passages)', () => {
	const SHIP = `SS Brackenmoor

SS Brackenmoor was a British steam collier built in 1904 for the Wansbeck Coal Shipping Company of Blyth, Northumberland. She carried coal from the Northumberland coalfield to London and the south coast for most of her career, and was one of the last colliers of her size to work the east coast trade.

The ship was ordered in 1903 from the yard of Harker & Lowes at Hartlepool and launched on 12 April 1904 by Mrs Agnes Wansbeck, wife of the company's founder. She measured 212 feet in length and had a gross tonnage of 1,480 tons. Her crew numbered 19 officers and men.

She made her first voyage to the Thames in June 1904 with a cargo of 2,100 tons of coal. In 1917 she was requisitioned by the Admiralty and served as a fleet collier at Scapa Flow until the end of the war.

She was sold to Norwegian owners in 1931, renamed Fjellstad, and sunk by a mine off Bergen in 1940. Her wreck was located by divers from Stavanger in 1987.`;

	it('takes the vessel a passage\'s lead defines as the one its sentences\' "she" means', () => {
		expect(articleIndexOf(SHIP).passageSubject).toEqual({
			fullName: 'SS Brackenmoor',
			gender: 'female'
		});
		// A firm is no "she"; nor is a vessel the passage never calls so.
		const firm = SHIP.replace('was a British steam collier', 'was a British coal merchant');
		expect(articleIndexOf(firm).passageSubject).toBeUndefined();
		const calledIt = SHIP.replace(/\bShe\b/g, 'It').replace(/\bHer\b/g, 'Its');
		expect(articleIndexOf(calledIt).passageSubject).toBeUndefined();
	});

	it('asks of "she" under the name the lead gives her ("In what year was SS Brackenmoor sold …?")', () => {
		const sold = generateWithAsides(SHIP).find((q) => answerOf(q) === '1931');
		expect(sold?.prompt).toBe('In what year was SS Brackenmoor sold to Norwegian owners?');
	});

	it('gives "the" of a name the lead opens with no capital inside a question', () => {
		const text = SHIP.replace(/SS Brackenmoor/g, 'The Brackenmoor');
		expect(articleIndexOf(text).passageSubject?.fullName).toBe('the Brackenmoor');
		const sold = generateWithAsides(text).find((q) => answerOf(q) === '1931');
		expect(sold?.prompt).toBe('In what year was the Brackenmoor sold to Norwegian owners?');
	});
});

describe('a year asked of the first of listed predicates ("sold … in 1938, converted …, and scuttled")', () => {
	it('leaves the later predicates of the list out of the question', () => {
		const text = `Ellen Mortlake

Ellen Mortlake (1880–1951) was an English engineer who designed steam winches for colliers. She was appointed to the board of the Tyne Winch Company in 1921, promoted to chairman, and retired to Hexham in March 1946. She married Arthur Penrose, a marine surveyor, in 1908.`;
		const appointed = generateWithAsides(text).find((q) => answerOf(q) === '1921');
		expect(appointed?.prompt).toBe(
			'In what year was Ellen Mortlake appointed to the board of the Tyne Winch Company?'
		);
	});
});

describe('the reviews of fresh763–fresh770', () => {
	it('keeps "on Sunday night" whole before the blank ("the storm night _____" is no English, fresh766-10)', () => {
		expect(
			withoutWeekday('At the height of the storm on Sunday night _____ properties lost power.')
		).toBe('At the height of the storm on Sunday night _____ properties lost power.');
		expect(
			withoutWeekday('At the height of the storm on Sunday night about 340 homes lost power.')
		).toBe('At the height of the storm about 340 homes lost power.');
		const text = readFileSync('eval/fresh766/fresh766-10.txt', 'utf8');
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /\bstorm night\b/.test(prompt))).toEqual([]);
	});

	it('asks no year of a participle after a comma as if the clause before were its subject (fresh764-15)', () => {
		const text = `Hester Brundish

Hester Brundish (1821–1893) was an English botanical illustrator who worked in Norwich. Brundish produced 64 of the 88 hand-coloured plates for Carrow's Flora of the Eastern Counties, published in two volumes in 1874. She married the engraver Silas Penn in 1850.`;
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /\bproduced\b.*\bpublish\b/.test(prompt))).toEqual([]);
		// The sentence is still asked, of its own verb's figure.
		expect(prompts).toContain(
			"Hester Brundish produced _____ of the 88 hand-coloured plates for Carrow's Flora of the Eastern Counties, published in two volumes in 1874."
		);
	});

	it('asks no span of years that two years in the stem tell ("in 1979, a post she held for _____ years until … 1988")', () => {
		const prompt =
			'Edna Wiltshaw became general secretary of the union in 1979, a post she held for _____ years until her retirement in 1988.';
		expect(answerFollowsFromStem(prompt, 'nine')).toBe(true);
		expect(answerFollowsFromStem(prompt.replace('1988', 'the spring'), 'nine')).toBe(false);
		const text = readFileSync('eval/fresh769/fresh769-01.txt', 'utf8');
		expect(
			questionsOn(text).filter((q) => /a post she held for _____ years/.test(q.prompt))
		).toEqual([]);
	});

	it('keeps years spent in a post within the age given less eighteen ("spent more than 30 years as chaplain …, has died at the age of 82")', () => {
		expect(serviceStart('Canon Ellis Mepham, who spent more than ')).toBe(18);
		expect(serviceStart('Canon Ellis Mepham, who was born ')).toBeUndefined();
		const text = readFileSync('eval/fresh765/fresh765-02.txt', 'utf8');
		for (const seed of [0, 1, 2, 3])
			for (const question of generateWithAsides(text, { seed }).filter((q) =>
				/years as chaplain/.test(q.prompt)
			))
				for (const option of question.options)
					expect(parseWrittenNumber(option.replace(/^about /, ''))?.value).toBeLessThanOrEqual(
						82 - 18
					);
	});

	it('keeps a rough figure the sentence calls the biggest off the top rung ("the biggest attendance in its history", fresh770-08)', () => {
		const text = readFileSync('eval/fresh770/fresh770-08.txt', 'utf8');
		for (const seed of [0, 1, 2, 3, 4, 5]) {
			const crowd = generateWithAsides(text, { seed }).find((q) =>
				/biggest attendance in its history/.test(q.prompt)
			);
			const values = crowd!.options.map((option) => parseWrittenNumber(option)!.value);
			expect(Math.max(...values)).toBeGreaterThan(values[crowd!.answer]);
		}
	});

	it('asks nothing of "the anniversary", "the crossing" or "the project" with nothing to say which (fresh763-12)', () => {
		for (const noun of ['anniversary', 'crossing', 'project'])
			expect(hasDanglingDescription(`A party of _____ people arrived to mark the ${noun}.`)).toBe(
				true
			);
		expect(
			hasDanglingDescription(
				'A party of _____ people arrived to mark the anniversary of the charter.'
			)
		).toBe(false);
		const text = readFileSync('eval/fresh763/fresh763-12.txt', 'utf8');
		expect(generateWithAsides(text).filter((q) => /\bthe anniversary\.$/.test(q.prompt))).toEqual(
			[]
		);
	});
});

describe("a place's height above sea level (21 acceptances in 54 verdicts, fresh766-13, fresh770-13)", () => {
	const PLACE = `Thornwick Force

Thornwick Force is a waterfall on Thornwick Beck in the North Pennines, England. It lies about 2 kilometres north of the hamlet of Lowgill, at an elevation of about 320 metres above sea level. The beck drops 14 metres over a band of limestone into a deep plunge pool.`;

	it("asks no place's height above the sea", () => {
		const prompts = generateWithAsides(PLACE).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /above sea level/.test(prompt))).toEqual([]);
	});

	it('still asks where a river rises, which is what the river is', () => {
		const river = `River Thorn

The River Thorn is a river in Cumbria, England. It rises at Thorn Head, a group of springs on Black Fell.

The river rises at a height of 540 metres above sea level. It flows west for 23 kilometres to the Irish Sea.`;
		const source = generateWithAsides(river).find((q) => answerOf(q) === '540');
		expect(source?.prompt).toBe(
			'The River Thorn rises at a height of _____ metres above sea level.'
		);
	});
});

describe('a reference passage\'s "It" beyond its first paragraph', () => {
	const MILL = `Hobley Mill

Hobley Mill is a Grade II listed tower mill in the village of Hobley, Norfolk, England. It stands on a low rise to the east of the church and is owned by the Hobley Mill Trust.

The mill was built for the miller Samuel Crane, who worked it until his death. It was bought by the Hobley Mill Trust in 1994 for £52,000.

The sails were removed after a storm. It was bought by a farmer in 1961.`;

	it('is the passage\'s subject in a paragraph that opens on it ("The mill was built …")', () => {
		const bought = generateWithAsides(MILL).find((q) => answerOf(q) === '£52,000');
		expect(bought?.prompt).toBe(
			'For how much was Hobley Mill bought by the Hobley Mill Trust in 1994?'
		);
	});

	it('is left unnamed after a sentence about something else ("The sails were removed …")', () => {
		expect(
			generateWithAsides(MILL).some((q) => /1961/.test(q.prompt) || answerOf(q) === '1961')
		).toBe(false);
		expect(itAntecedents(sentencesOf(MILL), 'Hobley Mill').has(sentencesOf(MILL).length - 1)).toBe(
			false
		);
	});
});

describe('half a measure in two parts ("the _____ ft 9 in Watson class", fresh769-14)', () => {
	it('blanks no feet before their inches', () => {
		const text = readFileSync('eval/fresh769/fresh769-14.txt', 'utf8');
		expect(generateWithAsides(text).filter((q) => /_____ ft \d/.test(q.prompt))).toEqual([]);
	});
});

describe('years told in order rule out wrong years (fresh763-14, fresh765-16)', () => {
	const optionYears = (text: string, answer: string) =>
		generateWithAsides(text)
			.filter((q) => answerOf(q) === answer)
			.flatMap((q) => q.options.filter((option) => option !== answer).map(Number));

	it('puts no wrong year of the first of two chained predicates after the year of the next', () => {
		const text = `PS Wendlebury

PS Wendlebury is a paddle steamer built in 1931 for the ferry across the Severn estuary. She carried passengers on the crossing until 1966.

The Wendlebury Steamer Trust was formed in 1984 and bought the ship for £1 in 1985. The ship has been berthed at Sharpness since 1994.`;
		const wrong = optionYears(text, '1984');
		expect(wrong).toHaveLength(3);
		expect(wrong.every((year) => year < 1985)).toBe(true);
	});

	it('puts no wrong year of something a society did before the year its lead paragraph founds it', () => {
		const text = `Thrapston Glee Singers

The Thrapston Glee Singers is a male voice choir based in the town of Thrapston, Northamptonshire. Founded in 1891, it is one of the oldest choirs in the county.

The choir's first set of printed part-books was bought in 1893, paid for by a collection among its members. Its records note concerts in Kettering and Oundle in most years.`;
		const wrong = optionYears(text, '1893');
		expect(wrong).toHaveLength(3);
		expect(wrong.every((year) => year > 1891)).toBe(true);
	});
});

describe('how often a routine comes round ("booking live music five nights a week": 12 accepted in 40 verdicts)', () => {
	it('asks no count of days or nights a week', () => {
		for (const file of ['eval/fresh189/fresh189-12.txt', 'eval/fresh331/fresh331-02.txt']) {
			const prompts = generateWithAsides(readFileSync(file, 'utf8')).map((q) => q.prompt);
			expect(prompts.filter((prompt) => /_____ (nights|days) a week/.test(prompt))).toEqual([]);
		}
	});
});

describe('the reviews of fresh771–fresh778', () => {
	it('leaves an "and" before an aside out of the question ("formed by local residents and?", fresh776-14)', () => {
		const text = `Brambledown Tide Mill

Brambledown Tide Mill is a tide mill on the coast of Essex, England. It was built in 1801.

The Brambledown Mill Trust was formed in 1992 by local residents and, after buying the building for £30,000, raised about £650,000 for its restoration.`;
		const formed = generateWithAsides(text).find((q) => answerOf(q) === '1992');
		expect(formed?.prompt).toBe(
			'In what year was the Brambledown Mill Trust formed by local residents?'
		);
	});

	it('names a firm its lead describes as a "provider" where the story calls it "the firm" (fresh776-12)', () => {
		const text = `Linkwell profits slip

Mobile phone retailer and network service provider Linkwell has reported a 12% fall in annual profits, blaming a price war for new customers.

The Swindon-based firm made a pre-tax profit of £9.6m in the year to 31 March, down from £10.9m a year earlier.

Revenue rose 4% to £88m. Chief executive Ann Pell said the firm had won 40,000 customers.`;
		const prompts = generateWithAsides(text).map((q) => q.prompt);
		expect(prompts.filter((prompt) => /Swindon-based firm/.test(prompt))).toEqual([]);
		expect(prompts).toContain(
			'Linkwell made a pre-tax profit of _____ in the year to 31 March, down from £10.9m a year earlier.'
		);
	});

	it('asks no year a rise is measured from ("a rise of 19% on _____", fresh775-12)', () => {
		const prompts = generateWithAsides(readFileSync('eval/fresh775/fresh775-12.txt', 'utf8')).map(
			(q) => q.prompt
		);
		expect(prompts.filter((prompt) => /% on _____/.test(prompt))).toEqual([]);
	});

	it('keeps the years a vessel called "she" worked within the years since she was built (fresh773-14)', () => {
		const tug = (built: number, years: number) => `Marlow Belle

Marlow Belle is a steam tug built in ${built} for service on the River Severn in Gloucestershire, England. She worked at Sharpness Dock for more than ${years} years and is one of the last coal-fired tugs of her kind still in steam.

The tug was laid up in ${built + years + 2} and bought by the Severn Tug Society in 1994. The society restored her boiler in 2004.`;
		const optionsOf = (text: string) =>
			generateWithAsides(text)
				.filter((q) => /worked at Sharpness Dock/.test(q.prompt))
				.flatMap((q) => q.options.map((option) => Number(option.replace(/\D/g, ''))));
		// Asked, and within the 93 years from 1911 to the passage's latest year, 2004.
		const since1911 = optionsOf(tug(1911, 60));
		expect(since1911).toHaveLength(4);
		expect(since1911.every((value) => value <= 93)).toBe(true);
		// Within 84 years from 1920: a ladder that cannot stay there is not asked.
		expect(optionsOf(tug(1920, 60)).every((value) => value <= 84)).toBe(true);
	});
});
