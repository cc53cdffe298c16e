import { describe, it, expect } from 'vitest';
import type { Verdict } from './review-sheet';
import {
	answerClass,
	compareSet,
	expandSets,
	formatMatching,
	readKeptSheet,
	runRejudge,
	sumComparisons,
	type AskedQuestion,
	type KeptQuestion
} from './rejudge';

const KEPT: KeptQuestion[] = [
	{
		id: 'fresh900-01 #1',
		kind: 'cloze',
		prompt: 'The trust will spend _____ on the wall.',
		options: ['£2m', '£3m', '£4m', '£5m'],
		answer: 1
	},
	{
		id: 'fresh900-01 #2',
		kind: 'when',
		prompt: 'When was the wall built?',
		options: ['1871', '1881', '1861', '1891'],
		answer: 0
	},
	{
		id: 'fresh900-02 #1',
		kind: 'who',
		prompt: 'Who conducts the choir?',
		options: ['Ann Bell', 'Rob Hale', 'Kay Dunn', 'Lee Marsh'],
		answer: 2
	}
];

const A = new Map<string, Verdict>([
	['fresh900-01 #1', 'ACCEPT'],
	['fresh900-01 #2', 'REJECT'],
	['fresh900-02 #1', 'ACCEPT']
]);
// Reviewer B left out one line; only the lines given are counted.
const B = new Map<string, Verdict>([
	['fresh900-01 #1', 'ACCEPT'],
	['fresh900-02 #1', 'REJECT']
]);

function asked(article: string, prompt: string, options: string[], answer: number): AskedQuestion {
	return { article, question: { prompt, options, answer } };
}

describe('compareSet', () => {
	it('carries verdicts over by article, stem and answer, and counts the rest as new', () => {
		const comparison = compareSet(2, KEPT, A, B, [
			// Same stem and answer, other wrong options: still the judged question.
			asked(
				'fresh900-01',
				'The trust will spend _____ on the wall.',
				['£1m', '£3m', '£6m', '£9m'],
				1
			),
			// Same stem, another answer: not the judged question.
			asked(
				'fresh900-02',
				'Who conducts the choir?',
				['Ann Bell', 'Rob Hale', 'Kay Dunn', 'Lee Marsh'],
				0
			),
			// The judged stem and answer, but under another article.
			asked('fresh900-02', 'When was the wall built?', ['1871', '1881', '1861', '1891'], 0)
		]);
		expect(comparison.sheet).toEqual({
			questions: 3,
			a: { accepted: 2, verdicts: 3 },
			b: { accepted: 1, verdicts: 2 }
		});
		expect(comparison.engine).toEqual({
			questions: 3,
			judged: 1,
			tally: { accepted: 2, verdicts: 2 },
			optionsChanged: 1,
			unjudged: 2,
			byAnswer: { cloze: { accepted: 2, verdicts: 2 } }
		});
		expect(comparison.dropped.questions).toBe(2);
		expect(comparison.dropped.tally).toEqual({ accepted: 1, verdicts: 3 });
		expect(comparison.droppedQuestions.map((q) => q.id)).toEqual([
			'fresh900-01 #2',
			'fresh900-02 #1'
		]);
	});

	it('tallies the verdicts on judged questions by what they ask for, a country apart', () => {
		const country: KeptQuestion = {
			id: 'fresh900-02 #2',
			kind: 'where',
			prompt: 'Where did the choir tour?',
			options: ['Ireland', 'France', 'Spain', 'Belgium'],
			answer: 1
		};
		const comparison = compareSet(
			2,
			[...KEPT, country],
			A,
			new Map([...B, [country.id, 'REJECT']]),
			[
				asked('fresh900-01', 'When was the wall built?', ['1871', '1881', '1861', '1891'], 0),
				asked('fresh900-02', 'Where did the choir tour?', ['France', 'Wales', 'Italy', 'Malta'], 0),
				asked(
					'fresh900-02',
					'Who conducts the choir?',
					['Ann Bell', 'Rob Hale', 'Kay Dunn', 'Lee Marsh'],
					2
				)
			]
		);
		expect(comparison.engine.byAnswer).toEqual({
			when: { accepted: 0, verdicts: 1 },
			'where (a country)': { accepted: 0, verdicts: 1 },
			who: { accepted: 1, verdicts: 2 }
		});
		expect(sumComparisons([comparison, comparison]).engine.byAnswer.who).toEqual({
			accepted: 2,
			verdicts: 4
		});
	});

	it('names a country answer apart from other answers of its kind', () => {
		const ask = (answer: string): Pick<KeptQuestion, 'kind' | 'options' | 'answer'> => ({
			kind: 'which',
			options: [answer, 'x', 'y', 'z'],
			answer: 0
		});
		expect(answerClass(ask('Netherlands'))).toBe('which (a country)');
		expect(answerClass(ask('Leeds'))).toBe('which');
	});

	it('does not count options in another order as changed', () => {
		const comparison = compareSet(1, KEPT, A, B, [
			asked('fresh900-01', 'When was the wall built?', ['1891', '1861', '1871', '1881'], 2)
		]);
		expect(comparison.engine.judged).toBe(1);
		expect(comparison.engine.optionsChanged).toBe(0);
	});
});

describe('the verdicts on stems a pattern matches (--prompts)', () => {
	it('counts them as judged on the sheet and among those still asked', () => {
		const stillAsked = asked(
			'fresh900-01',
			'When was the wall built?',
			['1871', '1881', '1861', '1891'],
			0
		);
		const comparison = compareSet(2, KEPT, A, B, [stillAsked], /wall/u);
		// On the sheet: "The trust will spend …" (ACCEPT, ACCEPT) and "When was the wall built?" (REJECT).
		expect(comparison.matching.sheet).toEqual({ accepted: 2, verdicts: 3 });
		// Still asked: only the second.
		expect(comparison.matching.engine).toEqual({ accepted: 0, verdicts: 1 });
		expect(formatMatching(/wall/u, comparison)).toBe(
			'  stems matching /wall/u: as judged ACCEPT 2 of 3 (66.7%); still asked ACCEPT 0 of 1 (0.0%)'
		);
	});

	it('counts nothing without a pattern', () => {
		const comparison = compareSet(2, KEPT, A, B, []);
		expect(comparison.matching.sheet).toEqual({ accepted: 0, verdicts: 0 });
	});

	it('refuses a pattern that is no regular expression, with a usage line', () => {
		expect(runRejudge(['fresh900', '--prompts', '(unclosed'])).toBe(2);
		expect(runRejudge(['fresh900', '--prompts'])).toBe(2);
	});
});

describe('sumComparisons', () => {
	it('adds the counts and tallies of several sets', () => {
		const one = compareSet(2, KEPT, A, B, []);
		const sum = sumComparisons([one, one]);
		expect(sum.articles).toBe(4);
		expect(sum.sheet.a).toEqual({ accepted: 4, verdicts: 6 });
		expect(sum.dropped.questions).toBe(6);
		expect(sum.droppedQuestions).toHaveLength(6);
	});
});

describe('expandSets', () => {
	const available = ['fresh3', 'fresh10', 'fresh626', 'fresh627', 'articles', 'README.md'];

	it('takes a range in numeric order and one set alone', () => {
		expect(expandSets('fresh3..fresh626', available)).toEqual(['fresh3', 'fresh10', 'fresh626']);
		expect(expandSets('fresh627', available)).toEqual(['fresh627']);
	});

	it('says why when an argument names nothing', () => {
		expect(expandSets('fresh700..fresh710', available)).toMatch(/no set/);
		expect(expandSets('articles..fresh3', available)).toMatch(/names no set/);
	});
});

describe('readKeptSheet', () => {
	it('reads one question per line', () => {
		const jsonl = KEPT.map((q) => JSON.stringify(q)).join('\n') + '\n';
		expect(readKeptSheet(jsonl)).toEqual(KEPT);
	});

	it('names the first line that is not a kept question', () => {
		const good = JSON.stringify(KEPT[0]);
		expect(readKeptSheet(`${good}\n{"id":`)).toBe('line 2 is not JSON');
		const threeOptions = JSON.stringify({ ...KEPT[0], options: ['a', 'b', 'c'] });
		expect(readKeptSheet(`${good}\n${good}\n${threeOptions}`)).toBe(
			'line 3 is not a kept question'
		);
	});
});
