import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LiveClient, type SocketLike } from '../../src/lib/live/live-client';
import type { ServerMessage } from '../../src/lib/live/protocol';
import { attachLiveRelay, type LiveRelay, type LiveRelayOptions } from './relay';

const quiz = {
	title: 'Orchard facts',
	questions: [
		{
			id: 'a',
			kind: 'which',
			prompt: 'Which tree fruits first?',
			options: ['Plum', 'Quince', 'Medlar', 'Pear'],
			answer: 0,
			source: { text: '', start: 0, end: 0 }
		},
		{
			id: 'b',
			kind: 'how-many',
			prompt: 'How many rows are there?',
			options: ['Six', 'Eight', 'Ten', 'Twelve'],
			answer: 2,
			source: { text: '', start: 0, end: 0 }
		}
	]
};
const settings = { speedBonus: false, secondsPerQuestion: 30 };

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

/** A raw WebSocket peer that keeps every message it receives, to await them in order. */
class Peer {
	readonly ws: WebSocket;
	private readonly inbox: ServerMessage[] = [];
	private waiter: (() => void) | null = null;
	closed = false;

	constructor(url: string) {
		this.ws = new WebSocket(url);
		this.ws.on('message', (data) => {
			this.inbox.push(JSON.parse(String(data)) as ServerMessage);
			this.waiter?.();
		});
		this.ws.on('close', () => {
			this.closed = true;
			this.waiter?.();
		});
	}

	opened(): Promise<void> {
		return new Promise((resolve, reject) => {
			if (this.ws.readyState === WebSocket.OPEN) return resolve();
			this.ws.once('open', () => resolve());
			this.ws.once('error', reject);
		});
	}

	send(message: unknown): void {
		this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
	}

	/** The next message of this type (that passes `where`), skipping others. */
	async next<T extends ServerMessage['type']>(
		type: T,
		where: (message: Of<T>) => boolean = () => true
	): Promise<Of<T>> {
		for (;;) {
			const at = this.inbox.findIndex((m) => m.type === type && where(m as Of<T>));
			if (at >= 0) return this.inbox.splice(at, 1)[0] as Of<T>;
			if (this.closed) throw new Error(`closed while waiting for ${type}`);
			await new Promise<void>((resolve) => (this.waiter = resolve));
		}
	}

	async error(): Promise<string> {
		return (await this.next('error')).code;
	}
}

let server: Server;
let relay: LiveRelay;
let url: string;
const peers: Peer[] = [];

async function start(options: LiveRelayOptions = {}): Promise<void> {
	server = createServer((_req, res) => res.end('app'));
	relay = attachLiveRelay(server, { log: () => {}, ...options });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/live/ws`;
}

async function peer(): Promise<Peer> {
	const p = new Peer(url);
	peers.push(p);
	await p.opened();
	return p;
}

async function hostSession(): Promise<{ host: Peer; pin: string; token: string }> {
	const host = await peer();
	host.send({ type: 'host.create', quiz, settings });
	const hosting = await host.next('hosting');
	return { host, pin: hosting.pin, token: hosting.token };
}

beforeEach(() => start());

afterEach(async () => {
	for (const p of peers.splice(0)) p.ws.terminate();
	await relay.close();
	await new Promise((resolve) => server.close(resolve));
});

describe('the live relay over WebSockets', () => {
	it('runs a question: join by PIN, question without its answer, ack, results', async () => {
		const { host, pin } = await hostSession();
		expect(pin).toMatch(/^\d{6}$/);
		const student = await peer();
		student.send({ type: 'join', pin, nickname: 'Wren' });
		const joined = await student.next('joined');
		expect(joined).toMatchObject({ pin, seat: 0, nickname: 'Wren', phase: 'lobby' });
		const roster = await host.next('roster', (r) => r.students.length > 0);
		expect(roster.students).toEqual([{ seat: 0, nickname: 'Wren', connected: true, score: 0 }]);

		host.send({ type: 'host.next-question' });
		const question = await student.next('question');
		expect(question).toMatchObject({ index: 0, prompt: 'Which tree fruits first?' });
		expect(question).not.toHaveProperty('answer');

		student.send({ type: 'answer', questionIndex: 0, choice: 0 });
		expect(await student.next('answer.ack')).toMatchObject({ questionIndex: 0, choice: 0 });
		// The only student answered, so the question closes by itself.
		expect(await host.next('results')).toMatchObject({ answer: 0, distribution: [1, 0, 0, 0] });
		expect((await student.next('results')).yours).toMatchObject({ correct: true, score: 1000 });
	});

	it('says clearly when a PIN does not exist, then blocks an address that keeps guessing', async () => {
		await relay.close();
		await new Promise((resolve) => server.close(resolve));
		await start({ wrongPinLimit: { max: 3, windowMs: 60_000 } });
		const { pin } = await hostSession();
		const wrong = pin === '999999' ? '999998' : '999999';
		const guesser = await peer();
		for (let i = 0; i < 3; i++) {
			guesser.send({ type: 'join', pin: wrong, nickname: 'Guess' });
			expect(await guesser.error()).toBe('pin-not-found');
		}
		// Even the right PIN is refused until the window is over.
		guesser.send({ type: 'join', pin, nickname: 'Guess' });
		expect(await guesser.error()).toBe('too-many-tries');
	});

	it('answers malformed, binary, oversized and out-of-role messages with errors and keeps going', async () => {
		const { host, pin } = await hostSession();
		const student = await peer();
		student.send('this is not JSON');
		expect(await student.error()).toBe('bad-message');
		student.ws.send(Buffer.from([1, 2, 3]), { binary: true });
		expect(await student.error()).toBe('bad-message');
		student.send({ type: 'answer', questionIndex: 0, choice: 1 });
		expect(await student.error()).toBe('not-joined');

		student.send({ type: 'join', pin, nickname: 'Finch' });
		await student.next('joined');
		student.send({ type: 'join', pin, nickname: 'x'.repeat(2_000) });
		expect(await student.error()).toBe('too-large');
		student.send({ type: 'host.next-question' });
		expect(await student.error()).toBe('not-host');

		// A message larger than any allowed closes only that socket, not the server.
		const flooder = await peer();
		flooder.send('x'.repeat(200 * 1024));
		await new Promise<void>((resolve) => flooder.ws.once('close', () => resolve()));

		host.send({ type: 'host.next-question' });
		expect((await student.next('question')).index).toBe(0);
		const late = await peer();
		late.send({ type: 'join', pin, nickname: 'Late' });
		expect((await late.next('joined')).waitingForNext).toBe(true);
	});

	it('slows down a connection that sends too fast, then closes one that keeps on', async () => {
		await relay.close();
		await new Promise((resolve) => server.close(resolve));
		await start({ messageRate: { perSecond: 0.001, burst: 2 } });
		const noisy = await peer();
		for (let i = 0; i < 3; i++) noisy.send({ type: 'host.skip' });
		expect(await noisy.error()).toBe('not-host');
		expect(await noisy.error()).toBe('not-host');
		expect(await noisy.error()).toBe('rate-limited');
		for (let i = 0; i < 60; i++) noisy.send({ type: 'host.skip' });
		await new Promise<void>((resolve) =>
			noisy.closed ? resolve() : noisy.ws.once('close', resolve)
		);
		// The server itself is fine.
		const { pin } = await hostSession();
		expect(pin).toMatch(/^\d{6}$/);
	});

	it('refuses a nickname already in the session and a session that has ended', async () => {
		const { host, pin } = await hostSession();
		const a = await peer();
		a.send({ type: 'join', pin, nickname: 'Heron' });
		await a.next('joined');
		const b = await peer();
		b.send({ type: 'join', pin, nickname: 'heron' });
		expect(await b.error()).toBe('nickname-taken');
		host.send({ type: 'host.end' });
		await host.next('ended');
		b.send({ type: 'join', pin, nickname: 'Egret' });
		expect(await b.error()).toBe('session-ended');
	});

	it('gives a student who reconnects with the token the same seat and the open question', async () => {
		const { host, pin } = await hostSession();
		const first = await peer();
		first.send({ type: 'join', pin, nickname: 'Lark' });
		const { token, seat } = await first.next('joined');
		const other = await peer();
		other.send({ type: 'join', pin, nickname: 'Kite' });
		await other.next('joined');
		host.send({ type: 'host.next-question' });
		await first.next('question');
		first.ws.terminate();

		const again = await peer();
		again.send({ type: 'rejoin', token });
		expect(await again.next('joined')).toMatchObject({ seat, nickname: 'Lark', phase: 'open' });
		expect(await again.next('question')).toMatchObject({ index: 0, yourChoice: null });
		again.send({ type: 'answer', questionIndex: 0, choice: 0 });
		await again.next('answer.ack');

		const stranger = await peer();
		stranger.send({ type: 'rejoin', token: `${pin}-ThisTokenWasNeverGiven` });
		expect(await stranger.error()).toBe('token-unknown');
	});

	it('lets the host come back with the host token, and no one else', async () => {
		const { host, token, pin } = await hostSession();
		host.ws.terminate();
		const impostor = await peer();
		impostor.send({ type: 'host.rejoin', token: `${pin}-NotTheHostTokenAtAll` });
		expect(await impostor.error()).toBe('token-unknown');
		const back = await peer();
		back.send({ type: 'host.rejoin', token });
		expect(await back.next('hosting')).toMatchObject({ pin, title: 'Orchard facts' });
	});

	it('drops a socket that stops answering pings', async () => {
		await relay.close();
		await new Promise((resolve) => server.close(resolve));
		await start({ heartbeatMs: 30 });
		// A bare TCP client that completes the WebSocket handshake, then never answers anything.
		const { port } = server.address() as AddressInfo;
		const raw = connect(port, '127.0.0.1');
		raw.write(
			'GET /live/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
				'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
		);
		const handshake = await new Promise<string>((resolve) =>
			raw.once('data', (data) => resolve(String(data)))
		);
		expect(handshake).toContain('101 Switching Protocols');
		expect(relay.connectionCount).toBe(1);
		await new Promise<void>((resolve) => raw.once('close', () => resolve()));
		// The server forgets it once its own side of the socket has closed too.
		while (relay.connectionCount > 0) await new Promise((resolve) => setTimeout(resolve, 5));
		expect(relay.connectionCount).toBe(0);
	});

	it('ends an idle session and tells whoever is still connected', async () => {
		let clock = 0;
		await relay.close();
		await new Promise((resolve) => server.close(resolve));
		await start({ now: () => clock, idleMs: 1_000, sweepMs: 20 });
		const { host, pin } = await hostSession();
		clock = 5_000;
		expect(await host.error()).toBe('session-expired');
		expect(relay.sessionCount).toBe(0);
		const late = await peer();
		late.send({ type: 'join', pin, nickname: 'Owl' });
		expect(await late.error()).toBe('pin-not-found');
	});

	it('brings a LiveClient back into its seat by itself after the connection drops', async () => {
		const { host, pin } = await hostSession();
		let socket: WebSocket | null = null;
		const received: ServerMessage[] = [];
		const tokens: string[] = [];
		const client = new LiveClient({
			url,
			createSocket: (address) => {
				socket = new WebSocket(address);
				return socket as unknown as SocketLike;
			},
			reconnect: { initialMs: 20, maxMs: 50 },
			onMessage: (message) => received.push(message),
			onToken: (token) => tokens.push(token)
		});
		const until = async (check: () => boolean) => {
			while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
		};
		client.join(pin, 'Swift');
		await until(() => tokens.length === 1);
		expect(client.token).toBe(tokens[0]);
		host.send({ type: 'host.next-question' });
		await until(() => received.some((m) => m.type === 'question'));

		(socket as WebSocket | null)?.terminate();
		client.answer(0, 0); // given while the connection is down: sent once the seat is back
		await until(() => received.filter((m) => m.type === 'joined').length === 2);
		await until(() => received.some((m) => m.type === 'results'));
		const results = received.find((m) => m.type === 'results');
		expect(results).toMatchObject({ distribution: [1, 0, 0, 0], yours: { score: 1000 } });
		expect(tokens).toHaveLength(1);
		client.close();
	});
});
