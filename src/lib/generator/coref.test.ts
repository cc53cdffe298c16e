import { describe, it, expect } from 'vitest';
import { articleIndexOf as indexOf } from './contract.test-helper';
import { resolveDefiniteReference, resolvePersonPronoun } from './coref';

/** Who "He" or "She" opening the last sentence of the text is taken to be. */
function lastPronounMeans(text: string): string | undefined {
	const index = indexOf(text);
	const last = index.sentences[index.sentences.length - 1];
	return resolvePersonPronoun(last.tokens[0].text, last, index)?.fullName;
}

const SPRINT = `Teacher Pellow wins sprint title

Chemistry teacher Daniel Pellow has won the British Sprint Championship at the age of 44, ending a run of three titles for Graham Tuck.

Pellow clinched the crown at Curborough on Sunday with one round still to be run.

Race director Susan Marsh said the crowd had been the largest of the season.

Pellow drives a single-seater powered by a 2-litre engine, which he built in a garage behind his house. He estimates the car has cost about £30,000 over five seasons.`;

describe('resolvePersonPronoun: a sentence that opens with a known surname', () => {
	it('takes "He" after "Pellow drives …" for Pellow, not for the last person tagged before', () => {
		expect(lastPronounMeans(SPRINT)).toBe('Daniel Pellow');
	});

	it('reads a hyphenated surname whole: "Kemble-Wray never married" is not her mother Kemble', () => {
		const text = `Theodora Kemble-Wray

Theodora Kemble-Wray (1841–1912) was an English botanist and plant collector. She was the daughter of Samuel Wray, a Bristol merchant, and his wife Anne Kemble.

Kemble-Wray never married. She was awarded a medal of the Bristol Naturalists' Society in 1891.`;
		expect(lastPronounMeans(text)).toBe('Theodora Kemble-Wray');
	});

	it('does not take a name after an opening preposition for the subject', () => {
		const text = SPRINT.replace(
			'Pellow drives a single-seater',
			'Against Tuck he drove a single-seater'
		);
		expect(lastPronounMeans(text)).not.toBe('Graham Tuck');
	});
});

describe('resolveDefiniteReference: "the company" after a body named just before', () => {
	const meant = (body: string) => {
		const index = indexOf(
			`Pennell's Balsam\n\nPennell's Balsam was a cough medicine sold in Britain from 1852 until 1961.\n\nA report published by ${body} in 1909 found that a bottle held enough morphine to harm a child. The company remained in the hands of the Pennell family until 1934.`
		);
		return resolveDefiniteReference('company', index.sentences[index.sentences.length - 1], index);
	};

	it('takes a firm named just before, but no association: the British Medical Association is no company', () => {
		expect(meant('Ordway Pharmaceuticals')).toBe('Ordway Pharmaceuticals');
		expect(meant('the British Medical Association')).toBeUndefined();
	});
});

describe('resolvePersonPronoun: someone of the other sex, or an unnamed one of this sex, in between', () => {
	const court = (owner: string, between: string) => `Tattooist fined over schoolgirl's swallow

A tattooist who inked a swallow on the wrist of a 15-year-old has been fined £800 by Kelby magistrates.

${owner}, 34, who runs the Red Lantern studio in Kelby, admitted the offence on Wednesday. ${between}

She paid £45 for the design, which took about 40 minutes.`;

	it('does not take "She" for a tattooist of either sex whom "He" then meant', () => {
		const between = 'He was also ordered to pay £650 in costs.';
		expect(lastPronounMeans(court('Chris Ashcroft', between))).toBeUndefined();
		expect(lastPronounMeans(court('Chris Ashcroft', 'The court also ordered costs.'))).toBe(
			'Chris Ashcroft'
		);
	});

	it('does not take "She" for the tattooist after "the girl" came between', () => {
		const between = 'The court heard that the girl walked into the studio with a friend.';
		expect(lastPronounMeans(court('Joanne Ashcroft', between))).toBeUndefined();
		const customer = 'The court heard that a customer walked into the studio one Saturday.';
		expect(lastPronounMeans(court('Joanne Ashcroft', customer))).toBe('Joanne Ashcroft');
	});
});
