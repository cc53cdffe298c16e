import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
	LIVE_LIMITS,
	LIVE_PATH,
	errorMessage,
	parseClientMessage,
	pinOfToken,
	type ClientMessage,
	type LiveErrorCode,
	type ServerMessage,
	type ServerMessageOf
} from '../../src/lib/live/protocol';
import { newPin, newToken } from './ids';
import { FailureLimiter, TokenBucket } from './rate-limit';
import { LiveSession, type Outbound, type Outcome } from './session';

/**
 * The live classroom relay: a WebSocket endpoint on an existing HTTP server. It owns the sockets,
 * timers and limits; the rules of a session live in `LiveSession`, which it drives.
 */

export interface LiveRelayOptions {
	path?: string;
	/** Sessions at once on this server, and per address (each holds its quiz and its students). */
	maxSessions?: number;
	maxSessionsPerAddress?: number;
	maxConnections?: number;
	/** A session with no activity for this long is closed. */
	idleMs?: number;
	/** An ended session stays this long, so late phones learn it ended (not "no such PIN"). */
	endedRetentionMs?: number;
	/** A socket that does not answer a ping within this interval is dropped. */
	heartbeatMs?: number;
	sweepMs?: number;
	/** Wrong PINs or unknown tokens per address before it must wait for the window to end. */
	wrongPinLimit?: { max: number; windowMs: number };
	/** Messages per connection: a steady rate and a burst. */
	messageRate?: { perSecond: number; burst: number };
	maxStudentsPerSession?: number;
	/** A socket that has this much unsent data is too slow to keep. */
	maxBufferedBytes?: number;
	now?: () => number;
	log?: (line: string) => void;
}

export interface LiveRelay {
	readonly sessionCount: number;
	readonly connectionCount: number;
	/** Stops timers and closes every live socket; the HTTP server is left to its owner. */
	close(): Promise<void>;
}

interface Connection {
	ws: WebSocket;
	address: string;
	role: 'none' | 'host' | 'student';
	pin: string;
	seat: number;
	/** The host's token, kept on the host's connection for every host action. */
	hostToken: string;
	bucket: TokenBucket;
	refused: number;
	alive: boolean;
}

interface Entry {
	session: LiveSession;
	createdBy: string;
	host: Connection | null;
	seats: Map<number, Connection>;
	timer: ReturnType<typeof setTimeout> | null;
	wakeAt: number | null;
	/** Host messages that only matter in their latest version, sent at most every interval. */
	coalesced: Map<CoalescedType, ServerMessage>;
	coalesceTimer: ReturnType<typeof setTimeout> | null;
	coalescedAt: number;
}

type CoalescedType = 'roster' | 'progress';

const DEFAULTS = {
	path: LIVE_PATH,
	maxSessions: 100,
	maxSessionsPerAddress: 10,
	maxConnections: 5_000,
	idleMs: 30 * 60_000,
	endedRetentionMs: 10 * 60_000,
	heartbeatMs: 15_000,
	sweepMs: 30_000,
	wrongPinLimit: { max: 20, windowMs: 60_000 },
	messageRate: { perSecond: 10, burst: 30 },
	maxStudentsPerSession: LIVE_LIMITS.maxStudents,
	maxBufferedBytes: 1024 * 1024
};

/** Refused messages a connection may send before it is closed as abusive. */
const MAX_REFUSED = 50;
/**
 * The roster and the answer count go to the host at most this often: while a class joins, each
 * join would otherwise send the whole list again (quadratic in the class size), and each answer
 * a new count.
 */
const COALESCE_MS = 100;

export function attachLiveRelay(server: Server, options: LiveRelayOptions = {}): LiveRelay {
	const config = { ...DEFAULTS, ...options };
	const now = options.now ?? Date.now;
	const log = options.log ?? ((line: string) => console.error(line));
	const sessions = new Map<string, Entry>();
	const connections = new Map<WebSocket, Connection>();
	const wrongPins = new FailureLimiter(config.wrongPinLimit.max, config.wrongPinLimit.windowMs);
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: LIVE_LIMITS.hostCreateBytes,
		perMessageDeflate: false
	});

	function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
		let pathname = '';
		try {
			pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		} catch {
			// An unparseable URL is simply not ours.
		}
		if (pathname !== config.path) {
			// Another upgrade handler may want it; if there is none, do not leave the socket hanging.
			if (server.listenerCount('upgrade') === 1) socket.destroy();
			return;
		}
		if (connections.size >= config.maxConnections) {
			socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
			return;
		}
		wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req));
	}
	server.on('upgrade', onUpgrade);

	function onConnection(ws: WebSocket, req: IncomingMessage): void {
		const connection: Connection = {
			ws,
			address: req.socket.remoteAddress ?? 'unknown',
			role: 'none',
			pin: '',
			seat: -1,
			hostToken: '',
			bucket: new TokenBucket(config.messageRate.perSecond, config.messageRate.burst, now()),
			refused: 0,
			alive: true
		};
		connections.set(ws, connection);
		ws.on('pong', () => (connection.alive = true));
		ws.on('error', (error) => log(`live: socket error: ${error.message}`));
		ws.on('message', (data, isBinary) =>
			guarded(() => onMessage(connection, data, isBinary), connection)
		);
		ws.on('close', () => guarded(() => onClose(connection)));
	}

	/** No handler may take the process down: a failure is logged and answered, never thrown. */
	function guarded(handler: () => void, connection?: Connection): void {
		try {
			handler();
		} catch (error) {
			log(
				`live: handler failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`
			);
			if (connection) send(connection, errorMessage('internal'));
		}
	}

	function onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
		connection.alive = true;
		if (!connection.bucket.take(now())) {
			refuse(connection, 'rate-limited');
			return;
		}
		// Only a connection that is not yet host or student may create a session with a quiz.
		const maxBytes =
			connection.role === 'none' ? LIVE_LIMITS.hostCreateBytes : LIVE_LIMITS.messageBytes;
		if (isBinary) {
			refuse(connection, 'bad-message');
			return;
		}
		if (byteLength(data) > maxBytes) {
			refuse(connection, 'too-large');
			return;
		}
		const parsed = parseClientMessage(rawText(data), maxBytes);
		if (!parsed.ok) {
			refuse(connection, parsed.code);
			return;
		}
		dispatch(connection, parsed.message);
	}

	function dispatch(connection: Connection, message: ClientMessage): void {
		switch (message.type) {
			case 'host.create':
				return createSession(connection, message);
			case 'host.rejoin':
				return rejoinHost(connection, message.token);
			case 'join':
				return join(connection, message.pin, message.nickname);
			case 'rejoin':
				return rejoinStudent(connection, message.token);
			case 'answer':
				return answer(connection, message.questionIndex, message.choice);
			default:
				return hostAction(connection, message);
		}
	}

	function createSession(
		connection: Connection,
		message: Extract<ClientMessage, { type: 'host.create' }>
	): void {
		if (connection.role !== 'none') return refuse(connection, 'not-allowed');
		if (sessions.size >= config.maxSessions) return refuse(connection, 'server-busy');
		let mine = 0;
		for (const entry of sessions.values()) {
			// Ended sessions only wait to tell late phones so; they do not count against the host.
			if (entry.createdBy === connection.address && entry.session.phase !== 'ended') mine++;
		}
		if (mine >= config.maxSessionsPerAddress) return refuse(connection, 'server-busy');
		const pin = newPin(sessions);
		const hostToken = newToken(pin);
		const session = new LiveSession({
			pin,
			quiz: message.quiz,
			settings: message.settings,
			hostToken,
			newToken: () => newToken(pin),
			now: now(),
			maxStudents: config.maxStudentsPerSession
		});
		const entry: Entry = {
			session,
			createdBy: connection.address,
			host: null,
			seats: new Map(),
			timer: null,
			wakeAt: null,
			coalesced: new Map(),
			coalesceTimer: null,
			coalescedAt: 0
		};
		sessions.set(pin, entry);
		bindHost(connection, entry, hostToken);
	}

	function rejoinHost(connection: Connection, token: string): void {
		if (connection.role !== 'none') return refuse(connection, 'not-allowed');
		const entry = lookup(connection, pinOfToken(token));
		if (!entry) return;
		if (!entry.session.isHost(token)) {
			wrongPins.fail(connection.address, now());
			return refuse(connection, 'token-unknown');
		}
		bindHost(connection, entry, token);
	}

	function bindHost(connection: Connection, entry: Entry, token: string): void {
		const outcome = entry.session.hostView(token, now());
		if (!outcome.ok) return refuse(connection, outcome.code);
		if (entry.host && entry.host !== connection) replace(entry.host);
		entry.host = connection;
		connection.role = 'host';
		connection.pin = entry.session.pin;
		connection.hostToken = token;
		deliver(entry, outcome.out);
	}

	function join(connection: Connection, pin: string, nickname: string): void {
		if (connection.role !== 'none') return refuse(connection, 'not-allowed');
		const entry = lookup(connection, pin);
		if (!entry) return;
		const outcome = entry.session.join(nickname, now());
		if (!outcome.ok) return refuse(connection, outcome.code);
		bindStudent(connection, entry, outcome.seat);
		deliver(entry, outcome.out);
	}

	function rejoinStudent(connection: Connection, token: string): void {
		if (connection.role !== 'none') return refuse(connection, 'not-allowed');
		const entry = lookup(connection, pinOfToken(token));
		if (!entry) return;
		const outcome = entry.session.rejoin(token, now());
		if (!outcome.ok) {
			wrongPins.fail(connection.address, now());
			return refuse(connection, outcome.code);
		}
		const previous = entry.seats.get(outcome.seat);
		if (previous && previous !== connection) replace(previous);
		bindStudent(connection, entry, outcome.seat);
		deliver(entry, outcome.out);
		reschedule(entry);
	}

	function bindStudent(connection: Connection, entry: Entry, seat: number): void {
		connection.role = 'student';
		connection.pin = entry.session.pin;
		connection.seat = seat;
		entry.seats.set(seat, connection);
	}

	function answer(connection: Connection, questionIndex: number, choice: number): void {
		if (connection.role !== 'student') return refuse(connection, 'not-joined');
		const entry = sessions.get(connection.pin);
		if (!entry) return refuse(connection, 'session-expired');
		settle(entry, connection, entry.session.answer(connection.seat, questionIndex, choice, now()));
	}

	function hostAction(connection: Connection, message: ClientMessage): void {
		if (connection.role !== 'host') return refuse(connection, 'not-host');
		const entry = sessions.get(connection.pin);
		if (!entry) return refuse(connection, 'session-expired');
		const { session } = entry;
		const token = connection.hostToken;
		const at = now();
		switch (message.type) {
			case 'host.next-question':
				return settle(entry, connection, session.nextQuestion(token, at));
			case 'host.end-question':
				return settle(entry, connection, session.endQuestion(token, at));
			case 'host.skip':
				return settle(entry, connection, session.skip(token, at));
			case 'host.leaderboard':
				return settle(entry, connection, session.setLeaderboard(token, message.visible, at));
			case 'host.end':
				return settle(entry, connection, session.end(token, at));
			default:
				return refuse(connection, 'not-allowed');
		}
	}

	function settle(entry: Entry, connection: Connection, outcome: Outcome): void {
		if (!outcome.ok) return refuse(connection, outcome.code);
		deliver(entry, outcome.out);
		reschedule(entry);
	}

	/** The session for a PIN, counting a miss against the sender's address. */
	function lookup(connection: Connection, pin: string): Entry | undefined {
		const at = now();
		if (wrongPins.blocked(connection.address, at)) {
			refuse(connection, 'too-many-tries');
			return undefined;
		}
		const entry = sessions.get(pin);
		if (!entry) {
			wrongPins.fail(connection.address, at);
			refuse(connection, 'pin-not-found');
		}
		return entry;
	}

	function onClose(connection: Connection): void {
		connections.delete(connection.ws);
		const entry = sessions.get(connection.pin);
		if (!entry) return;
		if (connection.role === 'host' && entry.host === connection) entry.host = null;
		if (connection.role === 'student' && entry.seats.get(connection.seat) === connection) {
			entry.seats.delete(connection.seat);
			deliver(entry, entry.session.disconnect(connection.seat, now()));
			reschedule(entry);
		}
	}

	/** An older socket for the same seat or host: told why, then closed without a disconnect. */
	function replace(old: Connection): void {
		send(old, errorMessage('replaced'));
		old.role = 'none';
		old.pin = '';
		old.ws.close(1000, 'replaced');
	}

	function refuse(connection: Connection, code: LiveErrorCode): void {
		connection.refused++;
		if (connection.refused > MAX_REFUSED) {
			connection.ws.terminate();
			return;
		}
		send(connection, errorMessage(code));
	}

	function deliver(entry: Entry, out: Outbound[]): void {
		for (const { to, message } of out) {
			if (to.kind === 'host') {
				if (message.type === 'roster' || message.type === 'progress') coalesce(entry, message);
				else if (entry.host) send(entry.host, message);
			} else if (to.kind === 'seat') {
				const connection = entry.seats.get(to.seat);
				if (connection) send(connection, message);
			} else {
				// Serialised once for the whole class.
				const text = JSON.stringify(message);
				for (const connection of entry.seats.values()) sendText(connection, text);
			}
		}
	}

	/** Sends the latest roster or count to the host now, or once the interval has passed. */
	function coalesce(entry: Entry, message: ServerMessageOf<CoalescedType>): void {
		entry.coalesced.set(message.type, message);
		if (entry.coalesceTimer) return;
		const flush = () => {
			entry.coalesceTimer = null;
			entry.coalescedAt = Date.now();
			const { session } = entry;
			for (const pending of entry.coalesced.values()) {
				// A count that arrives after its question closed would undo the results screen.
				const stale =
					pending.type === 'progress' &&
					(session.phase !== 'open' || pending.questionIndex !== session.current);
				if (entry.host && !stale) send(entry.host, pending);
			}
			entry.coalesced.clear();
		};
		const wait = entry.coalescedAt + COALESCE_MS - Date.now();
		if (wait <= 0) return flush();
		entry.coalesceTimer = setTimeout(() => guarded(flush), wait);
		entry.coalesceTimer.unref?.();
	}

	function send(connection: Connection, message: ServerMessage): void {
		sendText(connection, JSON.stringify(message));
	}

	function sendText(connection: Connection, text: string): void {
		const { ws } = connection;
		if (ws.readyState !== ws.OPEN) return;
		if (ws.bufferedAmount > config.maxBufferedBytes) {
			ws.terminate(); // a phone that reads nothing must not make the server hold its messages
			return;
		}
		ws.send(text);
	}

	/** Keeps one timer per session, at the moment the session asked to be woken. */
	function reschedule(entry: Entry): void {
		const wakeAt = entry.session.nextWakeAt();
		if (wakeAt === entry.wakeAt) return;
		if (entry.timer) clearTimeout(entry.timer);
		entry.timer = null;
		entry.wakeAt = wakeAt;
		if (wakeAt === null) return;
		entry.timer = setTimeout(
			() =>
				guarded(() => {
					entry.timer = null;
					entry.wakeAt = null;
					deliver(entry, entry.session.tick(now()));
					reschedule(entry);
				}),
			Math.max(0, wakeAt - now())
		);
		entry.timer.unref?.();
	}

	function stopTimers(entry: Entry): void {
		if (entry.timer) clearTimeout(entry.timer);
		if (entry.coalesceTimer) clearTimeout(entry.coalesceTimer);
		entry.timer = entry.coalesceTimer = null;
	}

	function expire(pin: string, entry: Entry): void {
		stopTimers(entry);
		sessions.delete(pin);
		const everyone = [...entry.seats.values(), ...(entry.host ? [entry.host] : [])];
		for (const connection of everyone) {
			send(connection, errorMessage('session-expired'));
			connection.ws.close(1000, 'session expired');
		}
	}

	const sweeper = setInterval(
		() =>
			guarded(() => {
				const at = now();
				for (const [pin, entry] of sessions) {
					const { session } = entry;
					const limit = session.phase === 'ended' ? config.endedRetentionMs : config.idleMs;
					if (at - session.lastActivityAt > limit) expire(pin, entry);
				}
				wrongPins.sweep(at);
			}),
		config.sweepMs
	);
	sweeper.unref?.();

	const heartbeat = setInterval(
		() =>
			guarded(() => {
				for (const connection of connections.values()) {
					if (!connection.alive) {
						connection.ws.terminate();
						continue;
					}
					connection.alive = false;
					try {
						connection.ws.ping();
					} catch {
						connection.ws.terminate(); // not open any more: nothing to keep
					}
				}
			}),
		config.heartbeatMs
	);
	heartbeat.unref?.();

	return {
		get sessionCount() {
			return sessions.size;
		},
		get connectionCount() {
			return connections.size;
		},
		close() {
			clearInterval(sweeper);
			clearInterval(heartbeat);
			server.off('upgrade', onUpgrade);
			for (const entry of sessions.values()) stopTimers(entry);
			sessions.clear();
			for (const connection of connections.values()) connection.ws.terminate();
			return new Promise((resolve) => wss.close(() => resolve()));
		}
	};
}

function byteLength(data: RawData): number {
	if (Array.isArray(data)) return data.reduce((sum, part) => sum + part.byteLength, 0);
	return data.byteLength;
}

function rawText(data: RawData): string {
	if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
	if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
	return data.toString('utf8');
}
