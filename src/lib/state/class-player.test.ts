import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { decodeResult, encodeQuizLink, quizFingerprint } from '$lib/share';
import { libraryPage } from '$lib/storage/quizzes';
import { freshDatabase } from '$lib/storage/test-db';
import { ClassPlayer } from './class-player.svelte';

const questions: Question[] = [
	{
		id: 'a',
		kind: 'where',
		prompt: 'Where is the lighthouse?',
		options: ['On the cape', 'In the harbour', 'On the island', 'By the river'],
		answer: 2,
		source: { text: 'The lighthouse stands on the island.', start: 0, end: 36 }
	},
	{
		id: 'b',
		kind: 'when',
		prompt: 'When was it built?',
		options: ['In 1870', 'In 1902', 'In 1921', 'In 1855'],
		answer: 0,
		source: { text: 'It was built in 1870.', start: 0, end: 21 }
	}
];
const quiz = { title: 'The lighthouse', questions };
const link = encodeQuizLink(quiz, 'https://factdeck.example');

beforeEach(freshDatabase);

describe('ClassPlayer', () => {
	it('opens a link, asks a name, plays, and gives a result code for this quiz', async () => {
		const session = new ClassPlayer();
		await session.open(link);
		expect(session.status).toBe('name');
		expect(session.saved).toBe(true);
		expect(await session.setName('   ')).toMatch(/name/);
		expect(await session.setName('  Mo   Li ')).toBe('');
		expect(session.name).toBe('Mo Li');

		await session.choose(2);
		await session.next();
		expect(session.status).toBe('playing');
		await session.choose(3);
		await session.next();
		expect(session.status).toBe('done');

		const read = decodeResult(session.resultCode, quizFingerprint(quiz));
		expect(read).toEqual({
			ok: true,
			result: { fingerprint: quizFingerprint(quiz), name: 'Mo Li', choices: [2, 3] }
		});
	});

	it('continues the same saved quiz when the link is opened again', async () => {
		const first = new ClassPlayer();
		await first.open(link);
		await first.setName('Mo');
		await first.choose(0);
		await first.next();

		const again = new ClassPlayer();
		await again.open(`${link}\n`);
		expect(again.saved).toBe(false);
		expect(again.status).toBe('playing');
		expect(again.name).toBe('Mo');
		expect(again.player.index).toBe(1);
		expect((await libraryPage(10)).total).toBe(1);
	});

	it('refuses a damaged link with a message and saves nothing', async () => {
		const session = new ClassPlayer();
		await session.open(link.slice(0, -10));
		expect(session.status).toBe('invalid');
		expect(session.message).toMatch(/incomplete|damaged/);
		expect((await libraryPage(10)).total).toBe(0);
	});
});
