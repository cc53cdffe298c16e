import { describe, expect, it } from 'vitest';
import { PDF_MESSAGES } from './pdf-errors';
import { hasPdfHeader, pdfTitle, readPdfText, type PdfJs, type PdfText } from './pdf';
import { buildPdf, loadNodePdfjs, type TestPdfPage } from './pdf.test-data';

function expectText(result: PdfText) {
	if (!result.ok) throw new Error(result.reason);
	return result;
}

const KEEPER: TestPdfPage[] = [
	{
		lines: [
			{ text: 'The Keeper of Gull Rock', size: 18 },
			'',
			'Ada Brenner kept the light on Gull Rock for nineteen years.',
			'She logged every passing ship in a green note-',
			'book, and the log is now in the town museum.',
			'',
			'In the great storm of 1954 the lamp failed twice. Each time she'
		],
		header: 'Coastal History Review',
		footer: 'Page 1 of 2'
	},
	{
		lines: [
			'climbed the tower with an oil lantern and kept it burning until dawn.',
			'',
			'The light was automated in 1971, and Brenner moved to the mainland.'
		],
		header: 'Coastal History Review',
		footer: 'Page 2 of 2'
	}
];

describe('readPdfText with pdf.js', () => {
	it('reads the text layer into paragraphs, with the title from the metadata', async () => {
		const pdf = buildPdf(KEEPER, { title: 'The Keeper of Gull Rock' });
		const result = expectText(await readPdfText(pdf, loadNodePdfjs));
		expect(result.title).toBe('The Keeper of Gull Rock');
		expect(result.text).toBe(
			[
				'The Keeper of Gull Rock',
				'Ada Brenner kept the light on Gull Rock for nineteen years. She logged every passing ship in a green notebook, and the log is now in the town museum.',
				'In the great storm of 1954 the lamp failed twice. Each time she climbed the tower with an oil lantern and kept it burning until dawn.',
				'The light was automated in 1971, and Brenner moved to the mainland.'
			].join('\n\n')
		);
	});

	it('has no title when the PDF names none', async () => {
		const result = expectText(await readPdfText(buildPdf(KEEPER), loadNodePdfjs));
		expect(result.title).toBeUndefined();
	});

	it('refuses a PDF locked with a password', async () => {
		const result = await readPdfText(buildPdf(KEEPER, { locked: true }), loadNodePdfjs);
		expect(result).toEqual({ ok: false, reason: PDF_MESSAGES.password });
	});

	it('refuses a PDF without a text layer (scanned pages)', async () => {
		const scanned = buildPdf([{ lines: [] }, { lines: [], footer: '2' }]);
		const result = await readPdfText(scanned, loadNodePdfjs);
		expect(result).toEqual({ ok: false, reason: PDF_MESSAGES.noText });
	});

	it('refuses a damaged PDF', async () => {
		const whole = buildPdf(KEEPER);
		const broken = new Uint8Array([...whole.subarray(0, 9), ...new Uint8Array(400).fill(0x41)]);
		const result = await readPdfText(broken, loadNodePdfjs);
		expect(result).toEqual({ ok: false, reason: PDF_MESSAGES.damaged });
	});
});

/** A stand-in for pdf.js: every page holds about `perPage` characters of text. */
function fakePdfjs(pages: number, perPage: number) {
	const calls = { pages: 0, destroyed: false };
	const pdfjs: PdfJs = {
		getDocument: () => ({
			promise: Promise.resolve({
				numPages: pages,
				getMetadata: async () => ({ info: {}, metadata: null }),
				getPage: async (number: number) => {
					calls.pages++;
					return {
						cleanup: () => undefined,
						getTextContent: async () => ({
							items: [
								{ type: 'beginMarkedContent' },
								{
									// Pages differ, or they would read as one running header.
									str: `${'word '.repeat(perPage / 5)}${'x'.repeat(number)}`,
									hasEOL: true,
									transform: [12, 0, 0, 12, 0, 0],
									height: 12
								}
							]
						})
					};
				}
			}),
			destroy: async () => {
				calls.destroyed = true;
			}
		})
	};
	return { pdfjs, calls };
}

describe('readPdfText around pdf.js', () => {
	const header = new TextEncoder().encode('%PDF-1.7\n');

	it('refuses a file without a PDF header before loading pdf.js', async () => {
		let loaded = false;
		const result = await readPdfText(new Uint8Array([1, 2, 3, 4]), async () => {
			loaded = true;
			throw new Error('must not load');
		});
		expect(result).toEqual({ ok: false, reason: PDF_MESSAGES.damaged });
		expect(loaded).toBe(false);
	});

	it('says so when pdf.js cannot be loaded', async () => {
		const result = await readPdfText(header, () => Promise.reject(new Error('offline')));
		expect(result).toEqual({ ok: false, reason: PDF_MESSAGES.reader });
	});

	it('stops reading pages once the text is far over the limit, and always ends pdf.js', async () => {
		const { pdfjs, calls } = fakePdfjs(1000, 100_000);
		const result = await readPdfText(header, async () => pdfjs);
		expect(result).toEqual({ ok: false, reason: PDF_MESSAGES.tooLong });
		expect(calls.pages).toBe(5);
		expect(calls.destroyed).toBe(true);
	});

	it('skips marked-content entries among the text items', async () => {
		const { pdfjs, calls } = fakePdfjs(2, 100);
		const result = expectText(await readPdfText(header, async () => pdfjs));
		expect(result.text).toMatch(/^word word/);
		expect(calls.destroyed).toBe(true);
	});
});

describe('hasPdfHeader', () => {
	it('finds the header at the start or after a little junk, as pdf.js does', () => {
		const encode = (text: string) => new TextEncoder().encode(text);
		expect(hasPdfHeader(encode('%PDF-1.4\n...'))).toBe(true);
		expect(hasPdfHeader(encode(`${' '.repeat(500)}%PDF-2.0`))).toBe(true);
		expect(hasPdfHeader(encode(`${' '.repeat(1100)}%PDF-2.0`))).toBe(false);
		expect(hasPdfHeader(encode('PK\u0003\u0004 a zip'))).toBe(false);
	});
});

describe('pdfTitle', () => {
	it('prefers the XMP title, then the Info title', () => {
		expect(pdfTitle('Info title', 'XMP title')).toBe('XMP title');
		expect(pdfTitle('Info  title\n', undefined)).toBe('Info title');
		expect(pdfTitle('Info title', '  ')).toBe('Info title');
	});

	it('leaves out placeholders and file names', () => {
		expect(pdfTitle('Microsoft Word - Tide tables.docx', null)).toBe('Tide tables');
		expect(pdfTitle('report.pdf', undefined)).toBe('report');
		for (const placeholder of ['Untitled', 'untitled document', 'about:blank', 'Document1']) {
			expect(pdfTitle(placeholder, undefined)).toBeUndefined();
		}
		expect(pdfTitle('https://example.org/story', undefined)).toBeUndefined();
		expect(pdfTitle(42, { title: 'x' })).toBeUndefined();
	});
});
