import { LIVE_LIMITS, type LiveErrorCode } from '../../src/lib/live/protocol';

// Control characters, bidi overrides and zero-width characters would make names that look alike.
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const FORBIDDEN_IN_NICKNAME = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/** A nickname as shown, or why it is refused. */
export function cleanNickname(
	raw: string
): { ok: true; nickname: string; key: string } | { ok: false; code: LiveErrorCode } {
	const nickname = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
	if (FORBIDDEN_IN_NICKNAME.test(nickname) || !/[\p{L}\p{N}]/u.test(nickname)) {
		return { ok: false, code: 'nickname-invalid' };
	}
	if ([...nickname].length > LIVE_LIMITS.nickname) return { ok: false, code: 'nickname-too-long' };
	return { ok: true, nickname, key: nickname.normalize('NFKC').toLowerCase() };
}
