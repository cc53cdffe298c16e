import type { StoredCard } from '$lib/review/scheduler';
import type { AttemptRecord, CardRecord } from './records';

/**
 * The database's history, one step per version: MIGRATIONS[n] upgrades version n to n + 1 inside
 * the upgrade transaction. Steps are never edited once released; a change is a new step.
 */
export type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

function ensureStore(db: IDBDatabase, tx: IDBTransaction, name: string): IDBObjectStore {
	return db.objectStoreNames.contains(name) ? tx.objectStore(name) : db.createObjectStore(name);
}

/**
 * A new FSRS card as ts-fsrs 5 creates it, written out: a migration is a frozen snapshot, and this
 * keeps the scheduler out of the code every screen loads (a unit test checks it against ts-fsrs).
 */
export function newCardAt(due: number): StoredCard {
	return {
		due,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: 0
	};
}

/** 0 → 1: articles, quizzes and attempts (the first release). */
const createLibrary: Migration = (db, tx) => {
	ensureStore(db, tx, 'articles');
	ensureStore(db, tx, 'quizzes').createIndex('byArticle', 'articleId');
	ensureStore(db, tx, 'attempts').createIndex('byQuiz', 'quizId');
};

/**
 * 1 → 2: spaced repetition. Adds cards, review logs and a small meta store, and gives every
 * question already answered in version 1 a review card due now, so no earlier play is lost.
 */
const addReview: Migration = (db, tx) => {
	const cards = ensureStore(db, tx, 'cards');
	cards.createIndex('byDue', 'due');
	cards.createIndex('byQuiz', 'quizId');
	const logs = ensureStore(db, tx, 'reviewLogs');
	logs.createIndex('byCard', 'cardId');
	logs.createIndex('byTime', 'reviewedAt');
	ensureStore(db, tx, 'meta');

	const cursorRequest = tx.objectStore('attempts').openCursor();
	cursorRequest.onsuccess = () => {
		const cursor = cursorRequest.result;
		if (!cursor) return;
		const attempt = cursor.value as AttemptRecord;
		for (const [questionId, answer] of Object.entries(attempt.answers)) {
			const card = newCardAt(answer.at);
			const record: CardRecord = {
				v: 1,
				id: `${attempt.quizId}/${questionId}`,
				quizId: attempt.quizId,
				questionId,
				due: card.due,
				card,
				createdAt: answer.at
			};
			cards.put(record, record.id);
		}
		cursor.continue();
	};
};

/** 2 → 3: quizzes indexed by creation time, so the Library reads one page, newest first. */
const indexQuizzesByTime: Migration = (_db, tx) => {
	tx.objectStore('quizzes').createIndex('byCreated', 'createdAt');
};

/**
 * 3 → 4: class reports (issue 6). One record per quiz version (its fingerprint), found by quiz, so
 * a quiz edited after sharing starts a new report and the earlier one is kept.
 */
const addClassReports: Migration = (db, tx) => {
	ensureStore(db, tx, 'reports').createIndex('byQuiz', 'quizId');
};

export const MIGRATIONS: Migration[] = [
	createLibrary,
	addReview,
	indexQuizzesByTime,
	addClassReports
];
