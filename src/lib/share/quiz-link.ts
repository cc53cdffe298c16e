import { deflateSync } from 'fflate';
import * as v from 'valibot';
import { PortableQuizSchema, type PortableQuiz } from '$lib/core/schemas';
import { fromBase64url, isBase64url, toBase64url } from './base64url';
import { CompactQuizSchema, fromCompactQuiz, toCompactQuiz } from './compact-quiz';
import { hash64, topBits } from './hash';
import { inflateLimited } from './inflate-limited';
import { qrFit, type QrFit } from './qr';

/**
 * A quiz carried whole inside a link: `${origin}/join#q=<payload>`. The fragment never reaches a
 * server. The payload is base64url of:
 *
 *   byte 0       format version (LINK_VERSION)
 *   bytes 1–3    length of the compressed data, big-endian (to tell a cut-off link from a bad one)
 *   bytes 4–7    checksum: top 32 bits of hash64 over bytes 0–3 and the compressed data
 *   bytes 8…     raw DEFLATE of the compact JSON form (compact-quiz.ts), UTF-8
 *
 * Every later version keeps byte 0 as the version, so an old app can say "made by a newer
 * Factdeck" instead of "corrupt".
 */

export const LINK_VERSION = 1;
export const JOIN_PATH = '/join';

/** Limits checked before any decoding work. */
export const LINK_LIMITS = {
	/** The whole pasted or scanned text. */
	inputChars: 100_000,
	/** The base64url payload (≈ 48 KiB of compressed data). */
	payloadChars: 65_536,
	/** The JSON once inflated. */
	inflatedBytes: 1_048_576
} as const;

const HEADER_BYTES = 8;

export type LinkFailure =
	'not-factdeck' | 'truncated' | 'corrupt' | 'unsupported-version' | 'too-large' | 'invalid-quiz';

export type DecodedLink =
	| { ok: true; quiz: PortableQuiz; hasSources: boolean }
	| { ok: false; reason: LinkFailure; message: string };

const MESSAGES: Record<LinkFailure, string> = {
	'not-factdeck': 'This is not a Factdeck quiz link.',
	truncated:
		'This quiz link is incomplete: part of it is missing. Copy or scan the whole link again.',
	corrupt: 'This quiz link is damaged or was changed, so the quiz cannot be read from it.',
	'unsupported-version':
		'This quiz link was made by a different version of Factdeck. Update the app and try again.',
	'too-large': 'This quiz link is too large to open.',
	'invalid-quiz': 'This link does not hold a valid quiz.'
};

function fail(reason: LinkFailure, detail?: string): DecodedLink {
	return {
		ok: false,
		reason,
		message: detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason]
	};
}

const utf8 = new TextEncoder();

function checksum(header: Uint8Array, data: Uint8Array): number {
	const joined = new Uint8Array(4 + data.length);
	joined.set(header.subarray(0, 4));
	joined.set(data, 4);
	return topBits(hash64(joined), 32);
}

/**
 * The payload for some UTF-8 JSON: header, checksum and compressed data. Exported for the tests,
 * which also need to seal payloads no encoder would write (another version, a zip bomb, bad JSON).
 */
export function sealLinkPayload(json: Uint8Array, version: number = LINK_VERSION): string {
	const data = deflateSync(json, { level: 9 });
	const bytes = new Uint8Array(HEADER_BYTES + data.length);
	bytes[0] = version;
	bytes[1] = (data.length >>> 16) & 0xff;
	bytes[2] = (data.length >>> 8) & 0xff;
	bytes[3] = data.length & 0xff;
	const sum = checksum(bytes, data);
	bytes[4] = (sum >>> 24) & 0xff;
	bytes[5] = (sum >>> 16) & 0xff;
	bytes[6] = (sum >>> 8) & 0xff;
	bytes[7] = sum & 0xff;
	bytes.set(data, HEADER_BYTES);
	return toBase64url(bytes);
}

/** The payload for a quiz that has already passed PortableQuizSchema. */
function payloadOf(quiz: PortableQuiz, withSources: boolean): { payload: string; json: number } {
	const json = utf8.encode(JSON.stringify(toCompactQuiz(quiz, withSources)));
	return { payload: sealLinkPayload(json), json: json.length };
}

/**
 * Source sentences: 'auto' (default) keeps them when the link with them fits one QR code, drops
 * them when only that makes it fit, and otherwise keeps them if the link stays within the limits;
 * 'keep' and 'drop' force the choice (still dropping them if the link would be too large).
 */
export type SourcePolicy = 'auto' | 'keep' | 'drop';

export type QuizShare =
	| {
			ok: true;
			url: string;
			/** Whether the source sentences travel with the quiz (play feedback shows them). */
			hasSources: boolean;
			/** Length of the URL in bytes, to show on the share screen. */
			bytes: number;
			/** Whether and how the URL fits one QR code at level L. */
			qr: QrFit;
	  }
	| { ok: false; reason: 'invalid-quiz' | 'too-large'; message: string };

function urlFor(origin: string, payload: string): string {
	return `${origin.replace(/\/+$/, '')}${JOIN_PATH}#q=${payload}`;
}

/**
 * Builds the share link of a quiz, with what the share screen needs to know about it.
 * `origin` is where the app is served, including any base path (e.g. `location.origin`).
 */
export function prepareQuizShare(
	quiz: PortableQuiz,
	origin: string,
	sources: SourcePolicy = 'auto'
): QuizShare {
	const parsed = v.safeParse(PortableQuizSchema, quiz);
	if (!parsed.success) {
		return {
			ok: false,
			reason: 'invalid-quiz',
			message: `This quiz cannot be shared: ${parsed.issues[0].message}`
		};
	}
	const withinLimits = (candidate: { payload: string; json: number }) =>
		candidate.payload.length <= LINK_LIMITS.payloadChars &&
		candidate.json <= LINK_LIMITS.inflatedBytes;
	const full = sources === 'drop' ? null : payloadOf(parsed.output, true);
	const lean = payloadOf(parsed.output, false);
	const fullFitsQr = full !== null && qrFit(urlFor(origin, full.payload)).fits;
	const leanFitsQr = qrFit(urlFor(origin, lean.payload)).fits;

	let chosen: { payload: string; json: number } | null;
	if (full && withinLimits(full) && (fullFitsQr || sources === 'keep' || !leanFitsQr)) {
		chosen = full;
	} else {
		chosen = withinLimits(lean) ? lean : null;
	}
	if (!chosen) {
		return {
			ok: false,
			reason: 'too-large',
			message: 'This quiz is too large to share as a link. Share it as a file instead.'
		};
	}
	const url = urlFor(origin, chosen.payload);
	return {
		ok: true,
		url,
		hasSources: chosen === full && parsed.output.questions.some((q) => q.source.text !== ''),
		bytes: utf8.encode(url).length,
		qr: qrFit(url, 'L')
	};
}

/**
 * The share link of a quiz (source sentences kept when they fit one QR code, see SourcePolicy).
 * Throws when the quiz is not valid or too large for a link; use prepareQuizShare to get those as
 * values.
 */
export function encodeQuizLink(quiz: PortableQuiz, origin: string): string {
	const share = prepareQuizShare(quiz, origin);
	if (!share.ok) throw new Error(share.message);
	return share.url;
}

/** The payload of a link, a `#q=…` fragment or a `q=…` string; null when there is none. */
function payloadIn(text: string): string | null {
	const hash = text.indexOf('#');
	const fragment = hash >= 0 ? text.slice(hash + 1) : text;
	for (const part of fragment.split('&')) {
		if (part.startsWith('q=')) return part.slice(2);
	}
	return null;
}

/**
 * The quiz in a share link (or its fragment). Never throws: every failure comes back as a reason
 * and a message for the person. Checks, in order: size of the input, the link's form, the version,
 * the length (cut-off links), the checksum, the inflated size (zip bombs), the JSON, the shape and
 * finally PortableQuizSchema; nothing of the quiz is returned unless all pass.
 */
export function decodeQuizLink(urlOrFragment: string): DecodedLink {
	try {
		return decode(urlOrFragment);
	} catch {
		// Every step above returns its own failure; this only guards against the unforeseen.
		return fail('corrupt');
	}
}

function decode(input: unknown): DecodedLink {
	if (typeof input !== 'string') return fail('not-factdeck');
	if (input.length > LINK_LIMITS.inputChars) return fail('too-large');
	// Links wrapped by mail or chat apps pick up line breaks and spaces.
	const payload = payloadIn(input.replace(/\s+/g, ''));
	if (payload === null) return fail('not-factdeck');
	if (payload.length > LINK_LIMITS.payloadChars) return fail('too-large');
	if (!isBase64url(payload)) return fail('corrupt', 'unexpected characters');

	const bytes = fromBase64url(payload);
	if (!bytes || bytes.length === 0) return fail('truncated');
	if (bytes[0] !== LINK_VERSION) return fail('unsupported-version');
	if (bytes.length < HEADER_BYTES) return fail('truncated');
	const declared = (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
	const data = bytes.subarray(HEADER_BYTES);
	if (data.length < declared) return fail('truncated');
	if (data.length > declared) return fail('corrupt', 'extra data at the end');
	const expected = ((bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7]) >>> 0;
	if (checksum(bytes, data) !== expected) return fail('corrupt');

	const inflated = inflateLimited(data, LINK_LIMITS.inflatedBytes);
	if (!inflated.ok) return fail(inflated.reason);

	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
	} catch {
		return fail('corrupt');
	}
	const compact = v.safeParse(CompactQuizSchema, json);
	if (!compact.success) return fail('invalid-quiz');
	const quiz = v.safeParse(PortableQuizSchema, fromCompactQuiz(compact.output));
	if (!quiz.success) return fail('invalid-quiz', quiz.issues[0].message);
	return {
		ok: true,
		quiz: quiz.output,
		hasSources: quiz.output.questions.some((q) => q.source.text !== '')
	};
}
