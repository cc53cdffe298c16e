import { progressOf } from '$lib/core/scoring';
import { getLatestAttempt, newAttempt, saveAttempt } from '$lib/storage/attempts';
import { getQuiz } from '$lib/storage/quizzes';
import type { AttemptRecord, GivenAnswer, QuizRecord } from '$lib/storage/records';

type Status = 'loading' | 'ready' | 'missing' | 'error';

/**
 * One play-through of a quiz. Every answer and every move to the next question is written to
 * IndexedDB before the screen moves on, so a closed tab resumes exactly where it was.
 */
export class QuizPlayer {
	quiz = $state<QuizRecord | undefined>(undefined);
	attempt = $state<AttemptRecord | undefined>(undefined);
	status = $state<Status>('loading');
	error = $state('');

	questions = $derived(this.quiz?.questions ?? []);
	index = $derived(Math.min(this.attempt?.current ?? 0, Math.max(0, this.questions.length - 1)));
	question = $derived(this.questions[this.index]);
	given = $derived<GivenAnswer | undefined>(
		this.question ? this.attempt?.answers[this.question.id] : undefined
	);
	progress = $derived(progressOf(this.questions, this.attempt?.answers ?? {}));
	isLast = $derived(this.index >= this.questions.length - 1);

	/** Loads the quiz and the attempt to continue; a finished attempt is kept for the results. */
	async load(quizId: string): Promise<void> {
		this.status = 'loading';
		try {
			const quiz = await getQuiz(quizId);
			if (!quiz) {
				this.status = 'missing';
				return;
			}
			this.quiz = quiz;
			this.attempt = (await getLatestAttempt(quizId)) ?? newAttempt(quizId);
			this.status = 'ready';
		} catch (error) {
			this.error = String(error);
			this.status = 'error';
		}
	}

	/** Records the answer to the question on screen; a second answer to it is ignored. */
	async choose(choice: number): Promise<void> {
		const { attempt, question } = this;
		if (!attempt || !question || this.given || choice < 0 || choice >= question.options.length) {
			return;
		}
		const answer: GivenAnswer = { choice, correct: choice === question.answer, at: Date.now() };
		await this.#save({
			...$state.snapshot(attempt),
			answers: { ...$state.snapshot(attempt.answers), [question.id]: answer },
			updatedAt: answer.at
		});
	}

	/** Moves on; after the last question the attempt is marked finished. Returns true when finished. */
	async next(): Promise<boolean> {
		const { attempt } = this;
		if (!attempt || !this.given) return false;
		const now = Date.now();
		const base = $state.snapshot(attempt);
		if (this.isLast) {
			await this.#save({ ...base, finishedAt: base.finishedAt ?? now, updatedAt: now });
			return true;
		}
		await this.#save({ ...base, current: this.index + 1, updatedAt: now });
		return false;
	}

	/** Starts the quiz again from the first question; the earlier attempt stays in storage. */
	async restart(): Promise<void> {
		if (!this.quiz) return;
		await this.#save(newAttempt(this.quiz.id));
	}

	/** The screen shows only what was stored: on a failed write the previous state stays. */
	async #save(next: AttemptRecord): Promise<void> {
		try {
			await saveAttempt(next);
			this.attempt = next;
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}
}
