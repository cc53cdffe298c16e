import type { Question } from '$lib/core/quiz';

/**
 * What is stored, one interface per object store. Every record carries `v`, its schema version;
 * `migrations.ts` lifts older records to the current version when they are read.
 */

export type ArticleOrigin = 'paste' | 'sample' | 'share' | 'file';

export interface ArticleRecord {
	v: 1;
	id: string;
	title: string;
	text: string;
	origin: ArticleOrigin;
	url?: string;
	createdAt: number;
}

export interface QuizRecord {
	v: 1;
	id: string;
	articleId: string;
	title: string;
	questions: Question[];
	createdAt: number;
	updatedAt: number;
}

export interface GivenAnswer {
	choice: number;
	correct: boolean;
	at: number;
}

export interface AttemptRecord {
	v: 1;
	id: string;
	quizId: string;
	/** Answers by question id, so an edited or reordered quiz keeps them. */
	answers: Record<string, GivenAnswer>;
	/** Index of the question on screen, so a reopened quiz shows exactly where it was. */
	current: number;
	startedAt: number;
	updatedAt: number;
	finishedAt?: number;
}

export const CURRENT_VERSION = { articles: 1, quizzes: 1, attempts: 1 } as const;
