import type { Progress } from '$lib/core/scoring';
import { progressOf } from '$lib/core/scoring';
import { latestAttemptsByQuiz } from '$lib/storage/attempts';
import { onChange } from '$lib/storage/changes';
import { listQuizzes } from '$lib/storage/quizzes';
import { countDue } from '$lib/storage/reviews';

export interface LibraryEntry {
	id: string;
	title: string;
	createdAt: number;
	progress: Progress;
}

/** The home screen's list of quizzes with the progress of each one's latest attempt. */
export class Library {
	entries = $state<LibraryEntry[]>([]);
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state('');
	dueCount = $state(0);

	async load(): Promise<void> {
		try {
			const [quizzes, attempts, due] = await Promise.all([
				listQuizzes(),
				latestAttemptsByQuiz(),
				countDue()
			]);
			this.dueCount = due;
			this.entries = quizzes.map((quiz) => ({
				id: quiz.id,
				title: quiz.title,
				createdAt: quiz.createdAt,
				progress: progressOf(quiz.questions, attempts.get(quiz.id)?.answers ?? {})
			}));
			this.status = 'ready';
		} catch (error) {
			this.error = String(error);
			this.status = 'error';
		}
	}

	/** Keeps the list current while another tab plays or adds quizzes; returns the stop function. */
	followOtherTabs(): () => void {
		return onChange(() => void this.load());
	}
}
