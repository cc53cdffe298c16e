import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateLimited } from './inflate-limited';
import { seededRandom } from './test-fixtures';

describe('inflateLimited', () => {
	it('round-trips data up to the limit', () => {
		const random = seededRandom(11);
		const data = Uint8Array.from({ length: 5_000 }, () => Math.floor(random() * 20));
		const out = inflateLimited(deflateSync(data), data.length);
		expect(out).toEqual({ ok: true, bytes: data });
	});

	it('stops a zip bomb: 2 MB of zeros in about 2 kB', () => {
		const bomb = deflateSync(new Uint8Array(2 * 1024 * 1024), { level: 1 });
		expect(bomb.length).toBeLessThan(3_000);
		expect(inflateLimited(bomb, 256 * 1024)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('refuses output one byte over the limit', () => {
		const data = new Uint8Array(1000).fill(65);
		expect(inflateLimited(deflateSync(data), 999)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('reports garbage, an empty input and a cut-off stream as corrupt', () => {
		expect(inflateLimited(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100).ok).toBe(false);
		expect(inflateLimited(new Uint8Array(), 100)).toEqual({ ok: false, reason: 'corrupt' });
		const random = seededRandom(5);
		const data = Uint8Array.from({ length: 5000 }, () => Math.floor(random() * 256));
		const cut = deflateSync(data).subarray(0, 2000);
		expect(inflateLimited(cut, 10_000)).toEqual({ ok: false, reason: 'corrupt' });
	});
});
