import * as v from 'valibot';
import { OPTION_COUNT, type Question } from '$lib/core/quiz';
import { LIMITS, QuestionSchema } from '$lib/core/schemas';
import { getQuiz } from '$lib/storage/quizzes';
import { newQuestionId, updateQuiz, type QuizEdit } from '$lib/storage/quiz-edits';
import type { QuizRecord } from '$lib/storage/records';

type Status = 'loading' | 'ready' | 'missing' | 'error';

/** A question as the editor holds it: the same shape as a stored one, but possibly invalid. */
export type DraftQuestion = Question;

const LETTERS = ['A', 'B', 'C', 'D'];

/** How long typing may pause before the change is written. */
const SAVE_DELAY_MS = 400;

/**
 * What stops a question from being saved, one sentence each, in words a teacher can act on; empty
 * when QuestionSchema (the rule Play, Review and the exports rely on) accepts it.
 */
export function problemsOf(question: DraftQuestion): string[] {
	const problems: string[] = [];
	const prompt = question.prompt.trim();
	if (prompt === '') problems.push('The question text is empty.');
	else if (prompt.length > LIMITS.prompt) {
		problems.push(`The question text is longer than ${LIMITS.prompt} characters.`);
	}
	const options = question.options.map((option) => option.trim());
	options.forEach((option, i) => {
		if (option === '') problems.push(`Option ${LETTERS[i]} is empty.`);
		else if (option.length > LIMITS.option) {
			problems.push(`Option ${LETTERS[i]} is longer than ${LIMITS.option} characters.`);
		}
	});
	const keys = options.map((option) => option.toLowerCase());
	keys.forEach((key, i) => {
		const first = keys.indexOf(key);
		if (key !== '' && first < i) {
			problems.push(`Options ${LETTERS[first]} and ${LETTERS[i]} are the same.`);
		}
	});
	if (problems.length === 0) {
		const parsed = v.safeParse(QuestionSchema, question);
		if (!parsed.success) problems.push(parsed.issues[0].message);
	}
	return problems;
}

export function titleProblemOf(title: string): string {
	const trimmed = title.trim();
	if (trimmed === '') return 'The quiz needs a title.';
	if (trimmed.length > LIMITS.title) return `The title is longer than ${LIMITS.title} characters.`;
	return '';
}

/**
 * What an import left out, handed from the New quiz page to the editor it opens (kept in memory:
 * after a reload the note is gone, the quiz is not).
 */
let importNotes: { quizId: string; notes: string[] } | undefined;

export function leaveImportNotes(quizId: string, notes: string[]): void {
	importNotes = notes.length > 0 ? { quizId, notes } : undefined;
}

/**
 * An empty question written by hand (kind 'what': it is an open question, not made from a sentence,
 * so it has no source).
 */
export function blankQuestion(): DraftQuestion {
	return {
		id: newQuestionId(),
		kind: 'what',
		prompt: '',
		options: Array.from({ length: OPTION_COUNT }, () => ''),
		answer: 0,
		source: { text: '', start: 0, end: 0 }
	};
}

function copyOf(question: Question): DraftQuestion {
	return { ...question, options: [...question.options], source: { ...question.source } };
}

/**
 * The question editor: the quiz's title and questions as drafts, saved to IndexedDB shortly after
 * every change. A question that is not valid is flagged and left out of the save: the stored quiz
 * keeps its last valid version (or, for a question written by hand, does not hold it yet), so Play
 * and Review never see a broken question.
 */
export class QuizEditor {
	status = $state<Status>('loading');
	title = $state('');
	drafts = $state<DraftQuestion[]>([]);
	/** A change waits to be written, or is being written. */
	saving = $state(false);
	/** Why the last save failed; cleared by the next one that works. */
	error = $state('');
	/** What the import of this quiz left out, shown once on the preview. */
	importNotes = $state<string[]>([]);

	titleProblem = $derived(titleProblemOf(this.title));
	/** The problems of each draft, by its id. */
	problems = $derived(Object.fromEntries(this.drafts.map((d) => [d.id, problemsOf(d)])));
	invalidCount = $derived(
		Object.values(this.problems).filter((p) => p.length > 0).length + (this.titleProblem ? 1 : 0)
	);
	savedText = $derived(this.#statusText());

	#quizId = '';
	/** The quiz whose drafts are open. */
	#openedId: string | undefined;
	#stored: QuizRecord | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#queue: Promise<void> = Promise.resolve();
	#pending = 0;

	async load(quizId: string): Promise<void> {
		// Opened again while it is open (the page's effect re-run): the drafts may hold typing not yet
		// written, and the stored quiz would overwrite it.
		// (A plain field, not `status`: reading state here would make the effect depend on it.)
		if (quizId === this.#openedId) return;
		this.#quizId = quizId;
		try {
			const quiz = await getQuiz(quizId);
			if (!quiz) {
				this.status = 'missing';
				return;
			}
			this.#stored = quiz;
			this.title = quiz.title;
			this.drafts = quiz.questions.map(copyOf);
			if (importNotes?.quizId === quizId) {
				this.importNotes = importNotes.notes;
				importNotes = undefined;
			}
			this.#openedId = quizId;
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	problemsFor(id: string): string[] {
		return this.problems[id] ?? [];
	}

	setTitle(title: string): void {
		this.title = title;
		this.changed();
	}

	setPrompt(id: string, prompt: string): void {
		const draft = this.#find(id);
		if (!draft) return;
		draft.prompt = prompt;
		this.changed();
	}

	setOption(id: string, index: number, text: string): void {
		const draft = this.#find(id);
		if (!draft || index < 0 || index >= OPTION_COUNT) return;
		draft.options[index] = text;
		this.changed();
	}

	setAnswer(id: string, index: number): void {
		const draft = this.#find(id);
		if (!draft || index < 0 || index >= OPTION_COUNT) return;
		draft.answer = index;
		void this.flush();
	}

	/** Moves a question one place up (-1) or down (+1); returns its new index. */
	move(index: number, delta: -1 | 1): number {
		const target = index + delta;
		if (index < 0 || target < 0 || target >= this.drafts.length) return index;
		const moved = this.drafts[index];
		this.drafts[index] = this.drafts[target];
		this.drafts[target] = moved;
		void this.flush();
		return target;
	}

	/** Drops a question; the last one stays, since a quiz needs at least one. */
	remove(index: number): boolean {
		if (this.drafts.length <= 1 || index < 0 || index >= this.drafts.length) return false;
		this.drafts.splice(index, 1);
		void this.flush();
		return true;
	}

	/** Adds an empty question written by hand; it is saved once it is complete. */
	add(): DraftQuestion {
		const draft = blankQuestion();
		this.drafts.push(draft);
		return draft;
	}

	/** Schedules a save after a short pause in typing. */
	changed(): void {
		this.saving = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Writes what is valid now; resolves once it (and any save before it) is stored. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.saving = true;
		this.#pending++;
		this.#queue = this.#queue.then(() => this.#write());
		return this.#queue;
	}

	#find(id: string): DraftQuestion | undefined {
		return this.drafts.find((d) => d.id === id);
	}

	/** The quiz to store: valid drafts as they are, invalid ones as last stored, new invalid ones left out. */
	#edit(stored: QuizRecord): QuizEdit {
		const questions = $state.snapshot(this.drafts).flatMap((draft) => {
			const parsed = v.safeParse(QuestionSchema, draft);
			if (parsed.success && problemsOf(draft).length === 0) return [parsed.output];
			const last = stored.questions.find((q) => q.id === draft.id);
			return last ? [last] : [];
		});
		const title = this.titleProblem ? stored.title : this.title.trim();
		return { title, questions };
	}

	async #write(): Promise<void> {
		const stored = this.#stored;
		try {
			if (!stored) return;
			const edit = this.#edit(stored);
			if (edit.questions.length === 0) return;
			const unchanged =
				edit.title === stored.title &&
				JSON.stringify(edit.questions) === JSON.stringify(stored.questions);
			if (unchanged) {
				this.error = '';
				return;
			}
			const saved = await updateQuiz(this.#quizId, edit);
			if (!saved) {
				this.status = 'missing';
				return;
			}
			this.#stored = saved;
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.#pending--;
			// Only the last queued save, with no typing since, settles the indicator.
			if (this.#pending === 0 && this.#timer === undefined) this.saving = false;
		}
	}

	#statusText(): string {
		if (this.saving) return 'Saving…';
		// The alert says why; "All changes saved" would be untrue until a save works.
		if (this.error) return 'Changes not saved.';
		if (this.invalidCount === 1) return 'All changes saved, except one that needs fixing.';
		if (this.invalidCount > 1) {
			return `All changes saved, except ${this.invalidCount} that need fixing.`;
		}
		return 'All changes saved.';
	}

	dispose(): void {
		if (this.#timer !== undefined) void this.flush();
	}
}
