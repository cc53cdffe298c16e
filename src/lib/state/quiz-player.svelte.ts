import { progressOf } from '$lib/core/scoring';
import { gradeFor, Rating } from '$lib/review/scheduler';
import { getLatestAttempt, newAttempt, updateAttempt } from '$lib/storage/attempts';
import { onChange } from '$lib/storage/changes';
import { getQuiz } from '$lib/storage/quizzes';
import type { AttemptRecord, GivenAnswer, QuizRecord } from '$lib/storage/records';
import { recordAnswer, regrade } from '$lib/storage/reviews';

type Status = 'loading' | 'ready' | 'missing' | 'error';

/**
 * One play-through of a quiz. Every answer (with its review card) and every move to the next
 * question is written to IndexedDB before the screen moves on, so a closed tab resumes exactly where
 * it was; answers given in another tab appear here too.
 */
export class QuizPlayer {
	quiz = $state<QuizRecord | undefined>(undefined);
	attempt = $state<AttemptRecord | undefined>(undefined);
	status = $state<Status>('loading');
	error = $state('');
	/** The review log of the answer just given, while "I guessed" can still change its rating. */
	lastLogId = $state<string | undefined>(undefined);
	guessed = $state(false);

	questions = $derived(this.quiz?.questions ?? []);
	index = $derived(Math.min(this.attempt?.current ?? 0, Math.max(0, this.questions.length - 1)));
	question = $derived(this.questions[this.index]);
	given = $derived<GivenAnswer | undefined>(
		this.question ? this.attempt?.answers[this.question.id] : undefined
	);
	progress = $derived(progressOf(this.questions, this.attempt?.answers ?? {}));
	isLast = $derived(this.index >= this.questions.length - 1);

	#shownAt = Date.now();
	#quizId = '';

	/** Loads the quiz and the attempt to continue; a finished attempt is kept for the results. */
	async load(quizId: string): Promise<void> {
		this.#quizId = quizId;
		try {
			const quiz = await getQuiz(quizId);
			if (!quiz) {
				this.status = 'missing';
				return;
			}
			this.quiz = quiz;
			this.attempt = (await getLatestAttempt(quizId)) ?? newAttempt(quizId);
			this.#shownAt = Date.now();
			this.status = 'ready';
		} catch (error) {
			this.error = String(error);
			this.status = 'error';
		}
	}

	/** Reloads when another tab changes this quiz's progress; returns the function that stops it. */
	followOtherTabs(): () => void {
		return onChange((store) => {
			if (store === 'attempts' || store === 'quizzes') void this.load(this.#quizId);
		});
	}

	/** Records the answer to the question on screen; a second answer to it is ignored. */
	async choose(choice: number): Promise<void> {
		const { attempt, question } = this;
		if (!attempt || !question || this.given || choice < 0 || choice >= question.options.length) {
			return;
		}
		const at = Date.now();
		const correct = choice === question.answer;
		const grade = gradeFor(correct, (at - this.#shownAt) / 1000);
		try {
			const saved = await recordAnswer(
				$state.snapshot(attempt),
				question.id,
				{ choice, correct, at },
				grade
			);
			if (saved) {
				this.attempt = saved.attempt;
				this.lastLogId = saved.log.id;
				this.guessed = false;
			} else {
				// Another tab answered first: show what is stored.
				await this.load(this.#quizId);
			}
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** After a right answer: "I guessed it" brings the question back sooner (rated Hard). */
	async markGuessed(): Promise<void> {
		if (!this.lastLogId || this.guessed || !this.given?.correct) return;
		try {
			await regrade(this.lastLogId, Rating.Hard);
			this.guessed = true;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** Moves on; after the last question the attempt is marked finished. Returns true when finished. */
	async next(): Promise<boolean> {
		const { attempt } = this;
		if (!attempt || !this.given) return false;
		const base = $state.snapshot(attempt);
		const finishing = this.isLast;
		const change = finishing
			? { finishedAt: base.finishedAt ?? Date.now() }
			: { current: this.index + 1 };
		try {
			this.attempt = await updateAttempt(base, change);
			this.lastLogId = undefined;
			this.#shownAt = Date.now();
			this.error = '';
			return finishing;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			return false;
		}
	}

	/** Starts the quiz again from the first question; the earlier attempt stays in storage. */
	async restart(): Promise<void> {
		if (!this.quiz) return;
		this.attempt = await updateAttempt(newAttempt(this.quiz.id));
		this.#shownAt = Date.now();
	}
}
