import { describe, it, expect } from 'vitest';
import { buildSentences, splitParagraphs } from './sentences';
import { findFacts, type Fact } from './facts';
import { roleInPredicate, roleOf } from './roles';

/** The people facts of a one-paragraph text written for these tests. */
function peopleIn(text: string): Fact[] {
	const [paragraph] = splitParagraphs(text);
	return buildSentences(text, paragraph, 0, 0)
		.flatMap((sentence) => findFacts(sentence))
		.filter((fact) => fact.type === 'person');
}

function rolesIn(text: string): Record<string, string | undefined> {
	return Object.fromEntries(peopleIn(text).map((fact) => [fact.option, roleOf(fact)]));
}

describe('roleOf', () => {
	it('reads a role word before the name and an apposition after it', () => {
		expect(
			rolesIn('Striker Tomas Varga scored twice. Ana Ruiz, a lawyer for the club, spoke.')
		).toEqual({
			'Tomas Varga': 'player',
			'Ana Ruiz': 'legal'
		});
	});

	it('gives a plural role to every name listed after it, a split "film-makers" too', () => {
		const roles = rolesIn(
			'The jury includes actresses Lena Hart and Maya Quist. Seasoned film-makers Owen Pryce, Clara Voss and Mark Allen challenge them.'
		);
		expect(roles).toMatchObject({
			'Lena Hart': 'actor',
			'Maya Quist': 'actor',
			'Owen Pryce': 'filmmaker',
			'Clara Voss': 'filmmaker',
			'Mark Allen': 'filmmaker'
		});
	});

	it('keeps each name its own title in a list of titled names', () => {
		const roles = rolesIn(
			'Captain Ines Moreau, Captain Lena Vos and Captain Maria Sato sail the older boats.'
		);
		expect(Object.values(roles)).toEqual(['player', 'player', 'player']);
	});
});

describe('roleInPredicate', () => {
	it('reads the role the sentence gives its subject', () => {
		const [ruiz] = peopleIn('Ana Ruiz wins a best actress nomination for her part in Salt Roads.');
		expect(roleInPredicate(ruiz)).toBe('actor');
	});

	it('leaves out a role that belongs to another name', () => {
		const winner = peopleIn('Sarah Jones defeated Irish international Jo Byrne by 40 metres.').find(
			(fact) => fact.option === 'Sarah Jones'
		)!;
		expect(roleInPredicate(winner)).toBeUndefined();
	});
});
