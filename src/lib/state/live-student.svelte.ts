import { LiveClient, type LiveStatus, type SocketLike } from '$lib/live/live-client';
import {
	ERROR_MESSAGES,
	FATAL_ERRORS,
	LIVE_LIMITS,
	pinOfToken,
	type LiveErrorCode,
	type ServerMessage,
	type ServerMessageOf
} from '$lib/live/protocol';
import { forgetToken, readToken, writeToken, type KeyValueStore } from './live-tokens.svelte';

/**
 * A student's side of a live session, as screen state: the join form, the open question, the
 * outcome of each question and the final score. The seat's token is kept on the device so a
 * reload (or a phone that dropped the tab) comes back to the same seat and score.
 */

export type StudentStage =
	| 'form'
	| 'joining'
	| 'lobby'
	| 'question'
	| 'results'
	| 'skipped'
	| 'ended'
	/** The seat cannot be used any more (opened elsewhere, session closed): nothing to wait for. */
	| 'stopped';

export const SEAT_KEY = 'factdeck.live.seat';

export interface LiveStudentOptions {
	url: string;
	store: KeyValueStore | null;
	createSocket?: (url: string) => SocketLike;
	now?: () => number;
}

type Yours = NonNullable<ServerMessageOf<'results'>['yours']>;
type Final = NonNullable<ServerMessageOf<'ended'>['yours']>;

export class LiveStudent {
	stage = $state<StudentStage>('form');
	status = $state<LiveStatus>('idle');
	pin = $state('');
	nickname = $state('');
	title = $state('');
	questionCount = $state(0);
	score = $state(0);
	/** Rank, when the host shows the leaderboard. */
	rank = $state<number | null>(null);
	question = $state<ServerMessageOf<'question'> | null>(null);
	/** When the open question closes, on this device's clock. */
	deadline = $state(0);
	/** The option sent for the open question. */
	chosen = $state<number | null>(null);
	/** The server has taken the answer. */
	acked = $state(false);
	/** The outcome of the last closed question; null for a student who joined too late for it. */
	outcome = $state<Yours | null>(null);
	lastResults = $state<ServerMessageOf<'results'> | null>(null);
	final = $state<Final | null>(null);
	/** Joined while a question was open: plays from the next one. */
	waitingForNext = $state(false);
	/** Why joining failed or the seat was lost, in words for the student. */
	error = $state('');
	errorCode = $state<LiveErrorCode | null>(null);
	/** A passing remark (an answer that came too late, slow down…). */
	notice = $state('');

	readonly canAnswer = $derived(
		this.stage === 'question' && this.chosen === null && !this.waitingForNext
	);
	readonly reconnecting = $derived(this.status === 'reconnecting' || this.status === 'connecting');

	#client: LiveClient;
	#store: KeyValueStore | null;
	#now: () => number;
	#joined = false;

	constructor(options: LiveStudentOptions) {
		this.#store = options.store;
		this.#now = options.now ?? Date.now;
		this.#client = new LiveClient({
			url: options.url,
			// LiveClient fills in the browser's WebSocket only when no factory is passed at all.
			...(options.createSocket ? { createSocket: options.createSocket } : {}),
			onMessage: (message) => this.#receive(message),
			onStatus: (status) => (this.status = status),
			onError: (error) => this.#fail(error.code)
		});
	}

	/**
	 * Comes back to the stored seat when there is one for this PIN (or when no PIN is given);
	 * returns whether it is trying to. Otherwise the form starts with the PIN filled in.
	 */
	resume(pinFromLink: string): boolean {
		const stored = readToken(this.#store, SEAT_KEY, this.#now());
		if (stored && (!pinFromLink || pinOfToken(stored.token) === pinFromLink)) {
			this.pin = pinOfToken(stored.token);
			this.nickname = stored.nickname ?? '';
			this.stage = 'joining';
			this.#client.resumeStudent(stored.token);
			return true;
		}
		if (/^\d{6}$/.test(pinFromLink)) this.pin = pinFromLink;
		return false;
	}

	/** Checks the form, then joins; returns a message for the form when it cannot be sent. */
	join(pin: string, nickname: string): string {
		const cleanPin = pin.replace(/\s/g, '');
		const name = nickname.trim();
		if (!/^\d{6}$/.test(cleanPin)) return 'A PIN is 6 digits: type the number on the screen.';
		if (!name) return 'Pick a nickname.';
		if (Array.from(name).length > LIVE_LIMITS.nickname) return ERROR_MESSAGES['nickname-too-long'];
		this.pin = cleanPin;
		this.nickname = name;
		this.error = '';
		this.errorCode = null;
		this.stage = 'joining';
		this.#client.join(cleanPin, name);
		return '';
	}

	answer(choice: number): void {
		const question = this.question;
		if (!this.canAnswer || !question) return;
		this.chosen = choice;
		this.acked = false;
		this.notice = '';
		this.#client.answer(question.index, choice);
	}

	/** After Wi-Fi comes back or the phone wakes up: no need to wait for the next retry. */
	reconnectNow(): void {
		this.#client.reconnectNow();
	}

	/** Back to an empty form, to join another session. */
	reset(): void {
		this.#client.close();
		forgetToken(this.#store, SEAT_KEY);
		this.#joined = false;
		this.stage = 'form';
		this.question = null;
		this.outcome = null;
		this.lastResults = null;
		this.final = null;
		this.score = 0;
		this.rank = null;
		this.notice = '';
	}

	close(): void {
		this.#client.close();
	}

	#receive(message: ServerMessage): void {
		switch (message.type) {
			case 'joined':
				this.#joined = true;
				this.pin = message.pin;
				this.nickname = message.nickname;
				this.title = message.title;
				this.questionCount = message.questionCount;
				this.score = message.score;
				this.waitingForNext = message.waitingForNext;
				this.error = '';
				this.errorCode = null;
				// What follows (question, results, ended) moves the screen on from the lobby.
				this.stage = 'lobby';
				writeToken(this.#store, SEAT_KEY, {
					token: message.token,
					savedAt: this.#now(),
					nickname: message.nickname
				});
				return;
			case 'question':
				this.question = message;
				this.deadline = this.#now() + message.remainingMs;
				this.chosen = message.yourChoice;
				this.acked = message.yourChoice !== null;
				this.waitingForNext = false;
				this.notice = '';
				this.stage = 'question';
				return;
			case 'answer.ack':
				if (message.questionIndex === this.question?.index) {
					this.chosen = message.choice;
					this.acked = true;
				}
				return;
			case 'results':
				this.lastResults = message;
				this.outcome = message.yours ?? null;
				if (message.yours) {
					this.score = message.yours.score;
					this.rank = message.yours.rank;
				}
				this.waitingForNext = false;
				this.stage = 'results';
				return;
			case 'skipped':
				if (this.stage === 'question' && message.questionIndex === this.question?.index) {
					this.stage = 'skipped';
				}
				return;
			case 'leaderboard':
				this.rank = message.visible && message.yours ? message.yours.rank : null;
				if (message.yours) this.score = message.yours.score;
				return;
			case 'ended':
				this.final = message.yours ?? null;
				if (message.yours) this.score = message.yours.score;
				this.stage = 'ended';
				forgetToken(this.#store, SEAT_KEY);
				this.#client.close();
				return;
			default:
				// Roster and progress go to the host only.
				return;
		}
	}

	#fail(code: LiveErrorCode): void {
		if (code === 'late-join') {
			this.waitingForNext = true;
			this.notice = ERROR_MESSAGES[code];
			return;
		}
		if (code === 'not-open' && this.chosen !== null && !this.acked) {
			// The answer reached the server after the question closed.
			this.chosen = null;
			this.notice = 'Too late: the question had already closed.';
			return;
		}
		if (code === 'already-answered' || code === 'wrong-question' || code === 'not-open') return;
		if (!this.#joined) {
			// The join or the rejoin was refused: back to the form, saying why.
			if (FATAL_ERRORS.has(code) || code === 'token-unknown') forgetToken(this.#store, SEAT_KEY);
			this.error = ERROR_MESSAGES[code];
			this.errorCode = code;
			this.stage = 'form';
			return;
		}
		if (FATAL_ERRORS.has(code)) {
			forgetToken(this.#store, SEAT_KEY);
			this.error = ERROR_MESSAGES[code];
			this.errorCode = code;
			this.stage = 'stopped';
			return;
		}
		this.notice = ERROR_MESSAGES[code];
	}
}
