import { describe, expect, it } from 'vitest';
import type { LiveReport, ServerMessage } from '$lib/live/protocol';
import type { QuizRecord } from '$lib/storage/records';
import { hostKey, LiveHost } from './live-host.svelte';
import { FakeSocket, memoryStore } from './live-test-doubles';
import { writeToken } from './live-tokens.svelte';

const TOKEN = '482913-hostHOSTabcdefghijklmn';
const NOW = 2_000_000;

const quiz: QuizRecord = {
	v: 1,
	id: 'quiz1',
	articleId: 'a1',
	title: 'Harbour ferries',
	questions: [
		{
			id: 'q1',
			kind: 'where',
			prompt: 'Which pier does the first ferry leave from?',
			options: ['North pier', 'Pier 7', 'Old quay', 'Dock B'],
			answer: 1,
			source: { text: 'The first ferry leaves from Pier 7 at dawn.', start: 28, end: 34 }
		}
	],
	createdAt: 1,
	updatedAt: 1
};

const report: LiveReport = {
	v: 1,
	kind: 'live',
	title: 'Harbour ferries',
	startedAt: 1,
	endedAt: 2,
	speedBonus: false,
	questions: [
		{
			id: 'q1',
			prompt: 'Which pier does the first ferry leave from?',
			options: ['North pier', 'Pier 7', 'Old quay', 'Dock B'],
			answer: 1,
			played: true,
			counts: [0, 1, 0, 0],
			noAnswer: 0
		}
	],
	students: [{ nickname: 'Mira', score: 1000, correct: 1, answers: [1] }]
};

const hosting: ServerMessage = {
	type: 'hosting',
	pin: '482913',
	token: TOKEN,
	title: 'Harbour ferries',
	questionCount: 1,
	settings: { speedBonus: false, secondsPerQuestion: 30 }
};

function setup() {
	const sockets: FakeSocket[] = [];
	const store = memoryStore();
	const saved: { quizId: string; report: LiveReport }[] = [];
	const host = new LiveHost({
		url: 'ws://test/live/ws',
		store,
		now: () => NOW,
		createSocket: () => {
			const socket = new FakeSocket();
			sockets.push(socket);
			return socket;
		},
		saveReport: async (quizId, given) => {
			saved.push({ quizId, report: given });
		}
	});
	return { host, store, saved, socket: () => sockets[sockets.length - 1] };
}

describe('LiveHost', () => {
	it('creates a session without the source sentences and keeps its token', () => {
		const { host, store, socket } = setup();
		host.start(quiz, { speedBonus: false, secondsPerQuestion: 30 });
		socket().open();
		const create = socket().sent[0] as { type: string; quiz: QuizRecord };
		expect(create.type).toBe('host.create');
		expect(create.quiz.questions[0].source.text).toBe('');
		socket().receive(hosting);
		expect(host.stage).toBe('lobby');
		expect(host.pin).toBe('482913');
		expect(JSON.parse(store.map.get(hostKey('quiz1'))!).token).toBe(TOKEN);
	});

	it('follows a question from the count of answers to its results', () => {
		const { host, socket } = setup();
		host.start(quiz, { speedBonus: true, secondsPerQuestion: 30 });
		socket().open();
		socket().receive(hosting);
		socket().receive({
			type: 'roster',
			students: [{ seat: 0, nickname: 'Mira', connected: true, score: 0 }]
		});
		socket().receive({
			type: 'question',
			index: 0,
			total: 1,
			kind: 'where',
			prompt: quiz.questions[0].prompt,
			options: quiz.questions[0].options,
			durationMs: 30_000,
			remainingMs: 30_000,
			yourChoice: null
		});
		expect(host.stage).toBe('question');
		expect(host.expected).toBe(1);
		socket().receive({ type: 'progress', questionIndex: 0, answered: 1, expected: 1 });
		expect(host.answered).toBe(1);
		socket().receive({
			type: 'results',
			questionIndex: 0,
			total: 1,
			answer: 1,
			distribution: [0, 1, 0, 0],
			noAnswer: 0
		});
		expect(host.stage).toBe('results');
		expect(host.isLastQuestion).toBe(true);
		host.toggleLeaderboard();
		expect(socket().sent.at(-1)).toEqual({ type: 'host.leaderboard', visible: true });
	});

	it('saves the final report for its quiz, then forgets the token', async () => {
		const { host, store, saved, socket } = setup();
		host.start(quiz, { speedBonus: false, secondsPerQuestion: 30 });
		socket().open();
		socket().receive(hosting);
		socket().receive({ type: 'ended', report });
		expect(host.stage).toBe('ended');
		await settle();
		expect(saved).toEqual([{ quizId: 'quiz1', report }]);
		expect(host.saveState).toBe('saved');
		expect(store.map.has(hostKey('quiz1'))).toBe(false);
		expect(host.csv().split('\n')[1]).toContain('Mira');
	});

	it('goes back to the settings when the stored session has expired', () => {
		const { host, store, socket } = setup();
		writeToken(store, hostKey('quiz1'), { token: TOKEN, savedAt: NOW });
		expect(host.resume('quiz1')).toBe(true);
		socket().open();
		expect(socket().sent[0]).toEqual({ type: 'host.rejoin', token: TOKEN });
		socket().receive({ type: 'error', code: 'session-expired', message: 'expired' });
		expect(host.stage).toBe('setup');
		expect(host.error).toMatch(/closed after a long time/);
		expect(store.map.has(hostKey('quiz1'))).toBe(false);
	});
});

/** Lets the promise chain started by the `ended` message run to its end. */
async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await Promise.resolve();
}
