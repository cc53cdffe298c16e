import { get, promisifyRequest, set } from 'idb-keyval';
import { notifyChange } from './changes';
import { storeOf, transact } from './db';
import { toStorageError } from './errors';
import { createQuiz, getQuiz, type NewQuiz } from './quizzes';
import type { MetaRecord, QuizRecord, ReportRecord, ReportResult } from './records';

/**
 * The classroom without a network (issue 6), as stored on each device.
 *
 * Teacher: one ReportRecord per quiz version, holding the students' results as received; the
 * report (scores, share right, misconceptions) is rebuilt from them on every read.
 *
 * Student: a quiz opened from a share link is saved in the library once. A small meta record
 * `joined:<fingerprint>` → quiz id remembers it, so opening the same link again (or reloading the
 * page, which keeps the link) continues that quiz instead of adding a copy; another meta record
 * keeps the name the student gave for it.
 */

const reports = storeOf('reports');
const meta = storeOf('meta');

export function reportId(quizId: string, fingerprint: string): string {
	return `${quizId}/${fingerprint}`;
}

/** The results collected for this version of the quiz, or undefined before the first one. */
export function getReport(quizId: string, fingerprint: string): Promise<ReportRecord | undefined> {
	return get<ReportRecord>(reportId(quizId, fingerprint), reports);
}

/** Every report kept for a quiz (one per version of it that was shared), newest change first. */
export async function reportsOfQuiz(quizId: string): Promise<ReportRecord[]> {
	const list = await reports('readonly', (store) =>
		promisifyRequest<ReportRecord[]>(store.index('byQuiz').getAll(IDBKeyRange.only(quizId)))
	);
	return list.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Stores the results of a quiz version, replacing the earlier list; the creation time is kept. */
export async function saveReport(
	quizId: string,
	fingerprint: string,
	results: readonly ReportResult[],
	now = Date.now()
): Promise<ReportRecord> {
	const id = reportId(quizId, fingerprint);
	try {
		const saved = await transact(['reports'], async (stores) => {
			const stored = await promisifyRequest<ReportRecord | undefined>(stores.reports.get(id));
			const record: ReportRecord = {
				v: 1,
				id,
				quizId,
				fingerprint,
				results: results.map((r) => ({ name: r.name, choices: [...r.choices] })),
				createdAt: stored?.createdAt ?? now,
				updatedAt: now
			};
			stores.reports.put(record, id);
			return record;
		});
		notifyChange('reports');
		return saved;
	} catch (error) {
		throw toStorageError(error, 'save the class report');
	}
}

/** Forgets the results of a quiz version (to start a new class with the same quiz). */
export async function deleteReport(quizId: string, fingerprint: string): Promise<void> {
	await transact(['reports'], (stores) => {
		stores.reports.delete(reportId(quizId, fingerprint));
	});
	notifyChange('reports');
}

const joinedKey = (fingerprint: string) => `joined:${fingerprint}`;
const nameKey = (quizId: string) => `class-name:${quizId}`;

async function metaValue(key: string): Promise<MetaRecord['value'] | undefined> {
	return (await get<MetaRecord>(key, meta))?.value;
}

function setMeta(key: string, value: MetaRecord['value']): Promise<void> {
	const record: MetaRecord = { v: 1, key, value };
	return set(key, record, meta);
}

export interface JoinedQuiz {
	quiz: QuizRecord;
	/** False when the quiz was already in the library from an earlier visit of the same link. */
	created: boolean;
}

/**
 * Saves a quiz opened from a share link in the library, once per fingerprint: the quiz saved the
 * first time is returned while it is still in the library; if it was deleted, it is saved again.
 */
export async function saveJoinedQuiz(fingerprint: string, input: NewQuiz): Promise<JoinedQuiz> {
	const knownId = await metaValue(joinedKey(fingerprint));
	const known = typeof knownId === 'string' ? await getQuiz(knownId) : undefined;
	if (known) return { quiz: known, created: false };
	const quiz = await createQuiz(input);
	try {
		await setMeta(joinedKey(fingerprint), quiz.id);
	} catch (error) {
		throw toStorageError(error, 'save the quiz');
	}
	return { quiz, created: true };
}

/** The name or nickname the student gave for a joined quiz, if any. */
export async function getClassName(quizId: string): Promise<string | undefined> {
	const value = await metaValue(nameKey(quizId));
	return typeof value === 'string' ? value : undefined;
}

export async function setClassName(quizId: string, name: string): Promise<void> {
	try {
		await setMeta(nameKey(quizId), name);
	} catch (error) {
		throw toStorageError(error, 'save your name');
	}
}
