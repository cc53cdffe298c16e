import { describe, expect, it } from 'vitest';
import { hash64, hashText64, topBits } from './hash';
import { seededRandom } from './test-fixtures';

function bitsSet(value: bigint): number {
	let count = 0;
	for (let v = value; v > 0n; v >>= 1n) count += Number(v & 1n);
	return count;
}

describe('hash64', () => {
	it('is deterministic and stays within 64 bits', () => {
		expect(hashText64('lantern')).toBe(hashText64('lantern'));
		expect(hashText64('lantern')).toBeLessThan(2n ** 64n);
		expect(hash64(new Uint8Array())).not.toBe(hash64(new Uint8Array([0])));
	});

	it('changes about half of the output bits when one input bit flips', () => {
		const random = seededRandom(3);
		let total = 0;
		const trials = 300;
		for (let t = 0; t < trials; t++) {
			const bytes = Uint8Array.from({ length: 12 }, () => Math.floor(random() * 256));
			const flipped = bytes.slice();
			const bit = Math.floor(random() * 96);
			flipped[bit >> 3] ^= 1 << (bit & 7);
			total += bitsSet(hash64(bytes) ^ hash64(flipped));
		}
		const mean = total / trials;
		expect(mean).toBeGreaterThan(28);
		expect(mean).toBeLessThan(36);
	});

	it('gives no collisions over many similar short inputs', () => {
		const seen = new Set<number>();
		for (let i = 0; i < 20_000; i++) seen.add(topBits(hashText64(`q${i}`), 40));
		expect(seen.size).toBe(20_000);
	});

	it('takes the top bits as a number', () => {
		expect(topBits(0xffffffffffffffffn, 20)).toBe(2 ** 20 - 1);
		expect(topBits(1n << 63n, 1)).toBe(1);
		expect(topBits((1n << 63n) - 1n, 1)).toBe(0);
	});
});
