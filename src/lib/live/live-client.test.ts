import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortableQuiz } from '../core/schemas';
import { LiveClient, liveUrl, type LiveStatus, type SocketLike } from './live-client';
import type { ServerMessage } from './protocol';

/** A socket the test drives by hand: it opens, receives and closes when told to. */
class FakeSocket implements SocketLike {
	readyState = 0;
	sent: Record<string, unknown>[] = [];
	onopen: ((event: unknown) => void) | null = null;
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onclose: ((event: unknown) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;

	send(data: string): void {
		this.sent.push(JSON.parse(data));
	}
	close(): void {
		this.readyState = 3;
	}
	open(): void {
		this.readyState = 1;
		this.onopen?.({});
	}
	receive(message: ServerMessage | string): void {
		this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) });
	}
	drop(): void {
		this.readyState = 3;
		this.onclose?.({});
	}
}

const TOKEN = '246810-AAAAAAAAAAAAAAAAAAAAAA';
const joined: ServerMessage = {
	type: 'joined',
	pin: '246810',
	seat: 4,
	token: TOKEN,
	nickname: 'Puffin',
	score: 0,
	title: 'Cliffs',
	questionCount: 5,
	phase: 'open',
	waitingForNext: false
};

let sockets: FakeSocket[];
let messages: ServerMessage[];
let statuses: LiveStatus[];
let tokens: string[];
let client: LiveClient;

beforeEach(() => {
	vi.useFakeTimers();
	sockets = [];
	messages = [];
	statuses = [];
	tokens = [];
	client = new LiveClient({
		url: 'ws://test/live/ws',
		createSocket: () => {
			const socket = new FakeSocket();
			sockets.push(socket);
			return socket;
		},
		reconnect: { initialMs: 100, maxMs: 1_000 },
		random: () => 1,
		onMessage: (m) => messages.push(m),
		onStatus: (s) => statuses.push(s),
		onToken: (t) => tokens.push(t)
	});
});

afterEach(() => {
	vi.useRealTimers();
});

const last = () => sockets[sockets.length - 1];

describe('LiveClient', () => {
	it('joins, exposes the token, and rejoins with it after the connection drops', () => {
		client.join('246810', 'Puffin');
		last().open();
		expect(last().sent).toEqual([{ type: 'join', pin: '246810', nickname: 'Puffin' }]);
		last().receive(joined);
		expect(client.token).toBe(TOKEN);
		expect(tokens).toEqual([TOKEN]);

		last().drop();
		expect(client.status).toBe('reconnecting');
		expect(sockets).toHaveLength(1);
		vi.advanceTimersByTime(100);
		expect(sockets).toHaveLength(2);
		last().open();
		expect(last().sent).toEqual([{ type: 'rejoin', token: TOKEN }]);
		expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
	});

	it('waits longer after each failed attempt, up to the maximum', () => {
		client.join('246810', 'Puffin');
		const delays: number[] = [];
		for (let i = 0; i < 6; i++) {
			const before = sockets.length;
			last().drop();
			let waited = 0;
			while (sockets.length === before) {
				vi.advanceTimersByTime(10);
				waited += 10;
			}
			delays.push(waited);
		}
		expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
	});

	it('sends an answer given while offline once the seat is back, and again if unconfirmed', () => {
		client.resumeStudent(TOKEN);
		last().open();
		last().receive(joined);
		last().drop();
		client.answer(2, 3);
		vi.advanceTimersByTime(100);
		last().open();
		last().receive(joined);
		expect(last().sent).toEqual([
			{ type: 'rejoin', token: TOKEN },
			{ type: 'answer', questionIndex: 2, choice: 3 }
		]);
		// The connection dies before the server confirms: the answer goes out once more.
		last().drop();
		vi.advanceTimersByTime(100);
		last().open();
		last().receive(joined);
		expect(last().sent).toContainEqual({ type: 'answer', questionIndex: 2, choice: 3 });
		last().receive({ type: 'answer.ack', questionIndex: 2, choice: 3 });
		last().drop();
		vi.advanceTimersByTime(100);
		last().open();
		last().receive(joined);
		expect(last().sent).toEqual([{ type: 'rejoin', token: TOKEN }]);
	});

	it('stops for good when its seat is taken elsewhere', () => {
		client.resumeStudent(TOKEN);
		last().open();
		last().receive(joined);
		last().receive({ type: 'error', code: 'replaced', message: 'Elsewhere.' });
		last().drop();
		vi.advanceTimersByTime(10_000);
		expect(sockets).toHaveLength(1);
		expect(client.status).toBe('closed');
	});

	it('does not reconnect once the session has ended', () => {
		client.resumeStudent(TOKEN);
		last().open();
		last().receive(joined);
		last().receive({ type: 'ended', yours: { score: 3000, correct: 3, rank: null } });
		expect(messages.map((m) => m.type)).toEqual(['joined', 'ended']);
		last().drop();
		vi.advanceTimersByTime(10_000);
		expect(sockets).toHaveLength(1);
		expect(client.status).toBe('closed');
		expect(client.token).toBe(TOKEN);
	});

	it('does not repeat a failed join, and keeps the connection for another try', () => {
		client.join('111111', 'Puffin');
		last().open();
		last().receive({ type: 'error', code: 'pin-not-found', message: 'No such PIN.' });
		expect(client.status).toBe('open');
		client.join('246810', 'Puffin');
		expect(last().sent.map((m) => m.pin)).toEqual(['111111', '246810']);
	});

	it('stops when a stored token belongs to a session that is gone', () => {
		client.resumeStudent(TOKEN);
		last().open();
		last().receive({ type: 'error', code: 'pin-not-found', message: 'No such PIN.' });
		expect(client.status).toBe('closed');
	});

	it('ignores what is not a valid server message', () => {
		client.join('246810', 'Puffin');
		last().open();
		last().receive('not json');
		last().receive(JSON.stringify({ type: 'question', index: 0 }));
		last().receive(JSON.stringify({ type: 'grant-admin' }));
		expect(messages).toEqual([]);
	});

	it('creates a session without the source sentences, and refuses a quiz too large to send', () => {
		const question = {
			id: 'q',
			kind: 'what' as const,
			prompt: 'What colour is the cliff?',
			options: ['White', 'Grey', 'Ochre', 'Black'],
			answer: 0,
			source: { text: 'The cliff is white.', start: 0, end: 19 }
		};
		const quiz: PortableQuiz = { title: 'Cliffs', questions: [question] };
		expect(client.createSession(quiz, { speedBonus: true, secondsPerQuestion: 20 })).toBe(true);
		last().open();
		const sent = last().sent[0] as { quiz: PortableQuiz };
		expect(sent.quiz.questions[0].source).toEqual({ text: '', start: 0, end: 0 });

		const errors: string[] = [];
		const other = new LiveClient({
			url: 'ws://test/live/ws',
			createSocket: () => new FakeSocket(),
			onError: (e) => errors.push(e.code)
		});
		const long = { ...question, prompt: 'P'.repeat(1_000) };
		const huge: PortableQuiz = { title: 'Big', questions: Array(200).fill(long) };
		expect(other.createSession(huge, { speedBonus: false, secondsPerQuestion: 20 })).toBe(false);
		expect(errors).toEqual(['too-large']);
	});

	it('builds the endpoint address from the page address', () => {
		expect(liveUrl({ protocol: 'http:', host: '192.168.1.20:4173' })).toBe(
			'ws://192.168.1.20:4173/live/ws'
		);
		expect(liveUrl({ protocol: 'https:', host: 'quiz.example' })).toBe(
			'wss://quiz.example/live/ws'
		);
	});
});
