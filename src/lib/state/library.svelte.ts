import type { Progress } from '$lib/core/scoring';
import { progressOf } from '$lib/core/scoring';
import { onChange } from '$lib/storage/changes';
import { libraryPage, type LibraryPage } from '$lib/storage/quizzes';
import { countDue } from '$lib/storage/due';

export interface LibraryEntry {
	id: string;
	title: string;
	createdAt: number;
	progress: Progress;
}

export const PAGE_SIZE = 50;

function toEntries(page: LibraryPage): LibraryEntry[] {
	return page.quizzes.map((quiz) => ({
		id: quiz.id,
		title: quiz.title,
		createdAt: quiz.createdAt,
		progress: progressOf(quiz.questions, page.attempts.get(quiz.id)?.answers ?? {})
	}));
}

/** The home screen: quizzes newest first, a page at a time, with progress and the review count. */
export class Library {
	entries = $state<LibraryEntry[]>([]);
	total = $state(0);
	dueCount = $state(0);
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state('');

	hasMore = $derived(this.entries.length < this.total);

	/** Loads the newest quizzes again, as many as are on screen (at least one page). */
	async load(): Promise<void> {
		try {
			const [page, due] = await Promise.all([
				libraryPage(Math.max(PAGE_SIZE, this.entries.length)),
				countDue()
			]);
			this.entries = toEntries(page);
			this.total = page.total;
			this.dueCount = due;
			this.status = 'ready';
		} catch (error) {
			this.error = String(error);
			this.status = 'error';
		}
	}

	async loadMore(): Promise<void> {
		const last = this.entries.at(-1);
		if (!last) return;
		const page = await libraryPage(PAGE_SIZE, last.createdAt);
		this.entries = [...this.entries, ...toEntries(page)];
		this.total = page.total;
	}

	/** Keeps the list current while another tab plays or adds quizzes; returns the stop function. */
	followOtherTabs(): () => void {
		return onChange(() => void this.load());
	}
}
