import { MAX_ARTICLE_CHARS } from '../core/article-text';
import type { PortableQuiz } from '../core/schemas';
import { decodeText, declaredHtmlCharset } from './decode';
import type { DocxTextExtractor } from './docx';
import { importGift, looksLikeGift } from './gift-import';
import type { HtmlParser } from './html-article';
import type { PdfJs } from './pdf';
import { cleanTitle } from './import-common';
import { importJson } from './json';
import { markdownToProse } from './markdown';

/**
 * Reads a file the user opened or dropped on the New quiz page: an article (.txt, .md, .html/.htm,
 * .docx, .pdf) becomes a title and plain text; a quiz file (Factdeck .json, Moodle .gift, or a .txt that
 * holds GIFT) becomes a quiz. Never throws: every failure is `{ ok: false, reason }` with a message
 * for the user, and nothing is kept.
 *
 * Limits: files over 5 MB and unknown kinds are refused before anything is read; article text longer
 * than MAX_ARTICLE_CHARS is refused after extraction. The caller still runs checkArticleText (too
 * short, not prose) before making a quiz, as for pasted text.
 *
 * HTML, .docx and .pdf readers are loaded only when such a file is opened, so Readability, mammoth,
 * the zip reader and pdf.js stay out of the page's first download.
 */

/** The part of a browser File this reads; tests pass plain objects. */
export interface ArticleFileLike {
	name: string;
	type: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ArticleFileDeps {
	/** Parses HTML without running it: in the browser, `new DOMParser()`. Without it, HTML is refused. */
	domParser?: HtmlParser;
	/** Loads mammoth; defaults to a dynamic import. */
	loadDocxReader?: () => Promise<DocxTextExtractor>;
	/** Loads pdf.js; defaults to the browser loader (a dynamic import of pdf.js and its worker). */
	loadPdfReader?: () => Promise<PdfJs>;
	/** Id maker for questions of imported quiz files; defaults to random ids. */
	newId?: () => string;
}

export type ArticleFileResult =
	| { ok: true; kind: 'article'; title: string; text: string }
	| { ok: true; kind: 'quiz'; quiz: PortableQuiz; warnings: string[] }
	| { ok: false; reason: string };

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** For `<input type="file" accept=…>`: the endings readArticleFile reads. */
export const ARTICLE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,.json,.gift';

type FileKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'json' | 'gift';

const KIND_BY_ENDING: Record<string, FileKind> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html',
	xhtml: 'html',
	docx: 'docx',
	pdf: 'pdf',
	json: 'json',
	gift: 'gift'
};

const KIND_BY_TYPE: Record<string, FileKind> = {
	'text/plain': 'text',
	'text/markdown': 'markdown',
	'text/html': 'html',
	'application/json': 'json',
	'application/pdf': 'pdf',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx'
};

const REFUSED_ENDINGS: Record<string, string> = {
	doc: 'Old Word (.doc) files cannot be read. Save it as .docx in Word, or copy and paste its text.',
	rtf: 'RTF files cannot be read. Save it as .docx or .txt, or copy and paste its text.',
	odt: 'OpenDocument (.odt) files cannot be read. Save it as .docx, or copy and paste its text.',
	pages: 'Pages files cannot be read. Export it as .docx, or copy and paste its text.'
};

const SUPPORTED =
	'Factdeck opens .txt, .md, .html, .docx, .pdf, and its own .json or Moodle .gift quizzes.';

function splitName(name: string): { stem: string; ending: string } {
	const base = name.split(/[\\/]/).pop() ?? name;
	const dot = base.lastIndexOf('.');
	if (dot <= 0) return { stem: base, ending: '' };
	return { stem: base.slice(0, dot), ending: base.slice(dot + 1).toLowerCase() };
}

/** "my_article-notes" → "my article-notes": a file name as a title. */
function titleFromStem(stem: string): string {
	return stem.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}

function megabytes(bytes: number): string {
	// Rounded up, so a file just over the limit never reads as "5 MB, up to 5 MB".
	const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
	return `${tenths.toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

function articleResult(title: string, text: string): ArticleFileResult {
	const clean = text.replaceAll('\u0000', '').trim();
	if (clean === '') return { ok: false, reason: 'This file holds no text to make a quiz from.' };
	if (clean.length > MAX_ARTICLE_CHARS) {
		return {
			ok: false,
			reason: `This file holds ${clean.length.toLocaleString('en-GB')} characters of text; Factdeck takes up to ${MAX_ARTICLE_CHARS.toLocaleString('en-GB')}. Copy and paste a shorter part of it.`
		};
	}
	return { ok: true, kind: 'article', title: cleanTitle(title), text: clean };
}

export async function readArticleFile(
	file: ArticleFileLike,
	deps: ArticleFileDeps = {}
): Promise<ArticleFileResult> {
	const { stem, ending } = splitName(file.name);
	const refused = REFUSED_ENDINGS[ending];
	if (refused) return { ok: false, reason: refused };
	const kind = KIND_BY_ENDING[ending] ?? (ending === '' ? KIND_BY_TYPE[file.type] : undefined);
	if (!kind) {
		const what = ending === '' ? 'This kind of file' : `.${ending} files`;
		return { ok: false, reason: `${what} cannot be read. ${SUPPORTED}` };
	}
	if (file.size > MAX_FILE_BYTES) {
		return {
			ok: false,
			reason: `This file is too big: ${megabytes(file.size)}. Factdeck opens files up to ${megabytes(MAX_FILE_BYTES)}.`
		};
	}
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		// A File's size can be wrong for objects that only look like files.
		if (bytes.byteLength > MAX_FILE_BYTES) {
			return { ok: false, reason: `This file is too big: ${megabytes(bytes.byteLength)}.` };
		}
		return await readBytes(bytes, kind, titleFromStem(stem), deps);
	} catch {
		return {
			ok: false,
			reason: 'This file could not be read. It may be damaged or still downloading.'
		};
	}
}

async function readBytes(
	bytes: Uint8Array,
	kind: FileKind,
	fileTitle: string,
	deps: ArticleFileDeps
): Promise<ArticleFileResult> {
	const quizOptions = { fallbackTitle: fileTitle, newId: deps.newId };
	switch (kind) {
		case 'text': {
			const text = decodeText(bytes);
			if (looksLikeGift(text)) return asQuiz(importGift(text, quizOptions));
			return articleResult(fileTitle, text);
		}
		case 'markdown': {
			const prose = markdownToProse(decodeText(bytes));
			return articleResult(prose.title ?? fileTitle, prose.text);
		}
		case 'html': {
			if (!deps.domParser) {
				return { ok: false, reason: 'HTML files can only be opened in the browser.' };
			}
			const { htmlToArticle } = await import('./html-article');
			const html = decodeText(bytes, declaredHtmlCharset(bytes));
			const article = htmlToArticle(html, deps.domParser);
			return articleResult(article.title || fileTitle, article.text);
		}
		case 'docx': {
			const { readDocxText, loadMammoth } = await import('./docx');
			const result = await readDocxText(bytes, deps.loadDocxReader ?? loadMammoth);
			return result.ok ? articleResult(fileTitle, result.text) : result;
		}
		case 'pdf': {
			const { readPdfText } = await import('./pdf');
			const load = deps.loadPdfReader ?? (async () => (await import('./pdf-loader')).loadPdfjs());
			const result = await readPdfText(bytes, load);
			return result.ok ? articleResult(result.title ?? fileTitle, result.text) : result;
		}
		case 'json':
			return asQuiz(importJson(decodeText(bytes), quizOptions));
		case 'gift':
			return asQuiz(importGift(decodeText(bytes), quizOptions));
	}
}

function asQuiz(result: ReturnType<typeof importJson>): ArticleFileResult {
	return result.ok
		? { ok: true, kind: 'quiz', quiz: result.quiz, warnings: result.warnings }
		: result;
}
