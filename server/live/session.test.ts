import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PortableQuiz } from '../../src/lib/core/schemas';
import {
	LiveReportSchema,
	type LiveSettings,
	type ServerMessage
} from '../../src/lib/live/protocol';
import { cleanNickname } from './nickname';
import { toLiveReport } from './report';
import { LiveSession, type Outbound } from './session';

const HOST = '123456-hosthosthosthosthost';
const T0 = 1_000_000;

const quiz: PortableQuiz = {
	title: 'Harbour trivia',
	questions: [
		['Which boat left first?', ['Gull', 'Tern', 'Skua', 'Auk'], 1],
		['Which pier is longest?', ['North', 'South', 'East', 'West'], 3],
		['Which lamp is red?', ['Port', 'Starboard', 'Mast', 'Stern'], 0]
	].map(([prompt, options, answer], i) => ({
		id: `q${i}`,
		kind: 'which' as const,
		prompt: prompt as string,
		options: options as string[],
		answer: answer as number,
		source: { text: '', start: 0, end: 0 }
	}))
};

function makeSession(settings: Partial<LiveSettings> = {}, maxStudents = 500): LiveSession {
	let n = 0;
	return new LiveSession({
		pin: '123456',
		quiz,
		settings: { speedBonus: false, secondsPerQuestion: 20, ...settings },
		hostToken: HOST,
		newToken: () => `123456-seat${String(++n).padStart(16, '0')}`,
		now: T0,
		maxStudents
	});
}

function join(session: LiveSession, nickname: string, now = T0) {
	const result = session.join(nickname, now);
	if (!result.ok) throw new Error(`join refused: ${result.code}`);
	return result;
}

/** The messages of one type sent to one seat. */
function toSeat<T extends ServerMessage['type']>(out: Outbound[], seat: number, type: T) {
	return out
		.filter((o) => o.to.kind === 'seat' && o.to.seat === seat && o.message.type === type)
		.map((o) => o.message as Extract<ServerMessage, { type: T }>);
}

function toHost<T extends ServerMessage['type']>(out: Outbound[], type: T) {
	return out
		.filter((o) => o.to.kind === 'host' && o.message.type === type)
		.map((o) => o.message as Extract<ServerMessage, { type: T }>);
}

function open(session: LiveSession, now = T0) {
	const result = session.nextQuestion(HOST, now);
	if (!result.ok) throw new Error(`next refused: ${result.code}`);
	return result.out;
}

describe('joining', () => {
	it('gives each student a seat and a token, and tells the host', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		const ben = join(session, 'Ben');
		expect([ana.seat, ben.seat]).toEqual([0, 1]);
		expect(ana.token).not.toBe(ben.token);
		expect(toSeat(ben.out, 1, 'joined')[0]).toMatchObject({ nickname: 'Ben', phase: 'lobby' });
		expect(toHost(ben.out, 'roster')[0].students.map((s) => s.nickname)).toEqual(['Ana', 'Ben']);
	});

	it('refuses a nickname already taken, whatever its case and spacing', () => {
		const session = makeSession();
		join(session, 'Ana Lee');
		expect(session.join('  ana   LEE ', T0)).toEqual({ ok: false, code: 'nickname-taken' });
	});

	it.each([
		['too long', 'x'.repeat(21), 'nickname-too-long'],
		['blank', '   ', 'nickname-invalid'],
		['punctuation only', '!!!', 'nickname-invalid'],
		['a control character', 'Ana\u0007', 'nickname-invalid'],
		['a bidi override', 'Ana\u202e', 'nickname-invalid']
	])('refuses a nickname that is %s', (_, nickname, code) => {
		expect(makeSession().join(nickname, T0)).toEqual({ ok: false, code });
	});

	it('keeps a nickname of 20 characters, counted as the reader sees them', () => {
		expect(cleanNickname('é'.repeat(20))).toMatchObject({ ok: true });
		expect(cleanNickname('A' + '🦊'.repeat(19))).toMatchObject({ ok: true });
		expect(cleanNickname('A' + '🦊'.repeat(20))).toEqual({ ok: false, code: 'nickname-too-long' });
	});

	it('refuses a student once the session is full', () => {
		const session = makeSession({}, 2);
		join(session, 'Ana');
		join(session, 'Ben');
		expect(session.join('Cy', T0)).toEqual({ ok: false, code: 'session-full' });
	});

	it('lets a late joiner in at the next question, not the open one', () => {
		const session = makeSession();
		join(session, 'Ana');
		open(session);
		const late = join(session, 'Ben', T0 + 1000);
		expect(toSeat(late.out, late.seat, 'joined')[0]).toMatchObject({
			phase: 'open',
			waitingForNext: true
		});
		expect(toSeat(late.out, late.seat, 'question')).toHaveLength(0);
		expect(session.answer(late.seat, 0, 1, T0 + 2000)).toEqual({ ok: false, code: 'late-join' });
		session.endQuestion(HOST, T0 + 3000);
		const next = open(session, T0 + 4000);
		expect(next.some((o) => o.to.kind === 'students' && o.message.type === 'question')).toBe(true);
		expect(session.answer(late.seat, 1, 3, T0 + 5000).ok).toBe(true);
	});
});

describe('host token', () => {
	it('refuses every host action without the host token, and changes nothing', () => {
		const session = makeSession();
		join(session, 'Ana');
		const wrong = '123456-notthehostnothost';
		expect(session.nextQuestion(wrong, T0)).toEqual({ ok: false, code: 'not-host' });
		expect(session.skip(wrong, T0)).toEqual({ ok: false, code: 'not-host' });
		expect(session.end(wrong, T0)).toEqual({ ok: false, code: 'not-host' });
		expect(session.setLeaderboard(wrong, true, T0)).toEqual({ ok: false, code: 'not-host' });
		expect(session.hostView(wrong, T0)).toEqual({ ok: false, code: 'not-host' });
		expect(session.phase).toBe('lobby');
		expect(session.current).toBe(-1);
	});

	it('gives a returning host the open question and the answer count', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		join(session, 'Ben');
		open(session);
		session.answer(ana.seat, 0, 1, T0 + 500);
		const view = session.hostView(HOST, T0 + 600);
		if (!view.ok) throw new Error('refused');
		expect(toHost(view.out, 'hosting')[0].pin).toBe('123456');
		expect(toHost(view.out, 'question')[0].index).toBe(0);
		expect(toHost(view.out, 'progress')[0]).toMatchObject({ answered: 1, expected: 2 });
	});
});

describe('answering', () => {
	it('sends the question to students without the right answer', () => {
		const session = makeSession();
		join(session, 'Ana');
		const out = open(session);
		const question = out.find((o) => o.to.kind === 'students')!.message;
		expect(question.type).toBe('question');
		expect(question).not.toHaveProperty('answer');
		expect(JSON.stringify(question)).not.toContain('"answer"');
	});

	it('takes one answer per student per question, only while the question is open', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		join(session, 'Ben');
		expect(session.answer(ana.seat, 0, 1, T0)).toEqual({ ok: false, code: 'not-open' });
		open(session);
		expect(session.answer(ana.seat, 1, 1, T0 + 10)).toEqual({ ok: false, code: 'wrong-question' });
		const first = session.answer(ana.seat, 0, 2, T0 + 10);
		expect(first.ok && toSeat(first.out, ana.seat, 'answer.ack')[0].choice).toBe(2);
		expect(session.answer(ana.seat, 0, 1, T0 + 20)).toEqual({
			ok: false,
			code: 'already-answered'
		});
		session.endQuestion(HOST, T0 + 30);
		expect(session.tally(0)!.counts).toEqual([0, 0, 1, 0]);
	});

	it('scores accuracy only when the speed bonus is off: 1000 per right answer, any time', () => {
		const session = makeSession({ speedBonus: false });
		const fast = join(session, 'Fast');
		const slow = join(session, 'Slow');
		const wrong = join(session, 'Wrong');
		open(session);
		session.answer(fast.seat, 0, 1, T0 + 100);
		session.answer(slow.seat, 0, 1, T0 + 19_000);
		session.answer(wrong.seat, 0, 0, T0 + 200);
		expect(session.students.map((s) => s.score)).toEqual([1000, 1000, 0]);
	});

	it('gives from 1000 down to 500 for a right answer with the speed bonus, on the server clock', () => {
		const session = makeSession({ speedBonus: true, secondsPerQuestion: 20 });
		const a = join(session, 'A');
		const b = join(session, 'B');
		const c = join(session, 'C');
		open(session);
		session.answer(a.seat, 0, 1, T0);
		session.answer(b.seat, 0, 1, T0 + 10_000);
		session.answer(c.seat, 0, 2, T0 + 1);
		expect(session.students.map((s) => s.score)).toEqual([1000, 750, 0]);
	});

	it('closes the question by itself once every connected student has answered', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		const ben = join(session, 'Ben');
		open(session);
		expect(session.answer(ana.seat, 0, 1, T0 + 5)).toMatchObject({ ok: true, closed: false });
		const last = session.answer(ben.seat, 0, 3, T0 + 6);
		expect(last).toMatchObject({ ok: true, closed: true });
		expect(session.phase).toBe('closed');
		const results = last.ok ? toSeat(last.out, ben.seat, 'results')[0] : undefined;
		expect(results).toMatchObject({
			answer: 1,
			distribution: [0, 1, 0, 1],
			noAnswer: 0,
			yours: { choice: 3, correct: false, points: 0 }
		});
	});
});

describe('time', () => {
	it('closes the question at its deadline and refuses answers from then on', () => {
		const session = makeSession({ secondsPerQuestion: 10 });
		const ana = join(session, 'Ana');
		join(session, 'Ben');
		open(session);
		expect(session.nextWakeAt()).toBe(T0 + 10_000);
		expect(session.tick(T0 + 9_999)).toEqual([]);
		expect(session.answer(ana.seat, 0, 1, T0 + 10_000)).toEqual({ ok: false, code: 'not-open' });
		const out = session.tick(T0 + 10_000);
		expect(toHost(out, 'results')[0]).toMatchObject({ noAnswer: 2 });
		expect(session.phase).toBe('closed');
		expect(session.nextWakeAt()).toBeNull();
	});

	it('waits a grace period for a dropped phone before ending the question without it', () => {
		const session = makeSession({ secondsPerQuestion: 60 });
		const ana = join(session, 'Ana');
		const ben = join(session, 'Ben');
		open(session);
		session.disconnect(ben.seat, T0 + 1_000);
		expect(session.answer(ana.seat, 0, 1, T0 + 2_000)).toMatchObject({ closed: false });
		const graceEnds = T0 + 1_000 + 10_000;
		expect(session.nextWakeAt()).toBe(graceEnds);
		expect(session.tick(graceEnds - 1)).toEqual([]);
		expect(session.tick(graceEnds).length).toBeGreaterThan(0);
		expect(session.phase).toBe('closed');
	});
});

describe('rejoining', () => {
	it('brings a student back to the same seat and score, and the open question with their answer', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		join(session, 'Ben');
		open(session);
		session.answer(ana.seat, 0, 1, T0 + 100);
		session.endQuestion(HOST, T0 + 200);
		open(session, T0 + 300);
		session.answer(ana.seat, 1, 2, T0 + 400);
		session.disconnect(ana.seat, T0 + 500);
		const back = session.rejoin(ana.token, T0 + 600);
		if (!back.ok) throw new Error(back.code);
		expect(back.seat).toBe(ana.seat);
		expect(toSeat(back.out, ana.seat, 'joined')[0]).toMatchObject({ score: 1000, phase: 'open' });
		expect(toSeat(back.out, ana.seat, 'question')[0]).toMatchObject({ index: 1, yourChoice: 2 });
		expect(session.students[ana.seat].connected).toBe(true);
	});

	it('refuses an unknown token', () => {
		expect(makeSession().rejoin('123456-nobodynobodynobody', T0)).toEqual({
			ok: false,
			code: 'token-unknown'
		});
	});

	it('shows a student who comes back after the end their final score', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		open(session);
		session.answer(ana.seat, 0, 1, T0 + 10);
		session.end(HOST, T0 + 20);
		const back = session.rejoin(ana.token, T0 + 30);
		expect(back.ok && toSeat(back.out, ana.seat, 'ended')[0].yours?.score).toBe(1000);
	});
});

describe('skip, leaderboard and end', () => {
	it('skips the open question without counting its answers', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		join(session, 'Ben');
		open(session);
		session.answer(ana.seat, 0, 1, T0 + 10);
		const skipped = session.skip(HOST, T0 + 20);
		expect(skipped.ok && toHost(skipped.out, 'skipped')[0].questionIndex).toBe(0);
		expect(session.students[ana.seat].score).toBe(0);
		expect(session.answer(ana.seat, 0, 1, T0 + 30)).toEqual({ ok: false, code: 'not-open' });
		open(session, T0 + 40);
		expect(session.current).toBe(1);
	});

	it('gives a host who returns after a skip the "skipped" screen, not the start', () => {
		const session = makeSession();
		join(session, 'Ana');
		open(session);
		session.skip(HOST, T0 + 20);
		const view = session.hostView(HOST, T0 + 30);
		if (!view.ok) throw new Error('refused');
		expect(toHost(view.out, 'skipped')[0].questionIndex).toBe(0);
	});

	it('skips the next question when none is open', () => {
		const session = makeSession();
		join(session, 'Ana');
		session.skip(HOST, T0);
		open(session, T0 + 10);
		expect(session.current).toBe(1);
		expect(session.report().questions.map((q) => q.played)).toEqual([false, false, false]);
	});

	it('ranks students only while the leaderboard is shown, ties sharing a rank', () => {
		const session = makeSession();
		const a = join(session, 'A');
		const b = join(session, 'B');
		const c = join(session, 'C');
		open(session);
		session.answer(a.seat, 0, 0, T0 + 1);
		session.answer(b.seat, 0, 1, T0 + 2);
		const hidden = session.answer(c.seat, 0, 1, T0 + 3);
		expect(hidden.ok && toSeat(hidden.out, c.seat, 'results')[0].yours?.rank).toBeNull();
		const shown = session.setLeaderboard(HOST, true, T0 + 4);
		if (!shown.ok) throw new Error(shown.code);
		const board = toHost(shown.out, 'leaderboard')[0];
		expect(board.entries.map((e) => [e.nickname, e.rank])).toEqual([
			['B', 1],
			['C', 1],
			['A', 3]
		]);
		expect(toSeat(shown.out, a.seat, 'leaderboard')[0].yours).toEqual({ rank: 3, score: 0 });
	});

	it('ends after the last question, then refuses joins and host actions', () => {
		const session = makeSession();
		join(session, 'Ana');
		for (let i = 0; i < quiz.questions.length; i++) {
			open(session, T0 + i * 100);
			session.endQuestion(HOST, T0 + i * 100 + 50);
		}
		const last = session.nextQuestion(HOST, T0 + 1000);
		expect(last.ok && toHost(last.out, 'ended')[0].report?.questions).toHaveLength(3);
		expect(session.phase).toBe('ended');
		expect(session.join('Ben', T0 + 1100)).toEqual({ ok: false, code: 'session-ended' });
		expect(session.nextQuestion(HOST, T0 + 1100)).toEqual({ ok: false, code: 'session-ended' });
	});

	it('ending during a question counts the answers given so far', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		join(session, 'Ben');
		open(session);
		session.answer(ana.seat, 0, 1, T0 + 10);
		session.end(HOST, T0 + 20);
		expect(session.students[ana.seat].score).toBe(1000);
		expect(session.tally(0)).toMatchObject({ counts: [0, 1, 0, 0], noAnswer: 1 });
	});
});

describe('the report', () => {
	it('holds each student score and answers and each question option counts, as plain data', () => {
		const session = makeSession();
		const ana = join(session, 'Ana');
		const ben = join(session, 'Ben');
		open(session);
		session.answer(ana.seat, 0, 1, T0 + 10);
		session.answer(ben.seat, 0, 2, T0 + 20);
		open(session, T0 + 30);
		session.answer(ben.seat, 1, 3, T0 + 40);
		session.end(HOST, T0 + 50);
		const report = toLiveReport(session);
		expect(report.students).toEqual([
			{ nickname: 'Ana', score: 1000, correct: 1, answers: [1, null, null] },
			{ nickname: 'Ben', score: 1000, correct: 1, answers: [2, 3, null] }
		]);
		expect(report.questions.map((q) => [q.played, q.counts, q.noAnswer])).toEqual([
			[true, [0, 1, 1, 0], 0],
			[true, [0, 0, 0, 1], 1],
			[false, [0, 0, 0, 0], 0]
		]);
		expect(report.questions.map((q) => q.id)).toEqual(['q0', 'q1', 'q2']);
		expect(report.endedAt).toBe(T0 + 50);
		const stored = JSON.parse(JSON.stringify(report));
		expect(stored).toEqual(report);
		expect(v.safeParse(LiveReportSchema, stored).success).toBe(true);
	});
});
