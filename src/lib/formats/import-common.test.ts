import { describe, expect, it } from 'vitest';
import { plainQuiz } from './fixtures.test-data';
import { cleanTitle, inferKind, randomQuestionId, uniqueIds } from './import-common';

describe('inferKind', () => {
	it.each([
		['Who built the mill?', 'who'],
		['Whose boat sank?', 'who'],
		['When did the tide turn?', 'when'],
		['Where is the mill?', 'where'],
		['Which river floods?', 'which'],
		['What did the keeper light?', 'what'],
		['How many steps are there?', 'how-many'],
		['How much did it cost?', 'how-much'],
		['The mill stands on _____ hill.', 'cloze'],
		['Why did it close?', 'cloze'],
		['Whoever came first won.', 'cloze']
	])('%s → %s', (prompt, kind) => {
		expect(inferKind(prompt)).toBe(kind);
	});
});

describe('uniqueIds', () => {
	it('keeps unique ids and replaces empty, over-long and repeated ones', () => {
		let n = 0;
		const next = () => `new${++n}`;
		const q = plainQuiz.questions[0];
		const ids = uniqueIds(
			[
				{ ...q, id: 'a' },
				{ ...q, id: 'a' },
				{ ...q, id: ' ' },
				{ ...q, id: 'x'.repeat(65) },
				{ ...q, id: 'b' }
			],
			next
		).map((question) => question.id);
		expect(ids).toEqual(['a', 'new1', 'new2', 'new3', 'b']);
	});

	it('makes random ids that differ', () => {
		expect(randomQuestionId()).not.toBe(randomQuestionId());
	});
});

describe('cleanTitle', () => {
	it('takes the first non-empty candidate, on one line, cut to 200 characters', () => {
		expect(cleanTitle(undefined, '  ', 'Tides\nof Brill')).toBe('Tides of Brill');
		expect(cleanTitle('x'.repeat(250))).toHaveLength(200);
		expect(cleanTitle()).toBe('Imported quiz');
	});
});
