import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildDocx } from '../../src/lib/formats/docx.test-data';
import { PASTED_ARTICLE, optionButtons, chooseFile, MAKING_A_QUIZ } from './helpers';

/** Teachers' control of content: open files, check and edit questions, export, re-import. */

const PARAGRAPHS = PASTED_ARTICLE.split('\n\n');

/** Pastes the test article, taps Make quiz and waits for the preview; returns the quiz id. */
async function makeQuizToPreview(page: Page): Promise<string> {
	await page.goto('/new');
	await page.getByLabel('Article text').fill(PASTED_ARTICLE);
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	const id = page.url().match(/\/quiz\/([^/]+)\/edit/)?.[1];
	expect(id).toBeTruthy();
	return id!;
}

function question(page: Page, number: number) {
	return page.getByRole('region', { name: `Question ${number}`, exact: true });
}

async function waitUntilSaved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /saved/ })).toHaveText(
		/^All changes saved/
	);
}

/** The prompt of every question on the editor, in order. */
async function prompts(page: Page): Promise<string[]> {
	const boxes = page.getByRole('region', { name: /^Question \d+$/ }).getByLabel('Question text');
	// After a reload the editor first says "Opening the quiz…".
	await expect(boxes.first()).toBeVisible();
	const values: string[] = [];
	for (let i = 0; i < (await boxes.count()); i++) values.push(await boxes.nth(i).inputValue());
	return values;
}

test('an HTML file fills the title and the text, and its scripts never run', async ({ page }) => {
	await page.goto('/new');
	const html = `<!doctype html><html><head><title>Lisbon tram news</title>
<script>window.fileScriptRan = true; localStorage.setItem('file-script', 'ran');</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Lisbon tram news</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
<img src="missing.png" onerror="window.fileScriptRan = true">
<script>window.fileScriptRan = true;</script></article></body></html>`;
	await chooseFile(page, 'Open a file', {
		name: 'tram.html',
		mimeType: 'text/html',
		buffer: Buffer.from(html)
	});

	await expect(page.getByLabel('Title')).toHaveValue('Lisbon tram news');
	await expect(page.getByLabel('Article text')).toHaveValue(/each tram can carry up to 250 people/);
	await expect(page.getByLabel('Article text')).not.toHaveValue(/Sport|fileScriptRan/);
	const ran = await page.evaluate(() => ({
		flag: (window as unknown as { fileScriptRan?: boolean }).fileScriptRan,
		stored: localStorage.getItem('file-script')
	}));
	expect(ran).toEqual({ flag: undefined, stored: null });

	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	await expect(page.getByLabel('Quiz title')).toHaveValue('Lisbon tram news');
});

test('a Word file fills the text, titled after the file', async ({ page }) => {
	await page.goto('/new');
	await chooseFile(page, 'Open a file', {
		name: 'Tram report.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from(buildDocx(PARAGRAPHS))
	});
	await expect(page.getByLabel('Title')).toHaveValue('Tram report');
	const text = await page.getByLabel('Article text').inputValue();
	expect(text).toContain('Engineers from Spain and Italy built the tunnels');
	expect(text).toContain('A new tram line costing 210 million euros opened in Lisbon');
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
});

test('an edited question and right answer are saved and played', async ({ page }) => {
	await makeQuizToPreview(page);
	const first = question(page, 1);
	await first.getByLabel('Question text').fill('Which city has the new tram line?');
	await first.getByLabel('Option A', { exact: true }).fill('Porto');
	await first.getByLabel('Option B', { exact: true }).fill('Lisbon');
	await first.getByLabel('Option C', { exact: true }).fill('Madrid');
	await first.getByLabel('Option D', { exact: true }).fill('Seville');
	await first.getByRole('radio', { name: 'Option B, Right answer' }).check();
	await waitUntilSaved(page);

	await page.reload();
	await expect(question(page, 1).getByLabel('Question text')).toHaveValue(
		'Which city has the new tram line?'
	);
	await expect(
		question(page, 1).getByRole('radio', { name: 'Option B, Right answer' })
	).toBeChecked();

	await page.getByRole('link', { name: 'Start quiz' }).first().click();
	await expect(
		page.getByRole('heading', { name: 'Which city has the new tram line?' })
	).toBeVisible();
	await expect(optionButtons(page)).toHaveText([/Porto/, /Lisbon/, /Madrid/, /Seville/]);
	await page.keyboard.press('b');
	const feedback = page.getByRole('region', { name: 'Feedback' });
	await expect(feedback.getByText('Right!')).toBeVisible();
	// A question written in the editor keeps its source sentence from the article.
	await expect(feedback.getByText('From the article:')).toBeVisible();
});

test('questions can be dropped, moved and added by hand', async ({ page }) => {
	await makeQuizToPreview(page);
	const before = await prompts(page);
	expect(before.length).toBeGreaterThanOrEqual(3);

	await question(page, 1).getByRole('button', { name: 'Drop question' }).click();
	await expect(page.getByRole('region', { name: /^Question \d+$/ })).toHaveCount(before.length - 1);
	await question(page, 1).getByRole('button', { name: 'Move down' }).click();
	// Focus stays with the moved question, on a button that can still be pressed.
	const stillDown = before.length - 1 > 2 ? 'Move down' : 'Move up';
	await expect(question(page, 2).getByRole('button', { name: stillDown })).toBeFocused();

	await page.getByRole('button', { name: 'Add a question' }).click();
	const added = question(page, before.length);
	await expect(added.getByLabel('Question text')).toBeFocused();
	await expect(added.getByText('The question text is empty.')).toBeVisible();
	await added.getByLabel('Question text').fill('How long is the new tram line?');
	for (const [letter, text] of [
		['A', '14 kilometres'],
		['B', '9 kilometres'],
		['C', '21 kilometres'],
		['D', '30 kilometres']
	]) {
		await added.getByLabel(`Option ${letter}`, { exact: true }).fill(text);
	}
	await expect(added.getByText(/Not saved/)).toHaveCount(0);
	await waitUntilSaved(page);

	await page.reload();
	const after = await prompts(page);
	expect(after).toEqual([
		before[2],
		before[1],
		...before.slice(3),
		'How long is the new tram line?'
	]);

	// Play has the same questions, with no source block for the one written by hand.
	await page.getByRole('link', { name: 'Start quiz' }).first().click();
	await expect(page.getByText(`Question 1 of ${after.length}`)).toBeVisible();
});

test('an invalid question is flagged and its last valid version stays stored', async ({ page }) => {
	await makeQuizToPreview(page);
	const first = question(page, 1);
	const prompt = await first.getByLabel('Question text').inputValue();
	const optionA = await first.getByLabel('Option A', { exact: true }).inputValue();
	const optionB = await first.getByLabel('Option B', { exact: true }).inputValue();

	// Option B first: from then on the question is invalid, so the new text must not be saved either.
	await first.getByLabel('Option B', { exact: true }).fill('');
	await expect(first.getByText('Option B is empty.')).toBeVisible();
	await first.getByLabel('Question text').fill('A prompt that must not be saved yet?');
	await expect(first.getByText(/Not saved until fixed/)).toBeVisible();
	await first.getByLabel('Option B', { exact: true }).fill(optionA.toUpperCase());
	await expect(first.getByText('Options A and B are the same.')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /saved/ })).toHaveText(
		'All changes saved, except one that needs fixing.'
	);

	await page.reload();
	await expect(question(page, 1).getByLabel('Question text')).toHaveValue(prompt);
	await expect(question(page, 1).getByLabel('Option B', { exact: true })).toHaveValue(optionB);
	await expect(page.getByText(/Not saved until fixed/)).toHaveCount(0);
});

test('a quiz exported as GIFT opens again with the same questions', async ({ page }) => {
	const id = await makeQuizToPreview(page);
	// Characters GIFT has to escape survive the round trip.
	await question(page, 1)
		.getByLabel('Question text')
		.fill('Which {city} opened a line: "tram = new" ~ #1?');
	await waitUntilSaved(page);
	const original = await prompts(page);

	await page.goto(`/quiz/${id}/results`);
	await page.getByRole('link', { name: 'Export or print' }).click();
	await expect(page.getByRole('heading', { name: 'Export or print' })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Moodle GIFT' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.gift\.txt$/);
	const gift = await readFile((await download.path())!);

	// The worksheet prints without the app's bar, with the answer key on a page of its own.
	await page.getByRole('link', { name: 'Print worksheet' }).click();
	const key = page.getByRole('region', { name: /^Answer key/ });
	await expect(key.getByRole('listitem')).toHaveCount(original.length);
	await page.emulateMedia({ media: 'print' });
	expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await page.goto('/new');
	await chooseFile(page, 'Open a file', {
		name: download.suggestedFilename(),
		mimeType: 'text/plain',
		buffer: gift
	});
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	expect(page.url()).not.toContain(id);
	expect(await prompts(page)).toEqual(original);

	// An imported question has no article: Play leaves out the source block.
	await page.getByRole('link', { name: 'Start quiz' }).first().click();
	await expect(
		page.getByRole('heading', { name: 'Which {city} opened a line: "tram = new" ~ #1?' })
	).toBeVisible();
	await page.keyboard.press('1');
	const feedback = page.getByRole('region', { name: 'Feedback' });
	await expect(feedback.getByText(/Right!|Not quite/)).toBeVisible();
	await expect(feedback.getByText('From the article:')).toHaveCount(0);

	await page.goto('/');
	await expect(page.getByRole('listitem')).toHaveCount(2);
});

test('a file too big or of an unknown kind gets a clear message and changes nothing', async ({
	page
}) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('My notes');
	await page.getByLabel('Article text').fill(PASTED_ARTICLE);

	await chooseFile(page, 'Open a file', {
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(6 * 1024 * 1024, 'a')
	});
	await expect(page.getByRole('alert')).toContainText('too big');

	await chooseFile(page, 'Open a file', {
		name: 'slides.key',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('not an article')
	});
	await expect(page.getByRole('alert')).toContainText('.key files cannot be read');

	await expect(page.getByLabel('Title')).toHaveValue('My notes');
	await expect(page.getByLabel('Article text')).toHaveValue(PASTED_ARTICLE);
	await expect(page).toHaveURL(/\/new$/);
});

test('a file dropped on the page is opened', async ({ page }) => {
	await page.goto('/new');
	// The drop handler is attached on hydration, when the form's controls become enabled.
	await expect(page.getByLabel('Open a file')).toBeEnabled();
	const dataTransfer = await page.evaluateHandle((text) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], 'Dropped story.txt', { type: 'text/plain' }));
		return transfer;
	}, PASTED_ARTICLE);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await expect(page.getByLabel('Title')).toHaveValue('Dropped story');
	await expect(page.getByLabel('Article text')).toHaveValue(PASTED_ARTICLE);
});

test('a GIFT file opens as a quiz and says what it left out', async ({ page }) => {
	const gift = [
		'::Rivers::Which river runs through Lisbon? {=Tagus ~Douro ~Ebro ~Minho}',
		'',
		'Lisbon has trams. {T}',
		'',
		'How many hills is Lisbon said to have? {=seven ~three ~nine ~twelve}'
	].join('\n');
	await page.goto('/new');
	await chooseFile(page, 'Open a file', {
		name: 'lisbon.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from(gift)
	});
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	await expect(page.getByText('Not everything in the file could be used:')).toBeVisible();
	expect(await prompts(page)).toEqual([
		'Which river runs through Lisbon?',
		'How many hills is Lisbon said to have?'
	]);
	await expect(page.getByLabel('Quiz title')).toHaveValue('lisbon');
});
