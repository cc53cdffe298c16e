import { Inflate } from 'fflate';

/**
 * Raw DEFLATE decompression that stops as soon as the output passes `maxBytes`, so a small
 * crafted payload (a "zip bomb") cannot make the page allocate megabytes. The input is fed in small
 * chunks: one chunk can expand at most about 1,000-fold, which bounds the memory used before the
 * check trips.
 */

const CHUNK_BYTES = 512;

export type InflateOutcome =
	{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

export function inflateLimited(data: Uint8Array, maxBytes: number): InflateOutcome {
	if (data.length === 0) return { ok: false, reason: 'corrupt' };
	const chunks: Uint8Array[] = [];
	let total = 0;
	let tooLarge = false;
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total > maxBytes) tooLarge = true;
		else chunks.push(chunk);
	});
	try {
		for (let at = 0; at < data.length && !tooLarge; at += CHUNK_BYTES) {
			const end = Math.min(at + CHUNK_BYTES, data.length);
			inflater.push(data.subarray(at, end), end === data.length);
		}
	} catch {
		// fflate throws on an invalid block, a bad code or a stream that ends early.
		return { ok: false, reason: 'corrupt' };
	}
	if (tooLarge) return { ok: false, reason: 'too-large' };
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return { ok: true, bytes };
}
