import { get, values } from 'idb-keyval';
import type { Question } from '$lib/core/quiz';
import { notifyChange } from './changes';
import { storeOf, transact } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { ArticleOrigin, ArticleRecord, QuizRecord } from './records';

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

/** Every quiz, newest first. */
export async function listQuizzes(): Promise<QuizRecord[]> {
	const all = await values<QuizRecord>(quizzes);
	return all.sort((a, b) => b.createdAt - a.createdAt);
}

function deleteByIndex(index: IDBIndex, key: string): void {
	const cursor = index.openKeyCursor(IDBKeyRange.only(key));
	cursor.onsuccess = () => {
		if (!cursor.result) return;
		index.objectStore.delete(cursor.result.primaryKey);
		cursor.result.continue();
	};
}

/** Removes a quiz with its article, attempts and review cards; review history stays for the stats. */
export async function deleteQuiz(id: string): Promise<void> {
	const quiz = await getQuiz(id);
	if (!quiz) return;
	await transact(['articles', 'quizzes', 'attempts', 'cards'], (stores) => {
		stores.quizzes.delete(id);
		stores.articles.delete(quiz.articleId);
		deleteByIndex(stores.attempts.index('byQuiz'), id);
		deleteByIndex(stores.cards.index('byQuiz'), id);
	});
	notifyChange('quizzes');
}
