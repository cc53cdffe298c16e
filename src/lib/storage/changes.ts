import type { StoreName } from './db';

/**
 * Tells other tabs of this app that stored data changed, so they can reload what they show.
 * BroadcastChannel does not deliver to the sender; the tab that wrote already shows its change.
 */
const CHANNEL = 'factdeck-changes';
let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel ??= new BroadcastChannel(CHANNEL);
	return channel;
}

export function notifyChange(store: StoreName): void {
	getChannel()?.postMessage({ store });
}

/** Calls `listener` whenever another tab writes; returns the function that stops listening. */
export function onChange(listener: (store: StoreName) => void): () => void {
	const own = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
	if (!own) return () => undefined;
	own.onmessage = (event: MessageEvent<{ store: StoreName }>) => listener(event.data.store);
	return () => own.close();
}
