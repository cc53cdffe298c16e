import { get, getMany, promisifyRequest } from 'idb-keyval';
import type { Question } from '$lib/core/quiz';
import { notifyChange } from './changes';
import { storeOf, transact } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { ArticleOrigin, ArticleRecord, AttemptRecord, QuizRecord } from './records';

const articles = storeOf('articles');
const quizzes = storeOf('quizzes');

export interface NewQuiz {
	title: string;
	text: string;
	origin: ArticleOrigin;
	url?: string;
	questions: Question[];
}

/** Saves the article and its quiz in one transaction: either both are stored or neither is. */
export async function createQuiz(input: NewQuiz, now = Date.now()): Promise<QuizRecord> {
	const article: ArticleRecord = {
		v: 1,
		id: newId('a'),
		title: input.title,
		text: input.text,
		origin: input.origin,
		...(input.url ? { url: input.url } : {}),
		createdAt: now
	};
	const quiz: QuizRecord = {
		v: 1,
		id: newId('q'),
		articleId: article.id,
		title: input.title,
		questions: input.questions,
		createdAt: now,
		updatedAt: now
	};
	try {
		await transact(['articles', 'quizzes'], (stores) => {
			stores.articles.put(article, article.id);
			stores.quizzes.put(quiz, quiz.id);
		});
	} catch (error) {
		throw toStorageError(error, 'save the quiz');
	}
	notifyChange('quizzes');
	return quiz;
}

export function getQuiz(id: string): Promise<QuizRecord | undefined> {
	return get<QuizRecord>(id, quizzes);
}

export function getArticle(id: string): Promise<ArticleRecord | undefined> {
	return get<ArticleRecord>(id, articles);
}

export interface LibraryPage {
	quizzes: QuizRecord[];
	/** The latest attempt of each quiz on the page. */
	attempts: Map<string, AttemptRecord>;
	total: number;
}

/**
 * One page of the library, newest first, with each quiz's latest attempt, in one transaction.
 * Reading a page rather than everything keeps a library of thousands quick to open.
 */
export function libraryPage(limit: number, createdBefore?: number): Promise<LibraryPage> {
	return transact(
		['quizzes', 'attempts'],
		async (stores) => {
			const range =
				createdBefore === undefined ? null : IDBKeyRange.upperBound(createdBefore, true);
			const quizzes: QuizRecord[] = [];
			await new Promise<void>((resolve, reject) => {
				const request = stores.quizzes.index('byCreated').openCursor(range, 'prev');
				request.onsuccess = () => {
					const cursor = request.result;
					if (!cursor || quizzes.length >= limit) return resolve();
					quizzes.push(cursor.value as QuizRecord);
					cursor.continue();
				};
				request.onerror = () => reject(request.error);
			});
			const byQuiz = stores.attempts.index('byQuiz');
			const [total, ...attemptLists] = await Promise.all([
				promisifyRequest(stores.quizzes.count()),
				...quizzes.map((quiz) =>
					promisifyRequest<AttemptRecord[]>(byQuiz.getAll(IDBKeyRange.only(quiz.id)))
				)
			]);
			const attempts = new Map<string, AttemptRecord>();
			attemptLists.forEach((list, i) => {
				const latest = list.reduce<AttemptRecord | undefined>(
					(best, a) => (!best || a.startedAt > best.startedAt ? a : best),
					undefined
				);
				if (latest) attempts.set(quizzes[i].id, latest);
			});
			return { quizzes, attempts, total: total as number };
		},
		'readonly'
	);
}

/** Several quizzes by id in one read; missing ones are left out. */
export async function getQuizzes(ids: string[]): Promise<Map<string, QuizRecord>> {
	const found = await getMany<QuizRecord | undefined>(ids, quizzes);
	return new Map(found.flatMap((quiz) => (quiz ? [[quiz.id, quiz] as const] : [])));
}

function deleteByIndex(index: IDBIndex, key: string): void {
	const cursor = index.openKeyCursor(IDBKeyRange.only(key));
	cursor.onsuccess = () => {
		if (!cursor.result) return;
		index.objectStore.delete(cursor.result.primaryKey);
		cursor.result.continue();
	};
}

/**
 * Removes a quiz with its article, attempts, review cards and class reports; review history stays
 * for the stats.
 */
export async function deleteQuiz(id: string): Promise<void> {
	const quiz = await getQuiz(id);
	if (!quiz) return;
	await transact(['articles', 'quizzes', 'attempts', 'cards', 'reports'], (stores) => {
		stores.quizzes.delete(id);
		stores.articles.delete(quiz.articleId);
		deleteByIndex(stores.attempts.index('byQuiz'), id);
		deleteByIndex(stores.cards.index('byQuiz'), id);
		deleteByIndex(stores.reports.index('byQuiz'), id);
	});
	notifyChange('quizzes');
}
