import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';
import { buildSentences, splitParagraphs, type Sentence } from './sentences';
import { itAntecedents } from './it-subject';
import { generate } from './index';

function sentencesOf(input: string): Sentence[] {
	const text = normaliseText(input);
	const sentences: Sentence[] = [];
	splitParagraphs(text).forEach((paragraph, i) =>
		sentences.push(...buildSentences(text, paragraph, i, sentences.length))
	);
	return sentences;
}

const antecedents = (input: string) => [...itAntecedents(sentencesOf(input)).values()];

describe('an opening "It"', () => {
	it('stands for the one named thing the sentence before was about', () => {
		expect(
			antecedents(
				'Orbital Forge won a contract from the space agency on Monday. It will build 24 satellites in Toulouse by 2027.'
			)
		).toEqual(['Orbital Forge']);
	});

	it("stands for the lead's description only right after the lead", () => {
		const passage =
			'The third series of the quiz show "Harbour Lights" was ordered on 4 May 2021. It began airing on 2 October 2021. The show is filmed in Cardiff. It won a national award in 2022.';
		expect(antecedents(passage)).toEqual(['The third series of the quiz show "Harbour Lights"']);
	});

	it('is left alone when it points at nothing ("It is worth …", "It has to be said …")', () => {
		expect(
			antecedents('Orbital Forge won a contract on Monday. It is worth noting that rivals bid too.')
		).toEqual([]);
		expect(
			antecedents('Orbital Forge won a contract on Monday. It has to be said the bid was low.')
		).toEqual([]);
	});

	it('is left alone when the sentence before was about a person or two things', () => {
		expect(antecedents('Nora Pugh opened the bank on Monday. It will lend to 300 firms.')).toEqual(
			[]
		);
		expect(
			antecedents('Kosovo and Serbia signed the deal on Monday. It will take effect in 2026.')
		).toEqual([]);
	});

	it('lets the sentence be asked, with the name in place of "It"', () => {
		const text = `Satellite maker wins contract\n\nOrbital Forge won a €42m contract from the European Space Agency on Monday. It will build 24 satellites at its factory in Toulouse by 2027. Chief executive Marguerite Delacroix said the deal would secure jobs in France.`;
		const asked = generate(text, { count: 10 }).filter((question) =>
			question.source.text.startsWith('It will build')
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const question of asked) expect(question.prompt).toMatch(/Orbital Forge/);
	});
});
