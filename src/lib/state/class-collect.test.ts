import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { encodeResult, quizFingerprint } from '$lib/share';
import { createQuiz } from '$lib/storage/quizzes';
import { freshDatabase } from '$lib/storage/test-db';
import { ClassCollector } from './class-collect.svelte';

function question(id: string, prompt: string, options: string[], answer: number): Question {
	return { id, kind: 'what', prompt, options, answer, source: { text: '', start: 0, end: 0 } };
}

const questions = [
	question('q1', 'Which metal rusts?', ['Iron', 'Gold', 'Platinum', 'Silver'], 0),
	question('q2', 'Which gas do plants take in?', ['Oxygen', 'Carbon dioxide', 'Helium', 'Neon'], 1)
];

async function collectorForNewQuiz() {
	const quiz = await createQuiz({ title: 'Lab basics', text: '', origin: 'paste', questions });
	const collector = new ClassCollector();
	await collector.load(quiz.id);
	return { quiz, collector, fingerprint: quizFingerprint(quiz) };
}

beforeEach(freshDatabase);

describe('ClassCollector', () => {
	it('adds a result code, replaces a rescan and keeps the report across a reload', async () => {
		const { quiz, collector, fingerprint } = await collectorForNewQuiz();
		expect(await collector.add(encodeResult({ fingerprint, name: 'Ana', choices: [0, 0] }))).toBe(
			true
		);
		expect(collector.notice?.text).toBe('Ana: added (1 of 2).');
		expect(await collector.add(encodeResult({ fingerprint, name: 'ANA', choices: [0, 1] }))).toBe(
			true
		);
		expect(collector.notice?.text).toMatch(/ANA: result replaced \(2 of 2\)/);
		await collector.add(encodeResult({ fingerprint, name: 'Ben', choices: [2, null] }));

		const reopened = new ClassCollector();
		await reopened.load(quiz.id);
		expect(reopened.report?.students.map((s) => [s.name, s.score])).toEqual([
			['ANA', 2],
			['Ben', 0]
		]);
		expect(reopened.report?.questions[0].optionCounts).toEqual([1, 0, 1, 0]);
		expect(reopened.report?.questions[1].unanswered).toBe(1);
		expect(reopened.csv().split('\n')[0]).toMatch(/^Name,Score/);
	});

	it('refuses a changed code, a code for another quiz and an empty field, saving nothing', async () => {
		const { quiz, collector, fingerprint } = await collectorForNewQuiz();
		const code = encodeResult({ fingerprint, name: 'Ana', choices: [0, 0] });
		const at = code.length - 6;
		const changed = code.slice(0, at) + (code[at] === '7' ? '8' : '7') + code.slice(at + 1);
		expect(await collector.add(changed)).toBe(false);
		expect(collector.notice).toMatchObject({
			kind: 'refused',
			text: expect.stringMatching(/check/)
		});

		const other = quizFingerprint({ title: 'Something else', questions });
		expect(
			await collector.add(encodeResult({ fingerprint: other, name: 'Ana', choices: [0, 0] }))
		).toBe(false);
		expect(collector.notice?.text).toMatch(/another quiz/);

		expect(await collector.add('   ')).toBe(false);
		const reopened = new ClassCollector();
		await reopened.load(quiz.id);
		expect(reopened.report?.students).toEqual([]);
	});

	it('starts a new class by clearing the results', async () => {
		const { quiz, collector, fingerprint } = await collectorForNewQuiz();
		await collector.add(encodeResult({ fingerprint, name: 'Ana', choices: [0, 0] }));
		await collector.clear();
		expect(collector.report?.students).toEqual([]);
		const reopened = new ClassCollector();
		await reopened.load(quiz.id);
		expect(reopened.report?.students).toEqual([]);
	});

	it('says when the quiz is not on this device', async () => {
		const collector = new ClassCollector();
		await collector.load('no-such-quiz');
		expect(collector.status).toBe('missing');
	});
});
