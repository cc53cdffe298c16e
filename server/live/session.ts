import { OPTION_COUNT } from '../../src/lib/core/quiz';
import { cleanNickname } from './nickname';
import { toLiveReport } from './report';
import type { PortableQuiz } from '../../src/lib/core/schemas';
import {
	LIVE_LIMITS,
	type LiveErrorCode,
	type LivePhase,
	type LiveReport,
	type LiveSettings,
	type ServerMessage,
	type ServerMessageOf
} from '../../src/lib/live/protocol';

/**
 * One live session as a pure state machine: no sockets, no timers, no clock. Every method takes
 * `now` (ms) and returns the messages to deliver, addressed to the host, one seat or all students;
 * the relay owns the sockets and calls `tick(now)` at `nextWakeAt()`.
 *
 * Phases: lobby → open (question n) → closed (its results) → open (n + 1) → … → ended.
 *
 * Scoring, per question:
 * - speed bonus off (accuracy only): a right answer scores 1000, a wrong or missing one 0, so the
 *   score is 1000 × the number of right answers and time never matters;
 * - speed bonus on: a right answer scores round(1000 × (1 − t / (2 × T))), where t is the time from
 *   the question opening to the answer reaching the server (server clock, clamped to [0, T]) and T
 *   the time allowed; so from 1000 (instant) down to 500 (at the buzzer). Wrong answers score 0.
 */

export const POINTS_PER_ANSWER = 1000;
/** How long a dropped phone still counts as "expected" before a question may end without it. */
export const REJOIN_GRACE_MS = 10_000;

export type Target = { kind: 'host' } | { kind: 'seat'; seat: number } | { kind: 'students' };
export interface Outbound {
	to: Target;
	message: ServerMessage;
}
export type Outcome<T = object> =
	({ ok: true; out: Outbound[] } & T) | { ok: false; code: LiveErrorCode };

interface GivenAnswer {
	choice: number;
	points: number;
	correct: boolean;
}

interface Seat {
	seat: number;
	nickname: string;
	/** Lower-cased, normalised nickname: two students may not share it. */
	key: string;
	token: string;
	score: number;
	correct: number;
	answers: Map<number, GivenAnswer>;
	connected: boolean;
	disconnectedAt: number;
}

interface QuestionTally {
	played: boolean;
	counts: number[];
	noAnswer: number;
}

export interface SessionOptions {
	pin: string;
	quiz: PortableQuiz;
	settings: LiveSettings;
	hostToken: string;
	/** Makes the rejoin token for a new seat; must be unique (the relay prefixes the PIN). */
	newToken: () => string;
	now: number;
	maxStudents?: number;
	rejoinGraceMs?: number;
}

const toHost = (message: ServerMessage): Outbound => ({ to: { kind: 'host' }, message });
const toSeat = (seat: number, message: ServerMessage): Outbound => ({
	to: { kind: 'seat', seat },
	message
});
const toStudents = (message: ServerMessage): Outbound => ({ to: { kind: 'students' }, message });

export class LiveSession {
	readonly pin: string;
	readonly quiz: PortableQuiz;
	readonly settings: LiveSettings;
	readonly startedAt: number;
	private phaseNow: LivePhase = 'lobby';
	private currentIndex = -1;
	private leaderboardShown = false;
	private lastActivity: number;
	private endedAtMs = 0;

	private readonly hostToken: string;
	private readonly newToken: () => string;
	private readonly maxStudents: number;
	private readonly graceMs: number;
	private readonly seats: Seat[] = [];
	private readonly byToken = new Map<string, Seat>();
	private readonly nicknames = new Set<string>();
	private readonly tallies: QuestionTally[];
	/** Seats that were in the session when the open question opened; only they may answer it. */
	private participants = new Set<number>();
	private readonly skippedSet = new Set<number>();
	private openedAt = 0;
	private deadline = 0;

	constructor(options: SessionOptions) {
		this.pin = options.pin;
		this.quiz = options.quiz;
		this.settings = options.settings;
		this.hostToken = options.hostToken;
		this.newToken = options.newToken;
		this.maxStudents = options.maxStudents ?? LIVE_LIMITS.maxStudents;
		this.graceMs = options.rejoinGraceMs ?? REJOIN_GRACE_MS;
		this.startedAt = options.now;
		this.lastActivity = options.now;
		this.tallies = options.quiz.questions.map(() => ({
			played: false,
			counts: new Array<number>(OPTION_COUNT).fill(0),
			noAnswer: 0
		}));
	}

	get phase(): LivePhase {
		return this.phaseNow;
	}

	/** Index of the open or last closed question; -1 before the first. */
	get current(): number {
		return this.currentIndex;
	}

	get leaderboardVisible(): boolean {
		return this.leaderboardShown;
	}

	/** When anything last happened: the relay closes sessions idle for too long. */
	get lastActivityAt(): number {
		return this.lastActivity;
	}

	get endedAt(): number {
		return this.endedAtMs;
	}

	get studentCount(): number {
		return this.seats.length;
	}

	isHost(token: string): boolean {
		return token === this.hostToken;
	}

	/** The messages a (re)connecting host needs to rebuild its screen. */
	hostView(token: string, now: number): Outcome {
		if (!this.isHost(token)) return { ok: false, code: 'not-host' };
		this.lastActivity = now;
		const out: Outbound[] = [
			toHost({
				type: 'hosting',
				pin: this.pin,
				token: this.hostToken,
				title: this.quiz.title,
				questionCount: this.quiz.questions.length,
				settings: this.settings
			}),
			toHost(this.roster())
		];
		if (this.phase === 'open') {
			out.push(toHost(this.questionMessage(now, null)), toHost(this.progress(now)));
		} else if (this.phase === 'closed' && this.tallies[this.current]?.played) {
			out.push(toHost(this.resultsFor(null)));
		} else if (this.phase === 'closed' && this.skippedSet.has(this.current)) {
			// Back on the "Question skipped" screen, so the next tap moves on rather than starting over.
			out.push(
				toHost({
					type: 'skipped',
					questionIndex: this.current,
					total: this.quiz.questions.length
				})
			);
		} else if (this.phase === 'ended') {
			out.push(toHost({ type: 'ended', report: this.report() }));
		}
		if (this.leaderboardVisible && this.phase !== 'ended') out.push(toHost(this.leaderboard(null)));
		return { ok: true, out };
	}

	join(rawNickname: string, now: number): Outcome<{ seat: number; token: string }> {
		if (this.phase === 'ended') return { ok: false, code: 'session-ended' };
		if (this.seats.length >= this.maxStudents) return { ok: false, code: 'session-full' };
		const name = cleanNickname(rawNickname);
		if (!name.ok) return name;
		if (this.nicknames.has(name.key)) return { ok: false, code: 'nickname-taken' };
		const seat: Seat = {
			seat: this.seats.length,
			nickname: name.nickname,
			key: name.key,
			token: this.newToken(),
			score: 0,
			correct: 0,
			answers: new Map(),
			connected: true,
			disconnectedAt: 0
		};
		this.seats.push(seat);
		this.byToken.set(seat.token, seat);
		this.nicknames.add(name.key);
		this.lastActivity = now;
		return {
			ok: true,
			seat: seat.seat,
			token: seat.token,
			out: [...this.studentView(seat, now), toHost(this.roster())]
		};
	}

	/** The same seat, score and answers; the open question again if the student was in it. */
	rejoin(token: string, now: number): Outcome<{ seat: number }> {
		const seat = this.byToken.get(token);
		if (!seat) return { ok: false, code: 'token-unknown' };
		seat.connected = true;
		this.lastActivity = now;
		const out = this.studentView(seat, now);
		if (this.phase !== 'ended') out.push(toHost(this.roster()));
		return { ok: true, seat: seat.seat, out };
	}

	disconnect(seatNumber: number, now: number): Outbound[] {
		const seat = this.seats[seatNumber];
		if (!seat || !seat.connected) return [];
		seat.connected = false;
		seat.disconnectedAt = now;
		return this.phase === 'ended' ? [] : [toHost(this.roster())];
	}

	answer(
		seatNumber: number,
		questionIndex: number,
		choice: number,
		now: number
	): Outcome<{ closed: boolean }> {
		const seat = this.seats[seatNumber];
		if (!seat) return { ok: false, code: 'not-joined' };
		if (this.phase !== 'open') return { ok: false, code: 'not-open' };
		if (questionIndex !== this.current) return { ok: false, code: 'wrong-question' };
		if (!this.participants.has(seatNumber)) return { ok: false, code: 'late-join' };
		if (seat.answers.has(questionIndex)) return { ok: false, code: 'already-answered' };
		if (now >= this.deadline) {
			// The timer has not fired yet, but time is up: the answer is too late.
			return { ok: false, code: 'not-open' };
		}
		const question = this.quiz.questions[questionIndex];
		const correct = choice === question.answer;
		const points = correct ? this.pointsFor(now - this.openedAt) : 0;
		seat.answers.set(questionIndex, { choice, points, correct });
		this.lastActivity = now;
		const out: Outbound[] = [
			toSeat(seatNumber, { type: 'answer.ack', questionIndex, choice }),
			toHost(this.progress(now))
		];
		const closed = this.everyoneExpectedAnswered(now);
		if (closed) out.push(...this.close(now));
		return { ok: true, closed, out };
	}

	/** Opens the next question, or ends the session after the last one. */
	nextQuestion(hostToken: string, now: number): Outcome {
		const refused = this.refuseHost(hostToken);
		if (refused) return refused;
		const out = this.phase === 'open' ? this.close(now) : [];
		const next = this.current + 1;
		if (next >= this.quiz.questions.length) return { ok: true, out: [...out, ...this.finish(now)] };
		this.currentIndex = next;
		this.phaseNow = 'open';
		this.openedAt = now;
		this.deadline = now + this.settings.secondsPerQuestion * 1000;
		this.participants = new Set(this.seats.map((s) => s.seat));
		this.lastActivity = now;
		out.push(toStudents(this.questionMessage(now, null)), toHost(this.questionMessage(now, null)));
		out.push(toHost(this.progress(now)));
		return { ok: true, out };
	}

	endQuestion(hostToken: string, now: number): Outcome {
		const refused = this.refuseHost(hostToken);
		if (refused) return refused;
		if (this.phase !== 'open') return { ok: false, code: 'not-open' };
		return { ok: true, out: this.close(now) };
	}

	/** Drops the open question (its answers do not count) or, when none is open, the next one. */
	skip(hostToken: string, now: number): Outcome {
		const refused = this.refuseHost(hostToken);
		if (refused) return refused;
		this.lastActivity = now;
		if (this.phase === 'open') {
			const index = this.current;
			for (const seat of this.seats) seat.answers.delete(index);
			this.phaseNow = 'closed';
			this.skippedSet.add(index);
			const message: ServerMessage = {
				type: 'skipped',
				questionIndex: index,
				total: this.quiz.questions.length
			};
			return { ok: true, out: [toStudents(message), toHost(message)] };
		}
		const next = this.current + 1;
		if (next >= this.quiz.questions.length) return { ok: true, out: this.finish(now) };
		this.currentIndex = next;
		this.skippedSet.add(next);
		const message: ServerMessage = {
			type: 'skipped',
			questionIndex: next,
			total: this.quiz.questions.length
		};
		return { ok: true, out: [toHost(message)] };
	}

	setLeaderboard(hostToken: string, visible: boolean, now: number): Outcome {
		const refused = this.refuseHost(hostToken);
		if (refused) return refused;
		this.leaderboardShown = visible;
		this.lastActivity = now;
		const out: Outbound[] = [toHost(this.leaderboard(null))];
		for (const seat of this.seats) out.push(toSeat(seat.seat, this.leaderboard(seat)));
		return { ok: true, out };
	}

	end(hostToken: string, now: number): Outcome {
		const refused = this.refuseHost(hostToken);
		if (refused) return refused;
		const out = this.phase === 'open' ? this.close(now) : [];
		return { ok: true, out: [...out, ...this.finish(now)] };
	}

	/** Closes the open question when its time is up or no one else is expected to answer. */
	tick(now: number): Outbound[] {
		if (this.phase !== 'open') return [];
		if (now >= this.deadline || this.everyoneExpectedAnswered(now)) return this.close(now);
		return [];
	}

	/** When the relay should call `tick`: the deadline, or a dropped phone's grace running out. */
	nextWakeAt(): number | null {
		if (this.phase !== 'open') return null;
		let wake = this.deadline;
		for (const number of this.participants) {
			const seat = this.seats[number];
			if (!seat.connected && !seat.answers.has(this.current)) {
				wake = Math.min(wake, seat.disconnectedAt + this.graceMs);
			}
		}
		return wake;
	}

	/** The class report: per student score and answers, per question how many chose each option. */
	report(): LiveReport {
		return toLiveReport(this);
	}

	/** Read-only views for the report and the tests. */
	get students(): readonly Readonly<Seat>[] {
		return this.seats;
	}

	tally(index: number): Readonly<QuestionTally> | undefined {
		return this.tallies[index];
	}

	isSkipped(index: number): boolean {
		return this.skippedSet.has(index);
	}

	// ------------------------------------------------------------ internals

	private refuseHost(token: string): { ok: false; code: LiveErrorCode } | null {
		if (!this.isHost(token)) return { ok: false, code: 'not-host' };
		if (this.phase === 'ended') return { ok: false, code: 'session-ended' };
		return null;
	}

	private pointsFor(elapsedMs: number): number {
		if (!this.settings.speedBonus) return POINTS_PER_ANSWER;
		const allowed = this.settings.secondsPerQuestion * 1000;
		const t = Math.min(Math.max(elapsedMs, 0), allowed);
		return Math.round(POINTS_PER_ANSWER * (1 - t / (2 * allowed)));
	}

	/** Participants still connected, or dropped only moments ago, have all answered. */
	private everyoneExpectedAnswered(now: number): boolean {
		let expected = 0;
		for (const number of this.participants) {
			const seat = this.seats[number];
			const stillExpected = seat.connected || now - seat.disconnectedAt < this.graceMs;
			if (!stillExpected) continue;
			expected++;
			if (!seat.answers.has(this.current)) return false;
		}
		return expected > 0;
	}

	private close(now: number): Outbound[] {
		const index = this.current;
		const tally = this.tallies[index];
		tally.played = true;
		for (const number of this.participants) {
			const seat = this.seats[number];
			const given = seat.answers.get(index);
			if (!given) {
				tally.noAnswer++;
				continue;
			}
			tally.counts[given.choice]++;
			seat.score += given.points;
			if (given.correct) seat.correct++;
		}
		this.phaseNow = 'closed';
		this.lastActivity = now;
		const out: Outbound[] = [toHost(this.resultsFor(null))];
		const ranks = this.leaderboardVisible ? this.ranks() : null;
		for (const seat of this.seats) {
			out.push(toSeat(seat.seat, this.resultsFor(seat, ranks)));
		}
		if (this.leaderboardVisible) out.push(toHost(this.leaderboard(null)));
		return out;
	}

	private finish(now: number): Outbound[] {
		this.phaseNow = 'ended';
		this.endedAtMs = now;
		this.lastActivity = now;
		const ranks = this.ranks();
		const out: Outbound[] = [toHost({ type: 'ended', report: this.report() })];
		for (const seat of this.seats) out.push(toSeat(seat.seat, this.endedFor(seat, ranks)));
		return out;
	}

	private endedFor(seat: Seat, ranks: Map<number, number>): ServerMessage {
		return {
			type: 'ended',
			yours: {
				score: seat.score,
				correct: seat.correct,
				rank: this.leaderboardVisible ? (ranks.get(seat.seat) ?? null) : null
			}
		};
	}

	private studentView(seat: Seat, now: number): Outbound[] {
		const inOpenQuestion = this.phase === 'open' && this.participants.has(seat.seat);
		const out: Outbound[] = [
			toSeat(seat.seat, {
				type: 'joined',
				pin: this.pin,
				seat: seat.seat,
				token: seat.token,
				nickname: seat.nickname,
				score: seat.score,
				title: this.quiz.title,
				questionCount: this.quiz.questions.length,
				phase: this.phase,
				waitingForNext: this.phase === 'open' && !inOpenQuestion
			})
		];
		if (inOpenQuestion) {
			const given = seat.answers.get(this.current);
			out.push(toSeat(seat.seat, this.questionMessage(now, given ? given.choice : null)));
		} else if (this.phase === 'closed' && this.tallies[this.current]?.played) {
			out.push(toSeat(seat.seat, this.resultsFor(seat)));
		} else if (this.phase === 'ended') {
			out.push(toSeat(seat.seat, this.endedFor(seat, this.ranks())));
		}
		return out;
	}

	private questionMessage(now: number, yourChoice: number | null): ServerMessageOf<'question'> {
		const question = this.quiz.questions[this.current];
		const durationMs = this.settings.secondsPerQuestion * 1000;
		return {
			type: 'question',
			index: this.current,
			total: this.quiz.questions.length,
			kind: question.kind,
			prompt: question.prompt,
			options: [...question.options],
			durationMs,
			remainingMs: Math.max(0, Math.min(durationMs, this.deadline - now)),
			yourChoice
		};
	}

	private progress(now: number): ServerMessageOf<'progress'> {
		let answered = 0;
		let expected = 0;
		for (const number of this.participants) {
			const seat = this.seats[number];
			if (seat.answers.has(this.current)) answered++;
			if (seat.connected || now - seat.disconnectedAt < this.graceMs) expected++;
		}
		return { type: 'progress', questionIndex: this.current, answered, expected };
	}

	private resultsFor(
		seat: Seat | null,
		ranks: Map<number, number> | null = null
	): ServerMessageOf<'results'> {
		const index = this.current;
		const tally = this.tallies[index];
		const message: ServerMessageOf<'results'> = {
			type: 'results',
			questionIndex: index,
			total: this.quiz.questions.length,
			answer: this.quiz.questions[index].answer,
			distribution: [...tally.counts],
			noAnswer: tally.noAnswer
		};
		if (seat && this.participants.has(seat.seat)) {
			const given = seat.answers.get(index);
			const rankTable = ranks ?? (this.leaderboardVisible ? this.ranks() : null);
			message.yours = {
				choice: given ? given.choice : null,
				correct: given?.correct ?? false,
				points: given?.points ?? 0,
				score: seat.score,
				rank: rankTable ? (rankTable.get(seat.seat) ?? null) : null
			};
		}
		return message;
	}

	/** Competition ranking (equal scores share a rank), by seat number. */
	private ranks(): Map<number, number> {
		const order = [...this.seats].sort((a, b) => b.score - a.score || a.seat - b.seat);
		const ranks = new Map<number, number>();
		order.forEach((seat, i) => {
			const previous = order[i - 1];
			ranks.set(
				seat.seat,
				previous && previous.score === seat.score ? ranks.get(previous.seat)! : i + 1
			);
		});
		return ranks;
	}

	private leaderboard(seat: Seat | null): ServerMessageOf<'leaderboard'> {
		if (!this.leaderboardVisible) return { type: 'leaderboard', visible: false, entries: [] };
		const ranks = this.ranks();
		const entries = [...this.seats]
			.sort((a, b) => b.score - a.score || a.seat - b.seat)
			.slice(0, LIVE_LIMITS.leaderboardSize)
			.map((s) => ({ rank: ranks.get(s.seat)!, nickname: s.nickname, score: s.score }));
		const message: ServerMessageOf<'leaderboard'> = { type: 'leaderboard', visible: true, entries };
		if (seat) message.yours = { rank: ranks.get(seat.seat)!, score: seat.score };
		return message;
	}

	roster(): ServerMessageOf<'roster'> {
		return {
			type: 'roster',
			students: this.seats.map((s) => ({
				seat: s.seat,
				nickname: s.nickname,
				connected: s.connected,
				score: s.score
			}))
		};
	}
}
