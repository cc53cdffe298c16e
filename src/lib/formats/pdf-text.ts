/**
 * The text of a PDF, from the positioned pieces pdf.js finds on each page, as plain text with one
 * blank line between paragraphs. Pure: no pdf.js here, so it is tested with hand-made items.
 *
 * A PDF has no paragraphs, only runs of text placed on a page. pdf.js marks the end of a visual
 * line (`hasEOL`); the rest is read from the positions:
 * - a line starts where pdf.js says, or where the baseline jumps by more than half a line;
 * - a paragraph ends where the gap to the next line is clearly wider than the usual line spacing,
 *   where the type size changes (a heading), or at a page break after a finished sentence;
 * - lines that repeat at the top or bottom of most pages (running headers, "Page 3 of 9") are
 *   dropped, digits aside, so that they do not end up inside every question's source sentence;
 * - a word hyphenated across a line break is joined again.
 */

/** The fields of a pdf.js TextItem this reads. */
export interface PdfTextItem {
	str: string;
	hasEOL: boolean;
	/** [a, b, c, d, x, y]: x and y are the start of the run's baseline, in points from bottom left. */
	transform: number[];
	/** The type size, in points. */
	height: number;
}

export interface PdfLine {
	text: string;
	/** Baseline, in points from the bottom of the page. */
	y: number;
	/** Type size, in points (the largest on the line). */
	size: number;
	/** The line follows an empty line (two line ends in a row). */
	afterBlank: boolean;
}

/** A gap this many times the usual line spacing (both per point of type size) ends a paragraph. */
const PARAGRAPH_GAP = 1.35;
/** Gaps up to this many times the type size count as ordinary line spacing. */
const MAX_LINE_SPACING = 1.6;
/** Used when a document has no two lines in a row to measure (1.2 is common). */
const DEFAULT_LINE_SPACING = 1.2;
/** Type sizes differing by more than this share are a heading and its text. */
const SIZE_CHANGE = 0.2;
/** Running headers and footers: how many lines to check at each end of a page. */
const MARGIN_LINES = 2;
/** A running header or footer is on at least this share of the pages. */
const REPEATED_SHARE = 0.4;
/** Longer lines are body text, never a running header. */
const MAX_MARGIN_CHARS = 120;

const SENTENCE_END = /[.!?…:]["'”’)\]]*$/;

function sizeOf(item: PdfTextItem): number {
	if (item.height > 0) return item.height;
	// Some fonts report no height; the matrix still scales the text.
	return Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
}

function tidy(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** One page's text items → its lines, in the order the PDF draws them. */
export function itemsToLines(items: readonly PdfTextItem[]): PdfLine[] {
	const lines: PdfLine[] = [];
	let current: { text: string; y: number; size: number; afterBlank: boolean } | undefined;
	let endsInRow = 0;

	const close = () => {
		if (!current) return;
		const text = tidy(current.text);
		if (text !== '') lines.push({ ...current, text });
		current = undefined;
	};

	for (const item of items) {
		if (item.str !== '') {
			const y = item.transform[5] ?? 0;
			const size = sizeOf(item);
			if (current && Math.abs(y - current.y) > Math.max(current.size, size) / 2) close();
			if (!current) {
				// Blank runs (spaces) carry no position worth keeping.
				if (item.str.trim() === '' && !item.hasEOL) continue;
				current = { text: '', y, size, afterBlank: endsInRow >= 2 };
				endsInRow = 0;
			}
			current.text += item.str;
			current.size = Math.max(current.size, size);
		}
		if (item.hasEOL) {
			if (current && tidy(current.text) !== '') endsInRow = 1;
			else endsInRow++;
			close();
		}
	}
	close();
	return lines;
}

/**
 * A margin line as a key for comparing pages: its words, case, spacing and digits (page numbers)
 * aside, and its height on the page, since a running header sits at the same place on every page
 * while a body line that happens to recur does not.
 */
function marginKey(line: PdfLine): string {
	const words = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
	return `${Math.round(line.y)} ${words}`;
}

/** The lines nearest the top and the bottom edge of a page (by position, not drawing order). */
function marginLines(page: readonly PdfLine[]): Set<PdfLine> {
	const byHeight = [...page].sort((a, b) => b.y - a.y);
	return new Set([...byHeight.slice(0, MARGIN_LINES), ...byHeight.slice(-MARGIN_LINES)]);
}

/**
 * Drops running headers and footers: lines near the top or bottom edge that recur, digits aside and
 * at the same height, on at least 40% of the pages (and two pages at least): a title page without the
 * header does not stop it from being found on the others, nor do headers that alternate between
 * left and right pages.
 */
export function dropRepeatedMargins(pages: readonly PdfLine[][]): PdfLine[][] {
	if (pages.length < 2) return pages.map((page) => [...page]);
	const margins = pages.map(marginLines);
	const pagesWithKey = new Map<string, number>();
	for (const edge of margins) {
		const keys = new Set(
			[...edge].filter((line) => line.text.length <= MAX_MARGIN_CHARS).map(marginKey)
		);
		for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
	}
	const needed = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
	return pages.map((page, index) =>
		page.filter(
			(line) =>
				!margins[index].has(line) ||
				line.text.length > MAX_MARGIN_CHARS ||
				(pagesWithKey.get(marginKey(line)) ?? 0) < needed
		)
	);
}

function median(values: number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The gap from one baseline down to the next, per point of type size. */
function spacing(above: PdfLine, below: PdfLine): number {
	const size = Math.max(above.size, below.size);
	return size > 0 ? (above.y - below.y) / size : 0;
}

/** The document's ordinary line spacing: the median of the gaps that look like plain line breaks. */
function usualSpacing(pages: readonly PdfLine[][]): number {
	const gaps: number[] = [];
	for (const page of pages) {
		for (let i = 1; i < page.length; i++) {
			const gap = spacing(page[i - 1], page[i]);
			if (gap > 0 && gap <= MAX_LINE_SPACING) gaps.push(gap);
		}
	}
	return median(gaps) ?? DEFAULT_LINE_SPACING;
}

function sizeChanged(a: PdfLine, b: PdfLine): boolean {
	const larger = Math.max(a.size, b.size);
	return larger > 0 && Math.abs(a.size - b.size) / larger > SIZE_CHANGE;
}

/** Whether `line` starts a new paragraph after `previous` on the same page. */
function startsParagraph(previous: PdfLine, line: PdfLine, usual: number): boolean {
	if (line.afterBlank || sizeChanged(previous, line)) return true;
	const gap = spacing(previous, line);
	// Upwards: the next column or a box placed elsewhere; it goes on only mid-sentence.
	if (gap <= 0) return SENTENCE_END.test(previous.text);
	return gap > usual * PARAGRAPH_GAP;
}

/** Adds a line to a paragraph, joining a word hyphenated across the line break. */
function appendLine(paragraph: string, line: string): string {
	if (paragraph === '') return line;
	if (paragraph.endsWith('\u00ad')) return paragraph.slice(0, -1) + line;
	if (/\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
	return `${paragraph} ${line}`;
}

/** Pages of lines → paragraphs separated by a blank line. */
export function linesToText(pages: readonly PdfLine[][]): string {
	const usual = usualSpacing(pages);
	const paragraphs: string[] = [];
	let paragraph = '';
	let previous: PdfLine | undefined;

	const finish = () => {
		if (paragraph !== '') paragraphs.push(paragraph.replaceAll('\u00ad', ''));
		paragraph = '';
	};

	for (const page of pages) {
		for (const [index, line] of page.entries()) {
			if (previous) {
				const newParagraph =
					index === 0
						? // A page break: the paragraph goes on only if its sentence did not end.
							line.afterBlank || sizeChanged(previous, line) || SENTENCE_END.test(previous.text)
						: startsParagraph(previous, line, usual);
				if (newParagraph) finish();
			}
			paragraph = appendLine(paragraph, line.text);
			previous = line;
		}
	}
	finish();
	return paragraphs.join('\n\n');
}

/** The whole path: each page's text items → the document's text. */
export function pdfPagesToText(pages: readonly (readonly PdfTextItem[])[]): string {
	return linesToText(dropRepeatedMargins(pages.map(itemsToLines)));
}
