import { get, set } from 'idb-keyval';
import { storeOf } from './db';

/** Persistent storage (so the browser does not evict the library) and how much space is used. */

const meta = storeOf('meta');
const ASKED_KEY = 'persistence-asked';

export interface StorageInfo {
	usage: number | undefined;
	quota: number | undefined;
	persisted: boolean | undefined;
}

export async function storageInfo(): Promise<StorageInfo> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	const [estimate, persisted] = await Promise.all([
		storage?.estimate?.().catch(() => undefined),
		storage?.persisted?.().catch(() => undefined)
	]);
	return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

/** Asks the browser to keep Factdeck's data; true when it is persisted. */
export async function requestPersistence(): Promise<boolean> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage?.persist) return false;
	return storage.persist().catch(() => false);
}

/** Asks once, after the first quiz is made; later calls do nothing. */
export async function requestPersistenceOnce(): Promise<void> {
	if (await get(ASKED_KEY, meta)) return;
	await set(ASKED_KEY, { v: 1, key: ASKED_KEY, value: true }, meta);
	await requestPersistence();
}
