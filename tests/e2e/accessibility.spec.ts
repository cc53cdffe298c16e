import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeSampleQuiz, MAKING_A_QUIZ } from './helpers';

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

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe finds nothing in the classroom screens (${scheme})`, () => {
		test.use({ colorScheme: scheme });
		test.setTimeout(150_000);

		test('share, join, result, projector view and class report', async ({ page }) => {
			await makeSampleQuiz(page);
			const quizUrl = page.url().replace(/\/$/, '');
			await page.goto(`${quizUrl}/share`);
			await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
			await expectNoViolations(page, 'share with class');
			const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();

			// The same device plays the student's part, so a result code exists for the report.
			await page.goto(link);
			await expect(page.getByLabel('Your name or nickname')).toBeVisible();
			await expectNoViolations(page, 'join: name');
			await page.getByLabel('Your name or nickname').fill('Tester');
			await page.getByRole('button', { name: 'Start' }).click();
			const label = await page.getByText(/^Question 1 of \d+$/).textContent();
			const total = Number(label?.match(/of (\d+)/)?.[1]);
			for (let i = 1; i <= total; i++) {
				await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
				await page.keyboard.press(String(((i - 1) % 4) + 1));
				await page.getByRole('button', { name: i === total ? 'See my result' : 'Next' }).click();
			}
			await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
			await expectNoViolations(page, 'join: result');
			const code = (await page.locator('.code').textContent())?.trim() ?? '';

			await page.goto(`${quizUrl}/collect`);
			await page.getByLabel('Result code').fill(code);
			await page.getByRole('button', { name: 'Add', exact: true }).click();
			await expect(page.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
			await expectNoViolations(page, 'collect results with a report');
			await page.getByLabel('Result code').fill('not a code');
			await page.getByRole('button', { name: 'Add', exact: true }).click();
			await expect(page.getByText('This is not a Factdeck result code.')).toBeVisible();
			await expectNoViolations(page, 'collect results with a refused code');

			await page.goto(`${quizUrl}/present`);
			await expect(page.getByRole('button', { name: 'Reveal' })).toBeVisible();
			await page.getByLabel('Timer').selectOption('20 s');
			await expect(page.getByText(/^\d+ s left$/)).toBeVisible();
			await expectNoViolations(page, 'projector view');
			await page.getByRole('button', { name: 'Reveal' }).click();
			await expect(page.getByText('✓ Right answer')).toBeVisible();
			await expectNoViolations(page, 'projector view, revealed with counts');
		});
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe finds nothing on the content screens (${scheme})`, () => {
		test.use({ colorScheme: scheme });
		test.setTimeout(60_000);

		test('quiz preview and editor, export and print', async ({ page }) => {
			await page.goto('/new');
			await page.getByRole('button', { name: 'Try a sample article' }).click();
			await page.getByRole('button', { name: 'Make quiz' }).click();
			await expect(page.getByRole('heading', { name: 'Check your quiz' })).toBeVisible(
				MAKING_A_QUIZ
			);
			await expectNoViolations(page, 'quiz preview');

			const first = page.getByRole('region', { name: 'Question 1', exact: true });
			await first.getByLabel('Option B', { exact: true }).fill('');
			await expect(first.getByText('Option B is empty.')).toBeVisible();
			await page.getByRole('button', { name: 'Add a question' }).click();
			await expectNoViolations(page, 'editor with flagged questions');

			const quizUrl = page.url().replace(/\/edit.*$/, '');
			await page.goto(`${quizUrl}/export`);
			await expect(page.getByRole('heading', { name: 'Export or print' })).toBeVisible();
			await expectNoViolations(page, 'export');

			await page.goto(`${quizUrl}/print`);
			await expect(page.getByRole('heading', { name: 'Answer key', exact: false })).toBeVisible();
			await expectNoViolations(page, 'print worksheet');
		});
	});
}
