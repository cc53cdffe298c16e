import type { PdfJs } from './pdf';

/**
 * Small PDF files written by hand for the tests (a PDF is text objects and a byte-offset table), and
 * pdf.js's Node build to read them. The e2e tests use a PDF printed by Chromium instead.
 */

/** A line of text, or an empty string for a blank line; `size` in points (default 11). */
export type TestPdfLine = string | { text: string; size: number };

export interface TestPdfPage {
	lines: TestPdfLine[];
	/** Drawn at the top of the page, after the body (as Chromium draws its running headers). */
	header?: string;
	footer?: string;
}

export interface TestPdfOptions {
	/** The Info dictionary's Title. */
	title?: string;
	/** Adds an /Encrypt dictionary whose user password is not empty: pdf.js asks for a password. */
	locked?: boolean;
}

const BODY_SIZE = 11;

function pdfString(text: string): string {
	return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function textAt(text: string, size: number, x: number, y: number): string {
	return `BT /F1 ${size} Tf ${x} ${y} Td ${pdfString(text)} Tj ET`;
}

function pageContent(page: TestPdfPage): string {
	const ops: string[] = [];
	let y = 770;
	for (const line of page.lines) {
		const { text, size } = typeof line === 'string' ? { text: line, size: BODY_SIZE } : line;
		if (text !== '') ops.push(textAt(text, size, 72, y));
		y -= Math.round(size * 1.25);
	}
	if (page.header) ops.push(textAt(page.header, 8, 200, 815));
	if (page.footer) ops.push(textAt(page.footer, 8, 280, 25));
	// A grey box, as on a scanned page: drawing that is not text.
	if (page.lines.length === 0) ops.push('0.5 g 72 300 450 400 re f');
	return ops.join('\n');
}

/**
 * A PDF whose pages show the given lines in Helvetica (a standard font, so nothing is embedded).
 * ASCII text only: the offset table counts characters as bytes.
 */
export function buildPdf(pages: TestPdfPage[], options: TestPdfOptions = {}): Uint8Array {
	const objects: string[] = [];
	// An object's number is its place in the list, counted from 1: what push returns.
	const add = (body: string) => objects.push(body);

	const catalog = add('');
	const pagesId = add('');
	const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
	const kids = pages.map((page) => {
		const content = pageContent(page);
		const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
		return add(
			`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`
		);
	});
	objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
	objects[pagesId - 1] =
		`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
	const info = options.title ? add(`<< /Title ${pdfString(options.title)} >>`) : undefined;
	const encrypt = options.locked
		? add(
				`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`
			)
		: undefined;

	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, index) => {
		offsets.push(out.length);
		out += `${index + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
	const trailer = [
		`/Size ${objects.length + 1}`,
		`/Root ${catalog} 0 R`,
		info ? `/Info ${info} 0 R` : '',
		encrypt ? `/Encrypt ${encrypt} 0 R /ID [<${'12'.repeat(16)}> <${'12'.repeat(16)}>]` : ''
	];
	out += `trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(out);
}

/**
 * pdf.js's Node build, with its worker code run in the same thread: pdf.js looks for the worker's
 * handler on `globalThis.pdfjsWorker` before trying to start a Worker.
 */
export async function loadNodePdfjs(): Promise<PdfJs> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const global = globalThis as { pdfjsWorker?: unknown };
	global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
	return pdfjs;
}
