/**
 * Bytes of a text file to a string. A byte-order mark wins; otherwise UTF-8, and when the bytes are
 * not valid UTF-8, Windows-1252 (what older Windows editors save), which decodes any byte.
 * `declared` is a charset the file names itself (an HTML <meta charset>); it is used when the
 * browser knows it and the file has no byte-order mark.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return new TextDecoder('utf-8').decode(bytes.subarray(3));
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	if (declared && !/^utf-?8$/i.test(declared)) {
		try {
			return new TextDecoder(declared).decode(bytes);
		} catch {
			// An unknown label: fall through to the usual guess.
		}
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}

// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, €…); the rest equal their code points.
// Written out because Node's TextDecoder treats 'windows-1252' as ISO-8859-1 and would turn these
// into invisible control characters, unlike browsers.
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const chunk = bytes.subarray(i, i + 8192);
		out += String.fromCharCode(
			...Array.from(chunk, (byte) =>
				byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte
			)
		);
	}
	return out;
}

/** The charset an HTML file declares in its first 2 KB (`<meta charset>` or http-equiv), if any. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
	const head = decodeWindows1252(bytes.subarray(0, 2048));
	const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
	return match?.[1];
}
