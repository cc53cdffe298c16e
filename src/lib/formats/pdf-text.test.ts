import { describe, expect, it } from 'vitest';
import {
	dropRepeatedMargins,
	itemsToLines,
	linesToText,
	pdfPagesToText,
	type PdfLine,
	type PdfTextItem
} from './pdf-text';

/** A run of text as pdf.js reports it: at (x, y), `size` points high. */
function run(str: string, y: number, options: { x?: number; size?: number; eol?: boolean } = {}) {
	const { x = 72, size = 12, eol = true } = options;
	return { str, hasEOL: eol, transform: [size, 0, 0, size, x, y], height: size } as PdfTextItem;
}

/** pdf.js's empty item that only marks a line end. */
const EOL: PdfTextItem = { str: '', hasEOL: true, transform: [1, 0, 0, 1, 0, 0], height: 0 };

/** Lines 14 points apart (12-point type), a paragraph gap of 28 between groups. */
function body(paragraphs: string[][], top = 700): PdfTextItem[] {
	const items: PdfTextItem[] = [];
	let y = top;
	for (const lines of paragraphs) {
		for (const line of lines) {
			items.push(run(line, y));
			y -= 14;
		}
		y -= 14;
	}
	return items;
}

function line(text: string, y: number, size = 12): PdfLine {
	return { text, y, size, afterBlank: false };
}

describe('itemsToLines', () => {
	it('joins the runs of a line and ends it where pdf.js marks a line end', () => {
		const lines = itemsToLines([
			run('The tide ', 700, { eol: false }),
			run('turned ', 700, { x: 120, eol: false }),
			run('at noon.', 700, { x: 160 }),
			run('Boats  came  home.', 686)
		]);
		expect(lines.map((l) => l.text)).toEqual(['The tide turned at noon.', 'Boats came home.']);
		expect(lines[1]).toMatchObject({ y: 686, size: 12, afterBlank: false });
	});

	it('starts a new line when the baseline jumps, even without a line end', () => {
		const lines = itemsToLines([
			run('Last line of the body.', 60, { eol: false }),
			run('Header', 800)
		]);
		expect(lines.map((l) => l.text)).toEqual(['Last line of the body.', 'Header']);
	});

	it('keeps a raised footnote mark on its line', () => {
		const lines = itemsToLines([
			run('The harbour opened in 1931.', 700, { eol: false }),
			run('2', 704, { x: 200, size: 7 })
		]);
		expect(lines).toHaveLength(1);
	});

	it('notes an empty line, and skips empty and blank runs', () => {
		const lines = itemsToLines([
			run('One.', 700, { eol: false }),
			EOL,
			run('   ', 690, { eol: false }),
			EOL,
			run('Two.', 672)
		]);
		expect(lines.map((l) => [l.text, l.afterBlank])).toEqual([
			['One.', false],
			['Two.', true]
		]);
	});

	it('reads a run with no reported height by its matrix', () => {
		const [only] = itemsToLines([
			{ str: 'Scaled text.', hasEOL: true, transform: [0, 9, -9, 0, 72, 700], height: 0 }
		]);
		expect(only.size).toBe(9);
	});
});

describe('linesToText', () => {
	it('makes paragraphs from wider gaps and joins the lines inside them with spaces', () => {
		const page = itemsToLines(
			body([
				['The lighthouse stood on a rock', 'at the mouth of the bay.'],
				['Its lamp was lit every night.']
			])
		);
		expect(linesToText([page])).toBe(
			'The lighthouse stood on a rock at the mouth of the bay.\n\nIts lamp was lit every night.'
		);
	});

	it('finds paragraphs when every paragraph is a single line', () => {
		const page = itemsToLines(body([['First.'], ['Second.'], ['Third.']]));
		expect(linesToText([page])).toBe('First.\n\nSecond.\n\nThird.');
	});

	it('keeps a heading apart from its text by its larger type', () => {
		const page = [
			line('Storm Season', 720, 18),
			line('The storms came early', 700),
			line('that year.', 686)
		];
		expect(linesToText([page])).toBe('Storm Season\n\nThe storms came early that year.');
	});

	it('joins words hyphenated at a line end, but not names or soft hyphens left in', () => {
		const page = [
			line('The keeper kept a note-', 700),
			line('book of ships and a Franco-', 686),
			line('Spanish flag, and a light\u00ad', 672),
			line('house log.', 658)
		];
		expect(linesToText([page])).toBe(
			'The keeper kept a notebook of ships and a Franco- Spanish flag, and a lighthouse log.'
		);
	});

	it('carries a sentence across a page break, but starts a paragraph after a finished one', () => {
		const pages = [
			[line('The ferry left the quay', 100), line('and turned', 86)],
			[line('towards the island.', 760), line('It came back at dusk.', 746)],
			[line('A new page, a new paragraph.', 760)]
		];
		expect(linesToText(pages)).toBe(
			'The ferry left the quay and turned towards the island. It came back at dusk.\n\nA new page, a new paragraph.'
		);
	});

	it('goes on after a jump up to the next column only mid-sentence', () => {
		const page = [
			line('The first column ends in', 100, 12),
			line('the middle of a sentence.', 700, 12),
			line('Then it ends.', 686),
			line('The next one starts afresh.', 700)
		];
		expect(linesToText([page])).toBe(
			'The first column ends in the middle of a sentence. Then it ends.\n\nThe next one starts afresh.'
		);
	});
});

describe('dropRepeatedMargins', () => {
	const page = (number: number, text: string) => [
		line('Harbour Notes - Spring issue', 815, 8),
		line(text, 700),
		line(`Page ${number} of 3`, 25, 8)
	];

	it('drops running headers and page numbers found on most pages', () => {
		const pages = dropRepeatedMargins([
			[line('The Keeper', 760, 18), line('Body one.', 700), line('Page 1 of 3', 25, 8)],
			page(2, 'Body two.'),
			page(3, 'Body three.')
		]);
		expect(pages.map((p) => p.map((l) => l.text))).toEqual([
			['The Keeper', 'Body one.'],
			['Body two.'],
			['Body three.']
		]);
	});

	it('keeps everything on a single page, and lines that repeat only once', () => {
		const single = [line('Page 1 of 1', 25, 8), line('Body.', 700)];
		expect(dropRepeatedMargins([single])).toEqual([single]);
		const pages = [
			[line('Chapter one', 760), line('Body.', 700)],
			[line('Chapter two', 760), line('More.', 700)],
			[line('Chapter three', 760), line('End.', 700)]
		];
		expect(dropRepeatedMargins(pages)).toEqual(pages);
	});

	it('keeps a body line that recurs at the foot of pages at different heights', () => {
		const pages = [
			[line('Body one.', 700), line('See the map.', 60)],
			[line('Body two.', 700), line('See the map.', 240)]
		];
		expect(dropRepeatedMargins(pages)).toEqual(pages);
	});

	it('drops headers that alternate between left and right pages', () => {
		const pages = [1, 2, 3, 4, 5].map((n) => [
			line(n % 2 ? 'Coastal History Review' : 'Brenner: The Keeper', 815, 8),
			line(`Body ${'x'.repeat(n)}.`, 700)
		]);
		expect(
			dropRepeatedMargins(pages)
				.flat()
				.map((l) => l.text)
		).toEqual([1, 2, 3, 4, 5].map((n) => `Body ${'x'.repeat(n)}.`));
	});

	it('never drops long lines, even when they repeat', () => {
		const long = 'A'.repeat(130);
		const pages = [
			[line(long, 760), line('Body.', 700)],
			[line(long, 760), line('More.', 700)]
		];
		expect(dropRepeatedMargins(pages)).toEqual(pages);
	});
});

describe('pdfPagesToText', () => {
	it('reads pages of runs into paragraphs without their running header and footer', () => {
		const margins = (n: number) => [
			run('The Quarterly', 815, { size: 8, x: 250 }),
			run(`${n}`, 25, { size: 8, x: 290 })
		];
		const text = pdfPagesToText([
			[...body([['Snow fell on the', 'pass in May.']]), ...margins(1)],
			[...body([['The road stayed shut', 'for a week.']]), ...margins(2)]
		]);
		expect(text).toBe('Snow fell on the pass in May.\n\nThe road stayed shut for a week.');
	});

	it('gives an empty text for pages without text', () => {
		expect(pdfPagesToText([[], []])).toBe('');
	});
});
