import { describe, it, expect } from 'vitest';
import type { Fact } from './facts';
import type { Question } from '../core/quiz';
import { articleIndexOf, questionsOn } from './contract.test-helper';
import { generate } from './index';
import { parseWrittenNumber } from './numbers';
import { createRandom } from './random';
import { asRoughFigure, roughSpanCeiling, roughValues, titleNearRoughFigure } from './rough-figure';

function valuesFor(text: string, seeds = 40, limits = {}): number[][] {
	const like = parseWrittenNumber(text);
	if (!like) throw new Error(`not a number: ${text}`);
	return Array.from({ length: seeds }, (_, seed) =>
		roughValues(like, createRandom(seed + 1), new Set(), limits)
	);
}

function figureFact(text: string, answer: string): Fact {
	const fact = articleIndexOf(text).facts.find((found) => found.text.includes(answer));
	if (!fact) throw new Error(`no fact for ${answer}`);
	return fact;
}

function roughQuestion(text: string): Question | undefined {
	return questionsOn(text).find((question) => /^About how|\babout _____/i.test(question.prompt));
}

const numberOf = (option: string) => Number(option.replace(/[^\d.]/g, ''));

const HOARD = `Retired postman finds Roman coin hoard in Lincolnshire field

A retired postman using a metal detector has uncovered a hoard of more than 2,600 Roman coins buried in a field near Sleaford in Lincolnshire.

The coins were found in a broken clay pot about a foot below the surface, and have been handed to the county museum.

Experts at the museum said the find was one of the largest of its kind in the east of England.`;

describe('roughValues: wrong options a bound rules out', () => {
	it('keeps every option at least half as far again from the answer, either side', () => {
		for (const values of valuesFor('2,600')) {
			expect(values).toHaveLength(3);
			for (const value of values) expect(value > 2600 * 1.4 || value < 2600 / 1.4).toBe(true);
		}
	});

	it('puts the right answer lowest, highest and in between across seeds', () => {
		const ranks = new Set(
			valuesFor('2,600').map((values) => values.filter((value) => value < 2600).length)
		);
		expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
	});

	it("keeps the answer's figures, and its precision past its power of ten", () => {
		for (const values of valuesFor('312,000'))
			for (const value of values) expect(value % 1000).toBe(0);
		expect(valuesFor('2,600').flat()).toContain(1200);
		expect(valuesFor('2,600').flat()).not.toContain(1160);
		expect(valuesFor('4,600').flat()).toContain(10_400);
		expect(valuesFor('60').flat()).toContain(140);
		expect(valuesFor('60').flat()).not.toContain(100);
	});

	it('gives a round power of ten ("more than 1,000") rungs of a figure of their own below it', () => {
		const below = valuesFor('1,000')
			.flat()
			.filter((value) => value < 1000);
		expect(new Set(below)).toEqual(new Set([700, 400, 300]));
		expect(valuesFor('10,000').every((values) => values.length === 3)).toBe(true);
	});

	it('keeps each rung a clear step from the next, with no "9" beside a "10"', () => {
		for (const values of valuesFor('30')) {
			const all = [30, ...values].sort((a, b) => a - b);
			for (let i = 1; i < all.length; i++) expect(all[i] / all[i - 1]).toBeGreaterThanOrEqual(1.25);
		}
	});

	it('gives nothing when a ceiling leaves the answer always the highest', () => {
		for (const values of valuesFor('80', 10, { ceiling: 99 })) expect(values).toEqual([]);
	});
});

describe('asRoughFigure: which bounds are asked roughly', () => {
	it('takes "more than 2,600 coins" with the figure alone as its answer', () => {
		const rough = asRoughFigure(figureFact(HOARD, '2,600'));
		expect(rough?.option).toBe('2,600');
		expect(rough?.rough).toBe(true);
	});

	it('leaves a handful ("more than six"), a share, and a group by age alone', () => {
		const text = `Library classes fill up\n\nMore than six libraries in the county offer the lessons. More than 40% of those taking part are people aged over 60 who have never used a computer.`;
		for (const answer of ['six', '40%', '60'])
			expect(asRoughFigure(figureFact(text, answer))).toBeUndefined();
	});

	it('leaves an upper bound ("fewer than 1,500"), which a lower count elsewhere may meet', () => {
		const text = `Rare plant survey\n\nFewer than 1,500 plants of the Tirval dandelion survive in the wild, a survey has found.\n\nA count in 1996 found 1,120.`;
		expect(asRoughFigure(figureFact(text, '1,500'))).toBeUndefined();
	});

	it("keeps a grown-up's work within the life a passage's lead gives, less eighteen years", () => {
		const text = `Harriet Verriker\n\nHarriet Verriker (14 May 1831 – 2 November 1904) was an English map engraver. She ran the family firm in Bristol for more than 40 years and published the Parish Atlas of Somerset in 1866.\n\nShe was born in Clifton.`;
		expect(roughSpanCeiling(figureFact(text, '40'), articleIndexOf(text))).toBe(73 - 18);
	});

	it('leaves "over 14 months", the time a thing took, and "little more than 50 years"', () => {
		const text = `Parcel driver jailed\n\nA delivery driver stole 912 parcels from a depot in Leeds over 14 months, the court heard. Foxes in Leeds have changed in little more than 50 years.`;
		expect(asRoughFigure(figureFact(text, '14'))).toBeUndefined();
		expect(asRoughFigure(figureFact(text, '50'))).toBeUndefined();
	});

	it('leaves "over 10 rounds", the length of a contest, even after "for"', () => {
		const text = `Hartley wins European title

Newcastle boxer Kerry Hartley won the European title after outpointing Sandrine Vermeulen over 10 rounds in Antwerp. She has boxed for over 12 years.`;
		expect(asRoughFigure(figureFact(text, '10'))).toBeUndefined();
		expect(asRoughFigure(figureFact(text, '12'))?.rough).toBe(true);
	});
});

describe('rough figures in a quiz', () => {
	it('asks "more than 2,600 coins" as about 2,600 among options the bound makes false', () => {
		const question = roughQuestion(HOARD);
		expect(question?.options[question.answer]).toBe('2,600');
		for (const [i, option] of (question?.options ?? []).entries())
			if (i !== question?.answer)
				expect(numberOf(option) > 2600 * 1.4 || numberOf(option) < 2600 / 1.4).toBe(true);
	});

	it('asks no bound with the bound kept in its options', () => {
		const asked = generate(HOARD, { count: 30 });
		expect(asked.some((question) => question.options.some((o) => /more than/.test(o)))).toBe(false);
	});

	it('does not ask a figure the title gives near it ("2,640" over "more than 2,600")', () => {
		const rough = asRoughFigure(figureFact(HOARD, '2,600'));
		if (!rough) throw new Error('not asked roughly');
		expect(titleNearRoughFigure('Postman finds 2,640 Roman coins', rough)).toBe(true);
		expect(titleNearRoughFigure('Postman finds 9,000 Roman coins', rough)).toBe(false);
		expect(titleNearRoughFigure('Postman finds £2,640 in coins', rough)).toBe(true);
		const titled = HOARD.replace(
			'Retired postman finds Roman coin hoard',
			'Postman finds 2,640 Roman coins'
		);
		expect(roughQuestion(HOARD)).toBeDefined();
		expect(roughQuestion(titled)).toBeUndefined();
	});

	it('keeps a span of years within the age of the one who spent it', () => {
		const text = `Bowls club honours its oldest player\n\nA 99-year-old great-grandfather who has lived in Ludlow for more than 60 years has been made life president of his bowls club after helping it win a county league title.\n\nHe still plays twice a week at the club, where members say he rarely misses a match.\n\nThe club was founded in 1921 and has 140 members.`;
		expect(roughSpanCeiling(figureFact(text, '60'), articleIndexOf(text))).toBe(99);
		const question = roughQuestion(text);
		expect(question?.options[question.answer]).toBe('60');
		for (const option of question?.options ?? []) expect(numberOf(option)).toBeLessThanOrEqual(99);
	});
});

describe('roughValues: a side the sentence cues', () => {
	it('never leaves the answer at the end the cue points to ("the biggest", "the fewest")', () => {
		const ends = (side: 'not-highest' | 'not-lowest' | 'either') =>
			valuesFor('2,400', 40, { side }).map((values) =>
				values.every((value) => value > 2400)
					? 'lowest'
					: values.every((value) => value < 2400)
						? 'highest'
						: 'inside'
			);
		expect(ends('not-highest')).not.toContain('highest');
		expect(ends('not-lowest')).not.toContain('lowest');
		// Without a cue, either end comes up.
		expect(ends('either')).toContain('highest');
		expect(ends('either')).toContain('lowest');
	});
});
