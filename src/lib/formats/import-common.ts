import * as v from 'valibot';
import { OPTION_COUNT, type Question, type QuestionKind } from '../core/quiz';
import { LIMITS, PortableQuizSchema, QuestionSchema, type PortableQuiz } from '../core/schemas';

/** What every quiz importer returns; it never throws. */
export type QuizImportResult =
	| {
			ok: true;
			quiz: PortableQuiz;
			/** Questions that were left out, each with why; empty when everything was imported. */
			warnings: string[];
	  }
	| { ok: false; reason: string };

export interface QuizImportOptions {
	/** Title used when the file itself names none (e.g. the file name without its extension). */
	fallbackTitle?: string;
	/** Id maker for imported questions; tests pass a counter. */
	newId?: () => string;
}

/** 2,000,000 characters: far above 200 questions with full source sentences, far below trouble. */
export const MAX_QUIZ_FILE_CHARS = 2_000_000;

export const DEFAULT_IMPORT_TITLE = 'Imported quiz';

/** A random question id (crypto.getRandomValues works in insecure contexts too, unlike randomUUID). */
export function randomQuestionId(): string {
	const [a, b] = crypto.getRandomValues(new Uint32Array(2));
	return `q_${a.toString(36)}${b.toString(36)}`;
}

/**
 * The kind an imported question most likely has, from its first words: "Who …?" is 'who',
 * "How many …?" is 'how-many', and so on; a prompt with a blank, or any other prompt, is 'cloze'.
 */
export function inferKind(prompt: string): QuestionKind {
	const start = prompt.trim().toLowerCase();
	if (/_{3,}/.test(start)) return 'cloze';
	if (/^how many\b/.test(start)) return 'how-many';
	if (/^how much\b/.test(start)) return 'how-much';
	if (/^who(m|se)?\b/.test(start)) return 'who';
	if (/^when\b/.test(start)) return 'when';
	if (/^where\b/.test(start)) return 'where';
	if (/^which\b/.test(start)) return 'which';
	if (/^what\b/.test(start)) return 'what';
	return 'cloze';
}

export const NO_SOURCE = { text: '', start: 0, end: 0 } as const;

/** The first thing wrong with a candidate question, in words a teacher understands; or undefined. */
export function questionProblem(question: Question): string | undefined {
	const prompt = question.prompt.trim();
	if (prompt === '') return 'its question text is empty';
	if (prompt.length > LIMITS.prompt) {
		return `its question text is longer than ${LIMITS.prompt} characters`;
	}
	if (question.options.length !== OPTION_COUNT) {
		return `it has ${question.options.length} options; Factdeck questions have exactly ${OPTION_COUNT}`;
	}
	const options = question.options.map((option) => option.trim());
	if (options.some((option) => option === '')) return 'one of its options is empty';
	if (options.some((option) => option.length > LIMITS.option)) {
		return `one of its options is longer than ${LIMITS.option} characters`;
	}
	if (new Set(options.map((option) => option.toLowerCase())).size !== options.length) {
		return 'two of its options are the same';
	}
	if (
		!Number.isInteger(question.answer) ||
		question.answer < 0 ||
		question.answer >= OPTION_COUNT
	) {
		return 'it does not say which option is right';
	}
	const parsed = v.safeParse(QuestionSchema, question);
	if (!parsed.success) return parsed.issues[0]?.message ?? 'it is not a valid question';
	return undefined;
}

/** "Question 3 (“Who built …”)": how warnings name a question. */
export function nameQuestion(index: number, prompt: string): string {
	const text = prompt.replace(/\s+/g, ' ').trim();
	if (text === '') return `Question ${index + 1}`;
	const short = text.length > 50 ? `${text.slice(0, 49).trimEnd()}…` : text;
	return `Question ${index + 1} (“${short}”)`;
}

/** Gives every question an id that is unique within the quiz, keeping the ids that already are. */
export function uniqueIds(questions: Question[], newId: () => string): Question[] {
	const seen = new Set<string>();
	return questions.map((question) => {
		let id = question.id.trim();
		while (id === '' || id.length > LIMITS.id || seen.has(id)) id = newId();
		seen.add(id);
		return id === question.id ? question : { ...question, id };
	});
}

/** Cuts a title to the schema's length and falls back when it is empty. */
export function cleanTitle(...candidates: (string | undefined)[]): string {
	for (const candidate of candidates) {
		const title = (candidate ?? '').replace(/\s+/g, ' ').trim();
		if (title !== '') return title.slice(0, LIMITS.title).trim();
	}
	return DEFAULT_IMPORT_TITLE;
}

/**
 * The last step of every importer: at least one question, at most the schema's limit, and the whole
 * quiz checked with PortableQuizSchema.
 */
export function finishImport(
	title: string,
	questions: Question[],
	warnings: string[],
	newId: () => string,
	emptyReason: string
): QuizImportResult {
	if (questions.length === 0) {
		const first = warnings.slice(0, 3).join(' ');
		return { ok: false, reason: first === '' ? emptyReason : `${emptyReason} ${first}` };
	}
	let kept = questions;
	if (kept.length > LIMITS.questions) {
		warnings.push(
			`Only the first ${LIMITS.questions} questions were imported; the file holds ${kept.length}.`
		);
		kept = kept.slice(0, LIMITS.questions);
	}
	const parsed = v.safeParse(PortableQuizSchema, { title, questions: uniqueIds(kept, newId) });
	if (!parsed.success) {
		return {
			ok: false,
			reason: `This quiz could not be imported: ${parsed.issues[0]?.message ?? 'it is not valid'}.`
		};
	}
	return { ok: true, quiz: parsed.output, warnings };
}
