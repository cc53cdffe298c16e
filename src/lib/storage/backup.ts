import * as v from 'valibot';
import { promisifyRequest } from 'idb-keyval';
import { notifyChange } from './changes';
import { transact, type StoreName } from './db';
import { toStorageError } from './errors';
import type {
	ArticleRecord,
	AttemptRecord,
	CardRecord,
	QuizRecord,
	ReportRecord,
	ReviewLogRecord
} from './records';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BackupSchema,
	MAX_BACKUP_BYTES,
	type Backup
} from './backup-schema';

/**
 * Backup and restore: one JSON file with every article, quiz, attempt, card, review log and class
 * report.
 * Restoring merges into what is stored, in one transaction: a bad file changes nothing.
 */

const DATA_STORES = ['articles', 'quizzes', 'attempts', 'cards', 'reviewLogs', 'reports'] as const;

export async function exportBackup(now = Date.now()): Promise<Backup> {
	return transact(
		[...DATA_STORES],
		async (stores) => {
			const [articles, quizzes, attempts, cards, reviewLogs, reports] = await Promise.all(
				DATA_STORES.map((name) => promisifyRequest<unknown[]>(stores[name].getAll()))
			);
			return {
				format: BACKUP_FORMAT,
				version: BACKUP_VERSION,
				exportedAt: now,
				articles: articles as ArticleRecord[],
				quizzes: quizzes as QuizRecord[],
				attempts: attempts as AttemptRecord[],
				cards: cards as CardRecord[],
				reviewLogs: reviewLogs as ReviewLogRecord[],
				reports: reports as ReportRecord[]
			} satisfies Backup;
		},
		'readonly'
	);
}

/** `factdeck-backup-YYYY-MM-DD.json`, dated by the day it was made (UTC). */
export function backupFileName(now = Date.now()): string {
	return `factdeck-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Checks an untrusted backup file's text: size, JSON, format, every record, references. */
export function parseBackup(text: string): ParsedBackup {
	if (text.length > MAX_BACKUP_BYTES) {
		return { ok: false, reason: 'This file is too large to be a Factdeck backup (over 50 MB).' };
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'This file is not a Factdeck backup: it is not valid JSON.' };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== BACKUP_FORMAT
	) {
		return { ok: false, reason: 'This file is not a Factdeck backup.' };
	}
	if ((data as { version?: unknown }).version !== BACKUP_VERSION) {
		return {
			ok: false,
			reason: 'This backup comes from another version of Factdeck and cannot be restored here.'
		};
	}
	const parsed = v.safeParse(BackupSchema, data);
	if (!parsed.success) {
		const where = v.getDotPath(parsed.issues[0]) ?? 'the file';
		return {
			ok: false,
			reason: `This backup is damaged (${where}: ${parsed.issues[0].message}). Nothing was restored.`
		};
	}
	const backup = parsed.output;
	const articleIds = new Set(backup.articles.map((a) => a.id));
	const quizIds = new Set(backup.quizzes.map((q) => q.id));
	const dangling =
		backup.quizzes.some((q) => !articleIds.has(q.articleId)) ||
		[...backup.attempts, ...backup.cards, ...backup.reviewLogs, ...backup.reports].some(
			(r) => !quizIds.has(r.quizId)
		);
	if (dangling) {
		return {
			ok: false,
			reason:
				'This backup is damaged: some records point to quizzes it does not hold. Nothing was restored.'
		};
	}
	return { ok: true, backup };
}

export interface RestoreSummary {
	added: Record<(typeof DATA_STORES)[number], number>;
	updated: number;
}

function newerAttempt(stored: AttemptRecord, incoming: AttemptRecord): AttemptRecord {
	const base = incoming.updatedAt > stored.updatedAt ? incoming : stored;
	// Answers from both are kept; where both answered, the first answer given counts.
	const answers = { ...incoming.answers, ...stored.answers };
	for (const [id, answer] of Object.entries(incoming.answers)) {
		if (stored.answers[id] && answer.at < stored.answers[id].at) answers[id] = answer;
	}
	return { ...base, answers };
}

function moreReviewed(stored: CardRecord, incoming: CardRecord): CardRecord {
	if (incoming.card.reps !== stored.card.reps) {
		return incoming.card.reps > stored.card.reps ? incoming : stored;
	}
	return (incoming.card.last_review ?? 0) > (stored.card.last_review ?? 0) ? incoming : stored;
}

/** Merges a checked backup into the database: nothing is duplicated, nothing stored is lost. */
export async function restoreBackup(backup: Backup): Promise<RestoreSummary> {
	const summary: RestoreSummary = {
		added: { articles: 0, quizzes: 0, attempts: 0, cards: 0, reviewLogs: 0, reports: 0 },
		updated: 0
	};
	type AnyRecord = { id: string };
	const merge = async <T extends AnyRecord>(
		store: IDBObjectStore,
		name: (typeof DATA_STORES)[number],
		records: T[],
		pick: (stored: T, incoming: T) => T
	) => {
		for (const record of records) {
			const stored = await promisifyRequest<T | undefined>(store.get(record.id));
			if (!stored) {
				store.put(record, record.id);
				summary.added[name]++;
				continue;
			}
			const chosen = pick(stored, record);
			if (JSON.stringify(chosen) !== JSON.stringify(stored)) {
				store.put(chosen, record.id);
				summary.updated++;
			}
		}
	};
	try {
		await transact([...DATA_STORES] as StoreName[], async (stores) => {
			await merge(stores.articles, 'articles', backup.articles, (stored) => stored);
			await merge(stores.quizzes, 'quizzes', backup.quizzes as QuizRecord[], (s, i) =>
				i.updatedAt > s.updatedAt ? i : s
			);
			await merge(stores.attempts, 'attempts', backup.attempts as AttemptRecord[], newerAttempt);
			await merge(stores.cards, 'cards', backup.cards as CardRecord[], moreReviewed);
			await merge(stores.reviewLogs, 'reviewLogs', backup.reviewLogs, (stored) => stored);
			// A report is a list of results: the one changed last holds the latest scans.
			await merge(stores.reports, 'reports', backup.reports as ReportRecord[], (s, i) =>
				i.updatedAt > s.updatedAt ? i : s
			);
		});
	} catch (error) {
		throw toStorageError(error, 'restore the backup');
	}
	notifyChange('quizzes');
	return summary;
}
