import { LiveClient, type LiveStatus, type SocketLike } from '$lib/live/live-client';
import {
	ERROR_MESSAGES,
	FATAL_ERRORS,
	type LiveErrorCode,
	type LiveReport,
	type LiveSettings,
	type ServerMessage,
	type ServerMessageOf
} from '$lib/live/protocol';
import { classReportCsv } from '$lib/share';
import { liveClassReport, saveLiveReport } from '$lib/storage/live-reports';
import type { QuizRecord } from '$lib/storage/records';
import { forgetToken, readToken, writeToken, type KeyValueStore } from './live-tokens.svelte';

/**
 * The host's (projector's) side of a live session, as screen state: settings, lobby, each
 * question with its answer count, the distribution, the leaderboard, and at the end the class
 * report, which goes into the library. The host token is kept per quiz, so reloading the page
 * takes the session back.
 */

export type HostStage =
	| 'setup'
	| 'connecting'
	| 'lobby'
	| 'question'
	| 'results'
	| 'skipped'
	| 'ended'
	/** The session cannot be run from this page any more (opened elsewhere, expired). */
	| 'stopped';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface LiveHostOptions {
	url: string;
	store: KeyValueStore | null;
	createSocket?: (url: string) => SocketLike;
	now?: () => number;
	/** Where the report goes; the library by default. */
	saveReport?: (quizId: string, report: LiveReport) => Promise<unknown>;
}

export type RosterEntry = ServerMessageOf<'roster'>['students'][number];

export function hostKey(quizId: string): string {
	return `factdeck.live.host:${quizId}`;
}

export class LiveHost {
	stage = $state<HostStage>('setup');
	status = $state<LiveStatus>('idle');
	pin = $state('');
	title = $state('');
	questionCount = $state(0);
	settings = $state<LiveSettings | null>(null);
	roster = $state<RosterEntry[]>([]);
	question = $state<ServerMessageOf<'question'> | null>(null);
	/** When the open question closes, on this device's clock. */
	deadline = $state(0);
	answered = $state(0);
	expected = $state(0);
	results = $state<ServerMessageOf<'results'> | null>(null);
	/** Index of the last question opened, closed or skipped; -1 before the first. */
	lastIndex = $state(-1);
	leaderboard = $state<ServerMessageOf<'leaderboard'> | null>(null);
	report = $state<LiveReport | null>(null);
	saveState = $state<SaveState>('idle');
	error = $state('');
	notice = $state('');

	readonly leaderboardVisible = $derived(this.leaderboard?.visible ?? false);
	readonly isLastQuestion = $derived(this.lastIndex + 1 >= this.questionCount);
	readonly connectedCount = $derived(this.roster.filter((s) => s.connected).length);
	readonly reconnecting = $derived(this.status === 'reconnecting');

	#client: LiveClient;
	#store: KeyValueStore | null;
	#now: () => number;
	#save: (quizId: string, report: LiveReport) => Promise<unknown>;
	#quizId = '';
	#hosting = false;

	constructor(options: LiveHostOptions) {
		this.#store = options.store;
		this.#now = options.now ?? Date.now;
		this.#save = options.saveReport ?? saveLiveReport;
		this.#client = new LiveClient({
			url: options.url,
			// LiveClient fills in the browser's WebSocket only when no factory is passed at all.
			...(options.createSocket ? { createSocket: options.createSocket } : {}),
			onMessage: (message) => this.#receive(message),
			onStatus: (status) => (this.status = status),
			onError: (error) => this.#fail(error.code)
		});
	}

	/** Takes back this quiz's session after a reload; returns whether there was one to resume. */
	resume(quizId: string): boolean {
		this.#quizId = quizId;
		const stored = readToken(this.#store, hostKey(quizId), this.#now());
		if (!stored) return false;
		this.stage = 'connecting';
		this.#client.resumeHost(stored.token);
		return true;
	}

	start(quiz: QuizRecord, settings: LiveSettings): void {
		this.#quizId = quiz.id;
		this.error = '';
		this.stage = 'connecting';
		if (!this.#client.createSession(quiz, settings)) this.stage = 'setup';
	}

	nextQuestion(): void {
		this.notice = '';
		this.#client.nextQuestion();
	}

	endQuestion(): void {
		this.#client.endQuestion();
	}

	skip(): void {
		this.#client.skip();
	}

	toggleLeaderboard(): void {
		this.#client.setLeaderboard(!this.leaderboardVisible);
	}

	endSession(): void {
		this.#client.endSession();
	}

	reconnectNow(): void {
		this.#client.reconnectNow();
	}

	/** The report of this session as CSV: one row per student (name, score, answer letters). */
	csv(): string {
		return this.report ? classReportCsv(liveClassReport(this.report)) : '';
	}

	/** Saves the report to the library again (after a failure). */
	async saveReport(): Promise<void> {
		const report = this.report;
		if (!report) return;
		this.saveState = 'saving';
		try {
			await this.#save(this.#quizId, report);
			this.saveState = 'saved';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.saveState = 'failed';
		}
	}

	/** Back to the settings, for another session with the same quiz. */
	reset(): void {
		this.#client.close();
		forgetToken(this.#store, hostKey(this.#quizId));
		this.#hosting = false;
		this.stage = 'setup';
		this.pin = '';
		this.roster = [];
		this.question = null;
		this.results = null;
		this.leaderboard = null;
		this.report = null;
		this.lastIndex = -1;
		this.saveState = 'idle';
		this.error = '';
		this.notice = '';
	}

	close(): void {
		this.#client.close();
	}

	#receive(message: ServerMessage): void {
		switch (message.type) {
			case 'hosting':
				this.#hosting = true;
				this.pin = message.pin;
				this.title = message.title;
				this.questionCount = message.questionCount;
				this.settings = message.settings;
				this.error = '';
				// A resumed session sends its question, results or end right after this.
				this.stage = 'lobby';
				writeToken(this.#store, hostKey(this.#quizId), {
					token: message.token,
					savedAt: this.#now()
				});
				return;
			case 'roster':
				this.roster = message.students;
				return;
			case 'question':
				this.question = message;
				this.deadline = this.#now() + message.remainingMs;
				this.lastIndex = message.index;
				this.results = null;
				this.answered = 0;
				this.expected = this.connectedCount;
				this.stage = 'question';
				return;
			case 'progress':
				if (message.questionIndex === this.question?.index) {
					this.answered = message.answered;
					this.expected = message.expected;
				}
				return;
			case 'results':
				this.results = message;
				this.lastIndex = message.questionIndex;
				this.stage = 'results';
				return;
			case 'skipped':
				this.lastIndex = message.questionIndex;
				this.results = null;
				this.stage = 'skipped';
				return;
			case 'leaderboard':
				this.leaderboard = message;
				return;
			case 'ended':
				this.stage = 'ended';
				this.#client.close();
				if (message.report) {
					this.report = message.report;
					void this.saveReport().then(() => {
						// Saved: a reload now starts afresh rather than showing this session again.
						if (this.saveState === 'saved') forgetToken(this.#store, hostKey(this.#quizId));
					});
				}
				return;
			default:
				return;
		}
	}

	#fail(code: LiveErrorCode): void {
		if (!this.#hosting) {
			// Creating or resuming was refused: back to the settings, saying why.
			forgetToken(this.#store, hostKey(this.#quizId));
			this.error = ERROR_MESSAGES[code];
			this.stage = 'setup';
			return;
		}
		if (FATAL_ERRORS.has(code)) {
			forgetToken(this.#store, hostKey(this.#quizId));
			this.error =
				code === 'replaced'
					? 'This session is now run from another tab or device.'
					: ERROR_MESSAGES[code];
			this.stage = 'stopped';
			return;
		}
		// E.g. "not open" when a question closed by itself as the button was pressed.
		this.notice = ERROR_MESSAGES[code];
	}
}
