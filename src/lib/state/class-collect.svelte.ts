import {
	addResult,
	buildClassReport,
	classReportCsv,
	decodeResult,
	quizFingerprint,
	reportResults,
	type ClassReport
} from '$lib/share';
import { onChange } from '$lib/storage/changes';
import { getQuiz } from '$lib/storage/quizzes';
import type { QuizRecord } from '$lib/storage/records';
import { deleteReport, getReport, saveReport } from '$lib/storage/reports';

type Status = 'loading' | 'ready' | 'missing' | 'error';

export interface CollectNotice {
	kind: 'added' | 'refused';
	text: string;
}

/**
 * The teacher's class report for one quiz: result codes come in (scanned or typed), are checked
 * against the quiz's fingerprint, and the report is saved to IndexedDB after each one, so it
 * survives a reload and shows on the Present screen.
 */
export class ClassCollector {
	quiz = $state<QuizRecord | undefined>(undefined);
	report = $state<ClassReport | undefined>(undefined);
	status = $state<Status>('loading');
	error = $state('');
	/** What happened to the last code, for the person scanning. */
	notice = $state<CollectNotice | undefined>(undefined);
	/** Counts every notice, so a screen can tell two identical notices apart. */
	noticeCount = $state(0);

	#quizId = '';

	async load(quizId: string): Promise<void> {
		this.#quizId = quizId;
		try {
			const quiz = await getQuiz(quizId);
			if (!quiz) {
				this.status = 'missing';
				return;
			}
			const fingerprint = quizFingerprint(quiz);
			const stored = await getReport(quizId, fingerprint);
			this.quiz = quiz;
			this.report = buildClassReport(
				quiz,
				(stored?.results ?? []).map((r) => ({ fingerprint, name: r.name, choices: r.choices }))
			);
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	/** Reloads when another tab collects results for this quiz; returns the function that stops it. */
	followOtherTabs(): () => void {
		return onChange((store) => {
			if (store === 'reports' || store === 'quizzes') void this.load(this.#quizId);
		});
	}

	#tell(kind: CollectNotice['kind'], text: string) {
		this.notice = { kind, text };
		this.noticeCount++;
	}

	/** Checks a typed, pasted or scanned result code and adds it; returns whether it was added. */
	async add(code: string): Promise<boolean> {
		const report = this.report;
		if (!report || !this.quiz) return false;
		if (!code.trim()) {
			this.#tell('refused', 'Type or paste a result code first.');
			return false;
		}
		const read = decodeResult(code, report.fingerprint);
		if (!read.ok) {
			this.#tell('refused', read.message);
			return false;
		}
		const added = addResult($state.snapshot(report) as ClassReport, read.result);
		if (!added.ok) {
			this.#tell('refused', added.message);
			return false;
		}
		try {
			await saveReport(
				this.quiz.id,
				report.fingerprint,
				reportResults(added.report).map(({ name, choices }) => ({ name, choices }))
			);
		} catch (error) {
			this.#tell('refused', error instanceof Error ? error.message : String(error));
			return false;
		}
		this.report = added.report;
		const row = added.report.students.find((s) => s.name === read.result.name);
		const score = row ? `${row.score} of ${added.report.questions.length}` : '';
		this.#tell(
			'added',
			added.replaced
				? `${read.result.name}: result replaced (${score}).`
				: `${read.result.name}: added (${score}).`
		);
		return true;
	}

	/** The report as a CSV file: one row per student. */
	csv(): string {
		return this.report ? classReportCsv(this.report) : '';
	}

	/** Forgets every collected result of this quiz version, to start with another class. */
	async clear(): Promise<void> {
		if (!this.quiz || !this.report) return;
		await deleteReport(this.quiz.id, this.report.fingerprint);
		await this.load(this.quiz.id);
		this.notice = undefined;
	}
}
