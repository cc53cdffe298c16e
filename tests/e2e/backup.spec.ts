import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { makeSampleQuiz, questionCount, chooseFile } from './helpers';

test('a backup restored into a fresh browser profile brings back library, progress and due cards', async ({
	browser,
	page
}, testInfo) => {
	await makeSampleQuiz(page);
	const total = await questionCount(page);
	let wrong = 0;
	for (let i = 1; i <= 3; i++) {
		await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
		await page.keyboard.press('4');
		const feedback = page.getByRole('region', { name: 'Feedback' });
		if ((await feedback.textContent())?.includes('Not quite')) wrong++;
		await page.getByRole('button', { name: 'Next' }).click();
	}
	// The move to the fourth question is saved as it shows; leaving before then would race it.
	await expect(page.getByText(`Question 4 of ${total}`)).toBeVisible();
	await page.goto('/');
	await expect(page.getByText(`3 of ${total} answered`)).toBeVisible();
	await expect(page.getByRole('link', { name: `Review (${wrong} due)` })).toBeVisible();

	await page.getByRole('link', { name: 'Settings' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath('backup.json');
	await download.saveAs(file);
	const backup = JSON.parse(await readFile(file, 'utf8'));
	expect(backup).toMatchObject({ format: 'factdeck-backup', version: 1 });

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/');
	await expect(other.getByText('No quizzes yet.')).toBeVisible();
	await other.getByRole('link', { name: 'Settings' }).click();
	await chooseFile(other, 'Restore backup', file);
	await expect(other.getByRole('status')).toContainText('Backup restored: 1 new quiz');

	await other.getByRole('link', { name: 'Library', exact: true }).click();
	await expect(other.getByText(`3 of ${total} answered`)).toBeVisible();
	await expect(other.getByRole('link', { name: `Review (${wrong} due)` })).toBeVisible();
	await other.getByRole('listitem').getByRole('link').first().click();
	await expect(other.getByText(`Question 4 of ${total}`)).toBeVisible();

	// Restoring the same file again adds nothing.
	await other.goto('/settings');
	await chooseFile(other, 'Restore backup', file);
	await expect(other.getByRole('status')).toContainText('0 new quizzes');
	await other.goto('/');
	await expect(other.getByRole('listitem')).toHaveCount(1);
	await fresh.close();
});

test('a damaged or foreign file is refused with a clear message and changes nothing', async ({
	page
}, testInfo) => {
	await makeSampleQuiz(page);
	const foreign = testInfo.outputPath('notes.json');
	await import('node:fs/promises').then((fs) =>
		fs.writeFile(foreign, JSON.stringify({ notes: ['not a backup'] }))
	);
	const damaged = testInfo.outputPath('damaged.json');
	await import('node:fs/promises').then((fs) =>
		fs.writeFile(damaged, '{"format":"factdeck-backup",')
	);

	await page.goto('/settings');
	await chooseFile(page, 'Restore backup', foreign);
	await expect(page.getByRole('alert')).toContainText('not a Factdeck backup');
	await chooseFile(page, 'Restore backup', damaged);
	await expect(page.getByRole('alert')).toContainText('not valid JSON');

	await page.goto('/');
	await expect(page.getByRole('listitem')).toHaveCount(1);
});

test('storage used and persistence are shown in Settings', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByText(/Used: [\d.]+ MB of [\d.]+ MB available/)).toBeVisible();
	await expect(page.getByText(/persistent/i).first()).toBeVisible();
});
