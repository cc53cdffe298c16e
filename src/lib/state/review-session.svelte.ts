import type { Question } from '$lib/core/quiz';
import { gradeFor, Rating } from '$lib/review/scheduler';
import { reviewStats, type ReviewStats } from '$lib/review/stats';
import { getLatestAttempt } from '$lib/storage/attempts';
import { getQuiz } from '$lib/storage/quizzes';
import { allDueDates } from '$lib/storage/due';
import { dueQuestions, recordReview, regrade, reviewLogs } from '$lib/storage/reviews';

export interface ReviewItem {
	quizId: string;
	quizTitle: string;
	question: Question;
}

/**
 * A review sitting: the cards due across every quiz, or one quiz's mistakes, played with the same
 * question card as Play. Each answer reschedules its card at once.
 */
export class ReviewSession {
	items = $state<ReviewItem[]>([]);
	index = $state(0);
	chosen = $state<number | undefined>(undefined);
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state('');
	rightCount = $state(0);
	lastLogId = $state<string | undefined>(undefined);
	guessed = $state(false);
	stats = $state<ReviewStats | undefined>(undefined);

	item = $derived(this.items[this.index]);
	finished = $derived(this.status === 'ready' && this.index >= this.items.length);

	#shownAt = Date.now();

	/** Every card due now, or with `mistakesOf`, the questions answered wrong in that quiz's last play. */
	async load(mistakesOf?: string): Promise<void> {
		this.status = 'loading';
		try {
			this.items = mistakesOf ? await this.#mistakes(mistakesOf) : await dueQuestions();
			this.index = 0;
			this.chosen = undefined;
			this.rightCount = 0;
			this.#shownAt = Date.now();
			this.status = 'ready';
			await this.loadStats();
		} catch (error) {
			this.error = String(error);
			this.status = 'error';
		}
	}

	async loadStats(): Promise<void> {
		const [logs, due] = await Promise.all([reviewLogs(), allDueDates()]);
		this.stats = reviewStats(logs, due, Date.now());
	}

	async #mistakes(quizId: string): Promise<ReviewItem[]> {
		const [quiz, attempt] = await Promise.all([getQuiz(quizId), getLatestAttempt(quizId)]);
		if (!quiz || !attempt) return [];
		return quiz.questions
			.filter((q) => attempt.answers[q.id] && attempt.answers[q.id].choice !== q.answer)
			.map((question) => ({ quizId, quizTitle: quiz.title, question }));
	}

	async choose(choice: number): Promise<void> {
		const { item } = this;
		if (!item || this.chosen !== undefined) return;
		const at = Date.now();
		const correct = choice === item.question.answer;
		try {
			const log = await recordReview(
				item.quizId,
				item.question.id,
				choice,
				correct,
				gradeFor(correct, (at - this.#shownAt) / 1000),
				at
			);
			this.chosen = choice;
			this.lastLogId = log.id;
			this.guessed = false;
			if (correct) this.rightCount++;
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	async markGuessed(): Promise<void> {
		if (!this.lastLogId || this.guessed) return;
		await regrade(this.lastLogId, Rating.Hard);
		this.guessed = true;
	}

	async next(): Promise<void> {
		this.index++;
		this.chosen = undefined;
		this.lastLogId = undefined;
		this.#shownAt = Date.now();
		if (this.finished) await this.loadStats();
	}
}
