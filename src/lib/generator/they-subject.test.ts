import { describe, expect, it } from 'vitest';
import { sentencesOf, generateWithAsides } from './contract.test-helper';
import { theyAntecedents } from './they-subject';

const antecedents = (input: string) => [...theyAntecedents(sentencesOf(input)).values()];

const STUDY = `Night buses louder than a busy office, study finds

Passengers on night buses in Carrow are exposed to more noise than workers in a busy open-plan office, according to a study published on Monday.

Researchers at the Carrow Institute of Acoustics in Norwich rode 86 late-night journeys on six routes between October and December 2004, carrying sound meters.

They found that the average level on the upper deck was 78 decibels, against 64 decibels in a typical office.

Dr Helen Marsh, who led the work, said the engines of older buses were to blame. "Newer buses are far quieter," she said.

The council plans to replace 40 of the oldest buses by 2007.`;

/** The study with another group opening the sentence before "They found": "Staff at … rode". */
const withGroup = (group: string) =>
	STUDY.replace('Researchers at the Carrow Institute of Acoustics in Norwich', group);

/** The study with another finding in place of the "They found" sentence. */
const withFinding = (finding: string) =>
	STUDY.replace(
		'They found that the average level on the upper deck was 78 decibels, against 64 decibels in a typical office.',
		finding
	);

describe('an opening "They" after a group of people who found something out', () => {
	it('stands for the group, named with its institution', () => {
		expect(antecedents(STUDY)).toEqual([
			'Researchers at the Carrow Institute of Acoustics in Norwich'
		]);
	});

	it('lets the finding be asked, with the group named in place of "They"', () => {
		const finding = generateWithAsides(STUDY, { count: 10 }).find((question) =>
			question.source.text.startsWith('They found')
		);
		expect(finding?.prompt).toMatch(
			/^Researchers at the Carrow Institute of Acoustics in Norwich found that the average level on the upper deck was _____ decibels/
		);
	});

	it('is left alone after a group the sentence does not name ("The team", "The researchers")', () => {
		const unnamed = withGroup('The team');
		expect(antecedents(unnamed)).toEqual([]);
		expect(
			generateWithAsides(unnamed, { count: 10 }).some((question) =>
				question.source.text.startsWith('They found')
			)
		).toBe(false);
	});

	it('stops the name at its last capitalised word: "Researchers at the city\'s hospital" are researchers', () => {
		const plain = withGroup("Researchers at the city's hospital");
		expect(antecedents(plain)).toEqual(['Researchers']);
	});

	it('is left alone when the group belongs to a name ("the University of Carrow\'s acoustics unit")', () => {
		const owned = withGroup("A team from the University of Carrow's acoustics unit");
		expect(antecedents(owned)).toEqual([]);
		const team = withGroup('A team from the University of Carrow');
		expect(antecedents(team)).toEqual(['A team from the University of Carrow']);
	});

	it('is left alone when the finding points back with "them" ("on 21 of them")', () => {
		const back = withFinding('They found faulty exhausts on 21 of them, more than a quarter.');
		expect(antecedents(back)).toEqual([]);
	});

	it('is left alone when the finding is a bare share of a whole the sentence before gave ("71% were male")', () => {
		const share = withFinding('They found that 71% were louder than a busy office.');
		expect(antecedents(share)).toEqual([]);
		const named = withFinding(
			'They found that 71% of the journeys were louder than a busy office.'
		);
		expect(antecedents(named)).toHaveLength(1);
	});

	it('stands for hospital staff or officials named with where they work, as for researchers', () => {
		const staff = withGroup('Staff at Carrow General Hospital');
		expect(antecedents(staff)).toEqual(['Staff at Carrow General Hospital']);
	});

	it('is left alone when "They" does something other than find ("They travelled")', () => {
		const travelled = STUDY.replace(
			'They found that the average level',
			'They travelled on buses where the average level'
		);
		expect(antecedents(travelled)).toEqual([]);
	});
});
