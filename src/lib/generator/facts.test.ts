import { describe, it, expect } from 'vitest';
import { buildSentences, splitParagraphs } from './sentences';
import { findFacts } from './facts';

/** The answers findFacts offers in a one-paragraph text written for these tests. */
function answersIn(text: string): string[] {
	const [paragraph] = splitParagraphs(text);
	return buildSentences(text, paragraph, 0, 0)
		.flatMap((sentence) => findFacts(sentence))
		.map((fact) => fact.option);
}

describe('findFacts', () => {
	it('takes no time of day or label for a figure: "at 6.30 most mornings", "type 2 diabetes"', () => {
		const answers = answersIn(
			'Amberton trains at 6.30 most mornings and his rating rose by 2.45 points. A gout drug may help people with type 2 diabetes, and 48 patients took part.'
		);
		expect(answers).not.toContain('6.30');
		expect(answers).not.toContain('2');
		expect(answers).toContain('2.45');
		expect(answers).toContain('48');
	});

	it('takes "about" after a work for what it is about: "a comedy about three brothers"', () => {
		const answers = answersIn(
			'The Long Weekend is a comedy about three brothers. It cost about 40,000 pounds to make.'
		);
		expect(answers).toContain('three');
		expect(answers).not.toContain('about three');
	});

	it('never offers half of a hyphenated word: "Twenty-three", "Wright-Phillips"', () => {
		const answers = answersIn(
			'Twenty-three people were arrested in March 1843, and 14 of them were tried at York. Shaun Wright-Phillips scored twice.'
		);
		expect(answers).not.toContain('three');
		expect(answers).not.toContain('Twenty');
		expect(answers).not.toContain('Phillips');
		expect(answers).toContain('14');
	});

	it('ends a date at a comma after its month: "in January, 63 patients"', () => {
		const answers = answersIn(
			'At one point in January, 63 patients were waiting for beds. The ward opened on June 12, 2003.'
		);
		expect(answers).not.toContain('January, 63');
		expect(answers).toContain('June 12, 2003');
	});

	it('reads a time too late in the day to be a year as a clock time: "open after 2300"', () => {
		const answers = answersIn(
			'About 26,000 takeaways open after 2300, the survey found. The curfew was set in 1995.'
		);
		expect(answers).not.toContain('2300');
		expect(answers).toContain('About 26,000');
	});

	it('reads a time "at" a four-digit figure as a clock time: "terminate at 1930", not "in 1930"', () => {
		const answers = answersIn(
			'Buses on 14 routes will terminate at 1930 from Monday. The route first ran in 1930.'
		);
		expect(answers.filter((answer) => answer === '1930')).toHaveLength(1);
		expect(answers).toContain('14');
	});
});
