import { promisifyRequest } from 'idb-keyval';
import { newCard, schedule, type Grade, type StoredCard } from '$lib/review/scheduler';
import type { Question } from '$lib/core/quiz';
import { notifyChange } from './changes';
import { transact } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import { dueCards } from './due';
import { getQuizzes } from './quizzes';
import type {
	AttemptRecord,
	CardRecord,
	GivenAnswer,
	ReviewLogRecord,
	ReviewOrigin
} from './records';

export function cardId(quizId: string, questionId: string): string {
	return `${quizId}/${questionId}`;
}

function cardRecord(
	quizId: string,
	questionId: string,
	card: StoredCard,
	createdAt: number
): CardRecord {
	return {
		v: 1,
		id: cardId(quizId, questionId),
		quizId,
		questionId,
		due: card.due,
		card,
		createdAt
	};
}

interface Reviewed {
	quizId: string;
	questionId: string;
	choice: number;
	correct: boolean;
	grade: Grade;
	origin: ReviewOrigin;
	at: number;
}

/** Schedules the question's card and logs the review, inside a transaction already open. */
async function applyReview(
	stores: Record<'cards' | 'reviewLogs', IDBObjectStore>,
	reviewed: Reviewed
): Promise<ReviewLogRecord> {
	const id = cardId(reviewed.quizId, reviewed.questionId);
	const existing = await promisifyRequest<CardRecord | undefined>(stores.cards.get(id));
	const before = existing?.card ?? newCard(reviewed.at);
	const { card, log } = schedule(before, reviewed.grade, reviewed.at);
	stores.cards.put(
		cardRecord(reviewed.quizId, reviewed.questionId, card, existing?.createdAt ?? reviewed.at),
		id
	);
	const entry: ReviewLogRecord = {
		v: 1,
		id: newId('r'),
		cardId: id,
		quizId: reviewed.quizId,
		questionId: reviewed.questionId,
		origin: reviewed.origin,
		choice: reviewed.choice,
		correct: reviewed.correct,
		reviewedAt: reviewed.at,
		log,
		before
	};
	stores.reviewLogs.put(entry, entry.id);
	return entry;
}

/**
 * Records an answer given in Play: the attempt, the question's review card and the review log, in
 * one transaction. The stored attempt is read and merged, never overwritten, so answers given in
 * another tab are kept. Resolves to the attempt as stored, or undefined when the question already had
 * an answer (the first one counts).
 */
export async function recordAnswer(
	attempt: AttemptRecord,
	questionId: string,
	answer: GivenAnswer,
	grade: Grade
): Promise<{ attempt: AttemptRecord; log: ReviewLogRecord } | undefined> {
	try {
		const result = await transact(['attempts', 'cards', 'reviewLogs'], async (stores) => {
			const stored =
				(await promisifyRequest<AttemptRecord | undefined>(stores.attempts.get(attempt.id))) ??
				attempt;
			if (stored.answers[questionId]) return undefined;
			const next: AttemptRecord = {
				...stored,
				answers: { ...stored.answers, [questionId]: answer },
				updatedAt: answer.at
			};
			stores.attempts.put(next, next.id);
			const log = await applyReview(stores, {
				quizId: attempt.quizId,
				questionId,
				choice: answer.choice,
				correct: answer.correct,
				grade,
				origin: 'play',
				at: answer.at
			});
			return { attempt: next, log };
		});
		notifyChange('attempts');
		return result;
	} catch (error) {
		throw toStorageError(error, 'save your answer');
	}
}

/** Records an answer given in Review: the card and the log. */
export async function recordReview(
	quizId: string,
	questionId: string,
	choice: number,
	correct: boolean,
	grade: Grade,
	at = Date.now()
): Promise<ReviewLogRecord> {
	try {
		const log = await transact(['cards', 'reviewLogs'], (stores) =>
			applyReview(stores, { quizId, questionId, choice, correct, grade, origin: 'review', at })
		);
		notifyChange('cards');
		return log;
	} catch (error) {
		throw toStorageError(error, 'save your review');
	}
}

/** Schedules a logged review again with another grade ("I guessed"), from the card it started from. */
export async function regrade(logId: string, grade: Grade): Promise<ReviewLogRecord | undefined> {
	try {
		const updated = await transact(['cards', 'reviewLogs'], async (stores) => {
			const entry = await promisifyRequest<ReviewLogRecord | undefined>(
				stores.reviewLogs.get(logId)
			);
			if (!entry) return undefined;
			const { card, log } = schedule(entry.before, grade, entry.reviewedAt);
			const existing = await promisifyRequest<CardRecord | undefined>(
				stores.cards.get(entry.cardId)
			);
			stores.cards.put(
				cardRecord(entry.quizId, entry.questionId, card, existing?.createdAt ?? entry.reviewedAt),
				entry.cardId
			);
			const next: ReviewLogRecord = { ...entry, log };
			stores.reviewLogs.put(next, next.id);
			return next;
		});
		notifyChange('cards');
		return updated;
	} catch (error) {
		throw toStorageError(error, 'change the rating');
	}
}

export function reviewLogs(): Promise<ReviewLogRecord[]> {
	return transact(
		['reviewLogs'],
		(stores) => promisifyRequest<ReviewLogRecord[]>(stores.reviewLogs.getAll()),
		'readonly'
	);
}

/** The questions of the due cards, with their quiz, soonest first; cards of deleted questions are skipped. */
export async function dueQuestions(
	now = Date.now()
): Promise<{ quizId: string; quizTitle: string; question: Question }[]> {
	const cards = await dueCards(now);
	const quizzes = await getQuizzes([...new Set(cards.map((card) => card.quizId))]);
	const items = [];
	for (const card of cards) {
		const quiz = quizzes.get(card.quizId);
		const question = quiz?.questions.find((q) => q.id === card.questionId);
		if (quiz && question) items.push({ quizId: quiz.id, quizTitle: quiz.title, question });
	}
	return items;
}

export function cardsOfQuiz(quizId: string): Promise<CardRecord[]> {
	return transact(
		['cards'],
		(stores) =>
			promisifyRequest<CardRecord[]>(stores.cards.index('byQuiz').getAll(IDBKeyRange.only(quizId))),
		'readonly'
	);
}
