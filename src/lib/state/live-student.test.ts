import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '$lib/live/protocol';
import { LiveStudent, SEAT_KEY } from './live-student.svelte';
import { FakeSocket, memoryStore } from './live-test-doubles';
import { writeToken } from './live-tokens.svelte';

const TOKEN = '482913-abcdefghijklmnopqrstuv';
const NOW = 1_000_000;

function setup() {
	const sockets: FakeSocket[] = [];
	const store = memoryStore();
	const student = new LiveStudent({
		url: 'ws://test/live/ws',
		store,
		now: () => NOW,
		createSocket: () => {
			const socket = new FakeSocket();
			sockets.push(socket);
			return socket;
		}
	});
	return { student, store, sockets, socket: () => sockets[sockets.length - 1] };
}

const joined: ServerMessage = {
	type: 'joined',
	pin: '482913',
	seat: 2,
	token: TOKEN,
	nickname: 'Mira',
	score: 0,
	title: 'Harbour ferries',
	questionCount: 3,
	phase: 'lobby',
	waitingForNext: false
};

const question: ServerMessage = {
	type: 'question',
	index: 0,
	total: 3,
	kind: 'where',
	prompt: 'Which pier does the first ferry leave from?',
	options: ['North pier', 'Pier 7', 'Old quay', 'Dock B'],
	durationMs: 20_000,
	remainingMs: 15_000,
	yourChoice: null
};

describe('LiveStudent', () => {
	it('joins, answers once, and keeps the seat token until the session ends', () => {
		const { student, store, socket } = setup();
		expect(student.join('482 913', ' Mira ')).toBe('');
		socket().open();
		expect(socket().sent[0]).toEqual({ type: 'join', pin: '482913', nickname: 'Mira' });
		socket().receive(joined);
		expect(student.stage).toBe('lobby');
		expect(JSON.parse(store.map.get(SEAT_KEY)!).token).toBe(TOKEN);

		socket().receive(question);
		expect(student.stage).toBe('question');
		expect(student.deadline).toBe(NOW + 15_000);
		expect(student.canAnswer).toBe(true);
		student.answer(1);
		student.answer(2);
		expect(socket().sent.filter((m) => m.type === 'answer')).toEqual([
			{ type: 'answer', questionIndex: 0, choice: 1 }
		]);
		expect(student.acked).toBe(false);
		socket().receive({ type: 'answer.ack', questionIndex: 0, choice: 1 });
		expect(student.acked).toBe(true);

		socket().receive({
			type: 'results',
			questionIndex: 0,
			total: 3,
			answer: 1,
			distribution: [0, 1, 0, 0],
			noAnswer: 0,
			yours: { choice: 1, correct: true, points: 1000, score: 1000, rank: null }
		});
		expect(student.stage).toBe('results');
		expect(student.score).toBe(1000);
		expect(student.outcome?.correct).toBe(true);

		socket().receive({ type: 'ended', yours: { score: 1000, correct: 1, rank: 1 } });
		expect(student.stage).toBe('ended');
		expect(store.map.has(SEAT_KEY)).toBe(false);
	});

	it('refuses a malformed PIN or an empty nickname before sending anything', () => {
		const { student, sockets } = setup();
		expect(student.join('12345', 'Mira')).toMatch(/6 digits/);
		expect(student.join('123456', '   ')).toMatch(/nickname/);
		expect(sockets).toHaveLength(0);
	});

	it('goes back to the form with the reason when the join is refused', () => {
		const { student, socket } = setup();
		student.join('482913', 'Mira');
		socket().open();
		socket().receive({ type: 'error', code: 'nickname-taken', message: 'taken' });
		expect(student.stage).toBe('form');
		expect(student.errorCode).toBe('nickname-taken');
		expect(student.error).toMatch(/already has this nickname/);
	});

	it('resumes the stored seat after a reload, only for the same PIN', () => {
		const first = setup();
		writeToken(first.store, SEAT_KEY, { token: TOKEN, savedAt: NOW, nickname: 'Mira' });
		expect(first.student.resume('')).toBe(true);
		first.socket().open();
		expect(first.socket().sent[0]).toEqual({ type: 'rejoin', token: TOKEN });
		first.socket().receive({ ...joined, score: 2000, phase: 'open' });
		first.socket().receive({ ...question, yourChoice: 3 });
		expect(first.student.score).toBe(2000);
		expect(first.student.chosen).toBe(3);
		expect(first.student.canAnswer).toBe(false);

		const other = setup();
		writeToken(other.store, SEAT_KEY, { token: TOKEN, savedAt: NOW, nickname: 'Mira' });
		expect(other.student.resume('111111')).toBe(false);
		expect(other.student.pin).toBe('111111');
		expect(other.sockets).toHaveLength(0);
	});

	it('forgets a seat the server no longer knows and says so on the form', () => {
		const { student, store, socket } = setup();
		writeToken(store, SEAT_KEY, { token: TOKEN, savedAt: NOW });
		student.resume('482913');
		socket().open();
		socket().receive({ type: 'error', code: 'session-ended', message: 'ended' });
		expect(student.stage).toBe('form');
		expect(student.error).toMatch(/ended/);
		expect(store.map.has(SEAT_KEY)).toBe(false);
	});

	it('waits for the next question after joining too late for the open one', () => {
		const { student, socket } = setup();
		student.join('482913', 'Mira');
		socket().open();
		socket().receive({ ...joined, phase: 'open', waitingForNext: true });
		expect(student.stage).toBe('lobby');
		expect(student.waitingForNext).toBe(true);
		expect(student.canAnswer).toBe(false);
		socket().receive({ ...question, index: 1 });
		expect(student.canAnswer).toBe(true);
	});
});
