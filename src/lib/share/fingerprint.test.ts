import { describe, expect, it } from 'vitest';
import { isFingerprint, quizFingerprint, FINGERPRINT_CHARS } from './fingerprint';
import { quizOf } from './test-fixtures';

describe('quizFingerprint', () => {
	const quiz = quizOf(5);
	const base = quizFingerprint(quiz);

	it('is FINGERPRINT_CHARS Crockford symbols', () => {
		expect(base).toHaveLength(FINGERPRINT_CHARS);
		expect(isFingerprint(base)).toBe(true);
	});

	it('ignores ids, kinds, sources and surrounding spaces', () => {
		const same = {
			title: `  ${quiz.title} `,
			questions: quiz.questions.map((q, i) => ({
				...q,
				id: `other-${i}`,
				kind: 'cloze' as const,
				prompt: ` ${q.prompt}\n`,
				source: { text: '', start: 0, end: 0 }
			}))
		};
		expect(quizFingerprint(same)).toBe(base);
	});

	it.each([
		['the title', { ...quiz, title: quiz.title + '!' }],
		[
			'a prompt',
			{ ...quiz, questions: quiz.questions.map((q, i) => (i === 2 ? { ...q, prompt: 'Who?' } : q)) }
		],
		[
			'an option',
			{
				...quiz,
				questions: quiz.questions.map((q, i) =>
					i === 4 ? { ...q, options: [...q.options.slice(0, 3), 'Zinc'] } : q
				)
			}
		],
		[
			'the order of options',
			{
				...quiz,
				questions: quiz.questions.map((q, i) =>
					i === 0 ? { ...q, options: [q.options[1], q.options[0], ...q.options.slice(2)] } : q
				)
			}
		],
		[
			'an answer',
			{ ...quiz, questions: quiz.questions.map((q, i) => (i === 1 ? { ...q, answer: 3 } : q)) }
		],
		['a dropped question', { ...quiz, questions: quiz.questions.slice(1) }]
	])('changes with %s', (_, changed) => {
		expect(quizFingerprint(changed)).not.toBe(base);
	});
});

describe('isFingerprint', () => {
	it('refuses other lengths, lower case and letters outside the alphabet', () => {
		expect(isFingerprint('ABCDEFG')).toBe(false);
		expect(isFingerprint('ABCDEFGHJ')).toBe(false);
		expect(isFingerprint('abcdefgh')).toBe(false);
		expect(isFingerprint('ABCDEFGU')).toBe(false);
		expect(isFingerprint('ABCDEFGI')).toBe(false);
	});
});
