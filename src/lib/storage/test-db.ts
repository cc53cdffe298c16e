import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from './db';

/** Gives each unit test a fresh, empty fake IndexedDB. */
export function freshDatabase(): void {
	closeDatabase();
	globalThis.indexedDB = new IDBFactory();
}
