import { checkArticleText } from '$lib/core/article-text';
import { SAMPLE_ARTICLE } from '$lib/core/sample-article';
import { requestPersistenceOnce } from '$lib/storage/persistence';
import { createQuiz } from '$lib/storage/quizzes';
import type { ArticleOrigin } from '$lib/storage/records';
import { GeneratorClient } from '$lib/workers/generator-client';

type Status = 'idle' | 'generating' | 'saving' | 'error';

/** The New quiz screen: the article being typed, generation in the worker, saving the result. */
export class QuizMaker {
	title = $state('');
	text = $state('');
	url = $state<string | undefined>(undefined);
	origin = $state<ArticleOrigin>('paste');
	status = $state<Status>('idle');
	/** 0..1 while generating. */
	progress = $state(0);
	error = $state('');

	busy = $derived(this.status === 'generating' || this.status === 'saving');

	#client = new GeneratorClient();

	useSample(): void {
		this.title = SAMPLE_ARTICLE.title;
		this.text = SAMPLE_ARTICLE.text;
		this.origin = 'sample';
		this.error = '';
	}

	/** Fills the form from a Web Share Target launch (`/new?title=&text=&url=`). */
	fillFromShare(params: URLSearchParams): void {
		const title = params.get('title')?.trim() ?? '';
		const text = params.get('text')?.trim() ?? '';
		const url = params.get('url')?.trim() ?? '';
		if (!title && !text && !url) return;
		this.title = title;
		// Many apps put the link in `text`; keep whatever was shared so nothing is lost.
		this.text = text;
		this.url = url || undefined;
		this.origin = 'share';
	}

	/** Makes and saves a quiz; resolves to its id, or to undefined with `error` set. */
	async make(): Promise<string | undefined> {
		if (this.busy) return undefined;
		this.error = '';
		const check = checkArticleText(this.text);
		if (!check.ok) {
			this.fail(check.reason);
			return undefined;
		}
		this.status = 'generating';
		this.progress = 0;
		try {
			const quiz = await this.#client.generate(this.text, {
				onProgress: (done, total) => (this.progress = total > 0 ? done / total : 0)
			});
			if (quiz.questions.length === 0) {
				this.fail(quiz.reason ?? 'No questions could be made from this text.');
				return undefined;
			}
			this.status = 'saving';
			const saved = await createQuiz({
				title: this.title.trim() || quiz.title,
				text: this.text,
				origin: this.origin,
				url: this.url,
				questions: quiz.questions
			});
			this.status = 'idle';
			// The library now holds something worth keeping: ask the browser not to evict it.
			void requestPersistenceOnce().catch(() => undefined);
			return saved.id;
		} catch (error) {
			this.fail(error instanceof Error ? error.message : String(error));
			return undefined;
		}
	}

	private fail(message: string): void {
		this.error = message;
		this.status = 'error';
	}

	dispose(): void {
		this.#client.terminate();
	}
}
