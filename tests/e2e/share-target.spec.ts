import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PASTED_ARTICLE, MAKING_A_QUIZ } from './helpers';

/** What arrives through the Web Share Target (`/new?title=&text=&url=`) when it is only a link. */

const LINK = 'https://news.example/2026/tide-tables';
const CANNOT_FETCH = /Only a link arrived\. Factdeck can't fetch pages from the web on your device/;

test('a link shared alone is kept, and the page says to share or paste the text', async ({
	page
}) => {
	// As Chrome on Android shares a page: its title, and the link in `text`.
	await page.goto(
		`/new?title=${encodeURIComponent('Tide tables')}&text=${encodeURIComponent(LINK)}`
	);

	await expect(page.getByRole('status')).toHaveText(CANNOT_FETCH);
	await expect(page.getByLabel('Title')).toHaveValue('Tide tables');
	// The text box is left free for the article; the link stays on the page and can be opened.
	await expect(page.getByLabel('Article text')).toHaveValue('');
	await expect(page.getByRole('link', { name: LINK })).toHaveAttribute('href', LINK);
	await expect(page.getByRole('link', { name: 'open the article' })).toHaveAttribute('href', LINK);
	await expect(page.getByLabel('Article text')).toHaveAccessibleDescription(CANNOT_FETCH);

	await page.getByLabel('Article text').fill(PASTED_ARTICLE);
	await expect(page.getByRole('status')).toHaveCount(0);
	await expect(page.getByRole('link', { name: LINK })).toBeVisible();
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	await expect(page.getByLabel('Quiz title')).toHaveValue('Tide tables');
});

test('shared text with its link needs no such note, and only web links become links', async ({
	page
}) => {
	await page.goto(
		`/new?text=${encodeURIComponent(PASTED_ARTICLE)}&url=${encodeURIComponent(LINK)}`
	);
	await expect(page.getByLabel('Article text')).toHaveValue(PASTED_ARTICLE);
	await expect(page.getByRole('link', { name: LINK })).toBeVisible();
	await expect(page.getByText(CANNOT_FETCH)).toHaveCount(0);

	await page.goto(`/new?url=${encodeURIComponent('javascript:alert(1)')}`);
	await expect(page.getByText('Shared from javascript:alert(1).')).toBeVisible();
	await expect(page.getByRole('link', { name: /javascript/ })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on the link-only note (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`/new?url=${encodeURIComponent(LINK)}`);
		await expect(page.getByRole('status')).toHaveText(CANNOT_FETCH);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});
}
