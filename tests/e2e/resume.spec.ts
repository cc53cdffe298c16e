import { expect, test } from '@playwright/test';
import { makeSampleQuiz, optionButtons, questionCount } from './helpers';

test('closing the tab mid-quiz and opening the quiz again resumes at the same question', async ({
	context,
	page
}) => {
	await makeSampleQuiz(page);
	const total = await questionCount(page);
	const url = page.url();

	await page.keyboard.press('1');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
	await page.keyboard.press('2');
	await expect(optionButtons(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
	await page.keyboard.press('4');
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
	await page.close();

	const again = await context.newPage();
	await again.goto('/');
	await expect(again.getByText(`3 of ${total} answered`)).toBeVisible();
	await again.getByRole('listitem').getByRole('link').first().click();
	await expect(again).toHaveURL(url);

	// The third question is on screen, already answered with option 4.
	await expect(again.getByText(`Question 3 of ${total}`)).toBeVisible();
	await expect(optionButtons(again).nth(3)).toHaveAttribute('aria-pressed', 'true');
	await again.getByRole('button', { name: 'Next' }).click();
	await expect(again.getByText(`Question 4 of ${total}`)).toBeVisible();

	await again.reload();
	await expect(again.getByText(`Question 4 of ${total}`)).toBeVisible();
	await expect(again.getByRole('region', { name: 'Feedback' })).toHaveCount(0);
});
