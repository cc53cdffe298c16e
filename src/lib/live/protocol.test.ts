import { describe, expect, it } from 'vitest';
import {
	LIVE_LIMITS,
	parseClientMessage,
	parseServerMessage,
	pinOfToken,
	utf8Length
} from './protocol';

const question = {
	id: 'q1',
	kind: 'where',
	prompt: 'Where does the ferry dock at night?',
	options: ['Lowport', 'Highcliff', 'Millbay', 'Reedhaven'],
	answer: 2,
	source: { text: '', start: 0, end: 0 }
};
const create = {
	type: 'host.create',
	quiz: { title: 'Ferries', questions: [question] },
	settings: { speedBonus: true, secondsPerQuestion: 20 }
};
const token = '482913-AbCdEfGhIjKlMnOpQrSt';

const parse = (message: unknown, max?: number) => parseClientMessage(JSON.stringify(message), max);

describe('client messages', () => {
	it.each([
		['a session with a quiz', create],
		['a host rejoin', { type: 'host.rejoin', token }],
		['next question', { type: 'host.next-question' }],
		['end question', { type: 'host.end-question' }],
		['skip', { type: 'host.skip' }],
		['leaderboard', { type: 'host.leaderboard', visible: false }],
		['end', { type: 'host.end' }],
		['a join', { type: 'join', pin: '482913', nickname: 'Robin' }],
		['a rejoin', { type: 'rejoin', token }],
		['an answer', { type: 'answer', questionIndex: 3, choice: 0 }]
	])('accepts %s', (_, message) => {
		expect(parse(message)).toMatchObject({ ok: true, message: { type: message.type } });
	});

	it.each([
		['text that is not JSON', '{"type":"join",'],
		['an unknown type', JSON.stringify({ type: 'host.delete-everything' })],
		['an extra field', JSON.stringify({ type: 'host.skip', token })],
		['a choice out of range', JSON.stringify({ type: 'answer', questionIndex: 0, choice: 4 })],
		['a fractional index', JSON.stringify({ type: 'answer', questionIndex: 0.5, choice: 1 })],
		['a five-digit PIN', JSON.stringify({ type: 'join', pin: '48291', nickname: 'Robin' })],
		['a PIN as a number', JSON.stringify({ type: 'join', pin: 482913, nickname: 'Robin' })],
		['a malformed token', JSON.stringify({ type: 'rejoin', token: '482913-short' })],
		['a token with a bad PIN', JSON.stringify({ type: 'rejoin', token: 'x' + token.slice(1) })],
		['an array', '[]'],
		['null', 'null'],
		[
			'a question time of 1 second',
			JSON.stringify({ ...create, settings: { speedBonus: true, secondsPerQuestion: 1 } })
		],
		[
			'a quiz whose answer is not an option',
			JSON.stringify({ ...create, quiz: { title: 'F', questions: [{ ...question, answer: 7 }] } })
		]
	])('refuses %s as a bad message', (_, raw) => {
		expect(parseClientMessage(raw)).toEqual({ ok: false, code: 'bad-message' });
	});

	it('checks the size before parsing: oversized text is too large even when it is not JSON', () => {
		const raw = '{'.repeat(LIVE_LIMITS.hostCreateBytes + 1);
		expect(parseClientMessage(raw)).toEqual({ ok: false, code: 'too-large' });
		expect(
			parseClientMessage('{'.repeat(LIVE_LIMITS.messageBytes + 1), LIVE_LIMITS.messageBytes)
		).toEqual({ ok: false, code: 'too-large' });
	});

	it('counts the limit in UTF-8 bytes, not characters', () => {
		// 400 three-byte characters: 400 characters but 1,200 bytes.
		const message = { type: 'join', pin: '482913', nickname: '世'.repeat(400) };
		expect(parse(message, LIVE_LIMITS.messageBytes)).toEqual({ ok: false, code: 'too-large' });
	});

	it('lets only a session creation exceed the small limit', () => {
		const big = {
			...create,
			quiz: { title: 'Ferries', questions: [{ ...question, prompt: 'W'.repeat(900) + '?' }] }
		};
		expect(parse(big).ok).toBe(true);
		const padded = JSON.stringify({ type: 'host.skip' }).replace('{', '{' + ' '.repeat(1100));
		expect(parseClientMessage(padded)).toEqual({ ok: false, code: 'too-large' });
	});
});

describe('server messages', () => {
	it('reads a question and refuses one with five options', () => {
		const message = {
			type: 'question',
			index: 0,
			total: 3,
			kind: 'where',
			prompt: 'Where?',
			options: ['a', 'b', 'c', 'd'],
			durationMs: 20_000,
			remainingMs: 19_500,
			yourChoice: null
		};
		expect(parseServerMessage(JSON.stringify(message)).ok).toBe(true);
		const five = { ...message, options: ['a', 'b', 'c', 'd', 'e'] };
		expect(parseServerMessage(JSON.stringify(five))).toEqual({ ok: false, code: 'bad-message' });
	});

	it('reads an error with a known code only', () => {
		const known = { type: 'error', code: 'session-full', message: 'Full.' };
		expect(parseServerMessage(JSON.stringify(known)).ok).toBe(true);
		const unknown = { type: 'error', code: 'bogus', message: 'x' };
		expect(parseServerMessage(JSON.stringify(unknown)).ok).toBe(false);
	});
});

describe('helpers', () => {
	it('measures UTF-8 length like an encoder does', () => {
		const samples = [
			'',
			'plain',
			'é',
			'世界',
			'🦊 fox',
			'a\u0000b',
			'\ud83d',
			'\ud83d世',
			'\udc00a',
			'x🦊y€z'
		];
		for (const text of samples) {
			expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
		}
	});

	it('reads the PIN out of a token', () => {
		expect(pinOfToken(token)).toBe('482913');
	});
});
