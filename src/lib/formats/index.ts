/**
 * Quiz file formats: exports to the tools schools use, imports of quiz files, and reading article
 * files. Pure TypeScript (the HTML reader needs a DOMParser passed in); used by the quiz and New quiz
 * pages and by the CLI. Import from here, not from the files behind it.
 *
 * EXPORT — one entry point:
 *
 *     const file = exportQuiz(quiz, 'gift');   // quiz: PortableQuiz = { title, questions }
 *     // file: { filename, mimeType, content, warnings }
 *     // page: new Blob([file.content], { type: file.mimeType }), download as file.filename
 *     // CLI:  process.stdout.write(exportQuiz(quiz, parseExportFormat(flag)!).content)
 *
 *   format        file                      what it is
 *   'gift'        <title>.gift.txt          Moodle GIFT, multiple choice, full escaping
 *   'aiken'       <title>.aiken.txt         Moodle Aiken (one line per question and option)
 *   'csv-kahoot'  <title>-kahoot.csv        Kahoot! spreadsheet columns (see csv.ts for the order)
 *   'csv-quizizz' <title>-quizizz.csv       Quizizz spreadsheet columns (see csv.ts for the order)
 *   'anki'        <title>-anki.txt          Anki text import with #separator/#html/#deck headers
 *   'json'        <title>.factdeck.json     Factdeck's own quiz file (re-importable)
 *
 *   EXPORT_FORMATS lists them in menu order, exportFormatLabel(format) names them, and
 *   parseExportFormat('csv') maps the CLI's `--format csv` to 'csv-kahoot'. `warnings` says what the
 *   target may refuse (e.g. Kahoot's 120/75-character limits); show it, the file is still made.
 *
 * WORKSHEET — buildWorksheet(quiz, { sectionSize? }) returns plain data (title, student fields,
 *   instructions, sections of numbered questions with lettered options, and a separate answer key)
 *   for a Svelte page to render as text with print CSS. No HTML is built.
 *
 * IMPORT OF QUIZ FILES — untrusted text in, never a throw out:
 *
 *     importJson(text, { fallbackTitle?, newId? })   // Factdeck JSON
 *     importGift(text, { fallbackTitle?, newId? })   // Moodle GIFT, multiple-choice subset
 *     // → { ok: true, quiz, warnings } | { ok: false, reason }
 *
 *   Size is checked first (MAX_QUIZ_FILE_CHARS), then the text is parsed, then every question is
 *   checked with QuestionSchema. Questions that cannot be used (other GIFT types, 3 options, no right
 *   answer…) are left out and listed in `warnings`, one sentence each; if none is left, the result
 *   is `{ ok: false, reason }`. GIFT questions get new ids, a kind inferred from the prompt
 *   (inferKind: "Who…" → 'who', "How many…" → 'how-many', a blank or anything else → 'cloze') and
 *   an empty source `{ text: '', start: 0, end: 0 }`. Titles: the file's own title, else
 *   `fallbackTitle` (e.g. the file name), else "Imported quiz".
 *
 * ARTICLE FILES — for the New quiz page's "Open a file" and drop target:
 *
 *     const result = await readArticleFile(file, { domParser: new DOMParser() });
 *     // → { ok: true, kind: 'article', title, text }
 *     //   { ok: true, kind: 'quiz', quiz, warnings }     (.json, .gift, or a .txt holding GIFT)
 *     //   { ok: false, reason }                          (show `reason`; change nothing)
 *
 *   .txt; .md (Markdown reduced to prose; title from front matter or the first # heading); .html/.htm
 *   (Readability over the inert parsed document; title from Readability or <title>); .docx (mammoth,
 *   loaded only when needed); .pdf (the text layer, through pdf.js and its worker, loaded only when
 *   needed; title from the PDF's metadata); the title is the file name without its ending when
 *   nothing better. Refused with a message: over 5 MB (MAX_FILE_BYTES), unknown endings,
 *   .doc/.odt/.rtf, empty files, more text than MAX_ARTICLE_CHARS, damaged files, and PDFs that are
 *   locked with a password or have no text layer (scanned pages). ARTICLE_FILE_ACCEPT is the list for
 *   `<input type="file" accept>`. Run checkArticleText on `text` before making a quiz, as for pastes.
 */

export {
	EXPORT_FORMATS,
	exportFormatLabel,
	exportQuiz,
	parseExportFormat,
	type ExportFormat,
	type ExportedFile
} from './export';
export { exportGift } from './gift-export';
export { exportAiken } from './aiken';
export {
	exportKahootCsv,
	exportQuizizzCsv,
	KAHOOT_COLUMNS,
	QUIZIZZ_COLUMNS,
	KAHOOT_LIMITS,
	QUIZIZZ_SECONDS
} from './csv';
export { exportAnki } from './anki';
export { exportJson, importJson, FACTDECK_FORMAT, FACTDECK_FORMAT_VERSION } from './json';
export {
	buildWorksheet,
	type Worksheet,
	type WorksheetSection,
	type WorksheetQuestion,
	type WorksheetOption,
	type AnswerKeyEntry,
	type WorksheetOptions
} from './worksheet';
export { importGift, looksLikeGift } from './gift-import';
export {
	inferKind,
	MAX_QUIZ_FILE_CHARS,
	type QuizImportOptions,
	type QuizImportResult
} from './import-common';
export {
	readArticleFile,
	ARTICLE_FILE_ACCEPT,
	MAX_FILE_BYTES,
	type ArticleFileDeps,
	type ArticleFileLike,
	type ArticleFileResult
} from './article-file';
export type { HtmlParser } from './html-article';
export { markdownToProse } from './markdown';
