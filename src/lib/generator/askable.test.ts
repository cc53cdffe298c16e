import { describe, it, expect } from 'vitest';
import type { ArticleIndex } from './article';
import { isAskable } from './askable';
import { articleIndexOf as indexOf } from './contract.test-helper';

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
	const story = (survey: string, atTop: boolean) => {
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
		if (atTop) body.splice(1, 0, survey);
		else body.push(survey);
		return `Northgate scraps hospital parking charges\n\n${body.join(' ')}`;
	};
	const survey = 'A survey of 2,300 members of a patients group found that most had paid.';
	const surveyAskable = (atTop: boolean) => {
		const index = indexOf(story(survey, atTop));
		return askableAnswers(index).includes('2,300');
	};

	it('asks a figure near the top of the story', () => {
		expect(surveyAskable(true)).toBe(true);
	});

	it('does not ask it from the bottom, in a sentence that shares little with the rest', () => {
		expect(surveyAskable(false)).toBe(false);
	});
});
