import { describe, it, expect } from 'vitest';
import type { ArticleIndex } from './article';
import { articleIndexOf as indexOf } from './contract.test-helper';
import { isTrivia } from './trivia';

function triviaAnswers(index: ArticleIndex): string[] {
	return index.facts.filter((fact) => isTrivia(fact, index)).map((fact) => fact.option);
}

describe('isTrivia: the article topic and production trivia', () => {
	it('does not ask for a place the article is about', () => {
		const index = indexOf(
			`Talks over a new bridge\n\nLeaders met in Cardiff on Monday to discuss the bridge. Cardiff has waited ten years for it. Traffic in Cardiff is the worst in the region. Cardiff council says the bridge will cost £40m. Shops in Cardiff closed early. Engineers from Oslo will visit Cardiff in June.`
		);
		expect(triviaAnswers(index)).toContain('Cardiff');
		// Named once, Oslo is no topic.
		expect(triviaAnswers(index)).not.toContain('Oslo');
	});

	it('does not ask the date a series was ordered', () => {
		const index = indexOf(
			`The second season of the drama "North Quay" was ordered on 12 May 2020. It was filmed in Belfast.`
		);
		expect(triviaAnswers(index)).toContain('12 May 2020');
	});
});

describe("isTrivia: a person's country", () => {
	it('does not ask "Jonas Ekberg of _____": the name often gives the country away', () => {
		const index = indexOf(
			`Kerrigan reaches Doha final\n\nTom Kerrigan reached his first final after beating fourth seed Jonas Ekberg of Sweden at the Qatar Open in Doha on Friday. Kerrigan will play the winner of the second semi-final.`
		);
		const countries = index.facts.filter((fact) => fact.type === 'country');
		expect(countries.map((fact) => fact.option)).toContain('Sweden');
		expect(triviaAnswers(index)).toContain('Sweden');
	});
});

describe('isTrivia: a ranking cut-off', () => {
	it('does not ask the 20 of "ranked in the top 20", a round convention', () => {
		const index = indexOf(
			`Kerrigan reaches Doha final\n\nTom Kerrigan had never beaten a player ranked in the top 20 before this week. He beat 14 of the 18 players he faced this year.`
		);
		expect(index.facts.map((fact) => fact.option)).toContain('20');
		expect(triviaAnswers(index)).toContain('20');
		expect(triviaAnswers(index)).not.toContain('14');
	});
});

describe('isTrivia: the start of a school year', () => {
	it('does not ask "share a head teacher from September 2005"; a library from then is news', () => {
		const index = indexOf(
			`Dales schools share a head\n\nThree village primary schools in the Yorkshire Dales are to share a single head teacher from September 2005. A mobile library will visit the villages from September 2005.`
		);
		const trivia = index.facts.filter((fact) => isTrivia(fact, index)).map((f) => f.sentence.index);
		const septembers = index.facts.filter((fact) => fact.option === 'September 2005');
		expect(septembers).toHaveLength(2);
		expect(trivia).toContain(septembers[0].sentence.index);
		expect(trivia).not.toContain(septembers[1].sentence.index);
	});
});

describe("isTrivia: a survey's sample", () => {
	it('is not asked; what the survey found is', () => {
		const index = indexOf(
			`Parking survey\n\nA survey of 1,800 of its members found that 58% had paid to park at a hospital. A further 2,400 people were questioned by the charity in Wales. The charity runs 40 advice centres.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('1,800');
		expect(trivia).toContain('2,400');
		expect(trivia).not.toContain('58%');
		expect(trivia).not.toContain('40');
	});

	it('is the number after "questioned", but a vote "polled" is a result', () => {
		const index = indexOf(
			`Doctors' hours survey\n\nThe British Medical Association questioned 2,140 trainee doctors in October and found that 46% broke the rules. In the by-election the Green Party polled 612 votes.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('2,140');
		expect(trivia).not.toContain('46%');
		expect(trivia).not.toContain('612');
	});
});

describe("isTrivia: the fabric of a town's church", () => {
	it('is not asked in a passage about the town, but is in one about the church', () => {
		const town = indexOf(
			`Wistonbury\n\nWistonbury is a market town in Staffordshire, England. It received a market charter in 1254. The parish church of St Werburgh dates mainly from the fourteenth century, although its tower was rebuilt in 1734.`
		);
		expect(triviaAnswers(town)).toContain('1734');
		expect(triviaAnswers(town)).not.toContain('1254');
		const church = indexOf(
			`St Werburgh's Church, Wistonbury\n\nSt Werburgh's Church is a parish church in Wistonbury, Staffordshire. The parish church of St Werburgh dates mainly from the fourteenth century, although its tower was rebuilt in 1734.`
		);
		expect(triviaAnswers(church)).not.toContain('1734');
	});
});

describe("isTrivia: a voting panel's size", () => {
	it('is not asked: who won is the news', () => {
		const index = indexOf(
			`Folk award\n\nThe Arrow awards are voted for by a panel of about 500 music journalists. This year's prize of £20,000 went to the duo Wren.`
		);
		expect(triviaAnswers(index)).toContain('about 500');
		expect(triviaAnswers(index)).not.toContain('£20,000');
	});
});

describe('isTrivia: background in a news story', () => {
	const story = `Skylark profits rise

Bristol-based carrier Skylark Air has reported a 23% rise in annual profits, it said on Monday. The airline, which was founded in 1998, carried 7.2 million passengers in the year. Shares in Skylark rose 12p to 287p in morning trading. Skylark will open 14 new routes next year.`;

	it('does not ask how the shares moved below the lead', () => {
		const trivia = triviaAnswers(indexOf(story));
		expect(trivia).toContain('287p');
		expect(trivia).not.toContain('14');
	});

	it('does not ask how the shares moved when a clause about the firm comes between', () => {
		const withClause = story.replace(
			'Shares in Skylark rose 12p to 287p',
			'Shares in Skylark, which floated in 2002, rose 12p to 291p'
		);
		expect(triviaAnswers(indexOf(withClause))).toContain('291p');
	});

	it("does not ask the year a story's firm was founded, which an encyclopedia passage would", () => {
		expect(triviaAnswers(indexOf(story))).toContain('1998');
		const passage = `Skylark Air is a British low-cost airline. It was founded in 1998 by two pilots from Bristol. It carries about seven million passengers a year.`;
		expect(triviaAnswers(indexOf(passage))).not.toContain('1998');
	});
});

describe('isTrivia: the crowd', () => {
	it('is not asked; the score and the scorer are', () => {
		const index = indexOf(
			`Moor Lane celebrates\n\nA crowd of 4,870 invaded the pitch at the final whistle. The match was watched by 6,100 fans. Danny Rourke scored 17 goals this season. The mayor opened the stand in front of a crowd estimated at 5,000.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('4,870');
		expect(trivia).toContain('6,100');
		expect(trivia).toContain('5,000');
		expect(trivia).not.toContain('17');
	});
});

describe('isTrivia: the year a story is set in', () => {
	it('is colour, not news: "the show, set in 1958"', () => {
		const index = indexOf(
			`Musical closes early\n\nThe musical Jukebox Summer will close on 26 March after seven weeks. The show, set in 1958, opened in 2004 at the Palace Theatre.`
		);
		expect(triviaAnswers(index)).toContain('1958');
		expect(triviaAnswers(index)).not.toContain('2004');
	});
});

describe('isTrivia: a share price that does not move', () => {
	it('is no share move: "a premium of 31% to the price at which the shares closed"', () => {
		const index = indexOf(
			`Brantley bids for Pellham\n\nUS retailer Brantley has made a takeover approach for Pellham, it said on Monday. Brantley is offering 262p in cash for each Pellham share, a premium of 31% to the price at which the shares closed on Friday.`
		);
		expect(triviaAnswers(index)).not.toContain('262p');
	});
});

describe('isTrivia: the base of a ratio', () => {
	it('does not ask the 10 of "three in 10", which convention fixes', () => {
		const index = indexOf(
			`Tories hold Fenmoor\n\nThe Conservatives held Fenmoor in a by-election, with fewer than three in 10 voters turning out. Turnout was 29.4%.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('10');
		expect(trivia).not.toContain('three');
	});
});

describe('isTrivia: the age at which a life began its work', () => {
	it('does not ask "began shooting at the age of 11", but does ask an adult age', () => {
		const index = indexOf(
			`Rachel Whitlow\n\nRachel Whitlow (born 1979) is an English archer. She began shooting at the age of 11 at a club run by her grandfather. She retired at the age of 34.`
		);
		expect(triviaAnswers(index)).toContain('11');
		expect(triviaAnswers(index)).not.toContain('34');
	});

	it('takes "before the age of 16" in a passage, not "by the age of five" in a study', () => {
		const life = indexOf(
			`Agnes Rennard\n\nAgnes Rennard (1905–1990) was a British botanist. She was taught at home and compiled a herbarium of 300 species before the age of 16. She joined Kew in 1929.`
		);
		expect(triviaAnswers(life)).toContain('16');
		const study = indexOf(
			`Peanut allergy on the rise\n\nPeanut allergy in children is becoming more common, a study suggests. Researchers at the University of Keele, who tested 3,100 children, found that one in 60 had a peanut allergy by the age of five. The figure was one in 90 a decade ago, the team said on Tuesday.`
		);
		expect(study.facts.map((fact) => fact.option)).toContain('five');
		expect(triviaAnswers(study)).not.toContain('five');
	});
});

describe('isTrivia: a figure the sentence replaces, and a change of legal form', () => {
	it('does not ask "a reward of £200, later raised to £500", but asks the £500', () => {
		const index = indexOf(
			`Mail coach robbed\n\nThe Carlisle mail coach was robbed near Brampton in 1786. The Postmaster General offered a reward of £200, later raised to £500, for information leading to a conviction. Two men were hanged at Carlisle in 1787.`
		);
		expect(triviaAnswers(index)).toContain('£200');
		expect(triviaAnswers(index)).not.toContain('£500');
	});

	it('does not ask when a firm became a limited company, but asks when it became a public one', () => {
		const index = indexOf(
			`Tarrant Pianos\n\nTarrant Pianos was a piano maker in Camden, London, founded in 1849. In 1902 Tarrant Pianos became a limited company with a share capital of £60,000. In 1951 Tarrant Pianos became a public limited company. It closed in 1971.`
		);
		expect(triviaAnswers(index)).toEqual(expect.arrayContaining(['1902', '£60,000']));
		expect(triviaAnswers(index)).not.toContain('1951');
	});
});

describe('isTrivia: a year that is part of a name', () => {
	it('does not ask the year of "the Licensing Act 2003", but asks "In 2003" and "in May 2004"', () => {
		const index = indexOf(
			`Village halls face licence fees\n\nVillage halls will need a licence under the Licensing Act 2003, which comes into force in November. In 2001 the council sold the hall. The hall reopened in 1998 after a fire. Since 2002 it has hosted 40 dances a year. Her 2009 book, The Hall, won a prize.`
		);
		expect(triviaAnswers(index)).toContain('2003');
		expect(triviaAnswers(index)).not.toContain('2001');
		expect(triviaAnswers(index)).not.toContain('1998');
		expect(triviaAnswers(index)).not.toContain('2002');
		expect(triviaAnswers(index)).not.toContain('2009');
	});
});

describe("isTrivia: a count of a building's parts or a match's moments", () => {
	it('does not ask bays, columns or tackles broken, but asks rooms let and tries scored', () => {
		const index = indexOf(
			`Ashby Hall reopens\n\nAshby Hall, a Georgian house near Derby, has reopened as a hotel with 42 rooms. It has a main front of eleven bays and a portico of six Ionic columns. In the match on Saturday, Tom Lake broke three tackles to score and the club scored 5 tries.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['eleven', 'six', 'three']));
		expect(trivia).not.toContain('42');
		expect(trivia).not.toContain('5');
	});
});

describe('isTrivia: the end of a reporting period', () => {
	it('does not ask the month of "the year to the end of October 2004"', () => {
		const index = indexOf(
			`Island airline in the red\n\nFulmar Air made a pre-tax loss of £1.3m in the year to the end of October 2004. It will cut 40 jobs in March 2005.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('October 2004');
		expect(trivia).not.toContain('March 2005');
	});
});

describe('an age in apposition to a name', () => {
	it('is no fact: "Alan Hale, now 64, who …", "Ms Reid, aged 41,", but "retired at the age of 54" is', () => {
		const index = indexOf(
			`Fell record falls\n\nShepherd Joe Birkett broke the Langmere Round record by 14 minutes on Saturday. Alan Hale, now 64, who set the old record in 1982, met him at the finish. His sister, Ruth Birkett, aged 41, ran the last 12 miles with him. Birkett's father retired at the age of 54.`
		);
		const answers = index.facts.map((fact) => fact.option);
		expect(answers).not.toContain('64');
		expect(answers).not.toContain('41');
		expect(answers).toEqual(expect.arrayContaining(['14', '54']));
	});
});

describe('isTrivia: the size of a family in a life story', () => {
	it('does not ask "the eldest of six children" or "they had five children", but asks "61 children were held"', () => {
		const index = indexOf(
			`Tobias Quarrie\n\nTobias Quarrie (14 May 1788 - 3 November 1851) was a Scottish land surveyor. He was the eldest of six children of John Quarrie, a millwright. He married in 1817 and they had five children. His school taught 61 children to survey.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['six', 'five']));
		expect(trivia).not.toContain('61');
	});
});

describe('isTrivia: the number of a set phrase', () => {
	it('does not ask "365 days a year" or "24 hours a day", but asks "open 300 days a year"', () => {
		const index = indexOf(
			`Service stations defend prices\n\nMotorway service stations are open 24 hours a day, 365 days a year, their trade body said. The museum is open 300 days a year.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['24', '365']));
		expect(trivia).not.toContain('300');
	});
});

describe('isTrivia: a marriage in a life story', () => {
	it("does not ask its year or what it brought, but asks another date and a partner's marriage told in passing", () => {
		const index = indexOf(
			`Tobias Quarrie\n\nTobias Quarrie (14 May 1788 - 3 November 1851) was a Scottish land surveyor. He married Elspeth Gourlay in 1817; they had five children. His map was published in 1826. In 1838 he went into partnership with Thomas Penhale, an engineer who had married his sister in 1830.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['1817', 'five']));
		expect(trivia).not.toContain('1826');
		expect(trivia).not.toContain('1838');
	});
});

describe('isTrivia: a count the sentence gives by other words', () => {
	it('does not ask "third behind two of …" or a count its colon list spells out', () => {
		const index = indexOf(
			`Amesbury breaks record\n\nRachel Amesbury broke the British junior 3,000m record in Norwich, finishing third behind two of the world's leading runners. The school is divided into four houses, named after its benefactors: Radley, Fowle, Huxtable and Marsh. The club has five coaches: Hale and Reid.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['two', 'four']));
		expect(trivia).not.toContain('five');
	});
});

describe('isTrivia: a count its years spell out', () => {
	it('does not ask "three mills built in 1776, 1790 and 1803", but asks a count its years do not match', () => {
		const index = indexOf(
			`Oxendale\n\nOxendale is a village in Cumbria. It grew with three woollen mills built on the river in 1776, 1790 and 1803. Five bridges were built in 1810 and 1822.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('three');
		expect(trivia).not.toContain('Five');
	});

	it('does not ask "four expeditions, visiting Iceland, the Azores, Madeira and Java"', () => {
		const index = indexOf(
			`Oswin Threadgold\n\nOswin Threadgold was an English geologist. He made four expeditions to volcanic regions, visiting Iceland, the Azores, Madeira and Java. He wrote six books, on Iceland, Java and the Azores.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('four');
		expect(trivia).not.toContain('six');
	});
});

describe('isTrivia: the year of another named event', () => {
	it('does not ask "the Pendle Rising of _____" or "the creation of the Wool Board in _____", but asks the subject\'s own', () => {
		const index = indexOf(
			`Harrowby Mill\n\nHarrowby Mill is a former cotton mill in Lancashire, built in 1792. The village was drawn into the Pendle Rising of 1643, and two mill hands were hanged. With the creation of the Wool Board in 1921, the mill became a registered buyer. Visitors see the Harrowby Mill of 1792 beside later sheds. Its engine was replaced in 1902.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['1643', '1921']));
		expect(trivia).not.toContain('1792');
		expect(trivia).not.toContain('1902');
	});

	it('does not ask it when the event opens the sentence: "The Domesday Book of _____ records …" (fresh384, fresh385)', () => {
		const index = indexOf(
			`River Swarth

The River Swarth is a river in Shropshire, 21 km long. The Domesday Book of 1086 records four mills on the Swarth. The lower weir was rebuilt in 1867 after a flood.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('1086');
		expect(trivia).not.toContain('1867');
	});
});

describe('isTrivia: when a late decline set in', () => {
	it('does not ask the year eyesight failed, but asks the year of death', () => {
		const index = indexOf(
			`Ada Brenchley\n\nAda Brenchley (1841 - 1911) was an English botanical painter. Her eyesight began to fail in the 1890s and she painted little after 1898. Her health declined in 1909, and she died at Bath in 1911. Her flora of Somerset was published in 1883.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('1898');
		expect(trivia).not.toContain('1911');
		expect(trivia).not.toContain('1883');
	});
});

describe('isTrivia: a country after a compass word', () => {
	it('does not ask "a village in north _____", which only one nation fits', () => {
		const index = indexOf(
			`Villagers lose estate fight\n\nResidents of a village in north Wales have lost their fight against a 400-home estate. Builders from Scotland will start work in May.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('Wales');
		expect(trivia).not.toContain('Scotland');
	});

	it('does not ask "in the north of _____", a set phrase that picks England', () => {
		const index = indexOf(
			`Lender to shut branches

Wentmoor Bank, one of the largest lenders in the north of England, is to close 74 branches. Its rival in Scotland will hire 200 staff.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('England');
		expect(trivia).not.toContain('Scotland');
	});
});

describe('isTrivia: the top of a scale', () => {
	it('does not ask "a score from nought to five", but asks a count after "from … to"', () => {
		const index = indexOf(
			`Hygiene scores online\n\nEvery restaurant will be given a score from nought to five. Inspections rose from 40 to 65 a week.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('five');
		expect(trivia).not.toContain('65');
	});
});

describe("isTrivia: a British story's own country", () => {
	it('does not ask "customers across _____" for the UK, but asks another country', () => {
		const index = indexOf(
			`Fishermen sell catch online\n\nA group of crab fishermen in Cornwall has set up a website selling shellfish to customers across the UK. The boats also send lobster to buyers in Spain every week.`
		);
		const countries = index.facts.filter((fact) => fact.type === 'country');
		expect(countries.map((fact) => fact.option)).toEqual(
			expect.arrayContaining(['the UK', 'Spain'])
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('the UK');
		expect(trivia).not.toContain('Spain');
		// Nor its capital, where a British story's ceremony or trading takes place.
		const ceremony = indexOf(
			`Prison play wins award\n\nA radio play written by inmates has won the best drama prize at a national awards ceremony in London. It was recorded in Leeds.`
		);
		expect(triviaAnswers(ceremony)).toContain('London');
		expect(triviaAnswers(ceremony)).not.toContain('Leeds');
	});
});

describe('isTrivia: ticket prices and race groups', () => {
	it('does not ask what a ticket costs, but asks what the event cost to stage', () => {
		const index = indexOf(
			`Lido reopens\n\nThe restored lido at Hedgeford cost £2.1m. Tickets will cost £3.50 for adults and £2 for children.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('£3.50');
		expect(trivia).not.toContain('£2.1m');
	});

	it('does not ask "over the final 800 metres", but asks a solo attack "over the final 25 miles"', () => {
		const index = indexOf(
			`Liddell wins gold\n\nRachel Liddell pulled away over the final 800 metres to win the European title. Matt Hollis won the road race after a solo attack over the final 25 miles.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('800');
		expect(trivia).not.toContain('25');
	});

	it('does not ask the size of the group a rider broke away from, but asks the winning margin', () => {
		const index = indexOf(
			`Hollis wins stage\n\nTom Hollis broke away from a group of seven riders on the final climb and won by 11 seconds.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('seven');
		expect(trivia).not.toContain('11 seconds');
	});

	it('does not ask the size of the field: "Of the 72 horses that started"', () => {
		const index = indexOf(
			`Vellacott wins at Burghley\n\nLucy Vellacott won the Burghley Horse Trials on Sunday. Of the 72 horses that started, the judges marked only four below 45 penalties. Vellacott finished on 38.2 penalties.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('72');
		expect(trivia).not.toContain('38.2');
	});
});

describe("isTrivia: a ship's tonnage", () => {
	it('does not ask "a gross tonnage of 412" or "a vessel of 64 tons", but asks her length', () => {
		const index = indexOf(
			`SY Curlew\n\nSY Curlew was a steam yacht built in 1889. She was 168 feet long and had a gross tonnage of 412. In 1826 Pendrell was given the cutter Sandpiper, a vessel of 64 tons.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['412', '64']));
		expect(trivia).not.toContain('168');
	});

	it('does not ask her length where the sentence gives her beam: a specification', () => {
		const index = indexOf(
			`SY Curlew\n\nSY Curlew was a steam yacht built in 1889. She was 168 feet long, with a beam of 24 feet.`
		);
		expect(triviaAnswers(index)).toContain('168');
	});
});

describe('isTrivia: a milestone year', () => {
	it('does not ask "By 1930 Westmoor had 37 buses", but asks a target "by 2010"', () => {
		const index = indexOf(
			`Westmoor Motor Services\n\nWestmoor Motor Services was a bus company in Devon, founded in 1921. By 1930 Westmoor had 37 buses. Every council will have to recycle 40% of its rubbish by 2010.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('1930');
		expect(trivia).not.toContain('2010');
	});
});

describe("isTrivia: the year a church's piece was found", () => {
	it('does not ask "a cross shaft, found during restoration work in 1872", but asks its founding', () => {
		const index = indexOf(
			`Keldmouth\n\nKeldmouth is a small town in Cumbria. The Moot Hall was built in 1220 and contains a carved cross shaft found during restoration work in 1872.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('1872');
		expect(trivia).not.toContain('1220');
	});
});

describe("isTrivia: a place's size in apposition", () => {
	it('does not ask "Calderfoot, a former mill town of about 30,000 people", but asks a census count', () => {
		const index = indexOf(
			`Hospital cuts\n\nCampaigners in Calderfoot, a former mill town of about 30,000 people, fear the hospital will close. At the 2001 census Calderfoot had a population of 28,412.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('about 30,000');
		expect(trivia).not.toContain('28,412');
	});
});

describe("isTrivia: a world war's edge year", () => {
	it('does not ask "recovered after 1945" or "returned to service in 1919", but asks 1921', () => {
		const index = indexOf(
			`Fothergill Umbrellas\n\nFothergill Umbrellas was a maker of umbrellas in Manchester, founded in 1861. The firm recovered after 1945 with a range of telescopic umbrellas. Its ship Kestrel returned to commercial service in 1919. In 1921 the firm opened a shop in Paris.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['1945', '1919']));
		expect(trivia).not.toContain('1921');
	});
});

describe('isTrivia: joining a society, and a wind force', () => {
	it('does not ask "elected a member of" or "gusting to force nine", but asks a fellowship', () => {
		const index = indexOf(
			`Reuben Castle\n\nReuben Castle (1831–1902) was a Scottish harbour engineer. He was elected a member of the Institution of Civil Engineers in 1861. He was elected a Fellow of the Royal Society of Edinburgh in 1878. A pier he built at Wick failed in winds gusting to force nine.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toEqual(expect.arrayContaining(['1861', 'nine']));
		expect(trivia).not.toContain('1878');
	});
});

describe("isTrivia: a news story's past date, and a home town", () => {
	it('does not ask "was appointed in June 2003" after the lead, but asks a date ahead', () => {
		const index = indexOf(
			`Rovers sack manager\n\nStockmoor Rovers have sacked manager Gary Platt after a run of nine defeats, the club said on Monday. Platt was appointed in June 2003 after five years at Haddon Vale. His successor will take charge on 14 March, the club said.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('June 2003');
		expect(trivia).not.toContain('14 March');
	});

	it('does not ask the town in "Darren Pick, 27, from Brigsley Carr,"', () => {
		const index = indexOf(
			`Farmhand died in grain bin\n\nA farmhand suffocated in a grain bin on a Lincolnshire farm, an inquest heard. Darren Pick, 27, from Brigsley Carr, was found by colleagues 40 minutes after he had gone into the 60-tonne bin. The coroner recorded a verdict of accidental death.`
		);
		const town = index.facts.find((fact) => fact.text === 'Brigsley Carr')!;
		expect(isTrivia(town, index)).toBe(true);
	});
});

describe("isTrivia: a book's editions, and a crowd's visiting fans", () => {
	it('does not ask "ran to four editions" or "included 900 visiting fans", but asks a library\'s size', () => {
		const index = indexOf(
			`Arthur Coxon\n\nArthur Coxon (1881–1952) was an English dye chemist. His textbook on coal tar colours ran to four editions. He left his library of about 11,000 volumes to the University of Leeds.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('four');
		expect(trivia).not.toContain('about 11,000');
	});

	it('does not ask the visiting fans in a crowd', () => {
		const index = indexOf(
			`Thorncliffe beat Redstow\n\nThorncliffe United beat Redstow 3-1 on Saturday. A crowd of 7,412, Thorncliffe's biggest of the season, included about 900 visiting fans. Thorncliffe are now fourth.`
		);
		expect(triviaAnswers(index)).toContain('about 900');
	});
});

describe('isTrivia: a line of the scorecard', () => {
	const report = (line: string) =>
		indexOf(
			`Hollins takes seven as Kent win\n\nSeamer Tom Hollins took seven wickets for 42 as Kent beat Sussex by 95 runs at Canterbury on Friday. ${line} Kent stay top of the table.`
		);

	it("asks the bowler's figures, which are the story of the day", () => {
		expect(triviaAnswers(report('Sussex had started well.'))).not.toContain('42');
	});

	it('does not ask a partnership, a collapse or how many overs it lasted', () => {
		expect(triviaAnswers(report('Ward and Keel added 88 for the third wicket.'))).toContain('88');
		expect(triviaAnswers(report('A late stand of 41 delayed Kent.'))).toContain('41');
		const collapse = triviaAnswers(report('Sussex lost their last five wickets for 19 runs.'));
		expect(collapse).toContain('19');
		const fell = triviaAnswers(report('After lunch seven wickets fell for 59 runs in 21 overs.'));
		expect(fell).toEqual(expect.arrayContaining(['seven', '59', '21']));
	});

	it('does not ask the score on the way: "they slipped to 58 for three"', () => {
		expect(triviaAnswers(report('Kent slipped to 58 for three after lunch.'))).toContain('58');
		expect(triviaAnswers(report('Kent were all out for 158 after lunch.'))).not.toContain('158');
	});
});

describe('isTrivia: the year of an event every reader knows', () => {
	it('is not asked where the sentence names the event, but another year is', () => {
		const index = indexOf(
			`Kelvedge Hill Race\n\nThe Kelvedge Hill Race is a fell race in Lancashire, England, first run in 1868. The race was suspended in 1926, when the feast was cancelled because of the General Strike. The record was set in 1988.`
		);
		expect(triviaAnswers(index)).toContain('1926');
		const local = indexOf(
			`Kelvedge Hill Race\n\nThe Kelvedge Hill Race is a fell race in Lancashire, England, first run in 1868. The race was suspended in 1926, when the feast was cancelled because of a local strike.`
		);
		expect(triviaAnswers(local)).not.toContain('1926');
	});
});

describe('years general knowledge gives (fresh235, fresh240, fresh241 and earlier)', () => {
	const yearIsTrivia = (sentence: string, year: string) => {
		const index = indexOf(
			`Wraxford Shrovetide Ball\n\nThe Wraxford Shrovetide Ball is an annual dance held in the village of Wraxford in Somerset. It was first held in 1874.\n\n${sentence} It now draws about 400 dancers each year.`
		);
		return isTrivia(
			index.facts.find((fact) => fact.option === year)!,
			index
		);
	};

	it('does not ask the year of foot-and-mouth, the Blitz or the nationalised railways', () => {
		expect(
			yearIsTrivia('In 2001 the ball was cancelled because of the foot-and-mouth outbreak.', '2001')
		).toBe(true);
		expect(yearIsTrivia('The hall was damaged by bombing in 1941 but was repaired.', '1941')).toBe(
			true
		);
		expect(
			yearIsTrivia('After 1948 the hall stored signs for the newly nationalised railways.', '1948')
		).toBe(true);
		expect(
			yearIsTrivia(
				'After 1948 the firm made spectacle frames for the new National Health Service.',
				'1948'
			)
		).toBe(true);
		// A year the event does not give away is still asked.
		expect(yearIsTrivia('In 2001 the ball was cancelled because of a flood.', '2001')).toBe(false);
		expect(yearIsTrivia('The hall was damaged by fire in 1941 but was repaired.', '1941')).toBe(
			false
		);
	});
});

describe("isTrivia: where a place lies, a race length, a workshop's hands, a crowd (fresh275 and earlier)", () => {
	it('finds "120 miles north-east of Aberdeen" and "about 400 yards offshore", not "60 miles away"', () => {
		const index = indexOf(
			`Oil deal agreed\n\nTarnside Energy is buying the Corrach field, 120 miles north-east of Aberdeen, from a US group for £40m. A line of stacks runs about 400 yards offshore from the headland. Patients are seen by specialists 60 miles away using a video link.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('120');
		expect(trivia).toContain('about 400');
		expect(trivia).not.toContain('60');
		expect(trivia).not.toContain('£40m');
	});

	it('finds "after 20 laps" and "the last of 15 laps", not "covered 312 laps"', () => {
		const index = indexOf(
			`Racing round-up\n\nOliver Brack crossed the line 1.8 seconds ahead after 20 laps of the Knockhill circuit. Tom Pell took the lead on the last of 15 laps. A team of four friends covered 312 laps of a muddy field to win the lawnmower race.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('20');
		expect(trivia).toContain('15');
		expect(trivia).not.toContain('312');
	});

	it('finds "employed about 40 men and boys" and "the 8,412 crowd", not "employed 460 men"', () => {
		const index = indexOf(
			`Harbury Colliery\n\nBy 1815 the ropeworks employed about 40 men and boys. The colliery employed 460 men at its peak in 1891. Kendrew's goal sent most of the 8,412 crowd at Cobden Road home happy.`
		);
		const trivia = triviaAnswers(index);
		expect(trivia).toContain('about 40');
		expect(trivia).toContain('8,412');
		expect(trivia).not.toContain('460');
	});
});

describe("isTrivia: a rowing boat's class (fresh309, fresh310)", () => {
	it('finds "first eight" of a crew, not "eight" rowers counted', () => {
		const index = indexOf(
			`Tarnley crew win at Henley\n\nTarnley University's first eight won the Temple Challenge Cup at Henley Royal Regatta on Sunday. The crew had trained for eight months. Eight rowers and a cox make up the boat.`
		);
		const trivia = triviaAnswers(index);
		const first = index.facts.find(
			(fact) => fact.option === 'eight' && /first eight/.test(fact.sentence.text)
		);
		expect(first).toBeDefined();
		expect(isTrivia(first!, index)).toBe(true);
		const months = index.facts.find((fact) => /eight months/.test(fact.sentence.text));
		expect(months).toBeDefined();
		expect(isTrivia(months!, index)).toBe(false);
		expect(trivia).toContain(first!.option);
	});
});

describe('isTrivia: the mark of a finisher behind the winner (fresh318, fresh319, fresh321)', () => {
	const RESULT = `Pardoe wins Harrowgate Open\n\nEngland's Sam Pardoe won the Harrowgate Open by two shots on Sunday with a total of 271. Wales's Rhys Tallon was third on 276 after a closing 68. Italy's Marco Bellini took the bronze medal with 54.20m in the discus. Kim Aldous finished fourth in the 1,500m in a British junior record of 3:41.2.`;

	it('finds "was third on 276" and "took the bronze medal with 54.20m"', () => {
		const trivia = triviaAnswers(indexOf(RESULT));
		expect(trivia).toContain('276');
		expect(trivia).toContain('54.20m');
	});

	it("keeps the winner's mark and a record set in a lower place", () => {
		const index = indexOf(RESULT);
		const winner = index.facts.find((fact) => fact.option === '271');
		expect(winner).toBeDefined();
		expect(isTrivia(winner!, index)).toBe(false);
		const record = index.facts.find((fact) => fact.option === '1,500m');
		expect(record).toBeDefined();
		expect(isTrivia(record!, index)).toBe(false);
	});
});

describe("isTrivia: a book's length in a reference passage (fresh531–fresh538)", () => {
	it('finds "a slim volume of 96 pages" in a passage, not pages a news story is about', () => {
		const passage = indexOf(
			`Ada Penwarden\n\nAda Penwarden (1831–1902) was an English botanist.\n\nIn 1868 she published her first book, a slim volume of 96 pages describing the mosses of Bodmin Moor.\n\nHer herbarium is kept at Truro.`
		);
		expect(triviaAnswers(passage)).toContain('96');
		const news = indexOf(
			`Scribe finishes book of names\n\nA calligrapher has finished lettering a town's Book of Remembrance.\n\nMargaret Aspden, 63, lettered the names on 212 pages of calfskin vellum over three years.\n\nThe book will be dedicated on Sunday.`
		);
		expect(triviaAnswers(news)).not.toContain('212');
	});
});
