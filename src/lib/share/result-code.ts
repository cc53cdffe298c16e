import { LIMITS } from '$lib/core/schemas';
import { BitReader, BitWriter } from './bits';
import { fromCrockford, groupCode, numberToCrockford, toCrockford } from './crockford';
import { FINGERPRINT_CHARS, isFingerprint } from './fingerprint';
import { hash64, topBits } from './hash';
import { cleanName } from './student-name';

/**
 * The result code a student's phone shows at the end of a quiz, typed or scanned by the teacher.
 * Crockford base32 (case-insensitive, dashes ignored, O/I/L read as 0/1), grouped by four. The
 * same text goes into the result QR code (it is all QR alphanumeric characters, so the code stays
 * small).
 *
 * Bits, most significant first, version 1:
 *   5   version (RESULT_VERSION); so the first symbol is the version
 *   40  quiz fingerprint; so symbols 2–9 are the fingerprint itself
 *   8   number of questions (1–200)
 *   1   1 = every question answered: then 2 bits per question (the option, 0–3);
 *       0 = some unanswered: then per question 1 bit "answered" and, if set, 2 bits
 *   1   name form: 0 = 6 bits per character from NAME_ALPHABET, 1 = UTF-8 bytes
 *   7   name length (characters, or bytes for UTF-8)
 *   …   the name; then zero bits up to a whole symbol
 *   20  checksum (4 symbols): top 20 bits of hash64 over all symbols before it
 *
 * Every version keeps the trailing 4-symbol checksum computed this way, so a typo is reported as
 * a typo, never as an unknown version.
 *
 * The checksum catches a mistyped or altered code (a random change slips through 1 time in about
 * a million). It is not a signature: with no server and no secret, a student who studied this file
 * could forge a valid code.
 */

export const RESULT_VERSION = 1;

/** Longest code accepted for decoding, in characters as typed (dashes and spaces included). */
export const RESULT_CODE_MAX_INPUT = 400;

const CHECKSUM_SYMBOLS = 4;
const HEADER_SYMBOLS = 1 + FINGERPRINT_CHARS;

/** 64 characters that cover most nicknames at 6 bits each; any other name is sent as UTF-8. */
const NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -';

export interface StudentResult {
	/** The quiz's fingerprint (quizFingerprint). */
	fingerprint: string;
	name: string;
	/** Per question, in quiz order: the chosen option (0–3), or null when not answered. */
	choices: (number | null)[];
}

export type ResultFailure =
	'malformed' | 'checksum' | 'other-quiz' | 'too-long' | 'unsupported-version';

export type DecodedResult =
	| { ok: true; result: StudentResult }
	| {
			ok: false;
			reason: ResultFailure;
			message: string;
			/** For 'other-quiz': the fingerprint of the quiz the code belongs to. */
			fingerprint?: string;
	  };

const MESSAGES: Record<ResultFailure, string> = {
	malformed: 'This is not a Factdeck result code.',
	checksum:
		'This result code does not check out: a character is wrong or missing, or the code was changed. Check it and type it again.',
	'other-quiz':
		'This result code belongs to another quiz (or to another version of this quiz), so it is not added.',
	'too-long': 'This is too long to be a result code.',
	'unsupported-version':
		'This result code was made by a different version of Factdeck. Update the app and try again.'
};

function fail(reason: ResultFailure, fingerprint?: string): DecodedResult {
	return fingerprint
		? { ok: false, reason, message: MESSAGES[reason], fingerprint }
		: { ok: false, reason, message: MESSAGES[reason] };
}

const utf8 = new TextEncoder();

/** The 4-symbol checksum of a code's symbols (exported for the tests, which forge codes). */
export function resultChecksum(values: readonly number[]): string {
	return numberToCrockford(topBits(hash64(Uint8Array.from(values)), CHECKSUM_SYMBOLS * 5), 4);
}

/**
 * The result code for a student's answers, grouped with dashes. The name is cleaned first
 * (cleanName): the decoded result carries that cleaned name. Throws on a programming error: an
 * invalid fingerprint, an empty name, no or too many questions, or a choice outside 0–3.
 */
export function encodeResult(result: StudentResult): string {
	const name = cleanName(result.name);
	const { fingerprint, choices } = result;
	if (!isFingerprint(fingerprint)) throw new Error('encodeResult: not a quiz fingerprint.');
	if (!name) throw new Error('encodeResult: the name is empty.');
	if (choices.length < 1 || choices.length > LIMITS.questions) {
		throw new Error(`encodeResult: a quiz has 1 to ${LIMITS.questions} questions.`);
	}
	if (!choices.every((c) => c === null || (Number.isInteger(c) && c >= 0 && c <= 3))) {
		throw new Error('encodeResult: a choice must be 0–3 or null.');
	}

	const bits = new BitWriter();
	bits.write(choices.length, 8);
	const allAnswered = choices.every((c) => c !== null);
	bits.write(allAnswered ? 1 : 0, 1);
	for (const choice of choices) {
		if (!allAnswered) bits.write(choice === null ? 0 : 1, 1);
		if (choice !== null) bits.write(choice, 2);
	}
	const chars = Array.from(name);
	if (chars.every((c) => NAME_ALPHABET.includes(c))) {
		bits.write(0, 1);
		bits.write(chars.length, 7);
		for (const c of chars) bits.write(NAME_ALPHABET.indexOf(c), 6);
	} else {
		const bytes = utf8.encode(name);
		bits.write(1, 1);
		bits.write(bytes.length, 7);
		for (const byte of bytes) bits.write(byte, 8);
	}
	const body =
		numberToCrockford(RESULT_VERSION, 1) + fingerprint + toCrockford(bits.toFiveBitValues());
	return groupCode(body + resultChecksum(fromCrockford(body) ?? []));
}

/**
 * The student's result in a typed, pasted or scanned code. Never throws. With
 * `expectedFingerprint`, a code for any other quiz is refused as 'other-quiz' (the failure carries
 * the code's own fingerprint). Checks, in order: length, alphabet, checksum, version, fields, and
 * that the code is in the exact form encodeResult writes.
 */
export function decodeResult(code: string, expectedFingerprint?: string): DecodedResult {
	try {
		return decode(code, expectedFingerprint);
	} catch {
		// A field running past the end (OutOfBitsError) or anything unforeseen.
		return fail('malformed');
	}
}

function decode(code: unknown, expectedFingerprint?: string): DecodedResult {
	if (typeof code !== 'string') return fail('malformed');
	if (code.length > RESULT_CODE_MAX_INPUT) return fail('too-long');
	const values = fromCrockford(code);
	// The shortest valid code: header, 8 + 1 + 2 + 1 + 7 + 6 bits (one question, one letter), checksum.
	if (!values || values.length < HEADER_SYMBOLS + 5 + CHECKSUM_SYMBOLS) return fail('malformed');

	const body = values.slice(0, -CHECKSUM_SYMBOLS);
	const given = toCrockford(values.slice(-CHECKSUM_SYMBOLS));
	if (resultChecksum(body) !== given) return fail('checksum');
	if (body[0] !== RESULT_VERSION) return fail('unsupported-version');
	const fingerprint = toCrockford(body.slice(1, HEADER_SYMBOLS));
	if (expectedFingerprint !== undefined && fingerprint !== expectedFingerprint.toUpperCase()) {
		return fail('other-quiz', fingerprint);
	}

	const bits = new BitReader(body.slice(HEADER_SYMBOLS));
	const count = bits.read(8);
	if (count < 1 || count > LIMITS.questions) return fail('malformed');
	const allAnswered = bits.read(1) === 1;
	const choices: (number | null)[] = [];
	for (let i = 0; i < count; i++) {
		const answered = allAnswered || bits.read(1) === 1;
		choices.push(answered ? bits.read(2) : null);
	}
	// An encoder writes the short form whenever it can: anything else was not made by it.
	if (!allAnswered && choices.every((c) => c !== null)) return fail('malformed');

	const utf8Name = bits.read(1) === 1;
	const length = bits.read(7);
	let name: string;
	if (utf8Name) {
		const bytes = new Uint8Array(length);
		for (let i = 0; i < length; i++) bytes[i] = bits.read(8);
		try {
			name = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return fail('malformed');
		}
		if (Array.from(name).every((c) => NAME_ALPHABET.includes(c))) return fail('malformed');
	} else {
		name = '';
		for (let i = 0; i < length; i++) name += NAME_ALPHABET[bits.read(6)];
	}
	if (!name || cleanName(name) !== name) return fail('malformed');
	if (bits.remaining >= 5 || !bits.restIsZero()) return fail('malformed');
	return { ok: true, result: { fingerprint, name, choices } };
}
