/**
 * lib/share — a quiz and its results travelling without any network (issue 6).
 * Pure TypeScript: no DOM, no Svelte, no IndexedDB; runs the same in browsers, workers and Node.
 * Every decoder here is size-limited, validated with valibot and never throws.
 *
 * ## Teacher: share a quiz
 *   const share = prepareQuizShare(quiz, location.origin);   // quiz: PortableQuiz (or a QuizRecord)
 *   if (!share.ok) show(share.message);                       // 'invalid-quiz' | 'too-large' → offer a file
 *   share.url    // `${origin}/join#q=…` — the quiz is in the fragment, never sent to a server
 *   share.bytes  // size to show on the page
 *   share.qr     // { fits, version, modules, length, capacity }: if !fits, say so and offer link/file
 *   share.hasSources  // source sentences kept only when they fit (see SourcePolicy)
 *   const matrix = qrMatrix(share.url, 'L');                 // boolean[][] | null
 *   const { size, path } = qrSvgPath(matrix);                // <svg viewBox="0 0 {size} {size}">
 *                                                             //   <rect width={size} height={size} fill="#fff"/>
 *                                                             //   <path d={path} fill="#000"/></svg>
 *   encodeQuizLink(quiz, origin) is the same as share.url but throws instead of returning a failure.
 *
 * ## Student: open a quiz link (route /join reads location.hash)
 *   const opened = decodeQuizLink(location.href);             // or the fragment, or a pasted link
 *   if (opened.ok) opened.quiz            // a PortableQuiz (ids q1…qN; source offsets 0…text.length,
 *                                         // source text '' when it was left out)
 *   else opened.reason / opened.message   // 'not-factdeck' | 'truncated' | 'corrupt' |
 *                                         // 'unsupported-version' | 'too-large' | 'invalid-quiz'
 *
 * ## Student: the result at the end
 *   const fingerprint = quizFingerprint(opened.quiz);         // 8 Crockford base32 symbols
 *   const code = encodeResult({ fingerprint, name, choices }); // choices: (0–3 | null)[] in quiz order
 *   // name: up to NAME_MAX_CHARS (24) characters; pass it through cleanName() in the form so the
 *   // student sees what will be sent; encodeResult throws on an empty name.
 *   // Show `code` as text (about 30–45 characters for 10–20 questions) and as a QR code:
 *   qrMatrix(code, 'M')  // level M; the code is QR-alphanumeric, so the symbol stays small
 *
 * ## Teacher: collect results and the class report
 *   let report = emptyClassReport(quiz);                      // or buildClassReport(quiz, stored)
 *   const read = decodeResult(scannedOrTyped, report.fingerprint);
 *   if (!read.ok) show(read.message);     // 'malformed' | 'checksum' | 'other-quiz' | 'too-long' |
 *                                         // 'unsupported-version'
 *   else { const added = addResult(report, read.result); if (added.ok) report = added.report; }
 *   // added.replaced: a rescan of the same student (name, ignoring case and spaces) replaced them.
 *   report.students   // { name, key, choices, score }[]  — show names as text only
 *   report.questions  // { prompt, options, answer, answered, right, shareRight, optionCounts,
 *                     //   unanswered, wrongOptions: { option, text, count }[] } — misconception view
 *   classReportCsv(report)           // per student: Name, Score, Out of, Q1…Qn (option letters)
 *   classReportQuestionsCsv(report)  // per question: share right, counts per option, top wrong one
 *   reportResults(report)            // what to store in IndexedDB beside the quiz
 *
 * Note: the fingerprint covers title, prompts, options and answers. Editing the quiz after sharing
 * it makes earlier result codes 'other-quiz', as they answer a different quiz.
 */

export {
	decodeQuizLink,
	encodeQuizLink,
	prepareQuizShare,
	JOIN_PATH,
	LINK_LIMITS,
	LINK_VERSION,
	type DecodedLink,
	type LinkFailure,
	type QuizShare,
	type SourcePolicy
} from './quiz-link';
export {
	QR_COMFORTABLE_VERSION,
	qrFit,
	qrMatrix,
	qrModeFor,
	qrSvgPath,
	type QrFit,
	type QrLevel,
	type QrMode,
	type QrSvg
} from './qr';
export { FINGERPRINT_CHARS, isFingerprint, quizFingerprint } from './fingerprint';
export {
	decodeResult,
	encodeResult,
	RESULT_CODE_MAX_INPUT,
	RESULT_VERSION,
	type DecodedResult,
	type ResultFailure,
	type StudentResult
} from './result-code';
export { cleanName, nameKey, NAME_MAX_CHARS } from './student-name';
export {
	addResult,
	buildClassReport,
	emptyClassReport,
	reportResults,
	type AddResultOutcome,
	type ClassReport,
	type QuestionStats,
	type StudentRow,
	type WrongOption
} from './class-report';
export { classReportCsv, classReportQuestionsCsv } from './csv';
