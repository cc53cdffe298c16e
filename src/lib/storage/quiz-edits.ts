import { promisifyRequest } from 'idb-keyval';
import * as v from 'valibot';
import type { Question } from '$lib/core/quiz';
import { PortableQuizSchema } from '$lib/core/schemas';
import { notifyChange } from './changes';
import { transact } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { QuizRecord } from './records';

/**
 * Edits of a stored quiz from the question editor: a new title, changed, added, dropped or
 * reordered questions. Attempts keep their answers (they are keyed by question id, and answers to
 * dropped questions stop counting); the review card of a dropped question goes with it, its review
 * history stays for the stats.
 */

/**
 * The review card key of a question, as reviews.ts's cardId builds it; written out here so the
 * editor does not load the scheduler (the unit test checks both agree).
 */
export function cardKey(quizId: string, questionId: string): string {
	return `${quizId}/${questionId}`;
}

export interface QuizEdit {
	title: string;
	questions: Question[];
}

/** An id for a question written by hand, unique within its quiz. */
export function newQuestionId(): string {
	return newId('h');
}

/** Thrown when an edit would store a quiz that Play, Review or the exports could not use. */
export class InvalidQuizEditError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InvalidQuizEditError';
	}
}

/**
 * Replaces the title and questions of quiz `quizId` in one transaction, deleting the review cards of
 * the questions no longer in it. Resolves to the stored record, or undefined when the quiz is gone.
 * Refuses (and writes nothing) when the result is not a valid quiz: the editor only sends valid
 * questions, so this guards the data rather than the person.
 */
export async function updateQuiz(
	quizId: string,
	edit: QuizEdit,
	now = Date.now()
): Promise<QuizRecord | undefined> {
	const parsed = v.safeParse(PortableQuizSchema, edit);
	if (!parsed.success) throw new InvalidQuizEditError(parsed.issues[0].message);
	const ids = new Set(parsed.output.questions.map((q) => q.id));
	if (ids.size !== parsed.output.questions.length) {
		throw new InvalidQuizEditError('Two questions of the quiz have the same id.');
	}
	let saved: QuizRecord | undefined;
	try {
		saved = await transact(['quizzes', 'cards'], async (stores) => {
			const stored = await promisifyRequest<QuizRecord | undefined>(stores.quizzes.get(quizId));
			if (!stored) return undefined;
			for (const question of stored.questions) {
				if (!ids.has(question.id)) stores.cards.delete(cardKey(quizId, question.id));
			}
			const record: QuizRecord = {
				...stored,
				title: parsed.output.title,
				questions: parsed.output.questions,
				updatedAt: now
			};
			stores.quizzes.put(record, quizId);
			return record;
		});
	} catch (error) {
		throw toStorageError(error, 'save your changes');
	}
	if (saved) {
		notifyChange('quizzes');
		notifyChange('cards');
	}
	return saved;
}
