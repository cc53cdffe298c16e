import { randomBytes, randomInt } from 'node:crypto';

/** A random 6-digit PIN (no leading zero, so it reads the same everywhere) not in `taken`. */
export function newPin(taken: { has(pin: string): boolean }): string {
	for (;;) {
		const pin = String(randomInt(100_000, 1_000_000));
		if (!taken.has(pin)) return pin;
	}
}

/** A secret for one seat or the host: the PIN, a dash, then 144 random bits. */
export function newToken(pin: string): string {
	return `${pin}-${randomBytes(18).toString('base64url')}`;
}
