import { describe, expect, it } from 'vitest';
import { bodyReferences } from './body-references';
import { sentencesOf } from './contract.test-helper';

const references = (input: string) =>
	[...bodyReferences(sentencesOf(input)).values()].map(({ phrase, name }) => `${phrase} → ${name}`);

describe('"the council", "the airport": a body the article has named', () => {
	it('is named, once the article has named one council', () => {
		expect(
			references(
				'Pendlebrook Borough Council voted to sell 40 homes. The homes need repairs, the council said.'
			)
		).toEqual(['the council → Pendlebrook Borough Council']);
	});

	it('is named in full after "of": "The leader of Haldmoor Borough Council"', () => {
		expect(
			references(
				'The leader of Haldmoor Borough Council has resigned. The council, which serves 148,000 people, must agree a budget.'
			)
		).toEqual(['The council → Haldmoor Borough Council']);
		// "of" inside a name still keeps the name whole, not its second half.
		expect(
			references(
				'Staff at the Bank of Scotland Pension Trust have moved. The trust said it would stay in Leith.'
			)
		).toEqual(['The trust → the Bank of Scotland Pension Trust']);
	});

	it('is no grade\'s letter and a head: "a category C prison" names no prison', () => {
		expect(
			references(
				'The minister will convert an old airfield into a category C prison. The prison population stood at 75,000 last week.'
			)
		).toEqual([]);
	});

	it('is a place whose name has a lower-case head, written either way ("Penmarsh airport")', () => {
		const story = `A Spanish firm has bought Penmarsh airport in Lincolnshire. It will be the firm's first British airport. Penmarsh Airport opened in 1987. The airport handled 480,000 passengers last year.`;
		expect(references(story)).toEqual(['The airport → Penmarsh airport']);
	});

	it('is not a body named after a sentence about "the company": that was another company', () => {
		const passage = `Tarrant Ales is a brewery in Leek. The company expanded by acquiring the Hollin Brewery Company in 1902. By 1939 the company owned 212 pubs.`;
		expect(references(passage)).toEqual([]);
		// A lead may say "the stadium" a sentence before naming it.
		const story = `The Falcons may have to quit the stadium they have raced at for 57 years. They must leave Marsh Lane Stadium by October. The stadium's owners want to build homes.`;
		expect(references(story)).toEqual(['The stadium → Marsh Lane Stadium']);
	});

	it('is a company only where the headline names it: the engineer\'s railway is "the company"', () => {
		const life = `Cuthbert Ridley\n\nCuthbert Ridley (1846–1921) was an English railway engineer with the Cleveland Junction Railway. He served his apprenticeship with the Tees Side Engine Company at Middlesbrough. In 1883 he took charge of the company's works at Norton.`;
		expect(references(life)).toEqual([]);
		const firm = `Tees Side Engine Company to close\n\nThe Tees Side Engine Company is to close its Middlesbrough works. The company employs 400 people.`;
		expect(references(firm)).toEqual(['The company → Tees Side Engine Company']);
	});

	it('is neither of two bodies that share a head', () => {
		const story = `Kellerby Town Football Club beat Marsden Vale Football Club 2-1. The club said 4,000 fans came.`;
		expect(references(story)).toEqual([]);
	});
});
