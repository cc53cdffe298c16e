import { TokenSchema } from '$lib/live/protocol';
import * as v from 'valibot';

/**
 * Where a live session's rejoin token waits for a reload: localStorage rather than sessionStorage,
 * because a phone may discard a locked tab (sessionStorage does not always come back with it) and
 * a teacher may close the projector tab by mistake; both should find their seat again. A token is
 * only useful while its session lives, so it is forgotten when the session ends and ignored once
 * old (the relay closes idle sessions long before).
 */

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const MAX_AGE_MS = 12 * 60 * 60 * 1000;
// Stored text is read back through a schema like any other outside data: it may be anything.
const StoredSchema = v.object({
	token: TokenSchema,
	savedAt: v.number(),
	nickname: v.optional(v.pipe(v.string(), v.maxLength(200)))
});
export type StoredToken = v.InferOutput<typeof StoredSchema>;

/** The page's localStorage, or null where it is missing or refused (private modes). */
export function browserStore(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function readToken(
	store: KeyValueStore | null,
	key: string,
	now: number
): StoredToken | null {
	let raw: string | null = null;
	try {
		raw = store?.getItem(key) ?? null;
	} catch {
		return null;
	}
	if (!raw || raw.length > 1000) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	const parsed = v.safeParse(StoredSchema, data);
	if (!parsed.success || now - parsed.output.savedAt > MAX_AGE_MS) return null;
	return parsed.output;
}

export function writeToken(store: KeyValueStore | null, key: string, value: StoredToken): void {
	try {
		store?.setItem(key, JSON.stringify(value));
	} catch {
		// A full or refused store only costs the seat after a reload; the session goes on.
	}
}

export function forgetToken(store: KeyValueStore | null, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		// Nothing to forget where nothing could be stored.
	}
}
