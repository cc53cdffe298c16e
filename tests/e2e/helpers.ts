import { expect, type Locator, type Page } from '@playwright/test';

/** Makes a quiz from the built-in sample article, starts it from the preview, waits for question 1. */
export async function makeSampleQuiz(page: Page): Promise<void> {
	await page.goto('/new');
	await page.getByRole('button', { name: 'Try a sample article' }).click();
	await expect(page.getByLabel('Article text')).not.toHaveValue('');
	await page.getByRole('button', { name: 'Make quiz' }).click();
	await startFromPreview(page);
}

/** The number of questions in the quiz on screen, read from "Question i of N". */
export async function questionCount(page: Page): Promise<number> {
	const label = await page.getByText(/^Question \d+ of \d+$/).textContent();
	return Number(label?.match(/of (\d+)/)?.[1]);
}

/** The four answer buttons of the question on screen. */
export function optionButtons(page: Page) {
	return page.getByRole('group', { name: 'Answer options' }).getByRole('button');
}

/** A text the generator can make a quiz of, written for these tests. */
export const PASTED_ARTICLE = `Lisbon opens new tram line

A new tram line costing 210 million euros opened in Lisbon on Friday after three years of work. Lisbon's new line runs for 14 kilometres between Belém and the airport, and the council expects 40,000 passengers a day. Mayor Carla Duarte said most of the cost was paid by the European Investment Bank.

Lisbon's new tram line has 22 stops, and each tram can carry up to 250 people. Engineers from Spain and Italy built the tunnels under the old town. Duarte said a second line to the university would open in 2028.`;

/** Waits until a service worker controls the page, so the app is cached for offline use. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
		}
	});
}

/**
 * How long to wait for a quiz to be made: the worker parses the article with the NLP library, which
 * on a busy two-core machine can take longer than the default ten seconds. Patience, not a timing
 * check.
 */
export const MAKING_A_QUIZ = { timeout: 30_000 };

/** On the preview that follows Make quiz ("Check your quiz"): starts the quiz, waits for question 1. */
export async function startFromPreview(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(MAKING_A_QUIZ);
	await page.getByRole('link', { name: 'Start quiz' }).first().click();
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
}

/**
 * Chooses a file on the file input labelled `label`, once it is enabled. The pages are prerendered
 * and keep their controls disabled until hydrated; setInputFiles, unlike a click, does not wait for
 * that, and a file set before hydration is never read.
 */
export async function chooseFile(
	page: Page,
	label: string,
	files: Parameters<Locator['setInputFiles']>[0]
): Promise<void> {
	const input = page.getByLabel(label);
	await expect(input).toBeEnabled();
	await input.setInputFiles(files);
}
