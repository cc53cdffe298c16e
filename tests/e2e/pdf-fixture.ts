import type { Browser, Page } from '@playwright/test';

/**
 * PDF files for the import tests, printed by Chromium itself (page.pdf) from pages written here, so
 * the test reads the kind of file a teacher gets from "Save as PDF": real fonts, a text layer, a
 * Title in the metadata, and a running header and footer on every page.
 */

export const FERRY_TITLE = 'The Night Ferry to Varnholm';

export const FERRY_PARAGRAPHS = [
	'The night ferry to Varnholm made its last crossing on 14 March 2019, after ninety-one years of service. Captain Ingrid Salo steered the old ship out of Brekka harbour at ten in the evening, with 212 passengers on board. Most of them had grown up on the island and had taken the ferry to school as children.',
	'The crossing took two hours in calm weather. Halfway across, the crew switched off the engines for one minute so that everyone could hear the sea. Salo said later that it was the quietest minute of her career.',
	'A bridge now links Varnholm to the mainland. It was designed by the engineer Tomas Berg and cost 340 million kroner. The ferry itself was sold to a maritime museum in Bergen, where visitors can stand on its deck and ring the bell.',
	'The museum counted 8,000 visitors on the ship in its first summer. Many of them were former passengers who came back to find their old seats. A book in the main cabin holds their memories of the crossing.'
];

export const RUNNING_HEADER = 'Island Letters, autumn issue';

const FERRY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${FERRY_TITLE}</title>
<style>
	body { font: 12px/1.4 serif; }
	h1 { font-size: 20px; }
	/* The second half on a page of its own: the PDF has two pages whatever the fonts. */
	p:nth-of-type(3) { break-before: page; }
</style></head>
<body><h1>${FERRY_TITLE}</h1>${FERRY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

const SMALL = 'font-size: 8px; width: 100%; text-align: center;';

/** The ferry article as a two-page A6 PDF with a running header and "Page N of M" footers. */
export async function printFerryPdf(browser: Browser): Promise<Buffer> {
	return printPdf(browser, FERRY_PAGE, {
		displayHeaderFooter: true,
		headerTemplate: `<div style="${SMALL}">${RUNNING_HEADER}</div>`,
		footerTemplate: `<div style="${SMALL}">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`
	});
}

/** A PDF with pictures and no text at all, as a scanner makes. */
export async function printPictureOnlyPdf(browser: Browser): Promise<Buffer> {
	const page = `<!doctype html><html><head><title>Scan</title></head><body>
		<div style="width: 200px; height: 260px; background: linear-gradient(#777, #ccc)"></div></body></html>`;
	return printPdf(browser, page);
}

async function printPdf(
	browser: Browser,
	html: string,
	options: Parameters<Page['pdf']>[0] = {}
): Promise<Buffer> {
	// A page of its own, outside the test's phone-sized context: printing needs no device.
	const page = await browser.newPage();
	try {
		await page.setContent(html);
		return await page.pdf({
			format: 'A6',
			margin: { top: '48px', bottom: '48px', left: '32px', right: '32px' },
			...options
		});
	} finally {
		await page.close();
	}
}
