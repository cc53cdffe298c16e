import * as v from 'valibot';
import { LIMITS, QuestionSchema } from '$lib/core/schemas';

/** The backup file, checked field by field before anything of it is written. */

export const BACKUP_FORMAT = 'factdeck-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.minValue(0));

const StoredCardSchema = v.object({
	due: time,
	stability: count,
	difficulty: count,
	elapsed_days: count,
	scheduled_days: count,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
	last_review: v.optional(time)
});

const StoredLogSchema = v.object({
	rating: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4)),
	state: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
	due: time,
	stability: count,
	difficulty: count,
	elapsed_days: count,
	last_elapsed_days: count,
	scheduled_days: count,
	learning_steps: count,
	review: time
});

export const ArticleSchema = v.object({
	v: v.literal(1),
	id,
	title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
	text: v.pipe(v.string(), v.maxLength(1_000_000)),
	origin: v.picklist(['paste', 'sample', 'share', 'file']),
	url: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
	createdAt: time
});

export const QuizSchema = v.object({
	v: v.literal(1),
	id,
	articleId: id,
	title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
	questions: v.pipe(v.array(QuestionSchema), v.maxLength(LIMITS.questions)),
	createdAt: time,
	updatedAt: time
});

const GivenAnswerSchema = v.object({
	choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
	correct: v.boolean(),
	at: time
});

export const AttemptSchema = v.object({
	v: v.literal(1),
	id,
	quizId: id,
	answers: v.record(id, GivenAnswerSchema),
	current: v.pipe(v.number(), v.integer(), v.minValue(0)),
	startedAt: time,
	updatedAt: time,
	finishedAt: v.optional(time)
});

export const CardSchema = v.object({
	v: v.literal(1),
	id,
	quizId: id,
	questionId: id,
	due: time,
	card: StoredCardSchema,
	createdAt: time
});

export const ReviewLogSchema = v.object({
	v: v.literal(1),
	id,
	cardId: id,
	quizId: id,
	questionId: id,
	origin: v.picklist(['play', 'review']),
	choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
	correct: v.boolean(),
	reviewedAt: time,
	log: StoredLogSchema,
	before: StoredCardSchema
});

const ChoiceSchema = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)));

/** A class report (issue 6): names as typed by students, at most as long as a result code allows. */
export const ReportSchema = v.object({
	v: v.literal(1),
	id,
	quizId: id,
	fingerprint: v.pipe(v.string(), v.regex(/^[0-9A-Z]{8}$/)),
	results: v.pipe(
		v.array(
			v.object({
				name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
				choices: v.pipe(v.array(ChoiceSchema), v.maxLength(LIMITS.questions))
			})
		),
		v.maxLength(10_000)
	),
	createdAt: time,
	updatedAt: time
});

export const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: time,
	articles: v.array(ArticleSchema),
	quizzes: v.array(QuizSchema),
	attempts: v.array(AttemptSchema),
	cards: v.array(CardSchema),
	reviewLogs: v.array(ReviewLogSchema),
	// Added with class reports; backups made before them have none.
	reports: v.optional(v.array(ReportSchema), [])
});

export type Backup = v.InferOutput<typeof BackupSchema>;
