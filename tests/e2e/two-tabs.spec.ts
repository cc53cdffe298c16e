import { expect, test } from '@playwright/test';
import { makeSampleQuiz, optionButtons, questionCount } from './helpers';

test('two tabs open at once lose no answers and show each other’s progress', async ({
	context,
	page
}) => {
	await makeSampleQuiz(page);
	const total = await questionCount(page);
	const quizUrl = page.url();

	const library = await context.newPage();
	await library.goto('/');
	await expect(library.getByText(`${total} questions, not started`)).toBeVisible();

	// Tab A answers the first question; tab B's library follows without a reload.
	await page.keyboard.press('1');
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
	await expect(library.getByText(`1 of ${total} answered`)).toBeVisible();

	// Tab B opens the quiz, moves on and answers the second question.
	await library.goto(quizUrl);
	await expect(optionButtons(library).nth(0)).toHaveAttribute('aria-pressed', 'true');
	await library.getByRole('button', { name: 'Next' }).click();
	await expect(library.getByText(`Question 2 of ${total}`)).toBeVisible();
	await library.keyboard.press('2');
	await expect(library.getByRole('region', { name: 'Feedback' })).toBeVisible();

	// Tab A shows tab B's answer too.
	await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
	await expect(optionButtons(page).nth(1)).toHaveAttribute('aria-pressed', 'true');

	await page.goto(`${quizUrl}/results`);
	await expect(page.getByText('(2 answered so far)')).toBeVisible();
});
