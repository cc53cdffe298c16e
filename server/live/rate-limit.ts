/**
 * The two limits the relay needs, with the clock passed in so tests need no waiting.
 */

/** A token bucket: `burst` messages at once, refilled at `perSecond`. One per connection. */
export class TokenBucket {
	private tokens: number;
	private refilledAt: number;

	constructor(
		private readonly perSecond: number,
		private readonly burst: number,
		now: number
	) {
		this.tokens = burst;
		this.refilledAt = now;
	}

	take(now: number): boolean {
		const elapsed = Math.max(0, now - this.refilledAt) / 1000;
		this.tokens = Math.min(this.burst, this.tokens + elapsed * this.perSecond);
		this.refilledAt = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}

interface Window {
	startedAt: number;
	failures: number;
}

/**
 * Counts failures (wrong PINs, unknown tokens) per key (an IP address) in fixed windows; a key with
 * `max` failures is blocked until its window ends. Holds at most `maxKeys` keys: when full, the
 * oldest window is forgotten, so a flood of addresses cannot grow memory without bound.
 */
export class FailureLimiter {
	private readonly windows = new Map<string, Window>();

	constructor(
		private readonly max: number,
		private readonly windowMs: number,
		private readonly maxKeys = 10_000
	) {}

	blocked(key: string, now: number): boolean {
		const window = this.current(key, now);
		return window !== undefined && window.failures >= this.max;
	}

	fail(key: string, now: number): void {
		const window = this.current(key, now);
		if (window) {
			window.failures++;
			return;
		}
		if (this.windows.size >= this.maxKeys) {
			// Maps iterate in insertion order: the first key is the oldest window.
			const oldest = this.windows.keys().next().value;
			if (oldest !== undefined) this.windows.delete(oldest);
		}
		this.windows.set(key, { startedAt: now, failures: 1 });
	}

	/** Forgets windows that are over. */
	sweep(now: number): void {
		for (const [key, window] of this.windows) {
			if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
		}
	}

	get size(): number {
		return this.windows.size;
	}

	private current(key: string, now: number): Window | undefined {
		const window = this.windows.get(key);
		if (window && now - window.startedAt >= this.windowMs) {
			this.windows.delete(key);
			return undefined;
		}
		return window;
	}
}
