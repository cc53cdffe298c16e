import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Written for this test: true sentences with no name, date or figure for the engine to ask about. */
const PLAIN_ARTICLE = `The weather stayed mild all week in the valley. People walked along the river in the long afternoons. The cafés by the old bridge were busy, and the parks were full of children. Everyone seemed glad to be outside again after the rain.`;

test('an article the engine finds nothing in becomes a quiz written by hand', async ({ page }) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('A mild week');
	await page.getByLabel('Article text').fill(PLAIN_ARTICLE);
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await expect(page.getByRole('alert')).toContainText('No questions could be made');

	await page.getByRole('button', { name: 'Write the questions yourself' }).click();
	await expect(page.getByLabel('Question text')).toBeFocused();
	const save = page.getByRole('button', { name: 'Save quiz and add more questions' });
	await expect(save).toBeDisabled();
	// The form as first shown, its problems listed, passes the same axe rules as every screen.
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(axe.violations.map((violation) => violation.id)).toEqual([]);

	await page.getByLabel('Question text').fill('Where did people walk in the afternoons?');
	await page.getByLabel('Option A', { exact: true }).fill('Along the river');
	await page.getByLabel('Option B', { exact: true }).fill('On the hills');
	await page.getByLabel('Option C', { exact: true }).fill('By the sea');
	await page.getByLabel('Option D', { exact: true }).fill('In the forest');
	// Enter in a field does not make the quiz again and lose the question.
	await page.getByLabel('Option D', { exact: true }).press('Enter');
	await expect(page.getByLabel('Question text')).toHaveValue(
		'Where did people walk in the afternoons?'
	);
	await save.click();

	await expect(page).toHaveURL(/\/quiz\/[^/]+\/edit\?new=1$/);
	await expect(page.getByLabel('Question text')).toHaveValue(
		'Where did people walk in the afternoons?'
	);
	await expect(page.getByRole('button', { name: 'Add a question' })).toBeVisible();

	await page.getByRole('link', { name: 'Library', exact: true }).click();
	await expect(page.getByRole('link', { name: 'A mild week' })).toBeVisible();
	await expect(page.getByText('1 question, not started')).toBeVisible();
});
