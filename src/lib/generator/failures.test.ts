import { describe, it, expect } from 'vitest';
import type { Question } from '../core/quiz';
import {
	answerOf,
	questionsOn,
	generateWithAsides,
	generateQuizWithAsides
} from './contract.test-helper';
import { HARBOUR_ARTICLE, SPACE_ARTICLE } from './fixtures.test-data';

/**
 * One group per failure class of rule-based generators (../shared/notes/question-failures.md), each
 * with an article written for the test. All names and figures are invented.
 */

const prompts = (questions: Question[]) => questions.map((question) => question.prompt);

describe('context: pronouns and back-references', () => {
	const text = `Shipyard wins order

Marta Kowalski runs the Gdynia Marine Works. She said the yard would build 14 ferries by 2027. It said profits had doubled. They expect more orders next year. This was the largest order in the yard's history, worth £90m. The company paid £3m for a new crane in 2022.`;
	const questions = questionsOn(text);

	it('replaces "She" by the person it refers to, or leaves the sentence out', () => {
		for (const prompt of prompts(questions)) expect(prompt).not.toMatch(/^(She|He) /);
		const fourteen = questions.find((question) => answerOf(question) === '14');
		if (fourteen) expect(fourteen.prompt).toMatch(/Marta Kowalski/);
	});

	it('never asks about a sentence whose subject is "It", "They" or "This"', () => {
		for (const question of questions) expect(question.source.text).not.toMatch(/^(It|They|This) /);
	});

	it('gives "the company" the name it points back to, or skips it', () => {
		const crane = questions.find((question) => /crane/.test(question.prompt));
		if (crane) expect(crane.prompt).not.toMatch(/\bthe company\b/i);
	});
});

describe('quotations', () => {
	const text = `Festival returns

The Lowmoor Folk Festival returned to the town on Saturday after a two-year break. "We have never sold tickets this quickly, and the town is full," said organiser Bethan Morgan. Bethan Morgan founded the festival in 2009, and Ms Morgan still runs it. Ruth Calloway, who chairs the parish council, said: "The festival brought in £2m for local shops last year." The council expects 20,000 visitors over the weekend. Singer Tomas Lindqvist told fans: "I wrote this song in Sweden." Stewards Ana Petrova and Grace Obi looked after the car parks.`;
	const questions = questionsOn(text);

	it('asks "Who said …?" with the whole quotation', () => {
		const quoted = questions.filter((question) => question.prompt.includes('"'));
		expect(quoted.length).toBeGreaterThan(0);
		for (const question of quoted) {
			expect(question.prompt).toMatch(/^Who said: "[^"]+"\??$/);
			expect(question.kind).toBe('who');
		}
	});

	it('never cuts a quotation in half and never blanks a word inside one', () => {
		for (const question of questions) {
			expect((question.prompt.match(/"/g) ?? []).length % 2).toBe(0);
			expect(answerOf(question)).not.toBe('£2m');
			expect(answerOf(question)).not.toBe('Sweden');
		}
	});
});

describe('distractors', () => {
	const text = `Trade talks

Farida Haddad, the trade minister of Jordan, met officials from Egypt in Cairo on Monday. Ms Haddad said exports to Egypt had risen by 12% to $340m in 2023. The talks were also attended by Karim Nassar, who leads the Amman Chamber of Commerce. Mr Nassar said 45 companies had signed new contracts. The next round of talks will be held in Beirut in 2025.`;
	const questions = questionsOn(text);

	it('offers three wrong options of the same type as the answer', () => {
		for (const question of questions) {
			const answer = answerOf(question);
			if (/^\d{4}$/.test(answer))
				for (const option of question.options) expect(option).toMatch(/^\d{4}$/);
			if (/%$/.test(answer))
				for (const option of question.options) expect(option).toMatch(/^\d+(\.\d+)?%$/);
			if (/^\$/.test(answer))
				for (const option of question.options) expect(option).toMatch(/^\$\d+m$/);
		}
	});

	it("never offers a variant or a part of the answer (no 'Ms Haddad' beside 'Farida Haddad')", () => {
		for (const question of questions) {
			const answer = answerOf(question).toLowerCase();
			for (const [i, option] of question.options.entries()) {
				if (i === question.answer) continue;
				const words = option.toLowerCase().split(' ');
				for (const word of words)
					if (word.length > 2 && !/^\d/.test(word)) expect(answer.split(' ')).not.toContain(word);
			}
		}
	});

	it('keeps numbers plausible: percentages at most 100, years near the article', () => {
		for (const question of questions) {
			for (const option of question.options) {
				const percent = /^(\d+(?:\.\d+)?)%$/.exec(option);
				if (percent) expect(Number(percent[1])).toBeLessThanOrEqual(100);
				if (/^\d{4}$/.test(option)) expect(Number(option)).toBeLessThanOrEqual(2028);
			}
		}
	});

	it('never offers an impossible date such as 31 June or 29 February 2019', () => {
		const dates = generateWithAsides(
			`Bridge opens\n\nThe new bridge opened on 31 January 2019 after two years of work. Engineer Thomas Okonkwo designed the main span. The council paid £18m for the bridge in 2018.`,
			{ count: 10 }
		).find((question) => /January/.test(answerOf(question)));
		expect(dates).toBeDefined();
		for (const option of dates!.options) {
			// A date that does not exist rolls over ("31 June" → 1 July): the day would not match.
			const date = new Date(`${option} UTC`);
			expect(date.getUTCDate()).toBe(Number(option.split(' ')[0]));
		}
	});

	it('never offers another true answer from the same sentence', () => {
		const place = questions.find(
			(question) => /Egypt|Cairo/.test(question.source.text) && question.kind === 'where'
		);
		if (place) expect(place.options.filter((option) => /Egypt|Cairo/.test(option))).toHaveLength(1);
	});
});

describe('giveaways', () => {
	it('"a" or "an" before a blank becomes "a(n)"', () => {
		const text = `Bridge news\n\nThe town built an £8m bridge over the river in 2020. Mayor Eleanor Whitcombe opened it in May. Traffic fell by 30% after the opening.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/\ban? _____/);
	});

	it('no word of the answer appears in the prompt', () => {
		for (const text of [HARBOUR_ARTICLE, SPACE_ARTICLE]) {
			for (const question of questionsOn(text)) {
				const words = answerOf(question)
					.toLowerCase()
					.split(/[^a-z]+/)
					.filter((word) => word.length > 3);
				for (const word of words)
					expect(question.prompt.toLowerCase().split(/[^a-z]+/)).not.toContain(word);
			}
		}
	});

	it('puts the right answer in every position across seeds', () => {
		const positions = new Set<number>();
		for (let seed = 0; seed < 6; seed++)
			for (const question of generateWithAsides(HARBOUR_ARTICLE, { seed }))
				positions.add(question.answer);
		expect([...positions].sort()).toEqual([0, 1, 2, 3]);
	});
});

describe('names and fragments', () => {
	const text = `Shipping results

Norway Shipping reported higher profits on Tuesday. UK exporters welcomed the figures from the Bank of Scotland. The Wright-Phillips Foundation gave £5,000 to the club. Chapter 11 protection was refused. Investors in Tokyo bought 3,000 shares.`;
	const questions = questionsOn(text);

	it('does not take "Norway" out of "Norway Shipping" or "UK" out of "UK exporters"', () => {
		for (const question of questions) {
			expect(answerOf(question)).not.toBe('Norway');
			expect(answerOf(question)).not.toBe('UK');
		}
	});

	it('does not split a hyphenated name or blank a number that is part of a name', () => {
		for (const question of questions) {
			expect(question.prompt).not.toMatch(/_____-|-_____/);
			expect(answerOf(question)).not.toBe('11');
		}
	});
});

describe('trivia and layout', () => {
	it('never asks about a headline, a weekday or a bracketed aside', () => {
		const text = `Minister visits Dunmore port

Transport minister Kwame Mensah visited Dunmore on Wednesday. He announced £12m for new rail links (the second such grant) to the port. The port handles 2,000 ships a year.`;
		const questions = questionsOn(text);
		for (const question of questions) {
			expect(question.source.text).not.toBe('Minister visits Dunmore port');
			expect(answerOf(question)).not.toBe('Wednesday');
		}
	});

	it('skips line-ups and "Label: value" lines', () => {
		const text = `Match report\n\nRovers beat City 2-1 at Holloway Park on Saturday in front of 14,000 fans. Striker Dan Okafor scored twice in the second half.\n\nRovers: Hale, Mensah, Ruiz, Kent, Obi, Lund, Marsh, Tate, Okafor, Diaz, Finch.\n\nAtt: 14,000 Ref: P Kerr.`;
		for (const question of questionsOn(text))
			expect(question.source.text).not.toMatch(/^(Rovers|Att):/);
	});
});

describe('ranking and selection', () => {
	// One story, long enough for five questions spread from its lead into its second half (its
	// closing part, a news story's background, is not asked).
	const long = `${HARBOUR_ARTICLE}\n\nA survey by the harbour trust found that 64% of residents cross the new bridge every week. The bridge's deck lights are powered by 900 solar panels. Tolls on the harbour bridge will rise to £2 in 2023, the Kestrel Bay Harbour Trust said. The bridge carried about 3,500 cyclists on its first weekend. Schoolchildren chose the bridge's name in a vote. The bridge is painted blue and white. Cyclists say the bridge has cut their journeys. Anglers still fish from the old quay beside the bridge. The bridge has won a national design award. The harbour trust hopes the bridge will bring more visitors.`;
	const quiz = generateQuizWithAsides(long, { count: 5 });

	it('returns the requested count when the facts allow, one question per sentence', () => {
		expect(quiz.questions).toHaveLength(5);
		const starts = quiz.questions.map((question) => question.source.start);
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('covers the whole article, in reading order', () => {
		const starts = quiz.questions.map((question) => question.source.start);
		expect(starts).toEqual(starts.slice().sort((a, b) => a - b));
		expect(starts[0]).toBeLessThan(long.length / 3);
		expect(starts[starts.length - 1]).toBeGreaterThan(long.length / 2);
	});

	it('yields at least one question per 45 words on a fact-rich article', () => {
		const words = HARBOUR_ARTICLE.split(/\s+/).length;
		expect(generateWithAsides(HARBOUR_ARTICLE, { count: 50 }).length).toBeGreaterThanOrEqual(
			Math.floor(words / 45)
		);
	});
});
