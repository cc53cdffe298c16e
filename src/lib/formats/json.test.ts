import { describe, expect, it } from 'vitest';
import { plainQuiz, trickyQuiz } from './fixtures.test-data';
import { exportJson, importJson } from './json';

function counter(): () => string {
	let n = 0;
	return () => `new${++n}`;
}

describe('exportJson', () => {
	it('writes the format marker, the version, the title and the questions', () => {
		const data = JSON.parse(exportJson(plainQuiz));
		expect(data.format).toBe('factdeck-quiz');
		expect(data.version).toBe(1);
		expect(data.title).toBe(plainQuiz.title);
		expect(data.questions).toEqual(plainQuiz.questions);
	});
});

describe('importJson', () => {
	it.each([
		['a plain quiz', plainQuiz],
		['special characters', trickyQuiz]
	])('round-trips %s exactly, ids and sources included', (_, quiz) => {
		const result = importJson(exportJson(quiz));
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz).toEqual(quiz);
		expect(result.warnings).toEqual([]);
	});

	it('fills in a missing id, kind and source', () => {
		const file = JSON.stringify({
			format: 'factdeck-quiz',
			version: 1,
			title: 'Hand-made',
			questions: [{ prompt: 'Where is the mill?', options: ['a', 'b', 'c', 'd'], answer: 2 }]
		});
		const result = importJson(file, { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz.questions[0]).toEqual({
			id: 'new1',
			kind: 'where',
			prompt: 'Where is the mill?',
			options: ['a', 'b', 'c', 'd'],
			answer: 2,
			source: { text: '', start: 0, end: 0 }
		});
	});

	it('leaves out invalid questions with a warning, and renames duplicate ids', () => {
		const good = plainQuiz.questions[0];
		const file = JSON.stringify({
			format: 'factdeck-quiz',
			version: 1,
			title: 'Mixed',
			questions: [
				good,
				{ ...good, options: ['a', 'b', 'c'] },
				{ ...good, answer: 7 },
				{ ...good, kind: 'why' },
				'not a question',
				{ ...good, prompt: 'Another prompt?' }
			]
		});
		const result = importJson(file, { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz.questions.map((q) => q.id)).toEqual(['q1', 'new1']);
		expect(result.warnings).toHaveLength(4);
		expect(result.warnings[0]).toContain('3 options');
		expect(result.warnings[1]).toContain('which option is right');
	});

	it.each([
		['not JSON', '{oops', 'not valid JSON'],
		['another JSON file', '{"hello": 1}', 'not a Factdeck quiz'],
		['a newer version', '{"format":"factdeck-quiz","version":2,"questions":[]}', 'newer'],
		[
			'no questions',
			'{"format":"factdeck-quiz","version":1,"title":"x","questions":[]}',
			'no question'
		],
		['an over-long file', `"${'x'.repeat(2_000_001)}"`, 'too big']
	])('refuses %s with a clear reason', (_, text, words) => {
		const result = importJson(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(words);
	});

	it('uses the fallback title when the file has none', () => {
		const file = JSON.stringify({
			format: 'factdeck-quiz',
			version: 1,
			questions: plainQuiz.questions
		});
		const result = importJson(file, { fallbackTitle: 'lighthouse' });
		expect(result.ok && result.quiz.title).toBe('lighthouse');
	});
});
