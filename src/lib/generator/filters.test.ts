import { describe, expect, it } from 'vitest';
import { answerOf, questionsOn } from './contract.test-helper';
import {
	answerFollowsFromStem,
	countsWithoutNoun,
	hasDanglingReference,
	namesPassageSubject,
	needsPreviousSentence,
	DROPPABLE_OPENING,
	opensWithUnnamedDefinite,
	joinsSecondClause
} from './filters';

describe('an "it" with nothing named before it', () => {
	it('finds the firm of the sentence before, left out of the stem', () => {
		expect(hasDanglingReference('Revenues rose _____ to £96m, it said.')).toBe(true);
		expect(
			hasDanglingReference(
				'Like-for-like sales in February and March were down _____, which it blamed on the cold.'
			)
		).toBe(true);
		expect(hasDanglingReference('Planners expected it to carry _____ vehicles a day.')).toBe(true);
	});

	it('keeps an "it" after a name, a noun with a determiner or a named opening word', () => {
		expect(hasDanglingReference('Penrose said it would open _____ new shops.')).toBe(false);
		expect(hasDanglingReference('The trust says it will cap wages at _____ of turnover.')).toBe(
			false
		);
		expect(hasDanglingReference('Supporters of the plan said it would create _____ jobs.')).toBe(
			false
		);
		expect(hasDanglingReference('Sales at Hammond & Fry fell _____, it said.')).toBe(false);
		// "Barclays" opens with a capital like "Revenues": the article's own capitals say it is a name.
		expect(hasDanglingReference('Barclays said it would cut _____ jobs.')).toBe(true);
		expect(
			hasDanglingReference(
				'Barclays said it would cut _____ jobs.',
				'not a person',
				new Set(['barclays'])
			)
		).toBe(false);
	});

	it('finds an "its" after a common noun that opens the stem, but not "their" after a plural', () => {
		expect(
			hasDanglingReference('Sales rose _____ to £96.5m, while loans on its books climbed to £48m.')
		).toBe(true);
		expect(
			hasDanglingReference('Sales at Ledgerwood rose _____, while loans on its books climbed.')
		).toBe(false);
		expect(
			hasDanglingReference(
				'Tenants who disagreed could take their case to an arbitrator for _____.'
			)
		).toBe(false);
	});

	it('finds the subject after an opening phrase that the blank closes', () => {
		expect(
			hasDanglingReference(
				'Following the introduction of refrigerated rail vans in _____ it began to supply fresh milk.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'During the 1950s the Harp Festival grew, and by _____ it was attracting competitors.'
			)
		).toBe(false);
	});
});

describe('an "it" or "its" whose owner the stem does not name', () => {
	it('finds an "it" that buys or pays in a relative clause with no firm named', () => {
		expect(
			hasDanglingReference(
				'The price of liquorice root extract, most of which it buys from Turkey, went up by _____.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'The price of liquorice root extract, most of which Fosdyke buys, went up by _____.'
			)
		).toBe(false);
	});

	it('finds an "it" after "According to …" with no comma', () => {
		expect(
			hasDanglingReference('According to estate accounts it was built at a cost of _____.')
		).toBe(true);
		expect(
			hasDanglingReference('According to estate accounts, the tower was built at a cost of _____.')
		).toBe(false);
	});
});

describe('a sentence that opens on part of a whole named before', () => {
	it('needs the sentence before for "Other …" and "Each member …"', () => {
		expect(
			needsPreviousSentence('Other notable commissions included a ring of twelve bells.')
		).toBe(true);
		expect(needsPreviousSentence('Each member bought a minimum of five £1 shares.')).toBe(true);
		// The most, first or last of a set the sentence before named.
		expect(
			needsPreviousSentence('The most productive, Greyrake Mine, employed about 180 men.')
		).toBe(true);
		expect(needsPreviousSentence('The last tannery, Hollins & Sons, closed in 1967.')).toBe(true);
		expect(needsPreviousSentence('The first Harwell pub opened in Leeds in 1979.')).toBe(false);
		expect(needsPreviousSentence('The Last Reel, a first feature, was made for £40,000.')).toBe(
			false
		);
		expect(
			needsPreviousSentence('One member, Tolworth Chemicals, said its bill had doubled.')
		).toBe(true);
		expect(needsPreviousSentence('Other than the mayor, nobody spoke.')).toBe(false);
		expect(needsPreviousSentence('Each of the 40 pharmacists has completed a course.')).toBe(false);
		expect(needsPreviousSentence('Four landed before nightfall, and five more at dawn.')).toBe(
			true
		);
		expect(needsPreviousSentence('Five has commissioned 26 new episodes.')).toBe(false);
	});
});

describe('a place named by the sentence before', () => {
	it('finds "the country\'s" with no country before it, and "in the city"', () => {
		expect(
			hasDanglingReference("Drivers in Hallvik, on the country's west coast, face fines of _____.")
		).toBe(true);
		expect(
			hasDanglingReference(
				"Ireland's economy grew by _____, as the euro hit the country's exporters."
			)
		).toBe(false);
		expect(
			hasDanglingReference('Ashbury Cycles, which has made bicycles in the city, will spend _____.')
		).toBe(true);
	});
});

describe('a time named by the sentence before', () => {
	it('finds "two years later" dangling unless the stem gives a year or asks one first', () => {
		expect(
			hasDanglingReference(
				'Amy Strode flew to Cape Town two years later, a record that stood until _____.'
			)
		).toBe(true);
		expect(
			hasDanglingReference(
				'Lectures given in _____ led to the founding of the society two years later.'
			)
		).toBe(false);
	});

	it('finds "that season" dangling unless the stem gives a year', () => {
		expect(
			hasDanglingReference('How many goals did Jack Ollerenshaw score that season, a club record?')
		).toBe(true);
		expect(
			hasDanglingReference(
				'The club won promotion in 1931, and Jack Ollerenshaw scored _____ goals that season.'
			)
		).toBe(false);
	});

	it('finds "the following two decades" dangling unless the stem gives a year', () => {
		expect(
			hasDanglingReference('Over the following two decades Ashcroft & Sons supplied _____ gauges.')
		).toBe(true);
		expect(
			hasDanglingReference(
				'Ashcroft & Sons opened in 1871 and over the following two decades supplied _____ gauges.'
			)
		).toBe(false);
	});
});

describe('"it" after an opening participle phrase', () => {
	it('is dangling with nothing named: "Founded in 1987, it takes place …"', () => {
		expect(
			hasDanglingReference('Founded in 1987, it takes place in August and drew _____ visitors.')
		).toBe(true);
		expect(
			hasDanglingReference(
				'Founded in 1987, the Tarnfield Kite Festival takes place in August and drew _____ visitors.'
			)
		).toBe(false);
	});
});

describe('a count standing for its noun', () => {
	it('is found: "By 1900 _____ had been installed", "…, _____ are held"; "of whom _____" and an age are not', () => {
		expect(countsWithoutNoun('By 1900 _____ had been installed in Britain.')).toBe(true);
		expect(countsWithoutNoun('By _____ about 160 had been installed in Britain.')).toBe(true);
		expect(countsWithoutNoun('At HMP Stanmoor, built for 620 men, _____ are held.')).toBe(true);
		expect(countsWithoutNoun('Of 23 arrested, of whom _____ were tried at York.')).toBe(false);
		expect(countsWithoutNoun('Ruslan Tarasenko, 31, has lost once in _____ contests.')).toBe(false);
	});
});

describe('"she" after a date', () => {
	it('is dangling: "In December 1915 she was damaged" names no one; "In 1915 Ada Quill said she" does', () => {
		expect(hasDanglingReference('In December 1915 she spent _____ weeks under repair.')).toBe(true);
		expect(
			hasDanglingReference('In December 1915 Ada Quill said she had spent _____ weeks at sea.')
		).toBe(false);
	});
});

describe('"Together they" and "such claims"', () => {
	it('are dangling: the stem says neither who they are nor which claims', () => {
		expect(hasDanglingReference('Together they produce _____ tonnes of cement a year.')).toBe(true);
		expect(hasDanglingReference('The number of such claims rose by _____ in three years.')).toBe(
			true
		);
		expect(
			hasDanglingReference('Castlegate and Harlow together produce _____ tonnes of cement a year.')
		).toBe(false);
		expect(
			hasDanglingReference(
				'Founded in _____, Brummell & Sons was one of few makers of such organs.'
			)
		).toBe(true);
		// "such" that the sentence itself explains is not dangling.
		expect(
			hasDanglingReference(
				'Valencia will run _____ buses, one of the largest such fleets in Europe.'
			)
		).toBe(false);
	});
});

describe('"the town" with nothing before it', () => {
	it('is dangling: "driven into the town", "the town\'s hoteliers"; "the town of Ely" is not', () => {
		expect(
			hasDanglingReference('As many as _____ geese were driven into the town each year.')
		).toBe(true);
		expect(hasDanglingReference("The town's hoteliers said occupancy fell by _____.")).toBe(true);
		expect(hasDanglingReference('Geese were driven into the town of Ely in _____.')).toBe(false);
	});
});

describe('"of these" with nothing before it', () => {
	it('is dangling: "The larger of these, Lyvennet Mill, …"; "those who" is not', () => {
		expect(hasDanglingReference('The larger of these, Lyvennet Mill, employed _____ people.')).toBe(
			true
		);
		expect(
			hasDanglingReference('Pupils who sang scored _____ higher than those who did not.')
		).toBe(false);
	});
});

describe('a reference passage\'s own things, brought in with "a"', () => {
	it('must be tied to the passage by its title or person, not by any other name', () => {
		const headline = 'Hexford Canal';
		expect(namesPassageSubject('In what year was an Act of Parliament obtained?', headline)).toBe(
			false
		);
		expect(
			namesPassageSubject('A guarantee fund of _____ was raised by Arthur Mowbray.', headline)
		).toBe(false);
		expect(
			namesPassageSubject('In what year did a branch line reach the Hexford Canal?', headline)
		).toBe(true);
		expect(namesPassageSubject('In what year did the Act of Parliament pass?', headline)).toBe(
			true
		);
	});
});

describe('an answer the stem and the title work out', () => {
	const title = 'Pensioners protest over 7% rise';
	it("finds a bill from its rise in pounds and the title's rise in per cent, and the other way round", () => {
		expect(
			answerFollowsFromStem('The council set a bill of _____, an increase of £78.', '£1,192', title)
		).toBe(true);
		expect(
			answerFollowsFromStem('The council set a bill of £1,192, an increase of _____.', '£78', title)
		).toBe(true);
		expect(
			answerFollowsFromStem('The council set a bill of _____, an increase of £78.', '£1,306', title)
		).toBe(false);
	});
});

describe('a small change in per cent the stem works out', () => {
	it('finds "rose by _____, from 1,712 to 1,866" (9%), but not a rise between two years', () => {
		expect(answerFollowsFromStem('Violent crimes rose by _____, from 1,712 to 1,866.', '9%')).toBe(
			true
		);
		expect(answerFollowsFromStem('Thefts fell by _____, from 1,866 to 1,712.', '8%')).toBe(true);
		expect(answerFollowsFromStem('Thefts rose by _____, to 1,866.', '9%')).toBe(false);
		expect(answerFollowsFromStem('Prices rose by _____ between 1950 and 2000.', '3%')).toBe(false);
	});
});

describe('an answer the parts of the stem work out', () => {
	it('finds the other part of a whole: "_____ biodiesel and 70% diesel"', () => {
		const blend = 'Buses will run on a blend of _____ biodiesel and 70% diesel.';
		expect(answerFollowsFromStem(blend, '30%')).toBe(true);
		expect(answerFollowsFromStem(blend, '20%')).toBe(false);
	});

	it('finds a share "one in eight" of a total gives, and the total from the share', () => {
		expect(
			answerFollowsFromStem(
				'The routes carried _____ passengers, one in eight of its total of 2.1 million.',
				'about 260,000'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'The routes carried 260,000 passengers, one in eight of its total of _____.',
				'2.1 million'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'The routes carried _____ passengers, one in five of its total of 2.1 million.',
				'about 260,000'
			)
		).toBe(false);
	});
});

describe('a reference list', () => {
	it('is not asked about: "Proceedings of the Linnean Society B. 38: 211–229."', () => {
		const text = `Agnes Rennard\n\nAgnes Mary Rennard (2 March 1905 – 9 June 1990) was a British botanist. She worked at Kew from 1929 to 1965 and described 140 species of sedge.\n\nSelected works\n\nRennard, A. M. (1934). "Sedges of the Cotswolds". Proceedings of the Linnean Society B. 38: 211–229.\n\nRennard, A. M. (1951). "The sedges of Arran". Proceedings of the Linnean Society B. 52: 40–61.\n\nLegacy\n\nThe Botanical Society of the British Isles has awarded a Rennard Medal each year since 1992. Her collection of 22,000 sheets is held at Kew.`;
		const answers = questionsOn(text).map(answerOf);
		expect(answers).toContain('140');
		expect(answers).not.toContain('38');
		expect(answers).not.toContain('52');
	});
});

describe('a pronoun in the opening clause', () => {
	it('needs the sentence before: "Every time it is hit, trains …"', () => {
		expect(
			needsPreviousSentence('Every time it is hit, trains are stopped until it is checked.')
		).toBe(true);
		expect(needsPreviousSentence('When they reopened in 1998, the baths drew 40,000.')).toBe(true);
		expect(needsPreviousSentence('When the bridge is hit, trains are stopped.')).toBe(false);
		expect(needsPreviousSentence('Since itineraries changed, fewer ships call.')).toBe(false);
	});
});

describe('"the same period" with nothing before it', () => {
	it('is dangling: "Over the same period, prices rose by _____."', () => {
		expect(hasDanglingReference('Over the same period, prices in cities rose by _____.')).toBe(
			true
		);
		expect(hasDanglingReference('Prices rose by _____ between 2000 and 2005.')).toBe(false);
	});
});

describe('a share the stem works out', () => {
	it('finds "Turnout was _____, with 41,000 of its 108,000 members taking part" (38%)', () => {
		expect(
			answerFollowsFromStem(
				'Turnout was _____, with more than 41,000 of its 108,000 members taking part.',
				'38%'
			)
		).toBe(true);
		expect(answerFollowsFromStem('Turnout was _____, the highest in its history.', '38%')).toBe(
			false
		);
	});
});

describe('a results figure with no firm named', () => {
	it('is dangling: "Pre-tax profits for the year to 29 January rose to _____."', () => {
		expect(hasDanglingReference('Pre-tax profits for the year to 29 January rose to _____.')).toBe(
			true
		);
		expect(hasDanglingReference('Turnover climbed by _____ to £61.4m.')).toBe(true);
		expect(
			hasDanglingReference('Pre-tax profits at Thackray Ales rose to _____ in the year.')
		).toBe(false);
	});
});

describe('a news stem that opens on "the" something and names nothing', () => {
	it('finds "The fund, which covers 38,000 staff, …" whatever figures it holds', () => {
		expect(
			opensWithUnnamedDefinite(
				'The fund, which covers 38,000 staff, had a deficit of _____ in March.'
			)
		).toBe(true);
		expect(opensWithUnnamedDefinite('The Tarnshire fund had a deficit of _____ in March.')).toBe(
			false
		);
		expect(opensWithUnnamedDefinite('Savers in the fund lost _____ in March.')).toBe(false);
	});

	it('leaves such a sentence below a news lead unasked, but asks it where it names its place', () => {
		const story = (fish: string) =>
			`Diesel leak kills fish\n\nA diesel leak from a haulage depot has killed an estimated 6,000 fish along a four-mile stretch of the River Cawden in Lancashire, the Environment Agency said on Monday.\n\nOfficers spent the weekend clearing the river. ${fish} included 340 sea trout and 112 juvenile salmon.`;
		const asked = (fish: string) =>
			questionsOn(story(fish)).some((question) => answerOf(question) === '340');
		expect(asked('The dead fish')).toBe(false);
		expect(asked('The dead fish in the Cawden')).toBe(true);
	});
});

describe('an answer the headline halves or doubles', () => {
	it('finds "profits fell to _____, down from £8.3m" under "Fuel bill halves profits"', () => {
		const title = 'Fuel bill halves profits at Highcross Airways';
		expect(
			answerFollowsFromStem(
				'Profits fell to _____, down from £8.3m a year earlier.',
				'£4.1m',
				title
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Profits fell to _____, down from £8.3m a year earlier.',
				'£6.1m',
				title
			)
		).toBe(false);
		expect(
			answerFollowsFromStem('Profits fell to _____, down from £8.3m a year earlier.', '£4.1m')
		).toBe(false);
	});
});

describe('a question made of the first of two joined clauses', () => {
	it('is found: "How many copies were printed, and the cost … left her with debts?"', () => {
		expect(
			joinsSecondClause(
				'How many copies were printed, and the cost of production left Clemency Marwood with debts of about £400?'
			)
		).toBe(true);
		expect(
			joinsSecondClause(
				"In what year was the Cathermoor Mechanics' Institute itself formally wound up, and its remaining funds?"
			)
		).toBe(true);
	});

	it('is not a second founder after an apposition: "by Dorothy Ashby, a probation officer, and Arthur Pell"', () => {
		expect(
			joinsSecondClause(
				"In what year was the Wayfarers' Fund founded in Leeds by Dorothy Ashby, a probation officer, and Arthur Pell, a Methodist minister?"
			)
		).toBe(false);
		expect(joinsSecondClause('How many stores does Pellmead plan to open in Scotland?')).toBe(
			false
		);
	});
});

describe('an answer worked out from a share or from parts the stem gives (fresh280, fresh281)', () => {
	it('finds a count from the whole and its rate, and a whole from a count and its rate', () => {
		expect(
			answerFollowsFromStem(
				'_____ of the 412 pupils eligible, or 71%, signed up for the Saturday classes.',
				'291'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Some 268, or about 65%, of the _____ parents who replied backed the shorter break.',
				'412'
			)
		).toBe(true);
		// The total is not in the stem: "11.1% of the total" gives nothing to work from.
		expect(
			answerFollowsFromStem(
				'The Green candidate came fourth with _____ votes, or 11.1% of the total.',
				'3,080'
			)
		).toBe(false);
	});

	it('finds a total or a part from the three others the stem gives', () => {
		expect(
			answerFollowsFromStem(
				'Of the _____ who replied, 301 backed the change, 142 opposed it and 43 had no view.',
				'486'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Of the 486 who replied, _____ backed the change, 142 opposed it and 43 had no view.',
				'301'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'Of the 512 who replied, _____ backed the change, 142 opposed it and 43 had no view.',
				'301'
			)
		).toBe(false);
	});
});

describe('a linking opening dropped from a stem', () => {
	it('drops "So," but keeps the "So" of "So-called"', () => {
		expect(DROPPABLE_OPENING.test('So, the firm cut 40 jobs.')).toBe(true);
		expect(DROPPABLE_OPENING.test('So-called "real tones" made up 61% of sales.')).toBe(false);
	});
});

describe('a fall in per cent the stem works out (fresh418, fresh403, fresh334)', () => {
	it('finds "fell by _____, from 8.6 a year to 6.9" (20%), measured from the larger figure', () => {
		expect(
			answerFollowsFromStem(
				'The average number of visits fell by _____, from 8.6 a year to 6.9.',
				'20%'
			)
		).toBe(true);
		expect(
			answerFollowsFromStem(
				'The average number of visits fell by _____, from 8.6 a year to 6.9.',
				'30%'
			)
		).toBe(false);
		expect(
			answerFollowsFromStem(
				'The forecast was cut from 320,000 tonnes to 200,000 tonnes, a fall of _____.',
				'38%'
			)
		).toBe(true);
	});
});

describe('a product with a count written in words (fresh420)', () => {
	it('finds "for the five years … _____ children …, an average of 1,230 a year" (6,150)', () => {
		const prompt =
			'Doctors examined records for the five years to March 2004 and found that _____ children had been hurt, an average of 1,230 a year.';
		expect(answerFollowsFromStem(prompt, '6,150')).toBe(true);
		expect(answerFollowsFromStem(prompt, '7,380')).toBe(false);
	});
});
