import { describe, it, expect } from 'vitest';
import type { ArticleIndex } from './article';
import { isAskable, isSmallCountBelowTop } from './askable';
import { articleIndexOf as indexOf, generateQuizWithAsides } from './contract.test-helper';

function askableAnswers(index: ArticleIndex): string[] {
	return index.facts.filter((fact) => isAskable(fact, index)).map((fact) => fact.option);
}

const MATCH = `Harbour Town hold Rovers at Kestrel Park

Harbour Town drew 1-1 with Rovers at Kestrel Park on Saturday, a result that keeps them top of the Northern League. Striker Tomas Varga gave Rovers the lead after 20 minutes with a header from a corner. Rovers manager Elaine Brooke said her side had deserved to win the game. Midfielder Sam Duval levelled for Harbour Town with a low shot from outside the box early in the second half. Defender Lewis Kane cleared a late header off the line to save a point for Rovers. The home side had more of the ball in the first half but created few chances. Defender Joe Hale said he had been ill all week before the game. The crowd of 6,200 was the biggest at Kestrel Park this season. Harbour Town play away at Millbrook next weekend, while Rovers host Dunmore. Winger Danny Osei limped off with a knee injury and may miss the trip. Harbour Town fans booed Tomas Varga off the pitch at the end of the game.`;

describe('isAskable: people further down a longer article', () => {
	const answers = askableAnswers(indexOf(MATCH));

	it('asks for the person whose action a central sentence reports', () => {
		expect(answers).toEqual(expect.arrayContaining(['Sam Duval', 'Lewis Kane']));
	});

	it('does not ask who said something there', () => {
		expect(answers).not.toContain('Elaine Brooke');
		expect(answers).not.toContain('Joe Hale');
	});

	it('does not ask for a bit player in a sentence that shares little with the rest', () => {
		// "Winger Danny Osei limped off …" shares no words with the rest of the report.
		expect(answers).not.toContain('Danny Osei');
	});

	it('does not ask for a person who is not the whole subject', () => {
		// "… fans booed Tomas Varga off": an object is not what the sentence is about.
		const inLastSentence = indexOf(MATCH).facts.filter(
			(fact) =>
				fact.sentence.text.startsWith('Harbour Town fans') && isAskable(fact, indexOf(MATCH))
		);
		expect(inLastSentence.map((fact) => fact.option)).not.toContain('Tomas Varga');
	});
});

describe('isAskable: the lower part of a news story', () => {
	const story = (survey: string, atTop: boolean | number) => {
		const body = [
			'The Northgate council has voted to scrap parking charges at its two hospitals from April.',
			'Council leader Ana Ruiz said the charges had raised £1.2m a year.',
			'The charges were brought in by the previous council in 2019.',
			'Visitors will still need a permit from the hospital reception, the council said.',
			'Staff parking will stay free at both sites.',
			'The opposition group said the money would be missed.',
			'Ms Ruiz said savings elsewhere would cover the cost.',
			'The scheme will be reviewed after a year.',
			'Nurses had campaigned against the charges for two years.',
			'A petition against them was signed by thousands of people.'
		];
		if (typeof atTop === 'number') body.splice(atTop, 0, survey);
		else if (atTop) body.splice(1, 0, survey);
		else body.push(survey);
		return `Northgate scraps hospital parking charges\n\n${body.join(' ')}`;
	};
	const askableIn = (sentence: string, answer: string, atTop: boolean | number) =>
		askableAnswers(indexOf(story(sentence, atTop))).includes(answer);
	const meeting = 'A public meeting on the plan was held at the town hall on 12 March.';

	it('asks a date near the top of the story', () => {
		expect(askableIn(meeting, '12 March', true)).toBe(true);
	});

	it('does not ask a date from the bottom, in a sentence that shares little with the rest', () => {
		expect(askableIn(meeting, '12 March', false)).toBe(false);
	});

	const figure = 'Nurses collected 4,100 signatures against the charges.';

	it('still asks a figure from the lower half: the story goes on giving its own figures', () => {
		// The seventh of eleven sentences: below the top 40%, above the closing fifth.
		expect(askableIn(figure, '4,100', 6)).toBe(true);
	});

	it('does not ask a figure from the closing fifth, where background goes', () => {
		expect(askableIn(figure, '4,100', false)).toBe(false);
		expect(askableIn(figure, '4,100', 9)).toBe(false);
	});

	it('takes a small count below the top fifth for a detail: "a group of five"', () => {
		const group = 'Nurses sent a group of five staff to the council meeting.';
		const smallCounts = (atTop: boolean | number) => {
			const index = indexOf(story(group, atTop));
			return index.facts
				.filter((fact) => fact.sentence.text === group && isSmallCountBelowTop(fact, index))
				.map((fact) => fact.option);
		};
		expect(smallCounts(true)).toEqual([]);
		expect(smallCounts(4)).toEqual(['five']);
		// Larger counts, and money, are still the story's own figures lower down.
		const larger = indexOf(story(group.replace('five', '45'), 4));
		const at45 = larger.facts.filter((fact) => fact.option === '45');
		expect(at45).toHaveLength(1);
		expect(at45.filter((fact) => isSmallCountBelowTop(fact, larger))).toEqual([]);
	});

	it("does not ask a figure from a news story's last three tenths", () => {
		// The ninth of eleven sentences: above the closing fifth, below seven tenths.
		expect(askableIn(figure, '4,100', 8)).toBe(false);
	});
});

describe('isAskable: a race with its winning time', () => {
	it('does not ask the distance: the time tells it', () => {
		const timed = indexOf(
			`Reid wins title\n\nTom Reid won the men's 1500m in three minutes 39.84 seconds in Glasgow on Saturday.`
		);
		expect(askableAnswers(timed)).not.toContain('1500m');
		const untimed = indexOf(
			`Reid wins title\n\nTom Reid won the men's 1500m by two metres in Glasgow on Saturday.`
		);
		expect(askableAnswers(untimed)).toContain('1500m');
	});
});

describe('isAskable: a stated limit', () => {
	it('asks "up to £20,000" but not "more than £20,000", whose smaller options are also true', () => {
		const limit = (hedge: string) =>
			indexOf(
				`Fines for bars\n\nBars that serve drunk customers could be fined ${hedge} £20,000 under plans set out by ministers on Tuesday.`
			);
		expect(askableAnswers(limit('up to'))).toContain('up to £20,000');
		expect(askableAnswers(limit('more than'))).not.toContain('more than £20,000');
	});

	it('reads "up to 1,500 songs" as a count, not as a span of years', () => {
		const index = indexOf(
			`New phone\n\nKestrel has unveiled a handset that can store up to 1,500 songs, the firm said on Monday.`
		);
		expect(askableAnswers(index)).toContain('up to 1,500');
	});
});

describe('isAskable: the seat of a well-known body', () => {
	it('does not ask where EU ministers met: Brussels is known without the article', () => {
		const talks = (city: string) =>
			indexOf(
				`Fishing deal agreed\n\nEU fisheries ministers agreed new quotas for cod in ${city} after two days of talks. Fishing leaders said the deal would save 300 jobs.`
			);
		expect(askableAnswers(talks('Brussels'))).not.toContain('Brussels');
		expect(askableAnswers(talks('Lisbon'))).toContain('Lisbon');
	});
});

describe('isAskable: a day or a month below a reference passage lead', () => {
	const passage = `Ellerby Reservoir\n\nEllerby Reservoir is a reservoir in West Yorkshire, England, opened on 17 June 1902. Work began in 1894. The foundation stone was laid on 9 April 1895 by the mayor. The engineer, Samuel Hirst, died on 2 November 1911. The reservoir holds 640 million gallons.`;
	const answers = askableAnswers(indexOf(passage));

	it('is not asked, though the lead may ask its date; nor is the day of a death', () => {
		expect(answers).not.toContain('9 April 1895');
		// The lead gives the year of a death: its day is all such a question tests (fresh475-13).
		expect(answers).not.toContain('2 November 1911');
		expect(answers).toEqual(expect.arrayContaining(['17 June 1902', '1894']));
	});
});

describe('isSmallCountBelowTop: a reference passage', () => {
	const passage = [
		'Penmorva Quay',
		'Penmorva Quay is a granite harbour wall in Cornwall, built in 1820 with four landing stages.',
		'The quay was lengthened in 1865 and given three cranes, which were removed in 1960.'
	].join('\n\n');

	it("keeps the lead paragraph's small counts and takes later ones for details", () => {
		const index = indexOf(passage);
		const small = index.facts.filter((fact) => isSmallCountBelowTop(fact, index));
		expect(small.map((fact) => fact.option)).toEqual(['three']);
	});

	it('drops the cloze "exhibited … on _____ occasions" but asks "How many … did it own?"', () => {
		const painter = [
			'Edith Marlow',
			'Edith Marlow (1850–1921) was an English watercolour painter of coastal scenes in Devon. She studied at the Lambeth School of Art from 1868 and showed her first work in Exeter in 1874.',
			'Edith Marlow exhibited at the Royal Academy on seven occasions, and sold most of her work through a gallery in Exeter. In 1890 she settled at Sidmouth, where she taught painting to the daughters of local families.'
		].join('\n\n');
		const answers = generateQuizWithAsides(painter).questions.map((q) => q.options[q.answer]);
		expect(answers).toContain('1890');
		expect(answers).not.toContain('seven');
		const tramway = [
			'Ashcombe and Tollbridge Tramway',
			'The Ashcombe and Tollbridge Tramway was a steam tramway in Somerset, England, which linked the market town of Ashcombe with the quarries at Tollbridge. It opened in 1884 to carry stone and passengers, was 6 miles (9.7 km) long, and closed in 1927.',
			'The tramway was promoted by a group of quarry owners led by Henry Loveday, who wanted a cheaper route to the railway at Ashcombe than the carts then in use. The Ashcombe and Tollbridge Tramway Company was formed in 1881 with a capital of £30,000.',
			'The Ashcombe and Tollbridge Tramway Company owned five steam tram engines, mostly built by Merryweather and Sons of Greenwich, and more than 90 stone wagons. Traffic reached 120,000 tons of stone a year by 1900.',
			'Motor lorries took much of the stone traffic after the First World War, and the line closed in 1927.'
		].join('\n\n');
		const asked = generateQuizWithAsides(tramway).questions.find(
			(q) => q.options[q.answer] === 'five'
		);
		expect(asked?.prompt).toMatch(/^How many steam tram engines did the Ashcombe/);
	});
});

describe('isSmallCountBelowTop: a long story of short paragraphs', () => {
	it('takes a count below the third paragraph for a detail, though still in the top fifth', () => {
		const streets =
			'Mill Church Park Station Bridge High Castle Market Water Hill Green Manor'.split(' ');
		const filler = streets.map((street) => `Residents of ${street} Street backed the campaign.`);
		const paragraphs = [
			'Library closure plan dropped',
			'Plans to close Ashcombe library have been dropped after a campaign by residents, the council said on Monday.',
			'The library opened in 1905 and lends about 80,000 books a year.',
			'Council leader Ann Price said the building would stay open.',
			'Campaigners had held seven public meetings in protest at the plan.',
			...filler
		];
		const index = indexOf(paragraphs.join('\n\n'));
		const small = index.facts.filter((fact) => isSmallCountBelowTop(fact, index));
		expect(small.map((fact) => fact.option)).toContain('seven');
	});
});

describe('a year that opens a sentence after "After"', () => {
	it('is not asked: "After 1950 the firm faced …" is as true of 1951', () => {
		const history = `Brenton & Hale\n\nBrenton & Hale was a rope maker in Bridport, Dorset, founded in 1868. After 1950 the company faced growing competition from synthetic fibres. It closed in 1979.`;
		const index = indexOf(history);
		expect(askableAnswers(index)).not.toContain('1950');
		expect(askableAnswers(index)).toContain('1979');
	});
});

describe('the year of a snapshot of figures', () => {
	it('is not asked: "In 2004 the firm employed 74 people" dates the figures, which are the news', () => {
		const history = `Brenton & Hale\n\nBrenton & Hale was a rope maker in Bridport, Dorset, founded in 1868. In 1874 Brenton & Hale moved to a larger works on West Street. In 2004 the company employed 74 people and had a turnover of £6.8 million. In 2005 Brenton & Hale Ltd had 80 staff.`;
		const answers = askableAnswers(indexOf(history));
		expect(answers).not.toContain('2004');
		expect(answers).not.toContain('2005');
		expect(answers).toContain('1874');
	});

	it('is not asked after a passage\'s "it" or "the primary school" either (fresh386, fresh394)', () => {
		const press = `Mardle Press\n\nMardle Press is a small publisher in Norwich, founded in 1971 by the poet Ann Mardle. It moved to a former chapel in 1988. In 2004 it employed 24 people and had a turnover of £3.1 million.`;
		const answers = askableAnswers(indexOf(press));
		expect(answers).not.toContain('2004');
		expect(answers).toContain('1988');
		const village = `Glenmorie\n\nGlenmorie is a village in Perthshire, Scotland. Its church was rebuilt in 1843. In 2006 the primary school had a roll of 21 pupils.`;
		expect(askableAnswers(indexOf(village))).not.toContain('2006');
	});

	it('is not asked after "As of" (fresh154, fresh414)', () => {
		const buses = `Carrowby Motor Services\n\nCarrowby Motor Services is a bus operator in Cumbria, founded in 1921. It moved to a new depot at Penrith in 1964. As of 2005 Carrowby Motor Services operated a fleet of 62 buses and employed about 150 people.`;
		const answers = askableAnswers(indexOf(buses));
		expect(answers).not.toContain('2005');
		expect(answers).toContain('1964');
	});
});
