import { MAX_ARTICLE_CHARS } from '../core/article-text';
import { PDF_MESSAGES, pdfErrorMessage } from './pdf-errors';
import { pdfPagesToText, type PdfTextItem } from './pdf-text';

/**
 * The title and text of a PDF file, read with Mozilla's pdf.js. pdf.js is passed in as a loader: the
 * app's loader (pdf-loader.ts) fetches it with a dynamic import, and its worker, only when a PDF is
 * opened; the unit tests load its Node build. Never throws: a failure is `{ ok: false, reason }`.
 *
 * Only the text layer is read. A scanned PDF (pictures of pages) has none and is refused with a
 * message; pdf.js's font and image code paths that run code from strings stay off
 * (`isEvalSupported: false`), in keeping with the app's Content-Security-Policy.
 */

/** The part of pdf.js this module uses; `typeof import('pdfjs-dist')` fits it. */
export interface PdfJs {
	getDocument(source: {
		data: Uint8Array;
		isEvalSupported: boolean;
		verbosity: number;
	}): PdfLoadingTask;
}

interface PdfLoadingTask {
	promise: Promise<PdfDocument>;
	destroy(): Promise<void>;
}

interface PdfDocument {
	numPages: number;
	getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
	getPage(pageNumber: number): Promise<PdfPage>;
}

interface PdfPage {
	getTextContent(): Promise<{ items: unknown[] }>;
	cleanup(): unknown;
}

export type PdfText = { ok: true; title?: string; text: string } | { ok: false; reason: string };

/** pdf.js looks for the header this far into the file; without one it is not a PDF at all. */
const HEADER_WINDOW = 1024;
/** Reading stops once the pages hold this much text: the article would be refused anyway. */
const STOP_AFTER_CHARS = Math.round(MAX_ARTICLE_CHARS * 1.5);
/** Fewer letters than this in the whole file: there is no text layer to speak of. */
const MIN_LETTERS = 40;
/** pdf.js's VerbosityLevel.ERRORS: its warnings about fonts are not the reader's concern. */
const ERRORS_ONLY = 0;

export function hasPdfHeader(bytes: Uint8Array): boolean {
	const head = String.fromCharCode(...bytes.subarray(0, HEADER_WINDOW));
	return head.includes('%PDF-');
}

/** A TextItem, told apart from marked-content markers and anything unexpected. */
function isTextItem(item: unknown): item is PdfTextItem {
	if (typeof item !== 'object' || item === null) return false;
	const { str, hasEOL, transform, height } = item as Record<string, unknown>;
	return (
		typeof str === 'string' &&
		typeof hasEOL === 'boolean' &&
		Array.isArray(transform) &&
		typeof height === 'number'
	);
}

const PLACEHOLDER_TITLE = /^(untitled\b.*|about:blank|document\d*|https?:\/\/\S*)$/i;

/**
 * The document's own title (XMP dc:title, else the Info dictionary's Title), unless it is a
 * placeholder: "Untitled", a web address, or the name of the file it was printed from
 * ("Microsoft Word - essay.docx" is the title "essay").
 */
export function pdfTitle(infoTitle: unknown, xmpTitle: unknown): string | undefined {
	for (const candidate of [xmpTitle, infoTitle]) {
		if (typeof candidate !== 'string') continue;
		const title = candidate
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^Microsoft (?:Word|PowerPoint) - /i, '')
			.replace(/\.(?:pdf|docx?|odt|rtf|txt|pptx?|pages)$/i, '')
			.trim();
		if (title !== '' && !PLACEHOLDER_TITLE.test(title)) return title;
	}
	return undefined;
}

function countLetters(text: string): number {
	return text.match(/\p{L}/gu)?.length ?? 0;
}

export async function readPdfText(bytes: Uint8Array, load: () => Promise<PdfJs>): Promise<PdfText> {
	// Checked before loading pdf.js: a renamed file need not cost the download of the reader.
	if (!hasPdfHeader(bytes)) return { ok: false, reason: PDF_MESSAGES.damaged };
	let pdfjs: PdfJs;
	try {
		pdfjs = await load();
	} catch {
		return { ok: false, reason: PDF_MESSAGES.reader };
	}
	// pdf.js hands `data` over to its worker, which empties the buffer: give it a copy.
	const task = pdfjs.getDocument({
		data: bytes.slice(),
		isEvalSupported: false,
		verbosity: ERRORS_ONLY
	});
	try {
		const document = await task.promise;
		const pages: PdfTextItem[][] = [];
		let chars = 0;
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const items = (await page.getTextContent()).items.filter(isTextItem);
			page.cleanup();
			pages.push(items);
			chars += items.reduce((sum, item) => sum + item.str.length, 0);
			if (chars > STOP_AFTER_CHARS) return { ok: false, reason: PDF_MESSAGES.tooLong };
		}
		const text = pdfPagesToText(pages);
		if (countLetters(text) < MIN_LETTERS) return { ok: false, reason: PDF_MESSAGES.noText };
		const { info, metadata } = await document.getMetadata();
		const title = pdfTitle((info as { Title?: unknown }).Title, metadata?.get('dc:title'));
		return { ok: true, title, text };
	} catch (error) {
		return { ok: false, reason: pdfErrorMessage(error) };
	} finally {
		// Ends the worker too: nothing of pdf.js stays running after a file is read.
		await task.destroy().catch(() => undefined);
	}
}
