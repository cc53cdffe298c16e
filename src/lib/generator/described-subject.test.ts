import { describe, it, expect } from 'vitest';
import { answerOf, questionsOn } from './contract.test-helper';

const RESULTS = `Profits rise at bakery chain Crumbwell

Crumbwell Bakeries, the UK's third-largest bakery chain, has reported a 14% rise in annual profits after a strong year for its sandwich range, it said on Tuesday.

The Derby-based firm, which runs 640 shops, said sales of hot food had grown by 21% over the year.

Crumbwell said it would open 60 new shops next year, most of them in railway stations.`;

describe('a description of the lead subject', () => {
	it('is replaced by its name, so the stem says whom it is about', () => {
		const question = questionsOn(RESULTS).find((q) => answerOf(q) === '21%');
		expect(question?.prompt).toMatch(/^Crumbwell Bakeries, which runs 640 shops, said/);
		expect(question?.prompt).not.toMatch(/Derby-based firm/);
	});

	it('is named in the middle of a sentence too, and in a question', () => {
		const text = RESULTS.replace(
			'Crumbwell said it would open 60 new shops',
			'Finance director Ann Hale said the company would open 60 new shops'
		);
		const shops = questionsOn(text).find((q) => answerOf(q) === '60');
		expect(shops?.prompt).toMatch(/Crumbwell Bakeries would open/);
	});

	it('is left alone in an encyclopedia passage, which has no news lead', () => {
		const passage = `Crumbwell Bakeries is a British bakery chain founded in Derby in 1962. The Derby-based firm runs 640 shops across England and Wales.`;
		for (const question of questionsOn(passage))
			expect(question.prompt).not.toMatch(/^Crumbwell Bakeries runs/);
	});

	it('is not replaced when the phrase says which firm it means', () => {
		const other = RESULTS.replace(
			'The Derby-based firm, which runs 640 shops,',
			'The firm of accountants that audits it'
		);
		for (const question of questionsOn(other))
			expect(question.prompt).not.toMatch(/^Crumbwell Bakeries of accountants/);
	});
});
