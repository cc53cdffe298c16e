import { expect, test } from '@playwright/test';
import {
	PASTED_ARTICLE,
	makeSampleQuiz,
	optionButtons,
	questionCount,
	startFromPreview
} from './helpers';

test('paste an article, make a quiz, play it through and see the results', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
	await page.getByRole('link', { name: 'New quiz' }).first().click();

	await page.getByLabel('Article text').fill(PASTED_ARTICLE);
	await page.getByRole('button', { name: 'Make quiz' }).click();

	await startFromPreview(page);
	const total = await questionCount(page);
	expect(total).toBeGreaterThanOrEqual(3);

	const chosen: string[] = [];
	for (let i = 1; i <= total; i++) {
		await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
		const options = optionButtons(page);
		await expect(options).toHaveCount(4);
		// Each option is a button named by its text alone.
		const texts = await options.allTextContents();
		const first = texts[0].replace(/^A/, '').trim();
		await page.getByRole('button', { name: first, exact: true }).click();
		chosen.push(first);

		const feedback = page.getByRole('region', { name: 'Feedback' });
		await expect(feedback).toBeVisible();
		await expect(feedback.getByText(/Right!|Not quite/)).toBeVisible();
		// The source sentence is shown with the right answer highlighted.
		await expect(feedback.locator('blockquote')).not.toBeEmpty();
		await expect(feedback.locator('mark')).toHaveCount(1);

		await page.getByRole('button', { name: i === total ? 'See results' : 'Next' }).click();
	}

	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	await expect(page.getByText(new RegExp(`\\d+ of ${total}`))).toBeVisible();
	const rows = page.getByRole('listitem');
	await expect(rows).toHaveCount(total);
	for (const [index, answer] of chosen.entries()) {
		await expect(rows.nth(index).getByText('Your answer')).toBeVisible();
		await expect(rows.nth(index).locator('dd').first()).toContainText(answer);
	}

	await page.getByRole('link', { name: 'Back to the library' }).click();
	await expect(page.getByText(new RegExp(`Score \\d+ of ${total}`))).toBeVisible();
});

test('keys 1–4 and A–D answer, and the right answer is marked', async ({ page }) => {
	await makeSampleQuiz(page);
	await page.keyboard.press('3');
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
	await expect(optionButtons(page).nth(2)).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Next' }).click();

	await expect(page.getByText(/^Question 2 of/)).toBeVisible();
	await page.keyboard.press('b');
	await expect(optionButtons(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
	const verdict = page.getByRole('region', { name: 'Feedback' }).getByText(/Right!|Not quite/);
	await expect(verdict).toBeVisible();
	// A second key press does not change the answer.
	await page.keyboard.press('a');
	await expect(optionButtons(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
});

test('a shared article arrives in the New quiz form', async ({ page }) => {
	await page.goto(
		'/new?title=Shared%20story&text=Some%20shared%20words.&url=https%3A%2F%2Fexample.org%2Fa'
	);
	await expect(page.getByLabel('Title')).toHaveValue('Shared story');
	await expect(page.getByLabel('Article text')).toHaveValue('Some shared words.');
	await expect(page.getByText('https://example.org/a')).toBeVisible();
});
