import type { Progress } from '$lib/core/scoring';
import { progressOf } from '$lib/core/scoring';
import { latestAttemptsByQuiz } from '$lib/storage/attempts';
import { listQuizzes } from '$lib/storage/quizzes';

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

	async load(): Promise<void> {
		try {
			const [quizzes, attempts] = await Promise.all([listQuizzes(), latestAttemptsByQuiz()]);
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
}
