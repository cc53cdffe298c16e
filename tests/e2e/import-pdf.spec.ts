import { expect, test, type Page } from '@playwright/test';
import {
	startFromPreview,
	waitForServiceWorker,
	PASTED_ARTICLE,
	chooseFile,
	MAKING_A_QUIZ
} from './helpers';
import {
	FERRY_PARAGRAPHS,
	FERRY_TITLE,
	RUNNING_HEADER,
	printFerryPdf,
	printPictureOnlyPdf
} from './pdf-fixture';

/** Opening a .pdf on New quiz: its text layer fills the form, read by pdf.js loaded on demand. */

async function openPdf(page: Page, name: string, buffer: Buffer) {
	await chooseFile(page, 'Open a file', { name, mimeType: 'application/pdf', buffer });
}

test('a PDF fills the title and the text, without its running header, and makes a quiz', async ({
	page,
	browser
}) => {
	const pdf = await printFerryPdf(browser);
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
	});
	await page.goto('/new');
	// pdf.js runs in a Worker of its own (not its slower same-thread fallback), allowed by the CSP.
	const pdfWorker = page.waitForEvent('worker', (worker) => /pdf\.worker/.test(worker.url()));
	await openPdf(page, 'island-letters-07.pdf', pdf);
	await pdfWorker;

	// The title comes from the PDF's metadata, not from the file name.
	await expect(page.getByLabel('Title')).toHaveValue(FERRY_TITLE);
	await expect(page.getByText('From the file island-letters-07.pdf.')).toBeVisible();
	const text = await page.getByLabel('Article text').inputValue();
	// Both pages, each paragraph whole and apart from the next.
	for (const paragraph of FERRY_PARAGRAPHS) expect(text).toContain(paragraph);
	expect(text).toContain(`${FERRY_PARAGRAPHS[1]}\n\n${FERRY_PARAGRAPHS[2]}`);
	expect(text).not.toContain(RUNNING_HEADER);
	expect(text).not.toMatch(/Page \d of \d/);
	expect(refused).toEqual([]);

	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	await expect(page.getByLabel('Quiz title')).toHaveValue(FERRY_TITLE);
	await startFromPreview(page);
});

test('a file that is not a readable PDF gets a clear message and changes nothing', async ({
	page,
	browser
}) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('My notes');
	await page.getByLabel('Article text').fill(PASTED_ARTICLE);
	const alert = page.getByRole('alert');

	const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 17) % 256));
	await openPdf(page, 'x.pdf', random);
	await expect(alert).toHaveText(/This PDF could not be read: it is damaged or not really a PDF/);

	await openPdf(page, 'scan.pdf', await printPictureOnlyPdf(browser));
	await expect(alert).toHaveText(/no text to read: its pages look like scanned pictures/);

	// A PDF header over junk gets as far as pdf.js and its worker, which refuse it.
	await openPdf(page, 'broken.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), random]));
	await expect(alert).toHaveText(/damaged or not really a PDF/);

	await expect(page.getByLabel('Title')).toHaveValue('My notes');
	await expect(page.getByLabel('Article text')).toHaveValue(PASTED_ARTICLE);
	await expect(page).toHaveURL(/\/new$/);
});

test('a PDF opens offline once the app has been opened', async ({ context, page, browser }) => {
	const pdf = await printFerryPdf(browser);
	await page.goto('/');
	await waitForServiceWorker(page);

	await context.setOffline(true);
	await page.goto('/new');
	await openPdf(page, 'ferry.pdf', pdf);
	await expect(page.getByLabel('Title')).toHaveValue(FERRY_TITLE);
	await expect(page.getByLabel('Article text')).toHaveValue(/quietest minute of her career/);
});
