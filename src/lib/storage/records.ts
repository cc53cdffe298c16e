import type { Question } from '$lib/core/quiz';
import type { StoredCard, StoredReviewLog } from '$lib/review/scheduler';

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

/** One review card per question of a quiz, scheduled by FSRS. */
export interface CardRecord {
	v: 1;
	/** `${quizId}/${questionId}`: question ids are only unique within a quiz. */
	id: string;
	quizId: string;
	questionId: string;
	/** Copied from the card so IndexedDB can index it. */
	due: number;
	card: StoredCard;
	createdAt: number;
}

export type ReviewOrigin = 'play' | 'review';

export interface ReviewLogRecord {
	v: 1;
	id: string;
	cardId: string;
	quizId: string;
	questionId: string;
	origin: ReviewOrigin;
	choice: number;
	correct: boolean;
	reviewedAt: number;
	log: StoredReviewLog;
	/** The card before this review, so a changed rating ("I guessed") can be applied again. */
	before: StoredCard;
}

export interface MetaRecord {
	v: 1;
	key: string;
	value: string | number | boolean;
}

/** A student's result as kept in a class report: the answers of one name to one quiz version. */
export interface ReportResult {
	name: string;
	/** Per question, in quiz order: the chosen option (0–3), or null when not answered. */
	choices: (number | null)[];
}

/**
 * The results a teacher collected for one quiz without a network. The report itself (scores,
 * share right, misconceptions) is rebuilt from these with buildClassReport when read.
 */
export interface ReportRecord {
	v: 1;
	/** `${quizId}/${fingerprint}`: a quiz edited after sharing gets a new report. */
	id: string;
	quizId: string;
	/** The quizFingerprint the results answer. */
	fingerprint: string;
	/** In the order they first arrived; one per student. */
	results: ReportResult[];
	createdAt: number;
	updatedAt: number;
}

export const CURRENT_VERSION = {
	articles: 1,
	quizzes: 1,
	attempts: 1,
	cards: 1,
	reviewLogs: 1,
	meta: 1,
	reports: 1
} as const;
