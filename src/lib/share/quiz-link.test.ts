import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PortableQuizSchema } from '$lib/core/schemas';
import { fromBase64url, toBase64url } from './base64url';
import {
	decodeQuizLink,
	encodeQuizLink,
	LINK_LIMITS,
	prepareQuizShare,
	sealLinkPayload,
	type DecodedLink
} from './quiz-link';
import { quizOf, randomQuiz, seededRandom } from './test-fixtures';

const ORIGIN = 'https://factdeck.example';
const utf8 = new TextEncoder();

function payloadOf(url: string): string {
	return url.slice(url.indexOf('#q=') + 3);
}

function linkWith(json: unknown, version?: number): string {
	return `${ORIGIN}/join#q=${sealLinkPayload(utf8.encode(JSON.stringify(json)), version)}`;
}

function reasonOf(decoded: DecodedLink): string {
	return decoded.ok ? 'ok' : decoded.reason;
}

describe('encodeQuizLink and decodeQuizLink', () => {
	it('round-trip a quiz: same content, ids renumbered, offsets rebased', () => {
		const quiz = quizOf(10);
		const url = encodeQuizLink(quiz, ORIGIN);
		expect(url.startsWith(`${ORIGIN}/join#q=`)).toBe(true);
		const decoded = decodeQuizLink(url);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.hasSources).toBe(true);
		expect(decoded.quiz.title).toBe(quiz.title);
		decoded.quiz.questions.forEach((q, i) => {
			const original = quiz.questions[i];
			expect(q).toEqual({
				...original,
				id: `q${i + 1}`,
				source: { text: original.source.text, start: 0, end: original.source.text.length }
			});
		});
	});

	it('keeps any Unicode text intact', () => {
		const quiz = quizOf(2, 'Ψηφιδωτά & “quotes” — 漢字 😀');
		quiz.questions[0].options[1] = 'Ærøskøbing';
		const decoded = decodeQuizLink(encodeQuizLink(quiz, ORIGIN));
		expect(decoded.ok && decoded.quiz.title).toBe(quiz.title);
		expect(decoded.ok && decoded.quiz.questions[0].options[1]).toBe('Ærøskøbing');
	});

	it('accepts the link in every form a person may hand it over', () => {
		const url = encodeQuizLink(quizOf(3), ORIGIN + '/');
		expect(url).toContain('example/join#');
		const payload = payloadOf(url);
		const wrapped = url.replace(/(.{60})/g, '$1\n  ');
		for (const form of [url, `#q=${payload}`, `q=${payload}`, wrapped, `${url}&x=1`, ` ${url} `]) {
			expect(reasonOf(decodeQuizLink(form))).toBe('ok');
		}
	});

	it('is compact: a 10-question quiz with its sentences fits a QR code of version 25 or less', () => {
		const share = prepareQuizShare(quizOf(10), ORIGIN);
		expect(share.ok && share.hasSources).toBe(true);
		expect(share.ok && share.qr.version).toBeLessThanOrEqual(25);
		expect(share.ok && share.bytes).toBe(share.ok && utf8.encode(share.url).length);
	});
});

describe('prepareQuizShare', () => {
	it('drops the source sentences when only that makes the link fit one QR code', () => {
		const random = seededRandom(21);
		// Sized so that the quiz fits one QR code without its sentences but not with them.
		const quiz = randomQuiz(random, 36, { prompt: 8, option: 2, source: 14 });
		const share = prepareQuizShare(quiz, ORIGIN);
		expect(share.ok).toBe(true);
		if (!share.ok) return;
		expect(share.qr.fits).toBe(true);
		expect(share.hasSources).toBe(false);
		const kept = prepareQuizShare(quiz, ORIGIN, 'keep');
		expect(kept.ok && kept.hasSources).toBe(true);
		expect(kept.ok && kept.qr.fits).toBe(false);
		const decoded = decodeQuizLink(share.url);
		expect(decoded.ok && decoded.quiz.questions[0].source.text).toBe('');
		expect(decoded.ok && decoded.hasSources).toBe(false);
	});

	it('keeps the sentences when the quiz is too large for a QR code either way', () => {
		const quiz = randomQuiz(seededRandom(4), 60);
		const share = prepareQuizShare(quiz, ORIGIN);
		expect(share.ok && share.qr.fits).toBe(false);
		expect(share.ok && share.hasSources).toBe(true);
		expect(prepareQuizShare(quiz, ORIGIN, 'drop')).toMatchObject({ ok: true, hasSources: false });
	});

	it('refuses an invalid quiz, and encodeQuizLink throws for it', () => {
		const quiz = quizOf(2);
		quiz.questions[1].options[2] = quiz.questions[1].options[0];
		expect(prepareQuizShare(quiz, ORIGIN)).toMatchObject({ ok: false, reason: 'invalid-quiz' });
		expect(() => encodeQuizLink({ title: ' ', questions: [] }, ORIGIN)).toThrow(/cannot be shared/);
	});

	it('refuses a quiz too large for any link', () => {
		// Random letters barely compress: 200 questions of about 500 characters each.
		const random = seededRandom(8);
		const noise = (length: number) =>
			Array.from({ length }, () => String.fromCharCode(48 + Math.floor(random() * 75))).join('');
		const quiz = quizOf(200);
		for (const q of quiz.questions) {
			q.prompt = noise(250);
			q.options = q.options.map((o) => o + noise(60));
		}
		expect(prepareQuizShare(quiz, ORIGIN)).toMatchObject({ ok: false, reason: 'too-large' });
		expect(() => encodeQuizLink(quiz, ORIGIN)).toThrow(/too large/);
	});
});

describe('decodeQuizLink failures', () => {
	const url = encodeQuizLink(quizOf(6), ORIGIN);
	const payload = payloadOf(url);

	it.each([
		['an empty string', ''],
		['another site', 'https://example.org/page#section'],
		['a bare payload without q=', payload],
		['a result code', '12HN-53AF-Z195-VSEY-07D3-1120-Z90H-WN7']
	])('says %s is not a Factdeck link', (_, text) => {
		expect(decodeQuizLink(text)).toMatchObject({ ok: false, reason: 'not-factdeck' });
	});

	it('says a link cut anywhere is truncated', () => {
		for (let keep = 0; keep < payload.length; keep++) {
			const reason = reasonOf(decodeQuizLink(`${ORIGIN}/join#q=${payload.slice(0, keep)}`));
			expect(reason).toBe(keep === 0 ? 'truncated' : 'truncated');
		}
	});

	it('says a link with characters added at the end is corrupt', () => {
		expect(decodeQuizLink(url + 'AAAA')).toMatchObject({ ok: false, reason: 'corrupt' });
		expect(decodeQuizLink(url + 'x')).toMatchObject({ ok: false, reason: 'corrupt' });
	});

	it('never accepts a link with any one character changed', () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const reasons = new Set<string>();
		for (let at = 0; at < payload.length; at++) {
			const swapped = alphabet[(alphabet.indexOf(payload[at]) + 17) % 64];
			const tampered = payload.slice(0, at) + swapped + payload.slice(at + 1);
			const decoded = decodeQuizLink(`#q=${tampered}`);
			reasons.add(reasonOf(decoded));
		}
		expect(reasons.has('ok')).toBe(false);
		expect(reasons.has('corrupt')).toBe(true);
	});

	it('never accepts a link with any one bit of its bytes flipped', () => {
		const bytes = fromBase64url(payload)!;
		for (let bit = 0; bit < bytes.length * 8; bit += 3) {
			const flipped = bytes.slice();
			flipped[bit >> 3] ^= 1 << (bit & 7);
			expect(reasonOf(decodeQuizLink(`#q=${toBase64url(flipped)}`))).not.toBe('ok');
		}
	});

	it('says a character outside base64url is corrupt', () => {
		expect(decodeQuizLink(`#q=${payload.slice(0, 10)}+${payload.slice(11)}`)).toMatchObject({
			ok: false,
			reason: 'corrupt'
		});
	});

	it('says a link of another format version is unsupported', () => {
		const newer = linkWith(['t', []], 2);
		expect(decodeQuizLink(newer)).toMatchObject({ ok: false, reason: 'unsupported-version' });
		const decoded = decodeQuizLink(newer);
		expect(decoded.ok || decoded.message).toMatch(/version/);
	});

	it('refuses an over-long input and payload before decoding', () => {
		expect(decodeQuizLink('#q=' + 'A'.repeat(LINK_LIMITS.inputChars))).toMatchObject({
			reason: 'too-large'
		});
		expect(decodeQuizLink('#q=' + 'A'.repeat(LINK_LIMITS.payloadChars + 1))).toMatchObject({
			reason: 'too-large'
		});
	});

	it('stops a sealed zip bomb at the inflated-size limit', () => {
		const bomb = linkWith(['x'.repeat(LINK_LIMITS.inflatedBytes), []]);
		expect(bomb.length).toBeLessThan(5_000);
		expect(decodeQuizLink(bomb)).toMatchObject({ ok: false, reason: 'too-large' });
	});

	it('says sealed text that is not JSON, or not UTF-8, is corrupt', () => {
		const notJson = `#q=${sealLinkPayload(utf8.encode('["title", ['))}`;
		expect(decodeQuizLink(notJson)).toMatchObject({ ok: false, reason: 'corrupt' });
		const notUtf8 = `#q=${sealLinkPayload(new Uint8Array([0x22, 0xff, 0xfe, 0x22]))}`;
		expect(decodeQuizLink(notUtf8)).toMatchObject({ ok: false, reason: 'corrupt' });
	});

	it.each([
		['the verbose form', quizOf(1)],
		['no questions', ['Title', []]],
		['an empty title', [' ', [[0, 'Who?', 'a', 'b', 'c', 'd', 0]]]],
		['an unknown kind', ['Title', [[42, 'Who?', 'a', 'b', 'c', 'd', 0]]]],
		['an answer out of range', ['Title', [[0, 'Who?', 'a', 'b', 'c', 'd', 4]]]],
		['duplicate options', ['Title', [[0, 'Who?', 'a', 'A', 'c', 'd', 0]]]],
		['an over-long option', ['Title', [[0, 'Who?', 'a'.repeat(301), 'b', 'c', 'd', 0]]]],
		[
			'201 questions',
			['Title', Array.from({ length: 201 }, () => [0, 'Who?', 'a', 'b', 'c', 'd', 0])]
		],
		['a number for a prompt', ['Title', [[0, 7, 'a', 'b', 'c', 'd', 0]]]]
	])('says a sealed quiz with %s is invalid', (_, json) => {
		const decoded = decodeQuizLink(linkWith(json));
		expect(decoded).toMatchObject({ ok: false, reason: 'invalid-quiz' });
	});

	it('treats a value that is not a string (from untyped callers) as not a link', () => {
		for (const value of [undefined, null, 42, {}, ['#q=AQ']]) {
			expect(decodeQuizLink(value as unknown as string)).toMatchObject({ reason: 'not-factdeck' });
		}
	});

	it('gives every failure a message for the person', () => {
		const decoded = decodeQuizLink('nothing');
		expect(decoded.ok || decoded.message.length).toBeGreaterThan(10);
	});

	it('returns only schema-valid quizzes', () => {
		const decoded = decodeQuizLink(url);
		expect(decoded.ok && v.safeParse(PortableQuizSchema, decoded.quiz).success).toBe(true);
	});
});
