import { expect, test } from '@playwright/test';
import { MAKING_A_QUIZ } from './helpers';

/** Written for this test: the news itself names no figure; its one figure is background. */
const ARTICLE = `Mill to close

Textile maker Harrowgate Weaving is to close its mill in Skelbrook, the firm said on Tuesday.

The company blamed cheaper imports from Asia for a fall in orders.

Union officials said they would fight the closure.

Harrowgate Weaving made a profit of £1.2m in 2003.`;

test('details in passing are asked about only when the teacher asks for them', async ({ page }) => {
	await page.goto('/new');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'details in passing rather than its main news'
	);

	const asides = page.getByRole('checkbox', { name: 'Also ask about details in passing' });
	await expect(asides).toHaveAccessibleDescription(
		'More questions, but more of them on side details.'
	);
	await asides.check();
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	await expect(page.getByLabel('Question text')).toHaveValue(
		'Harrowgate Weaving made a profit of _____ in 2003.'
	);
});
