import { addResult, buildClassReport, quizFingerprint, reportResults } from '$lib/share';
import type { ClassReport, StudentResult } from '$lib/share';
import type { LiveReport } from '$lib/live/protocol';
import { getReport, saveReport } from './reports';

/**
 * A live session's results kept as a class report (the `reports` store of the offline classroom):
 * a live session and codes collected without a network for the same quiz version end up in one
 * report, and the Collect and Present screens show it.
 */

/** The quiz a live report answers: the fingerprint covers exactly these fields. */
function quizOf(report: LiveReport) {
	return { title: report.title, questions: report.questions };
}

/** The live session's students as results of the offline report (nickname as name). */
function resultsOf(report: LiveReport, fingerprint: string): StudentResult[] {
	return report.students.map((student) => ({
		fingerprint,
		name: student.nickname,
		choices: [...student.answers]
	}));
}

/** The class report of this live session alone (for its CSV), in the offline report's shape. */
export function liveClassReport(report: LiveReport): ClassReport {
	const quiz = quizOf(report);
	return buildClassReport(quiz, resultsOf(report, quizFingerprint(quiz)));
}

export interface SavedLiveReport {
	fingerprint: string;
	/** Students in the stored report after the merge (earlier results included). */
	students: number;
}

/**
 * Adds the session's results to the stored report of this quiz version. A student already in it
 * (same name, ignoring case and spaces) is replaced, so saving the same session twice (the host
 * reloading the final screen) changes nothing. Read and write are two steps: a result collected
 * in another tab in between would be lost, which a teacher running a live session does not do.
 */
export async function saveLiveReport(
	quizId: string,
	report: LiveReport,
	now = Date.now()
): Promise<SavedLiveReport> {
	const quiz = quizOf(report);
	const fingerprint = quizFingerprint(quiz);
	const stored = await getReport(quizId, fingerprint);
	let merged = buildClassReport(
		quiz,
		(stored?.results ?? []).map((r) => ({ fingerprint, name: r.name, choices: r.choices }))
	);
	for (const result of resultsOf(report, fingerprint)) {
		const added = addResult(merged, result);
		if (added.ok) merged = added.report;
	}
	const results = reportResults(merged).map(({ name, choices }) => ({ name, choices }));
	await saveReport(quizId, fingerprint, results, now);
	return { fingerprint, students: results.length };
}
