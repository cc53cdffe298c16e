import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeSampleQuiz } from './helpers';

async function expectNoViolations(page: Page, screen: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
	expect(summary, `axe on ${screen}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe finds nothing (${scheme})`, () => {
		test.use({ colorScheme: scheme });
		test.setTimeout(60_000);

		test('library, new quiz and a missing quiz', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByText('No quizzes yet.')).toBeVisible();
			await expectNoViolations(page, 'empty library');

			await page.goto('/new');
			await page.getByRole('button', { name: 'Make quiz' }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoViolations(page, 'new quiz with an error');

			await page.goto('/quiz/no-such-quiz');
			await expect(page.getByRole('heading', { name: 'Quiz not found' })).toBeVisible();
			await expectNoViolations(page, 'quiz not found');

			await page.goto('/settings');
			await expect(page.getByText(/Used:/)).toBeVisible();
			await expectNoViolations(page, 'settings');
		});

		test('play, results and a library with a quiz', async ({ page }) => {
			await makeSampleQuiz(page);
			await expectNoViolations(page, 'play, before answering');
			await page.keyboard.press('1');
			await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
			await expectNoViolations(page, 'play, after answering');

			await page.goto(`${page.url()}/results`);
			await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
			await expectNoViolations(page, 'results');

			await page.goto('/');
			await expect(page.getByRole('listitem')).toHaveCount(1);
			await expectNoViolations(page, 'library with a quiz');

			await page.goto('/review');
			await expect(page.getByRole('heading', { name: 'Your stats' })).toBeVisible();
			await expectNoViolations(page, 'review with stats');
		});
	});
}
