import { promisifyRequest } from 'idb-keyval';
import { LEARN_AHEAD_MS } from '$lib/review/due-window';
import { transact } from './db';
import type { CardRecord } from './records';

/** Reading which review cards are due; free of the scheduler so the Library stays light. */

/** Cards due now (with the learn-ahead window), soonest first. */
export function dueCards(now = Date.now(), limit = 200): Promise<CardRecord[]> {
	return transact(
		['cards'],
		(stores) =>
			promisifyRequest<CardRecord[]>(
				stores.cards.index('byDue').getAll(IDBKeyRange.upperBound(now + LEARN_AHEAD_MS), limit)
			),
		'readonly'
	);
}

export function countDue(now = Date.now()): Promise<number> {
	return transact(
		['cards'],
		(stores) =>
			promisifyRequest(
				stores.cards.index('byDue').count(IDBKeyRange.upperBound(now + LEARN_AHEAD_MS))
			),
		'readonly'
	);
}

/** Due dates of every card, for the stats view's week ahead. */
export function allDueDates(): Promise<number[]> {
	return transact(['cards'], (stores) => collectIndexKeys(stores.cards.index('byDue')), 'readonly');
}

function collectIndexKeys(index: IDBIndex): Promise<number[]> {
	return new Promise((resolve, reject) => {
		const keys: number[] = [];
		const request = index.openKeyCursor();
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(keys);
			keys.push(cursor.key as number);
			cursor.continue();
		};
		request.onerror = () => reject(request.error);
	});
}
