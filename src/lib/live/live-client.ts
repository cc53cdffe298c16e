import type { PortableQuiz } from '../core/schemas';
import {
	FATAL_ERRORS,
	LIVE_LIMITS,
	LIVE_PATH,
	errorMessage,
	parseServerMessage,
	utf8Length,
	type ClientMessage,
	type LiveSettings,
	type ServerMessage,
	type ServerMessageOf
} from './protocol';

/**
 * The browser side of a live session, for the host and for a student, over one WebSocket; no
 * framework, so a `.svelte.ts` class can wrap it and turn the callbacks into state.
 *
 * It reconnects by itself (growing, jittered delays) and then rejoins with the token the server
 * gave. The caller keeps that token (`onToken`) where it survives a reload, and after a reload
 * passes it to `resumeHost` / `resumeStudent`. Answers given while the connection is down are
 * queued and sent once the seat is back.
 */

/** The part of the browser's WebSocket this class uses (the `ws` package's client fits too). */
export interface SocketLike {
	readonly readyState: number;
	send(data: string): void;
	close(code?: number, reason?: string): void;
	onopen: ((event: unknown) => void) | null;
	onmessage: ((event: { data: unknown }) => void) | null;
	onclose: ((event: unknown) => void) | null;
	onerror: ((event: unknown) => void) | null;
}

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';
export type LiveRole = 'host' | 'student';

export interface LiveClientOptions {
	/** The endpoint, e.g. from `liveUrl(location)`. */
	url: string;
	onMessage?: (message: ServerMessage) => void;
	onStatus?: (status: LiveStatus) => void;
	/** A new seat or host token: store it so a reload can resume. */
	onToken?: (token: string, role: LiveRole) => void;
	onError?: (error: ServerMessageOf<'error'>) => void;
	createSocket?: (url: string) => SocketLike;
	reconnect?: { initialMs: number; maxMs: number };
	random?: () => number;
}

const OPEN = 1;
const MAX_QUEUED = 20;

/** The live endpoint of the server this page came from. */
export function liveUrl(location: { protocol: string; host: string }): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`;
}

/**
 * The quiz as it travels to the relay: source sentences stay on the host's device (students never
 * see them during a live session, and they are most of a quiz's size).
 */
export function quizForLive(quiz: PortableQuiz): PortableQuiz {
	return {
		title: quiz.title,
		questions: quiz.questions.map((q) => ({ ...q, source: { text: '', start: 0, end: 0 } }))
	};
}

export class LiveClient {
	private socket: SocketLike | null = null;
	private currentStatus: LiveStatus = 'idle';
	private currentRole: LiveRole | null = null;
	private currentToken: string | null = null;
	/** The first message of every connection: create, join or rejoin. */
	private hello: ClientMessage | null = null;
	private bound = false;
	private queue: ClientMessage[] = [];
	/** The last answer until the server confirms it: a socket can die with it still unsent. */
	private unacked: ClientMessage | null = null;
	private attempts = 0;
	private retryTimer: ReturnType<typeof setTimeout> | null = null;
	private stopped = false;
	private readonly options: Required<
		Pick<LiveClientOptions, 'createSocket' | 'reconnect' | 'random'>
	> &
		LiveClientOptions;

	constructor(options: LiveClientOptions) {
		this.options = {
			createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
			reconnect: { initialMs: 500, maxMs: 10_000 },
			random: Math.random,
			...options
		};
	}

	get status(): LiveStatus {
		return this.currentStatus;
	}

	get role(): LiveRole | null {
		return this.currentRole;
	}

	/** The token of this seat or host, once the server has given one. */
	get token(): string | null {
		return this.currentToken;
	}

	// ------------------------------------------------------------ host

	/** Starts a session; false (and an `onError` of `too-large`) when the quiz is too big to send. */
	createSession(quiz: PortableQuiz, settings: LiveSettings): boolean {
		const message: ClientMessage = { type: 'host.create', quiz: quizForLive(quiz), settings };
		if (utf8Length(JSON.stringify(message)) > LIVE_LIMITS.hostCreateBytes) {
			this.options.onError?.(errorMessage('too-large'));
			return false;
		}
		this.begin('host', message);
		return true;
	}

	resumeHost(token: string): void {
		this.currentToken = token;
		this.begin('host', { type: 'host.rejoin', token });
	}

	nextQuestion(): void {
		this.send({ type: 'host.next-question' });
	}

	endQuestion(): void {
		this.send({ type: 'host.end-question' });
	}

	skip(): void {
		this.send({ type: 'host.skip' });
	}

	setLeaderboard(visible: boolean): void {
		this.send({ type: 'host.leaderboard', visible });
	}

	endSession(): void {
		this.send({ type: 'host.end' });
	}

	// ------------------------------------------------------------ student

	join(pin: string, nickname: string): void {
		this.begin('student', { type: 'join', pin, nickname });
	}

	resumeStudent(token: string): void {
		this.currentToken = token;
		this.begin('student', { type: 'rejoin', token });
	}

	answer(questionIndex: number, choice: number): void {
		const message: ClientMessage = { type: 'answer', questionIndex, choice };
		this.unacked = message;
		this.send(message);
	}

	// ------------------------------------------------------------ connection

	/** Reconnects at once (e.g. when the phone wakes up or comes back online). */
	reconnectNow(): void {
		if (this.stopped || !this.hello) return;
		if (this.socket && this.socket.readyState === OPEN) return;
		this.clearRetry();
		this.attempts = 0;
		this.connect();
	}

	/** Leaves for good: no more reconnecting. The token stays valid on the server. */
	close(): void {
		this.stopped = true;
		this.clearRetry();
		this.dropSocket();
		this.setStatus('closed');
	}

	private begin(role: LiveRole, hello: ClientMessage): void {
		this.stopped = false;
		this.currentRole = role;
		this.hello = hello;
		this.bound = false;
		if (this.socket && this.socket.readyState === OPEN) this.socket.send(JSON.stringify(hello));
		else if (!this.socket) this.connect();
		// A socket still connecting sends `hello` when it opens.
	}

	private send(message: ClientMessage): void {
		if (this.bound && this.socket && this.socket.readyState === OPEN) {
			this.socket.send(JSON.stringify(message));
		} else if (this.queue.length < MAX_QUEUED) {
			this.queue.push(message);
		}
	}

	private connect(): void {
		this.dropSocket();
		this.setStatus(this.attempts === 0 ? 'connecting' : 'reconnecting');
		let socket: SocketLike;
		try {
			socket = this.options.createSocket(this.options.url);
		} catch {
			this.scheduleReconnect();
			return;
		}
		this.socket = socket;
		socket.onopen = () => {
			if (this.socket !== socket) return;
			this.attempts = 0;
			this.setStatus('open');
			if (this.hello) socket.send(JSON.stringify(this.hello));
		};
		socket.onmessage = (event) => {
			if (this.socket !== socket || typeof event.data !== 'string') return;
			const parsed = parseServerMessage(event.data);
			if (parsed.ok) this.receive(parsed.message);
		};
		socket.onclose = () => {
			if (this.socket !== socket) return;
			this.socket = null;
			this.bound = false;
			if (this.stopped) this.setStatus('closed');
			else this.scheduleReconnect();
		};
		socket.onerror = () => {
			// A close event always follows; reconnecting happens there.
		};
	}

	private receive(message: ServerMessage): void {
		if (message.type === 'hosting' || message.type === 'joined') {
			const role: LiveRole = message.type === 'hosting' ? 'host' : 'student';
			this.bound = true;
			if (message.token !== this.currentToken) {
				this.currentToken = message.token;
				this.options.onToken?.(message.token, role);
			}
			// From now on, a new connection comes back to this seat rather than joining again.
			this.hello =
				role === 'host'
					? { type: 'host.rejoin', token: message.token }
					: { type: 'rejoin', token: message.token };
			this.options.onMessage?.(message);
			this.flush();
			return;
		}
		if (this.unacked?.type === 'answer' && settlesAnswer(message, this.unacked.questionIndex)) {
			this.unacked = null;
		}
		if (message.type === 'error') this.onServerError(message);
		// Nothing more will happen in this session: a dropped connection need not come back.
		if (message.type === 'ended') this.hello = null;
		this.options.onMessage?.(message);
	}

	private onServerError(error: ServerMessageOf<'error'>): void {
		this.options.onError?.(error);
		if (this.bound) {
			if (FATAL_ERRORS.has(error.code)) this.close();
			return;
		}
		// Not in a session yet, so the error is about the join, create or rejoin just sent.
		const resuming = this.hello?.type === 'rejoin' || this.hello?.type === 'host.rejoin';
		if (resuming) {
			// The seat is gone for good (session over, expired, unknown): stop trying.
			if (FATAL_ERRORS.has(error.code)) this.close();
			return;
		}
		// A failed join or create is not repeated on reconnect; the caller may try again.
		this.hello = null;
		this.queue = [];
	}

	private flush(): void {
		const pending = this.queue;
		this.queue = [];
		// Sent again after a reconnect; the server refuses a duplicate, so this never counts twice.
		if (this.unacked && !pending.includes(this.unacked)) pending.unshift(this.unacked);
		for (const message of pending) this.send(message);
	}

	private scheduleReconnect(): void {
		if (this.stopped || !this.hello) {
			this.setStatus('closed');
			return;
		}
		this.setStatus('reconnecting');
		const { initialMs, maxMs } = this.options.reconnect;
		const base = Math.min(maxMs, initialMs * 2 ** this.attempts);
		const delay = base / 2 + (base / 2) * this.options.random();
		this.attempts++;
		this.clearRetry();
		this.retryTimer = setTimeout(() => {
			this.retryTimer = null;
			this.connect();
		}, delay);
	}

	private dropSocket(): void {
		const socket = this.socket;
		this.socket = null;
		this.bound = false;
		if (!socket) return;
		socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
		try {
			socket.close(1000);
		} catch {
			// Closing a socket that never opened may throw in some browsers; it is gone either way.
		}
	}

	private clearRetry(): void {
		if (this.retryTimer) clearTimeout(this.retryTimer);
		this.retryTimer = null;
	}

	private setStatus(status: LiveStatus): void {
		if (status === this.currentStatus) return;
		this.currentStatus = status;
		this.options.onStatus?.(status);
	}
}

/** Whether a message means the server has dealt with the answer to `index` (taken or refused). */
function settlesAnswer(message: ServerMessage, index: number): boolean {
	switch (message.type) {
		case 'answer.ack':
		case 'results':
		case 'skipped':
			return message.questionIndex === index;
		case 'question':
			return message.index > index || message.yourChoice !== null;
		case 'error':
			return (
				message.code === 'already-answered' ||
				message.code === 'not-open' ||
				message.code === 'wrong-question' ||
				message.code === 'late-join'
			);
		case 'ended':
			return true;
		default:
			return false;
	}
}
