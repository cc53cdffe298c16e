/**
 * A small, synchronous, non-cryptographic 64-bit hash (FNV-1a 64 followed by a MurmurHash3-style
 * final mix), used for quiz fingerprints and for the checksums of links and result codes.
 *
 * Synchronous on purpose: `crypto.subtle.digest` is async and only exists in secure contexts,
 * while fingerprints are needed inside plain functions (report building, code decoding) that run in
 * Node, in workers and on `http://` classroom servers alike. Nothing here is a secret: the hash
 * catches typos, truncation and accidental corruption, not a determined forger.
 */

const MASK_64 = 0xffffffffffffffffn;
const FNV_OFFSET_64 = 0xcbf29ce484222325n;
const FNV_PRIME_64 = 0x100000001b3n;

const utf8 = new TextEncoder();

export function hash64(bytes: Uint8Array): bigint {
	let h = FNV_OFFSET_64;
	for (let i = 0; i < bytes.length; i++) {
		h = ((h ^ BigInt(bytes[i])) * FNV_PRIME_64) & MASK_64;
	}
	// FNV alone mixes the last bytes poorly into the high bits; the final mix spreads every input
	// bit over the whole output, so any slice of the result is usable as a shorter hash.
	h ^= h >> 33n;
	h = (h * 0xff51afd7ed558ccdn) & MASK_64;
	h ^= h >> 33n;
	h = (h * 0xc4ceb9fe1a85ec53n) & MASK_64;
	h ^= h >> 33n;
	return h;
}

export function hashText64(text: string): bigint {
	return hash64(utf8.encode(text));
}

/** The top `bits` bits (1–53) of the hash, as a plain number. */
export function topBits(hash: bigint, bits: number): number {
	return Number(hash >> BigInt(64 - bits));
}
