import * as v from 'valibot';
import { OPTION_COUNT, QUESTION_KINDS, type Question } from './quiz';

/**
 * Schemas for data that crosses a trust boundary (imported files, share links, backups, live
 * messages). Parse with `v.safeParse` after a size check; never use such data before it passes.
 */

export const LIMITS = {
	title: 200,
	prompt: 1_000,
	option: 300,
	sourceText: 5_000,
	questions: 200,
	id: 64
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmptyText = (max: number) =>
	v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const SourceSentenceSchema = v.object({
	text: text(LIMITS.sourceText),
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export const QuestionSchema = v.pipe(
	v.object({
		id: nonEmptyText(LIMITS.id),
		kind: v.picklist(QUESTION_KINDS),
		prompt: nonEmptyText(LIMITS.prompt),
		options: v.pipe(v.array(nonEmptyText(LIMITS.option)), v.length(OPTION_COUNT)),
		answer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(OPTION_COUNT - 1)),
		source: SourceSentenceSchema
	}),
	v.check(
		(q) => new Set(q.options.map((o) => o.toLowerCase())).size === q.options.length,
		'The options of a question must all differ.'
	),
	v.check((q) => q.source.end >= q.source.start, 'The source sentence offsets are reversed.')
);

/** A quiz as it travels between devices and tools: a title and its questions. */
export const PortableQuizSchema = v.object({
	title: nonEmptyText(LIMITS.title),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1), v.maxLength(LIMITS.questions))
});

export type PortableQuiz = v.InferOutput<typeof PortableQuizSchema>;

// The schema and the hand-written type must describe the same thing.
const _sameShape: Question = {} as v.InferOutput<typeof QuestionSchema>;
void _sameShape;
