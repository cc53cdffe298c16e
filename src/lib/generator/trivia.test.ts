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
