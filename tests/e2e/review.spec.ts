import { expect, test, type Page } from '@playwright/test';
import { makeSampleQuiz, optionButtons, questionCount, waitForServiceWorker } from './helpers';

/** Plays the quiz on screen through, answering A each time; returns each question's right answer. */
async function playThrough(
	page: Page
): Promise<{ rightAnswers: Map<string, string>; wrong: number }> {
	const total = await questionCount(page);
	const rightAnswers = new Map<string, string>();
	let wrong = 0;
	for (let i = 1; i <= total; i++) {
		await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
		const prompt = (await page.getByRole('heading', { level: 2 }).textContent()) ?? '';
		await page.keyboard.press('1');
		const verdict = page.getByRole('region', { name: 'Feedback' }).locator('p').first();
		await expect(verdict).toBeVisible();
		const text = (await verdict.textContent()) ?? '';
		if (text.includes('Not quite')) wrong++;
		rightAnswers.set(prompt, text.match(/“(.*)”/)?.[1] ?? '');
		await page.getByRole('button', { name: i === total ? 'See results' : 'Next' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	return { rightAnswers, wrong };
}

test('a question answered wrong comes back in Review, and a right review clears it', async ({
	page
}) => {
	await makeSampleQuiz(page);
	const { rightAnswers, wrong } = await playThrough(page);
	test.skip(wrong === 0, 'every first option was right: nothing to review');

	await page.getByRole('link', { name: 'Back to the library' }).click();
	await expect(page.getByRole('link', { name: `Review (${wrong} due)` })).toBeVisible();
	await page.getByRole('link', { name: `Review (${wrong} due)` }).click();

	await expect(page.getByRole('heading', { name: 'Review', exact: true })).toBeVisible();
	for (let i = 1; i <= wrong; i++) {
		await expect(page.getByText(`Card ${i} of ${wrong}`)).toBeVisible();
		const prompt = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
		const right = rightAnswers.get(prompt);
		expect(right, `the right answer of "${prompt}"`).toBeTruthy();
		await optionButtons(page).filter({ hasText: right! }).first().click();
		await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Right!');
		await expect(
			page.getByRole('region', { name: 'Feedback' }).locator('blockquote')
		).toBeVisible();
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page.getByText(`Review done: ${wrong} of ${wrong} right.`)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your stats' })).toBeVisible();
	// Every answer, in Play and in Review, is one review.
	await expect(page.getByText('Reviews done').locator('..')).toContainText(
		String(rightAnswers.size + wrong)
	);

	await page.getByRole('link', { name: 'Back to the library' }).click();
	await expect(page.getByRole('link', { name: 'Review (0 due)' })).toBeVisible();
});

test('Review mistakes on Results replays only the wrong answers of that quiz', async ({ page }) => {
	await makeSampleQuiz(page);
	const { wrong } = await playThrough(page);
	test.skip(wrong === 0, 'every first option was right: nothing to review');
	await page.getByRole('link', { name: 'Review mistakes' }).click();
	await expect(page.getByRole('heading', { name: 'Review mistakes' })).toBeVisible();
	await expect(page.getByText(`Card 1 of ${wrong}`)).toBeVisible();
});

test('due cards can be reviewed offline', async ({ context, page }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await makeSampleQuiz(page);
	const { wrong } = await playThrough(page);
	test.skip(wrong === 0, 'every first option was right: nothing to review');

	await context.setOffline(true);
	await page.goto('/review');
	await expect(page.getByText(`Card 1 of ${wrong}`)).toBeVisible();
	await page.keyboard.press('2');
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
});
