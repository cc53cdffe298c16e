import { describe, expect, it } from 'vitest';
import { LIMITS } from '$lib/core/schemas';
import { BitWriter } from './bits';
import { CROCKFORD_ALPHABET, fromCrockford, toCrockford } from './crockford';
import { quizFingerprint } from './fingerprint';
import {
	decodeResult,
	encodeResult,
	RESULT_CODE_MAX_INPUT,
	resultChecksum,
	type DecodedResult,
	type StudentResult
} from './result-code';
import { NAME_MAX_CHARS } from './student-name';
import { quizOf, seededRandom } from './test-fixtures';

const FINGERPRINT = quizFingerprint(quizOf(10));
const OTHER_FINGERPRINT = quizFingerprint(quizOf(9));

const result: StudentResult = {
	fingerprint: FINGERPRINT,
	name: 'Amira K',
	choices: [0, 1, 2, 3, 0, 1, 2, 3, 0, null]
};

function reasonOf(decoded: DecodedResult): string {
	return decoded.ok ? 'ok' : decoded.reason;
}

/** A code with a valid checksum around arbitrary symbols, as a forger would make it. */
function sealed(symbols: string): string {
	return symbols + resultChecksum(fromCrockford(symbols)!);
}

/** The symbols of a code without its checksum, with bits after the fingerprint replaced. */
function forged(write: (bits: BitWriter) => void, version = 1): string {
	const bits = new BitWriter();
	write(bits);
	return sealed(toCrockford([version]) + FINGERPRINT + toCrockford(bits.toFiveBitValues()));
}

describe('encodeResult and decodeResult', () => {
	it('round-trip, and the code is a few dozen characters in dash groups', () => {
		const code = encodeResult(result);
		expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
		expect(code.length).toBeLessThanOrEqual(45);
		expect(decodeResult(code, FINGERPRINT)).toEqual({ ok: true, result });
		expect(decodeResult(code)).toEqual({ ok: true, result });
	});

	it('carries the fingerprint in plain sight, right after the version', () => {
		expect(encodeResult(result).replace(/-/g, '').slice(1, 9)).toBe(FINGERPRINT);
	});

	it.each([
		['every question answered', [3, 3, 0, 1]],
		['no question answered', [null, null, null]],
		['one question', [2]],
		[
			'the most questions',
			Array.from({ length: LIMITS.questions }, (_, i) => (i % 5 === 4 ? null : i % 4))
		]
	])('round-trips %s', (_, choices) => {
		const mine = { ...result, choices };
		expect(decodeResult(encodeResult(mine), FINGERPRINT)).toEqual({ ok: true, result: mine });
	});

	it.each([
		['a nickname with digits', 'xX-Kai-99'],
		['an apostrophe', "Siobhán O'Neill"],
		['Greek', 'Ελένη'],
		['Chinese', '王小明'],
		['emoji', 'Ana 🦊'],
		['the longest name', 'W'.repeat(NAME_MAX_CHARS)],
		['the longest four-byte name', '😀'.repeat(NAME_MAX_CHARS)]
	])('round-trips a name with %s', (_, name) => {
		const mine = { ...result, name };
		expect(decodeResult(encodeResult(mine))).toEqual({ ok: true, result: mine });
	});

	it('sends the cleaned name', () => {
		const decoded = decodeResult(encodeResult({ ...result, name: '  amira\u202e   k ' }));
		expect(decoded.ok && decoded.result.name).toBe('amira k');
	});

	it('reads a code typed in lower case, without dashes, with spaces and look-alikes', () => {
		const code = encodeResult(result);
		const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
		expect(decodeResult(typed, FINGERPRINT.toLowerCase())).toEqual({ ok: true, result });
	});

	it('uses the small 6-bit name form when it can', () => {
		const ascii = encodeResult({ ...result, name: 'Amira K' });
		const utf8 = encodeResult({ ...result, name: 'Amira K.' });
		expect(utf8.length - ascii.length).toBeGreaterThan(1);
	});

	it('throws on programming errors', () => {
		expect(() => encodeResult({ ...result, fingerprint: 'nope' })).toThrow();
		expect(() => encodeResult({ ...result, name: ' \u200f ' })).toThrow(/name/);
		expect(() => encodeResult({ ...result, choices: [] })).toThrow();
		expect(() => encodeResult({ ...result, choices: new Array(201).fill(0) })).toThrow();
		expect(() => encodeResult({ ...result, choices: [4] })).toThrow();
		expect(() => encodeResult({ ...result, choices: [1.5] })).toThrow();
	});
});

describe('decodeResult failures', () => {
	const code = encodeResult(result);
	const plain = code.replace(/-/g, '');

	it('refuses a code for another quiz, naming that quiz', () => {
		const decoded = decodeResult(
			encodeResult({ ...result, fingerprint: OTHER_FINGERPRINT }),
			FINGERPRINT
		);
		expect(decoded).toMatchObject({
			ok: false,
			reason: 'other-quiz',
			fingerprint: OTHER_FINGERPRINT
		});
		expect(decoded.ok || decoded.message).toMatch(/another quiz/);
	});

	it('reports every single-character typo as a checksum mismatch, never as a result', () => {
		for (let at = 0; at < plain.length; at++) {
			for (const shift of [1, 7, 31]) {
				const wrong = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(plain[at]) + shift) % 32];
				const typo = plain.slice(0, at) + wrong + plain.slice(at + 1);
				expect(reasonOf(decodeResult(typo, FINGERPRINT))).toBe('checksum');
			}
		}
	});

	it('reports swapped neighbours, a missing or an extra character as a mismatch', () => {
		const random = seededRandom(9);
		for (let at = 0; at < plain.length - 1; at++) {
			if (plain[at] !== plain[at + 1]) {
				const swapped = plain.slice(0, at) + plain[at + 1] + plain[at] + plain.slice(at + 2);
				expect(reasonOf(decodeResult(swapped))).toBe('checksum');
			}
			const dropped = plain.slice(0, at) + plain.slice(at + 1);
			expect(['checksum', 'malformed']).toContain(reasonOf(decodeResult(dropped)));
			const extra = CROCKFORD_ALPHABET[Math.floor(random() * 32)];
			const added = plain.slice(0, at) + extra + plain.slice(at);
			expect(reasonOf(decodeResult(added))).toBe('checksum');
		}
	});

	it('reports a cut-off code and one with characters appended', () => {
		for (let keep = 0; keep < plain.length; keep++) {
			expect(['checksum', 'malformed']).toContain(reasonOf(decodeResult(plain.slice(0, keep))));
		}
		expect(reasonOf(decodeResult(code + 'A'))).toBe('checksum');
		expect(reasonOf(decodeResult(code + code))).toBe('checksum');
	});

	it.each([
		['an empty string', ''],
		['a share link', 'https://factdeck.example/join#q=AQAB'],
		['a U, which Crockford never uses', code.replace(/^./, 'U')],
		['a symbol', code + '!'],
		['a short code', 'ABCD-EFGH']
	])('says %s is malformed', (_, text) => {
		expect(decodeResult(text)).toMatchObject({ ok: false, reason: 'malformed' });
	});

	it('treats a value that is not a string (from untyped callers) as malformed', () => {
		for (const value of [undefined, null, 42, {}]) {
			expect(decodeResult(value as unknown as string)).toMatchObject({ reason: 'malformed' });
		}
	});

	it('refuses an over-long input before reading it', () => {
		expect(decodeResult('A'.repeat(RESULT_CODE_MAX_INPUT + 1))).toMatchObject({
			reason: 'too-long'
		});
		expect(decodeResult(code.padEnd(RESULT_CODE_MAX_INPUT + 1, ' '))).toMatchObject({
			reason: 'too-long'
		});
	});

	it('says a code with a valid checksum but another version is unsupported', () => {
		const newer = sealed('2' + plain.slice(1, -4));
		expect(decodeResult(newer)).toMatchObject({ ok: false, reason: 'unsupported-version' });
	});

	it('checks that forged but well-sealed codes were written by encodeResult', () => {
		const name = (bits: BitWriter) => {
			bits.write(0, 1);
			bits.write(1, 7);
			bits.write(0, 6);
		};
		const valid = forged((bits) => {
			bits.write(2, 8);
			bits.write(1, 1);
			bits.write(3, 2);
			bits.write(1, 2);
			name(bits);
		});
		expect(decodeResult(valid)).toEqual({
			ok: true,
			result: { fingerprint: FINGERPRINT, name: 'a', choices: [3, 1] }
		});
		const cases: [string, (bits: BitWriter) => void][] = [
			['no questions', (bits) => (bits.write(0, 8), bits.write(1, 1), name(bits))],
			[
				'201 questions',
				(bits) => (bits.write(201, 8), bits.write(1, 1), bits.write(0, 402), name(bits))
			],
			[
				'the long form with every question answered',
				(bits) => (
					bits.write(1, 8),
					bits.write(0, 1),
					bits.write(1, 1),
					bits.write(2, 2),
					name(bits)
				)
			],
			[
				'an empty name',
				(bits) => (bits.write(1, 8), bits.write(1, 1), bits.write(0, 2), bits.write(0, 8))
			],
			[
				'a name with outer spaces',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					bits.write(0, 1),
					bits.write(2, 7),
					bits.write(0, 6),
					bits.write(62, 6)
				)
			],
			[
				'a control character in the name',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					bits.write(1, 1),
					bits.write(1, 7),
					bits.write(7, 8)
				)
			],
			[
				'bytes that are not UTF-8',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					bits.write(1, 1),
					bits.write(1, 7),
					bits.write(0xc3, 8)
				)
			],
			[
				'a plain name sent as UTF-8',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					bits.write(1, 1),
					bits.write(1, 7),
					bits.write(97, 8)
				)
			],
			[
				'a name longer than the code',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					bits.write(0, 1),
					bits.write(40, 7)
				)
			],
			[
				'padding bits set',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					name(bits),
					bits.write(1, 1)
				)
			],
			[
				'a whole spare symbol',
				(bits) => (
					bits.write(1, 8),
					bits.write(1, 1),
					bits.write(0, 2),
					name(bits),
					bits.write(0, 5)
				)
			]
		];
		for (const [label, write] of cases) {
			expect(reasonOf(decodeResult(forged(write))), label).toBe('malformed');
		}
	});
});
