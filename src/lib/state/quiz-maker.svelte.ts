import { checkArticleText } from '$lib/core/article-text';
import { SAMPLE_ARTICLE } from '$lib/core/sample-article';
import { requestPersistenceOnce } from '$lib/storage/persistence';
import { createQuiz } from '$lib/storage/quizzes';
import type { ArticleOrigin } from '$lib/storage/records';
import type { Question } from '$lib/core/quiz';
import { GeneratorClient } from '$lib/workers/generator-client';
import { isLinkOnly, readSharedArticle } from './shared-article';
import { blankQuestion, problemsOf, type DraftQuestion } from './quiz-editor.svelte';

export type OpenedFile =
	| { kind: 'article' }
	/** `warnings`: what of the file could not be used, one sentence each. */
	| { kind: 'quiz'; id: string; warnings: string[] };

type Status = 'idle' | 'reading' | 'generating' | 'saving' | 'error';

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
	/** Also ask about what the article mentions in passing, not only its main facts. */
	asides = $state(false);

	busy = $derived(
		this.status === 'reading' || this.status === 'generating' || this.status === 'saving'
	);
	/** The name of the file the article came from, while the form still holds it. */
	fileName = $state<string | undefined>(undefined);
	/** A link was shared without the article's text, and no text has been added since. */
	linkOnly = $derived(this.origin === 'share' && isLinkOnly(this.text, this.url));

	/**
	 * Set when the engine found nothing to ask in a valid article: the title it would have given.
	 * The person may then write the first question by hand instead.
	 */
	nothingToAsk = $state<{ title: string } | undefined>(undefined);
	/** The question being written by hand, once the person chose to. */
	handWritten = $state<DraftQuestion | undefined>(undefined);
	handProblems = $derived(this.handWritten ? problemsOf(this.handWritten) : []);

	#client = new GeneratorClient();

	useSample(): void {
		this.title = SAMPLE_ARTICLE.title;
		this.text = SAMPLE_ARTICLE.text;
		this.origin = 'sample';
		this.fileName = undefined;
		this.error = '';
	}

	/**
	 * Reads a file that was opened or dropped. An article fills the form (the person still taps Make
	 * quiz); a quiz file (Factdeck JSON, Moodle GIFT) is saved as a quiz at once. A file that cannot
	 * be used leaves the form as it was and sets `error`. The readers load only now, so the New quiz
	 * page stays small for everyone who pastes.
	 */
	async openFile(file: File): Promise<OpenedFile | undefined> {
		if (this.busy) return undefined;
		this.error = '';
		this.status = 'reading';
		try {
			const { readArticleFile } = await import('$lib/formats/article-file');
			// DOMParser builds an inert document: the file's scripts never run.
			const result = await readArticleFile(file, { domParser: new DOMParser() });
			if (!result.ok) {
				this.fail(result.reason);
				return undefined;
			}
			if (result.kind === 'article') {
				this.title = result.title;
				this.text = result.text;
				this.url = undefined;
				this.origin = 'file';
				this.fileName = file.name;
				this.status = 'idle';
				return { kind: 'article' };
			}
			this.status = 'saving';
			const saved = await createQuiz({
				title: result.quiz.title,
				text: '',
				origin: 'file',
				questions: result.quiz.questions
			});
			this.status = 'idle';
			void requestPersistenceOnce().catch(() => undefined);
			return { kind: 'quiz', id: saved.id, warnings: result.warnings };
		} catch (error) {
			this.fail(error instanceof Error ? error.message : String(error));
			return undefined;
		}
	}

	/**
	 * Fills the form from a Web Share Target launch (`/new?title=&text=&url=`). The link is kept with
	 * the quiz; the page behind it is not fetched (see shared-article.ts), so `linkOnly` then asks
	 * for the article's text.
	 */
	fillFromShare(params: URLSearchParams): void {
		const shared = readSharedArticle(params);
		if (!shared) return;
		this.title = shared.title;
		this.text = shared.text;
		this.url = shared.url;
		this.origin = 'share';
	}

	/** Starts the first question by hand, for an article the engine found nothing to ask in. */
	writeByHand(): DraftQuestion {
		this.handWritten ??= blankQuestion();
		return this.handWritten;
	}

	/**
	 * Saves the article with the question written by hand as a new quiz; resolves to its id, or to
	 * undefined while the question still has problems (shown beside it) or when saving failed.
	 */
	async saveHandWritten(): Promise<string | undefined> {
		const question = this.handWritten;
		if (this.busy || !question || this.handProblems.length > 0) return undefined;
		const check = checkArticleText(this.text);
		if (!check.ok) {
			this.fail(check.reason);
			return undefined;
		}
		this.error = '';
		try {
			const title = this.nothingToAsk?.title ?? 'Untitled quiz';
			return await this.#saveArticle(title, [$state.snapshot(question)]);
		} catch (error) {
			this.fail(error instanceof Error ? error.message : String(error));
			return undefined;
		}
	}

	/** Saves the article in the form with these questions; the person's title wins over `title`. */
	async #saveArticle(title: string, questions: Question[]): Promise<string> {
		this.status = 'saving';
		const saved = await createQuiz({
			title: this.title.trim() || title,
			text: this.text,
			origin: this.origin,
			url: this.url,
			questions
		});
		this.status = 'idle';
		// The library now holds something worth keeping: ask the browser not to evict it.
		void requestPersistenceOnce().catch(() => undefined);
		return saved.id;
	}

	/** Makes and saves a quiz; resolves to its id, or to undefined with `error` set. */
	async make(): Promise<string | undefined> {
		if (this.busy) return undefined;
		this.error = '';
		// A question already written by hand stays: making the quiz again must not lose it.
		this.nothingToAsk = undefined;
		const check = checkArticleText(this.text);
		if (!check.ok) {
			this.fail(check.reason);
			return undefined;
		}
		this.status = 'generating';
		this.progress = 0;
		try {
			const quiz = await this.#client.generate(this.text, {
				// The title players will see: the engine neither asks for what it names nor treats its
				// nouns as unexplained.
				title: this.title.trim() || undefined,
				asides: this.asides,
				onProgress: (done, total) => (this.progress = total > 0 ? done / total : 0)
			});
			if (quiz.questions.length === 0) {
				this.fail(quiz.reason ?? 'No questions could be made from this text.');
				this.nothingToAsk = { title: quiz.title };
				return undefined;
			}
			return await this.#saveArticle(quiz.title, quiz.questions);
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
