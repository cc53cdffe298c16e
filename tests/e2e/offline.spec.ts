import { expect, test } from '@playwright/test';
import {
	PASTED_ARTICLE,
	makeSampleQuiz,
	optionButtons,
	waitForServiceWorker,
	startFromPreview
} from './helpers';

test('after one visit the app works offline: library, play, and a new quiz', async ({
	context,
	page
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await makeSampleQuiz(page);
	const quizUrl = page.url();

	await context.setOffline(true);

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
	await page.getByRole('listitem').getByRole('link').first().click();
	await expect(page).toHaveURL(quizUrl);
	await page.keyboard.press('1');
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();

	// A deep link opens offline too, from the cached fallback page.
	await page.goto(quizUrl);
	await expect(page.getByText(/^Question 1 of/)).toBeVisible();

	await page.goto('/new');
	await page.getByLabel('Article text').fill(PASTED_ARTICLE);
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await startFromPreview(page);
	await expect(optionButtons(page)).toHaveCount(4);

	await page.goto('/');
	await expect(page.getByRole('listitem')).toHaveCount(2);
});

test.describe('control: with service workers blocked', () => {
	test.use({ serviceWorkers: 'block' });

	test('an offline reload fails', async ({ context, page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
		await context.setOffline(true);
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	});
});
