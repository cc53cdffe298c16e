import { promisifyRequest, set } from 'idb-keyval';
import { storeOf } from './db';
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

/** The latest attempt of every quiz, keyed by quiz id. */
export function latestAttemptsByQuiz(): Promise<Map<string, AttemptRecord>> {
	return attempts('readonly', async (store) => {
		const all = await promisifyRequest<AttemptRecord[]>(store.getAll());
		const latest = new Map<string, AttemptRecord>();
		for (const attempt of all) {
			const seen = latest.get(attempt.quizId);
			if (!seen || attempt.startedAt > seen.startedAt) latest.set(attempt.quizId, attempt);
		}
		return latest;
	});
}

export function newAttempt(quizId: string, now = Date.now()): AttemptRecord {
	return { v: 1, id: newId('t'), quizId, answers: {}, current: 0, startedAt: now, updatedAt: now };
}

/** Writes the whole attempt; called the moment an answer is given or the position changes. */
export async function saveAttempt(attempt: AttemptRecord): Promise<void> {
	try {
		await set(attempt.id, attempt, attempts);
	} catch (error) {
		throw toStorageError(error, 'save your answer');
	}
}
