import { promisifyRequest } from 'idb-keyval';
import { notifyChange } from './changes';
import { storeOf, transact } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { AttemptRecord } from './records';

const attempts = storeOf('attempts');

function newest(list: AttemptRecord[]): AttemptRecord | undefined {
	return list.reduce<AttemptRecord | undefined>(
		(best, a) => (!best || a.startedAt > best.startedAt ? a : best),
		undefined
	);
}

/** The attempt a reopened quiz continues, or shows the results of. */
export function getLatestAttempt(quizId: string): Promise<AttemptRecord | undefined> {
	return attempts('readonly', async (store) =>
		newest(await promisifyRequest(store.index('byQuiz').getAll(IDBKeyRange.only(quizId))))
	);
}

export function newAttempt(quizId: string, now = Date.now()): AttemptRecord {
	return { v: 1, id: newId('t'), quizId, answers: {}, current: 0, startedAt: now, updatedAt: now };
}

export type AttemptChange = Partial<Pick<AttemptRecord, 'current' | 'finishedAt'>>;

/**
 * Applies a change of position to the stored attempt (or stores `base` when it is new). The stored
 * record is read and merged, so answers another tab gave in the meantime are kept.
 */
export async function updateAttempt(
	base: AttemptRecord,
	change: AttemptChange = {},
	now = Date.now()
): Promise<AttemptRecord> {
	try {
		const next = await transact(['attempts'], async (stores) => {
			const stored =
				(await promisifyRequest<AttemptRecord | undefined>(stores.attempts.get(base.id))) ?? base;
			const merged: AttemptRecord = { ...stored, ...change, updatedAt: now };
			stores.attempts.put(merged, merged.id);
			return merged;
		});
		notifyChange('attempts');
		return next;
	} catch (error) {
		throw toStorageError(error, 'save your place in the quiz');
	}
}
