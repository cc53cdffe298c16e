import { promisifyRequest, type UseStore } from 'idb-keyval';
import { MIGRATIONS } from './migrations';

/**
 * One IndexedDB database with a store per record type. idb-keyval does the single-store work;
 * `transact` covers the writes that must land in several stores at once or not at all.
 */

export const DB_NAME = 'factdeck';
/** One migration per version step, in migrations.ts; each is tested from the version before. */
export const DB_VERSION = MIGRATIONS.length;

export const STORE_NAMES = [
	'articles',
	'quizzes',
	'attempts',
	'cards',
	'reviewLogs',
	'meta',
	'reports'
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

let opening: Promise<IDBDatabase> | undefined;

export function openDatabase(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = (event) => {
			const tx = request.transaction;
			if (!tx) return;
			for (let version = event.oldVersion; version < DB_VERSION; version++) {
				MIGRATIONS[version](request.result, tx);
			}
		};
		request.onsuccess = () => {
			const db = request.result;
			// A newer version opened in another tab must not be blocked by this one.
			db.onversionchange = () => {
				db.close();
				opening = undefined;
			};
			resolve(db);
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () =>
			reject(new Error('Factdeck was updated: close its other tabs, then reload this one.'));
	});
	opening.catch(() => (opening = undefined));
	return opening;
}

/** An idb-keyval store over one object store of the shared database. */
export function storeOf(name: StoreName): UseStore {
	return async (txMode, callback) => {
		const db = await openDatabase();
		return callback(db.transaction(name, txMode).objectStore(name));
	};
}

/**
 * Runs `work` in one transaction over `names` and resolves once it has committed. If anything fails
 * (a quota error included) nothing of it is written. `work` may await IndexedDB requests of this
 * transaction, but nothing else, or the transaction closes early.
 */
export async function transact<T>(
	names: StoreName[],
	work: (stores: Record<StoreName, IDBObjectStore>) => T | Promise<T>,
	mode: IDBTransactionMode = 'readwrite'
): Promise<T> {
	const db = await openDatabase();
	const tx = db.transaction(names, mode);
	const done = promisifyRequest(tx);
	const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)])) as Record<
		StoreName,
		IDBObjectStore
	>;
	let result: T;
	try {
		result = await work(stores);
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already finished or aborted: nothing more to undo.
		}
		done.catch(() => undefined);
		throw error;
	}
	await done;
	return result;
}

/** For tests: forget the open connection so a fresh database can be used. */
export function closeDatabase(): void {
	void opening?.then((db) => db.close());
	opening = undefined;
}
