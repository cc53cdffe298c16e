import { promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * One IndexedDB database with a store per record type. idb-keyval does the single-store work;
 * `transact` covers the writes that must land in several stores at once or not at all.
 */

export const DB_NAME = 'factdeck';
/** Bump when a store or index is added; `upgrade` only ever adds what is missing. */
export const DB_VERSION = 1;

export const STORE_NAMES = ['articles', 'quizzes', 'attempts'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

const INDEXES: Partial<Record<StoreName, { name: string; keyPath: string }[]>> = {
	attempts: [{ name: 'byQuiz', keyPath: 'quizId' }],
	quizzes: [{ name: 'byArticle', keyPath: 'articleId' }]
};

let opening: Promise<IDBDatabase> | undefined;

function upgrade(db: IDBDatabase, tx: IDBTransaction): void {
	for (const name of STORE_NAMES) {
		const store = db.objectStoreNames.contains(name)
			? tx.objectStore(name)
			: db.createObjectStore(name);
		for (const index of INDEXES[name] ?? []) {
			if (!store.indexNames.contains(index.name)) store.createIndex(index.name, index.keyPath);
		}
	}
}

export function openDatabase(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			if (request.transaction) upgrade(request.result, request.transaction);
		};
		request.onsuccess = () => {
			const db = request.result;
			// Another tab upgrading the schema must not be blocked by this one.
			db.onversionchange = () => {
				db.close();
				opening = undefined;
			};
			resolve(db);
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('Factdeck is open in an older tab; close it.'));
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
 * Runs `work` in one readwrite transaction over `names`; resolves when it has committed. If anything
 * fails (a quota error included) nothing of it is written.
 */
export async function transact<T>(
	names: StoreName[],
	work: (stores: Record<StoreName, IDBObjectStore>) => T
): Promise<T> {
	const db = await openDatabase();
	const tx = db.transaction(names, 'readwrite');
	const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)])) as Record<
		StoreName,
		IDBObjectStore
	>;
	let result: T;
	try {
		result = work(stores);
	} catch (error) {
		tx.abort();
		throw error;
	}
	await promisifyRequest(tx);
	return result;
}

/** For tests: forget the open connection so a fresh fake database can be used. */
export function closeDatabase(): void {
	void opening?.then((db) => db.close());
	opening = undefined;
}
