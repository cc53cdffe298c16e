import { describe, expect, it } from 'vitest';
import { fromBase64url, isBase64url, toBase64url } from './base64url';
import { seededRandom } from './test-fixtures';

describe('base64url', () => {
	it('matches Node for every length up to 40 and round-trips', () => {
		const random = seededRandom(7);
		for (let length = 0; length <= 40; length++) {
			const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
			const text = toBase64url(bytes);
			expect(text).toBe(Buffer.from(bytes).toString('base64url'));
			expect(fromBase64url(text)).toEqual(bytes);
		}
	});

	it('refuses characters outside the url-safe alphabet', () => {
		expect(fromBase64url('ab+c')).toBeNull();
		expect(fromBase64url('ab/c')).toBeNull();
		expect(fromBase64url('abc=')).toBeNull();
		expect(isBase64url('A-_z09')).toBe(true);
	});

	it('drops a dangling last character instead of inventing a byte', () => {
		expect(fromBase64url('QUJD')).toEqual(new TextEncoder().encode('ABC'));
		expect(fromBase64url('QUJDR')).toEqual(new TextEncoder().encode('ABC'));
	});
});
