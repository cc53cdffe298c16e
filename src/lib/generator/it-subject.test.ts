import { describe, expect, it } from 'vitest';
import { sentencesOf, generateWithAsides } from './contract.test-helper';
import { itAntecedents } from './it-subject';

const antecedents = (input: string, headline?: string) => [
	...itAntecedents(sentencesOf(input), headline).values()
];

const LAKE =
	'Lake Orvan is a freshwater lake in the north of Estland province. It covers an area of 212 square kilometres and reaches a depth of 68 metres. It is fed by two rivers. Kessa stands on its southern shore. It was founded in 1581.';

describe('an opening "It" in a reference passage', () => {
	it('stands for the subject the lead defines, until another subject takes over', () => {
		// The "It" after "Kessa stands …" may be about Kessa, and is left alone.
		expect(antecedents(LAKE)).toEqual(['Lake Orvan', 'Lake Orvan']);
	});

	it('lets the sentence be asked, with the subject named in place of "It"', () => {
		const area = generateWithAsides(LAKE, { count: 10 }).find((question) =>
			question.source.text.startsWith('It covers')
		);
		expect(area?.prompt).toMatch(/^Lake Orvan covers an area of _____ square kilometres/);
	});

	it('is left alone where it is the empty "it" of "It is worth noting that …"', () => {
		expect(
			antecedents(
				'Lake Orvan is a lake in Estland. It is worth noting that the lake freezes in winter.'
			)
		).toEqual([]);
	});

	it("in news, names only the subject of the sentence just before: the lead's, not another's", () => {
		const news = `Kestrel Mobile cuts jobs\n\nKestrel Mobile, the Finnish phone maker, said on Tuesday it would cut 1,200 jobs. It said sales fell by 18% in the first half of the year.`;
		expect(antecedents(news, 'Kestrel Mobile cuts jobs')).toEqual(['Kestrel Mobile']);
		const turned = `Kestrel Mobile cuts jobs\n\nKestrel Mobile, the Finnish phone maker, said on Tuesday it would cut 1,200 jobs. Its rival Nordfone reported higher sales. It said demand rose by 18% in the first half of the year.`;
		expect(antecedents(turned, 'Kestrel Mobile cuts jobs')).toEqual([]);
	});

	it('is left alone when the lead defines nothing', () => {
		expect(
			antecedents('The fifth series was ordered in May 2015. It began airing in September 2015.')
		).toEqual([]);
	});
});

describe('an "it" after an opening phrase', () => {
	const FAIR =
		'The Dunmore Clock Fair is a yearly gathering of clock makers in the town of Dunmore, in Fife, Scotland. Founded in 1962, it is devoted mainly to long-case clocks and draws about 4,000 visitors. Set in the old market hall in Dunmore, Fife, it runs for three days each May.';

	it('stands for the defined subject, even where "to" follows a description ("devoted to")', () => {
		expect(antecedents(FAIR)).toEqual(['The Dunmore Clock Fair', 'The Dunmore Clock Fair']);
	});

	it('stands for the defined subject after an opening gerund: "Climbing 154 feet …, it is"', () => {
		expect(
			antecedents(
				'The Scallon Flight is a series of 17 locks in Staffordshire. Climbing 154 feet over a distance of about a mile, it is one of the steepest flights in England.'
			)
		).toEqual(['The Scallon Flight']);
	});

	it('is named in the stem, and a stem whose "it" names nothing is not asked', () => {
		const prompts = generateWithAsides(FAIR, { count: 10 }).map((question) => question.prompt);
		expect(prompts.filter((prompt) => /^(Founded|Set) in/.test(prompt))).toEqual([
			expect.stringMatching(/^Founded in 1962, the Dunmore Clock Fair is devoted/),
			expect.stringMatching(
				/^Set in the old market hall in Dunmore, Fife, the Dunmore Clock Fair runs/
			)
		]);
		const orphan = generateWithAsides(
			'Clock makers met in Dunmore. Visitors came from all over Scotland. Founded in 1962, it is devoted mainly to long-case clocks and draws about 4,000 visitors.',
			{ count: 10 }
		);
		expect(orphan.filter((question) => /(^|, )it /.test(question.prompt))).toEqual([]);
	});
});
