/**
 * Seeded randomness. The generator must give the same quiz for the same text and seed, so nothing
 * here reads the clock or Math.random.
 */

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash for seeds and ids. */
export function hashString(text: string, seed = 0x811c9dc5): number {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

export type Random = () => number;

/** mulberry32: small, fast and good enough to shuffle four options. Returns numbers in [0, 1). */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function randomInt(random: Random, below: number): number {
	return Math.floor(random() * below);
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = items.slice();
	for (let i = copy.length - 1; i > 0; i--) {
		const j = randomInt(random, i + 1);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}
