import { describe, it, expect } from 'vitest';
import { generateWithAsides } from './contract.test-helper';
import { indefiniteArticle, settleArticle } from './articles';
import { hasDanglingDescription } from './descriptions';
import { repeatsAnotherQuestion } from './repeats';

const answerOf = (question: { options: string[]; answer: number }) =>
	question.options[question.answer];

describe('trivia: a minor source is not asked about', () => {
	const article = [
		'Corvane Mills will close its paper plant in Eastfold in 2026, the company said on Monday.',
		'The plant employs 410 people and has made paper since 1921.',
		'"The closure is a blow to the whole valley," said Dara Whitcombe, an analyst at Lantern Research.',
		'Mayor Helena Strand said the town would seek a new owner for the site before the end of 2026.',
		'Helena Strand has led the town council since 2019 and grew up near the plant.',
		'Helena Strand will meet the owners of Corvane Mills in Brussels in March.',
		'Councillor Mary Evans, Councillor Jane Cooper and Councillor Ruth Taylor backed the plan.'
	].join(' ');

	it('drops "Who said …?" and "said _____" when the speaker is named once', () => {
		const questions = generateWithAsides(article, { count: 20 });
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(answerOf(question)).not.toBe('Dara Whitcombe');
	});

	it('still asks about a person the article is about', () => {
		const questions = generateWithAsides(article, { count: 20 });
		expect(questions.some((question) => answerOf(question) === 'Helena Strand')).toBe(true);
	});
});

describe('unresolved references in stems', () => {
	it('finds definite descriptions with nothing to point to', () => {
		expect(hasDanglingDescription('The striker scored _____ goals last season.')).toBe(true);
		expect(hasDanglingDescription('The Lisbon winner beat _____ in the final.')).toBe(true);
		expect(hasDanglingDescription('The vote came a week after that election in _____.')).toBe(true);
		expect(hasDanglingDescription('Who also scored in the second half?')).toBe(true);
		expect(hasDanglingDescription('The hearing will resume in _____.')).toBe(true);
		// An age where a name should be; "the 22-year-old Sam Penberthy" names him.
		expect(hasDanglingDescription('The 22-year-old, a physiotherapist, scored _____ points.')).toBe(
			true
		);
		expect(hasDanglingDescription('The 22-year-old Sam Penberthy scored _____ points.')).toBe(
			false
		);
		// A calling or a nationality where a name should be.
		expect(
			hasDanglingDescription('The Englishman pulled a frame back with a break of _____.')
		).toBe(true);
		expect(hasDanglingDescription('A stand between the spinner and the tail made _____.')).toBe(
			true
		);
		// Since what? The sentence before said.
		expect(hasDanglingDescription('Ana Ruiz has since released _____ albums.')).toBe(true);
		expect(hasDanglingDescription('Since then the band has played _____ concerts.')).toBe(true);
		expect(hasDanglingDescription('Judge Ross ruled that the Argentine, was free in _____.')).toBe(
			true
		);
	});

	it('keeps descriptions that say which one they mean, and quoted speech', () => {
		expect(hasDanglingDescription('The hearing of the appeal will resume in _____.')).toBe(false);
		expect(hasDanglingDescription('The Treasury said its plans were funded until _____.')).toBe(
			false
		);
		expect(hasDanglingDescription('Who said: "The striker was also unlucky"?')).toBe(false);
		expect(hasDanglingDescription('Ana Ruiz has since 2001 released _____ albums.')).toBe(false);
		// "the Netherlands after singer Rhys Morgan …" holds no "the … singer".
		expect(
			hasDanglingDescription(
				'The band cancelled _____ dates in the Netherlands after singer Rhys Morgan fell ill.'
			)
		).toBe(false);
	});

	it('drops a stem whose sentence opens with a bare role', () => {
		const questions = generateWithAsides(
			'Marta Lindqvist scored twice as Harbour City beat Oldport 3-1 on Sunday. ' +
				'The striker has now scored 14 goals in her 20 games for Harbour City this season. ' +
				'Harbour City will face Westvale in the cup final in Glasgow in May 2026.',
			{ count: 10 }
		);
		for (const question of questions) expect(question.prompt).not.toMatch(/^The striker/);
	});
});

describe('"a(n) _____" never gives the answer away', () => {
	it('reads numbers and words as they are spoken', () => {
		expect(indefiniteArticle('$27bn')).toBe('a');
		expect(indefiniteArticle('$8bn')).toBe('an');
		expect(indefiniteArticle('18%')).toBe('an');
		expect(indefiniteArticle('180')).toBe('a');
		expect(indefiniteArticle('11,000')).toBe('an');
		expect(indefiniteArticle('FBI')).toBe('an');
		expect(indefiniteArticle('union')).toBe('a');
		expect(indefiniteArticle('hour')).toBe('an');
		expect(indefiniteArticle('apple')).toBe('an');
	});

	it('writes the one article every option takes, or moves the figure after its noun', () => {
		expect(settleArticle('They paid a(n) _____ fine.', ['$20m', '$30m', '$40m', '$50m'])).toBe(
			'They paid a _____ fine.'
		);
		expect(settleArticle('A(n) _____ fine was paid.', ['$8m', '$80m', '$11m', '$18m'])).toBe(
			'An _____ fine was paid.'
		);
		// When they differ, the figure moves after its noun, where no article stands before it …
		expect(settleArticle('They paid a(n) _____ fine.', ['$8m', '$30m', '$40m', '$50m'])).toBe(
			'They paid a fine of _____.'
		);
		expect(
			settleArticle('Profits saw a(n) _____ jump in 2004.', ['18%', '28%', '13%', '23%'])
		).toBe('Profits saw a jump of _____ in 2004.');
		// The article then goes with the noun: "an investment", never "a investment".
		expect(
			settleArticle('It would delay a(n) _____ investment in a new line.', [
				'£9m',
				'£7m',
				'£11m',
				'£13m'
			])
		).toBe('It would delay an investment of _____ in a new line.');
		// … or, where it cannot, the stem is given up.
		expect(settleArticle('A(n) _____ fine was paid.', ['$8m', '$30m', '$40m', '$50m'])).toBe(
			undefined
		);
	});

	it('leaves no "a(n)" in any generated stem', () => {
		const questions = generateWithAsides(
			'Norvia Air was fined a $40m penalty by regulators in Oslo in 2025 for late refunds. ' +
				'Norvia Air carried 12 million passengers in 2024, the airline said in its annual report. ' +
				'The airline plans to buy 30 new aircraft from Airbus before the end of 2027.',
			{ count: 10 }
		);
		for (const question of questions) expect(question.prompt).not.toMatch(/\ba\(n\)/i);
	});
});

describe('duplicates within one quiz', () => {
	it('sees a repeated answer and an answer stated in another stem', () => {
		const asked = [{ prompt: 'The bridge cost _____ to build.', answer: '£40m', isPerson: false }];
		expect(
			repeatsAnotherQuestion({ prompt: 'Who paid _____?', answer: '£40m', isPerson: false }, asked)
		).toBe(true);
		expect(
			repeatsAnotherQuestion(
				{ prompt: 'The £40m bridge opened in _____.', answer: '2024', isPerson: false },
				asked
			)
		).toBe(true);
		expect(
			repeatsAnotherQuestion(
				{ prompt: 'Who was hired by Ms Okafor?', answer: 'Ben Ruiz', isPerson: true },
				[{ prompt: 'Ruiz joined the firm in _____.', answer: '2019', isPerson: false }]
			)
		).toBe(true);
		expect(
			repeatsAnotherQuestion(
				{ prompt: 'The tunnel cost _____ to dig.', answer: '£140m', isPerson: false },
				asked
			)
		).toBe(false);
	});

	it('never uses one answer twice in a generated quiz', () => {
		const questions = generateWithAsides(
			'Port Aldane opened its new ferry terminal in 2024 after three years of work. ' +
				'The terminal cost £90m and was paid for by the Aldane Harbour Trust. ' +
				'Ferries to Kellen Island left from the old pier until 2024, the trust said. ' +
				'The Aldane Harbour Trust was founded in 1898 by a group of local merchants. ' +
				'About 800,000 passengers used the ferry to Kellen Island in 2023.',
			{ count: 10 }
		);
		const answers = questions.map((question) => answerOf(question).toLowerCase());
		expect(new Set(answers).size).toBe(answers.length);
		for (const question of questions) {
			for (const other of questions) {
				if (other === question) continue;
				expect(other.prompt.toLowerCase()).not.toContain(answerOf(question).toLowerCase());
			}
		}
	});
});

describe('places of the same kind and scale', () => {
	it('offers a Balkan capital among cities of the same part of Europe', () => {
		const questions = generateWithAsides(
			'Lake Ormeni protest\n\nThousands of farmers marched through Belgrade on Monday against a new water law. ' +
				'The farmers say the law will double the cost of water for 40,000 small farms. ' +
				'Organisers plan a second march in the spring of 2026 if the law is not changed.',
			{ count: 10 }
		);
		const where = questions.find((question) => answerOf(question) === 'Belgrade');
		expect(where).toBeDefined();
		for (const option of where!.options) {
			expect(['Vienna', 'Lisbon', 'Geneva', 'Paris', 'Madrid', 'London']).not.toContain(option);
		}
	});
});

describe('small counts that are obvious from the sentence', () => {
	it('does not blank "the two …" or "the past four …"', () => {
		const questions = generateWithAsides(
			'Ferry strike\n\nThe two unions running the strike met ministers in Leeds on Monday. ' +
				'Wages at Aldmoor Ferries have fallen in the past four years, the unions said in a report. ' +
				'About 3,000 workers at Aldmoor Ferries will walk out on 2 March 2025.',
			{ count: 10 }
		);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(['two', 'four']).not.toContain(answerOf(question));
	});
});
