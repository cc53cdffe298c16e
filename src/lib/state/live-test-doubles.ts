import type { SocketLike } from '$lib/live/live-client';
import type { ServerMessage } from '$lib/live/protocol';

/** Test doubles for the live state classes (not shipped: only tests import this file). */

/** A socket the test drives: it opens and receives when told to. */
export class FakeSocket implements SocketLike {
	readyState = 0;
	sent: Record<string, unknown>[] = [];
	onopen: ((event: unknown) => void) | null = null;
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onclose: ((event: unknown) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;
	send(data: string) {
		this.sent.push(JSON.parse(data) as Record<string, unknown>);
	}
	close() {
		this.readyState = 3;
	}
	open() {
		this.readyState = 1;
		this.onopen?.({});
	}
	receive(message: ServerMessage) {
		this.onmessage?.({ data: JSON.stringify(message) });
	}
}

/** A Storage stand-in over a Map. */
export function memoryStore() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key)
	};
}
