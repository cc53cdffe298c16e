/**
 * `npm run loadtest -- [--students 300] [--questions 10] [--drop 0.3] [--limit 120]`
 *
 * A live classroom on loopback: starts the relay in a child process (so its memory is measured
 * alone) on 127.0.0.1 with a free port, then a host and N students over real WebSockets, using the
 * app's own LiveClient. Plays the questions; in each one, a share of the students lose their
 * connection mid-question (half before answering, half right after) and come back with their
 * token. Prints join time, answer-ack latency, lost answers, failed rejoins and the server's peak
 * memory; exits 1 when a target is missed, 2 on a usage error or when the hard time limit hits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { PortableQuiz } from '../src/lib/core/schemas';
import { LiveClient, type SocketLike } from '../src/lib/live/live-client';
import type { ServerMessage, ServerMessageOf } from '../src/lib/live/protocol';
import { attachLiveRelay } from '../server/live/relay';

const TARGETS = { p99Ms: 100, lost: 0, failedRejoins: 0, rssMb: 200 };
const QUESTION_SECONDS = 60;
const REJOIN_TIMEOUT_MS = 10_000;
/** Students answer at random moments in this window after the question appears. */
const ANSWER_WINDOW_MS = 2_000;

interface Options {
	students: number;
	questions: number;
	drop: number;
	limitSeconds: number;
}

function parseOptions(args: string[]): Options {
	const value = (name: string, fallback: number): number => {
		const at = args.indexOf(name);
		if (at < 0) return fallback;
		const n = Number(args[at + 1]);
		if (!Number.isFinite(n) || n < 0) {
			console.error(`${name} needs a number`);
			process.exit(2);
		}
		return n;
	};
	return {
		students: Math.floor(value('--students', 300)),
		questions: Math.min(200, Math.max(1, Math.floor(value('--questions', 10)))),
		drop: Math.min(1, value('--drop', 0.3)),
		limitSeconds: value('--limit', 120)
	};
}

// ---------------------------------------------------------------- the server, in a child process

interface ServerReport {
	peakRss: number;
	peakHeap: number;
	/** The longest the server's event loop was blocked, in ms. */
	maxLagMs: number;
	/** CPU time the server used, user + system, in ms. */
	cpuMs: number;
	/** RSS once listening, before any client: the runtime's own share of the peak. */
	idleRss: number;
}

function serve(): void {
	const server = createServer((_req, res) => {
		res.statusCode = 404;
		res.end();
	});
	const relay = attachLiveRelay(server, { log: (line) => console.error(`[server] ${line}`) });
	const peak: ServerReport = { peakRss: 0, peakHeap: 0, maxLagMs: 0, cpuMs: 0, idleRss: 0 };
	const lag = monitorEventLoopDelay({ resolution: 10 });
	lag.enable();
	const sample = () => {
		const usage = process.memoryUsage();
		peak.peakRss = Math.max(peak.peakRss, usage.rss);
		peak.peakHeap = Math.max(peak.peakHeap, usage.heapUsed);
	};
	setInterval(sample, 50);
	server.listen(0, '127.0.0.1', () => {
		peak.idleRss = process.memoryUsage().rss;
		const address = server.address();
		process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
	});
	process.on('message', (message) => {
		if (message === 'report') {
			sample();
			peak.maxLagMs = lag.max / 1e6;
			const cpu = process.cpuUsage();
			peak.cpuMs = (cpu.user + cpu.system) / 1000;
			process.send?.({ ...peak, sessions: relay.sessionCount });
		}
	});
	process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- the class

/** A small seeded generator, so a run drops the same students each time. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function loadQuiz(count: number): PortableQuiz {
	const colours = ['amber', 'teal', 'violet', 'coral'];
	return {
		title: 'Relay load test',
		questions: Array.from({ length: count }, (_, i) => ({
			id: `load-${i + 1}`,
			kind: 'which' as const,
			prompt: `Round ${i + 1}: which colour was painted on crate number ${i + 7}?`,
			options: colours.map((c) => `${c} ${i + 1}`),
			answer: i % 4,
			source: { text: '', start: 0, end: 0 }
		}))
	};
}

function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Student {
	index: number;
	client: LiveClient;
	socket: WebSocket | null;
	seat: number;
	score: number;
	joinedAt: number;
	/** question index → moment the answer was sent on a live socket */
	sentAt: Map<number, number>;
	answered: Set<number>;
	/** A drop in progress: when it happened, the seat and score that must come back. */
	rejoin: { since: number; seat: number; score: number; question: number } | null;
}

interface Tally {
	latencies: number[];
	given: number;
	counted: number;
	rejoins: number;
	failedRejoins: string[];
}

function wsFactory(onSocket: (socket: WebSocket) => void): (url: string) => SocketLike {
	return (url) => {
		const socket = new WebSocket(url);
		onSocket(socket);
		return socket as unknown as SocketLike;
	};
}

function waitFor<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const poll = setInterval(() => {
			const value = check();
			if (value !== undefined) {
				clearInterval(poll);
				resolve(value);
			} else if (Date.now() - started > timeoutMs) {
				clearInterval(poll);
				reject(new Error(`timed out waiting for ${what}`));
			}
		}, 5);
	});
}

async function runClass(url: string, options: Options): Promise<Tally> {
	const rand = random(7);
	const tally: Tally = {
		latencies: [],
		given: 0,
		counted: 0,
		rejoins: 0,
		failedRejoins: []
	};
	const quiz = loadQuiz(options.questions);

	// The host.
	let pin = '';
	let rosterSize = 0;
	const results = new Map<number, ServerMessageOf<'results'>>();
	let report: ServerMessageOf<'ended'>['report'];
	const host = new LiveClient({
		url,
		createSocket: wsFactory(() => {}),
		onMessage(message) {
			if (message.type === 'hosting') pin = message.pin;
			if (message.type === 'roster') rosterSize = message.students.length;
			if (message.type === 'results') results.set(message.questionIndex, message);
			if (message.type === 'ended') report = message.report;
		},
		onError: (error) => console.error(`host error: ${error.code}`)
	});
	host.createSession(quiz, { speedBonus: true, secondsPerQuestion: QUESTION_SECONDS });
	await waitFor('the session', () => pin || undefined, 5_000);

	// The students.
	let dropping = new Set<number>();
	const students: Student[] = [];

	function answer(student: Student, index: number, live: boolean): void {
		if (student.answered.has(index)) return;
		student.answered.add(index);
		tally.given++;
		if (live) student.sentAt.set(index, performance.now());
		student.client.answer(index, Math.floor(rand() * 4));
	}

	function drop(student: Student, index: number): void {
		student.rejoin = {
			since: performance.now(),
			seat: student.seat,
			score: student.score,
			question: index
		};
		tally.rejoins++;
		student.socket?.terminate();
	}

	function onQuestion(student: Student, message: ServerMessageOf<'question'>): void {
		const index = message.index;
		if (student.rejoin) {
			// Back after a drop: the open question must come back with it.
			if (index !== student.rejoin.question) {
				tally.failedRejoins.push(`student ${student.index}: came back to question ${index}`);
			}
			student.rejoin = null;
			if (!student.answered.has(index))
				setTimeout(() => answer(student, index, true), rand() * 200);
			return;
		}
		if (dropping.has(student.index)) {
			const delay = rand() * 300;
			if (student.index % 2 === 0) {
				// Drops before answering; answers once back.
				setTimeout(() => drop(student, index), delay);
			} else {
				// Answers, and the connection dies right after, maybe before the answer left.
				setTimeout(() => {
					answer(student, index, false);
					drop(student, index);
				}, delay);
			}
			return;
		}
		setTimeout(() => answer(student, index, true), rand() * ANSWER_WINDOW_MS);
	}

	function onStudentMessage(student: Student, message: ServerMessage): void {
		switch (message.type) {
			case 'joined':
				if (student.rejoin) {
					const expected = student.rejoin;
					if (message.seat !== expected.seat || message.score !== expected.score) {
						tally.failedRejoins.push(
							`student ${student.index}: seat ${message.seat}/${expected.seat}, score ${message.score}/${expected.score}`
						);
					}
					if (message.phase !== 'open') student.rejoin = null;
				} else {
					student.seat = message.seat;
					student.joinedAt = performance.now();
				}
				break;
			case 'question':
				onQuestion(student, message);
				break;
			case 'answer.ack': {
				const sent = student.sentAt.get(message.questionIndex);
				if (sent !== undefined) tally.latencies.push(performance.now() - sent);
				student.sentAt.delete(message.questionIndex);
				break;
			}
			case 'results':
				if (message.yours) student.score = message.yours.score;
				break;
			case 'error':
				if (message.code !== 'already-answered') {
					console.error(`student ${student.index} error: ${message.code}`);
				}
				break;
		}
	}

	const joinStarted = performance.now();
	for (let i = 0; i < options.students; i++) {
		const student: Student = {
			index: i,
			client: null as unknown as LiveClient,
			socket: null,
			seat: -1,
			score: 0,
			joinedAt: 0,
			sentAt: new Map(),
			answered: new Set(),
			rejoin: null
		};
		student.client = new LiveClient({
			url,
			createSocket: wsFactory((socket) => (student.socket = socket)),
			reconnect: { initialMs: 200, maxMs: 2_000 },
			onMessage: (message) => onStudentMessage(student, message)
		});
		students.push(student);
		student.client.join(pin, `Student ${i + 1}`);
	}
	await waitFor(
		'every student to join',
		() => (rosterSize === options.students && students.every((s) => s.seat >= 0)) || undefined,
		30_000
	);
	const joinMs = Math.max(...students.map((s) => s.joinedAt)) - joinStarted;

	for (let q = 0; q < options.questions; q++) {
		dropping = new Set(
			students.filter(() => rand() < options.drop).map((student) => student.index)
		);
		host.nextQuestion();
		const result = await waitFor(
			`the results of question ${q + 1}`,
			() => results.get(q),
			(QUESTION_SECONDS + 5) * 1_000
		);
		const answeredHere = students.filter((s) => s.answered.has(q)).length;
		const counted = result.distribution.reduce((a, b) => a + b, 0);
		tally.counted += counted;
		if (counted !== answeredHere) {
			console.error(`question ${q + 1}: ${answeredHere} answered, ${counted} counted`);
		}
		for (const student of students) {
			if (student.rejoin && performance.now() - student.rejoin.since > REJOIN_TIMEOUT_MS) {
				tally.failedRejoins.push(`student ${student.index}: not back after a drop`);
				student.rejoin = null;
			}
		}
	}
	host.endSession();
	await waitFor('the report', () => report, 10_000);
	if (report && report.students.length !== options.students) {
		console.error(`report: ${report.students.length} students`);
	}
	for (const student of students) student.client.close();
	host.close();
	const stillOut = students.filter((s) => s.rejoin !== null).length;
	for (let i = 0; i < stillOut; i++) tally.failedRejoins.push('a student never came back');
	return Object.assign(tally, { joinMs });
}

// ---------------------------------------------------------------- the run

function startServer(): Promise<{ child: ChildProcess; port: number }> {
	const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
		execArgv: process.execArgv,
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((resolve, reject) => {
		child.once('message', (message) => {
			const port = (message as { port?: number }).port;
			if (port) resolve({ child, port });
			else reject(new Error('the server did not start'));
		});
		child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
	});
}

function serverReport(child: ChildProcess): Promise<ServerReport> {
	return new Promise((resolve) => {
		child.once('message', (message) => resolve(message as ServerReport));
		child.send('report');
	});
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	if (options.students < 1 || options.students > 500) {
		console.error('--students must be between 1 and 500 (the most one session takes).');
		process.exit(2);
	}
	let child: ChildProcess | null = null;
	const hardStop = setTimeout(() => {
		console.error(`Stopped: the run took longer than ${options.limitSeconds} s.`);
		child?.kill();
		process.exit(2);
	}, options.limitSeconds * 1_000);
	const server = await startServer();
	child = server.child;
	const started = performance.now();
	const clientLag = monitorEventLoopDelay({ resolution: 10 });
	clientLag.enable();
	const tally = (await runClass(`ws://127.0.0.1:${server.port}/live/ws`, options)) as Tally & {
		joinMs: number;
	};
	const memory = await serverReport(server.child);
	// Disconnecting lets the server exit by itself (and write a profile when one was asked for).
	server.child.disconnect();
	clearTimeout(hardStop);

	const p50 = percentile(tally.latencies, 50);
	const p99 = percentile(tally.latencies, 99);
	const lost = tally.given - tally.counted;
	const rssMb = memory.peakRss / 1024 / 1024;
	const lines = [
		`Live load test on 127.0.0.1: ${options.students} students, ${options.questions} questions, ` +
			`${Math.round(options.drop * 100)}% dropped and rejoined in each question`,
		`join:        all ${options.students} joined in ${ms(tally.joinMs)} ms`,
		`answer ack:  p50 ${ms(p50)} ms, p99 ${ms(p99)} ms (${tally.latencies.length} answers sent on a live socket)`,
		`answers:     ${tally.given} given, ${tally.counted} counted, ${lost} lost`,
		`rejoins:     ${tally.rejoins} drops, ${tally.failedRejoins.length} failed to restore seat, score and question`,
		`server peak: RSS ${mb(memory.peakRss)} MB (${mb(memory.idleRss)} MB before anyone joined), heap ${mb(memory.peakHeap)} MB`,
		`server CPU:  ${ms(memory.cpuMs / 1000)} s of CPU time in all`,
		`event loops: longest stall ${ms(memory.maxLagMs)} ms in the server, ${ms(clientLag.max / 1e6)} ms in the simulated class`,
		`took:        ${ms((performance.now() - started) / 1000)} s`,
		// Other work on the machine delays both processes; this says how busy it was.
		`machine:     ${cpus().length} CPUs, load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' / ')} (1 / 5 / 15 min)`
	];
	for (const failure of tally.failedRejoins.slice(0, 5)) lines.push(`  ${failure}`);
	const checks = [
		[`p99 ≤ ${TARGETS.p99Ms} ms`, p99 <= TARGETS.p99Ms],
		['no answer lost', lost <= TARGETS.lost],
		['every rejoin restored', tally.failedRejoins.length <= TARGETS.failedRejoins],
		[`server RSS ≤ ${TARGETS.rssMb} MB`, rssMb <= TARGETS.rssMb]
	] as const;
	lines.push(
		`targets:     ${checks.map(([name, ok]) => `${ok ? 'ok' : 'MISSED'} ${name}`).join('; ')}`
	);
	console.log(lines.join('\n'));
	process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

if (process.argv.includes('--serve')) serve();
else
	main().catch((error: unknown) => {
		console.error(`Load test failed: ${error instanceof Error ? error.message : error}`);
		process.exit(2);
	});
