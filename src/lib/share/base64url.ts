/** Base64url without padding (RFC 4648 §5), written out so it behaves the same in Node and browsers. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

export function toBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i];
		const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
		const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
		const triple = (a << 16) | (b << 8) | c;
		out += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
		if (i + 1 < bytes.length) out += ALPHABET[(triple >> 6) & 63];
		if (i + 2 < bytes.length) out += ALPHABET[triple & 63];
	}
	return out;
}

export function isBase64url(text: string): boolean {
	return /^[A-Za-z0-9_-]*$/.test(text);
}

/**
 * The bytes of a base64url string; null when it holds another character. A dangling last
 * character (length ≡ 1 mod 4, as left by a cut-off link) is dropped: it cannot hold a whole byte,
 * and the caller's length check reports the cut.
 */
export function fromBase64url(text: string): Uint8Array | null {
	if (!isBase64url(text)) return null;
	const usable = text.length % 4 === 1 ? text.length - 1 : text.length;
	const bytes = new Uint8Array(Math.floor((usable * 6) / 8));
	let buffer = 0;
	let bufferedBits = 0;
	let at = 0;
	for (let i = 0; i < usable; i++) {
		buffer = ((buffer << 6) | VALUE_OF[text.charCodeAt(i)]) & 0xffffff;
		bufferedBits += 6;
		if (bufferedBits >= 8) {
			bufferedBits -= 8;
			bytes[at++] = (buffer >> bufferedBits) & 0xff;
		}
	}
	return bytes;
}
