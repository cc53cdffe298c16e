import { describe, expect, it } from 'vitest';
import { FailureLimiter, TokenBucket } from './rate-limit';

describe('TokenBucket', () => {
	it('allows a burst, then refills at the steady rate', () => {
		const bucket = new TokenBucket(2, 3, 0);
		expect([1, 2, 3, 4].map(() => bucket.take(0))).toEqual([true, true, true, false]);
		expect(bucket.take(250)).toBe(false);
		expect(bucket.take(500)).toBe(true);
		expect(bucket.take(500)).toBe(false);
		// A long pause refills no more than the burst.
		expect([1, 2, 3, 4].map(() => bucket.take(60_000))).toEqual([true, true, true, false]);
	});
});

describe('FailureLimiter', () => {
	it('blocks a key after the allowed failures until its window ends', () => {
		const limiter = new FailureLimiter(3, 60_000);
		for (let i = 0; i < 3; i++) {
			expect(limiter.blocked('10.0.0.7', i)).toBe(false);
			limiter.fail('10.0.0.7', i);
		}
		expect(limiter.blocked('10.0.0.7', 100)).toBe(true);
		expect(limiter.blocked('10.0.0.8', 100)).toBe(false);
		expect(limiter.blocked('10.0.0.7', 60_000)).toBe(false);
	});

	it('holds a bounded number of keys and forgets finished windows', () => {
		const limiter = new FailureLimiter(1, 1_000, 2);
		limiter.fail('a', 0);
		limiter.fail('b', 1);
		limiter.fail('c', 2);
		expect(limiter.size).toBe(2);
		expect(limiter.blocked('a', 3)).toBe(false);
		expect(limiter.blocked('c', 3)).toBe(true);
		limiter.sweep(5_000);
		expect(limiter.size).toBe(0);
	});
});
