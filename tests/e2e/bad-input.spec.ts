import { expect, test } from '@playwright/test';

const junk = Array.from({ length: 600 }, (_, i) => String.fromCharCode((i * 13) % 31 || 1)).join(
	''
);

const cases: [string, string, RegExp][] = [
	['empty text', '', /empty/],
	['whitespace only', '   \n\n\t   ', /empty/],
	[
		'fewer than three sentences',
		'The bridge opened in May. It is long.',
		/at least 3 full sentences/
	],
	['binary junk', junk + ' some words here. and more words. and yet more words.', /binary/],
	['only numbers', '1 2 3. 4,500 6.7 8. 9 10 11. 2024 1999 77.\n'.repeat(20), /numbers/],
	['text over the size limit', 'The ferry left the harbour on time. '.repeat(9000), /too long/]
];

for (const [name, text, message] of cases) {
	test(`refuses ${name} with a clear message and saves nothing`, async ({ page }) => {
		await page.goto('/new');
		await page.getByLabel('Article text').fill(text);
		await page.getByRole('button', { name: 'Make quiz' }).click();
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page).toHaveURL(/\/new$/);
		// The text is kept so the person can fix it (a text area rewrites control characters).
		if (name === 'binary junk') await expect(page.getByLabel('Article text')).not.toHaveValue('');
		else await expect(page.getByLabel('Article text')).toHaveValue(text);

		await page.getByRole('link', { name: 'Library' }).click();
		await expect(page.getByText('No quizzes yet.')).toBeVisible();
	});
}
