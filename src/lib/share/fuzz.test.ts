import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PortableQuizSchema } from '$lib/core/schemas';
import { fromBase64url, toBase64url } from './base64url';
import { addResult, emptyClassReport } from './class-report';
import { CROCKFORD_ALPHABET, fromCrockford } from './crockford';
import { isFingerprint, quizFingerprint } from './fingerprint';
import { inflateLimited } from './inflate-limited';
import { decodeQuizLink, encodeQuizLink, sealLinkPayload, type DecodedLink } from './quiz-link';
import { decodeResult, encodeResult, resultChecksum, type DecodedResult } from './result-code';
import { cleanName, NAME_MAX_CHARS } from './student-name';
import { quizOf, randomQuiz, seededRandom } from './test-fixtures';

/**
 * Random and mutated input through every decoder: none may throw, and "ok" may only ever come with
 * data that passes the same checks as genuine data. Seeded, so a failure reproduces.
 */

const random = seededRandom(20261129);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABETS = [
	BASE64URL,
	CROCKFORD_ALPHABET + '-',
	'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_#=&?/:. \n%+',
	'#q=&'
];

function randomChar(): string {
	if (random() < 0.1) return String.fromCodePoint(int(0x110000) & ~(random() < 0.5 ? 0 : 0xf800));
	const alphabet = pick(ALPHABETS);
	return alphabet[int(alphabet.length)];
}

function randomString(maxLength: number): string {
	let out = '';
	const length = int(maxLength);
	for (let i = 0; i < length; i++) out += randomChar();
	return out;
}

/** One to four edits of the kinds a cut, a typo or a tamperer makes. */
function mutate(text: string): string {
	let out = text;
	const edits = 1 + int(4);
	for (let e = 0; e < edits; e++) {
		const at = int(out.length + 1);
		switch (int(6)) {
			case 0:
				out = out.slice(0, at) + randomChar() + out.slice(at + 1);
				break;
			case 1:
				out = out.slice(0, at) + out.slice(at + 1 + int(4));
				break;
			case 2:
				out = out.slice(0, at) + randomString(6) + out.slice(at);
				break;
			case 3:
				out = out.slice(0, at);
				break;
			case 4:
				out = out + out.slice(int(out.length));
				break;
			default: {
				const from = int(out.length);
				out = out.slice(0, at) + out.slice(from, from + 1 + int(8)) + out.slice(at);
			}
		}
	}
	return out;
}

/** Flips bits of the bytes inside a link payload, keeping it valid base64url. */
function mutateBytes(payload: string): string {
	const bytes = fromBase64url(payload)!;
	const flips = 1 + int(3);
	for (let i = 0; i < flips && bytes.length; i++) bytes[int(bytes.length)] ^= 1 << int(8);
	return toBase64url(bytes);
}

function checkLink(decoded: DecodedLink): boolean {
	if (!decoded.ok) {
		expect(decoded.message.length).toBeGreaterThan(0);
		return false;
	}
	expect(v.is(PortableQuizSchema, decoded.quiz)).toBe(true);
	return true;
}

function checkResult(decoded: DecodedResult, expected?: string): boolean {
	if (!decoded.ok) {
		expect(decoded.message.length).toBeGreaterThan(0);
		return false;
	}
	const { fingerprint, name, choices } = decoded.result;
	expect(isFingerprint(fingerprint)).toBe(true);
	if (expected) expect(fingerprint).toBe(expected);
	expect(name.length).toBeGreaterThan(0);
	expect(cleanName(name)).toBe(name);
	expect(Array.from(name).length).toBeLessThanOrEqual(NAME_MAX_CHARS);
	expect(choices.length).toBeGreaterThanOrEqual(1);
	expect(choices.length).toBeLessThanOrEqual(200);
	expect(choices.every((c) => c === null || [0, 1, 2, 3].includes(c))).toBe(true);
	// Canonical: the code an encoder writes for this result reads back the same.
	expect(decodeResult(encodeResult(decoded.result))).toEqual(decoded);
	return true;
}

describe('fuzz: quiz links', () => {
	const quizzes = [quizOf(1), quizOf(6), randomQuiz(random, 12)];
	const links = quizzes.map((quiz) => encodeQuizLink(quiz, 'https://factdeck.example'));
	const payloads = links.map((link) => link.slice(link.indexOf('#q=') + 3));

	it('survives random strings', () => {
		for (let i = 0; i < 1500; i++) {
			const text = (random() < 0.5 ? '#q=' : '') + randomString(300);
			expect(checkLink(decodeQuizLink(text))).toBe(false);
		}
	});

	it('never turns a mutated link into another quiz', () => {
		for (let i = 0; i < 1500; i++) {
			const index = int(links.length);
			const tampered = random() < 0.5 ? mutate(links[index]) : `#q=${mutateBytes(payloads[index])}`;
			const decoded = decodeQuizLink(tampered);
			// A few edits are harmless (a space, an edit to the origin): then it is the same quiz.
			if (checkLink(decoded)) expect(decoded).toEqual(decodeQuizLink(links[index]));
		}
	});

	it('returns only valid quizzes from resealed, mutated content', () => {
		let accepted = 0;
		for (let i = 0; i < 300; i++) {
			const quiz = pick(quizzes);
			const compact = JSON.stringify([
				quiz.title,
				quiz.questions.map((q) => [0, q.prompt, ...q.options, q.answer])
			]);
			const json = mutate(compact);
			const decoded = decodeQuizLink(`#q=${sealLinkPayload(new TextEncoder().encode(json))}`);
			if (checkLink(decoded)) accepted++;
		}
		// Some mutations land inside strings and stay valid; the rest must all be refused.
		expect(accepted).toBeGreaterThan(0);
	});

	it('inflateLimited survives random bytes', () => {
		for (let i = 0; i < 800; i++) {
			const bytes = Uint8Array.from({ length: int(200) }, () => int(256));
			const out = inflateLimited(bytes, 4096);
			if (out.ok) expect(out.bytes.length).toBeLessThanOrEqual(4096);
		}
	});
});

describe('fuzz: result codes', () => {
	const quiz = quizOf(8);
	const fingerprint = quizFingerprint(quiz);
	const codes = [
		encodeResult({ fingerprint, name: 'Amira K', choices: [0, 1, 2, 3, 0, 1, 2, null] }),
		encodeResult({ fingerprint, name: 'Łucja 🦊', choices: [3, 3, 3, 3, 3, 3, 3, 3] }),
		encodeResult({ fingerprint, name: 'x', choices: new Array(8).fill(null) })
	];

	it('survives random strings', () => {
		for (let i = 0; i < 2000; i++) {
			const text = random() < 0.5 ? randomString(120) : codes[0].slice(0, 10) + randomString(60);
			checkResult(decodeResult(text));
			checkResult(decodeResult(text, fingerprint), fingerprint);
		}
	});

	it('never turns a mutated code into another result', () => {
		for (let i = 0; i < 2000; i++) {
			const code = pick(codes);
			const decoded = decodeResult(mutate(code), fingerprint);
			// Harmless edits (a dash, a space, a letter's case) give back the same result.
			if (checkResult(decoded, fingerprint)) expect(decoded).toEqual(decodeResult(code));
		}
	});

	it('returns only well-formed results from resealed, mutated codes', () => {
		let report = emptyClassReport(quiz);
		for (let i = 0; i < 2000; i++) {
			const body = fromCrockford(pick(codes))!.slice(0, -4);
			const symbols = mutate(body.map((value) => CROCKFORD_ALPHABET[value]).join(''));
			const values = fromCrockford(symbols);
			if (!values) continue;
			const resealed = symbols + resultChecksum(values);
			const decoded = decodeResult(resealed, random() < 0.5 ? fingerprint : undefined);
			if (checkResult(decoded) && decoded.ok) {
				// Whatever a code holds, the report takes it or refuses it without throwing.
				const added = addResult(report, decoded.result);
				if (added.ok) report = added.report;
			}
		}
		expect(report.students.every((s) => s.choices.length === quiz.questions.length)).toBe(true);
	});
});
