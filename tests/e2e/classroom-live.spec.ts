import AxeBuilder from '@axe-core/playwright';
import {
	devices,
	expect,
	test,
	type Browser,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { makeSampleQuiz } from './helpers';

type Scheme = 'light' | 'dark';

/** A phone for each student and a laptop for the projector, each in its own browser context. */
async function openPage(
	browser: Browser,
	baseURL: string | undefined,
	kind: 'phone' | 'laptop',
	colorScheme: Scheme = 'light'
): Promise<Page> {
	const pixel = devices['Pixel 7'];
	const options: BrowserContextOptions =
		kind === 'phone'
			? {
					viewport: pixel.viewport,
					userAgent: pixel.userAgent,
					deviceScaleFactor: pixel.deviceScaleFactor,
					isMobile: pixel.isMobile,
					hasTouch: pixel.hasTouch
				}
			: { viewport: { width: 1280, height: 800 } };
	const context = await browser.newContext({ ...options, baseURL, colorScheme });
	return context.newPage();
}

/** Makes the sample quiz on the host's device and starts a session of it; returns the PIN. */
async function startSession(host: Page): Promise<string> {
	await makeSampleQuiz(host);
	const quizId = new URL(host.url()).pathname.split('/').pop();
	await host.goto(`/class/host/${quizId}`);
	await host.getByRole('radio', { name: /^Accuracy only/ }).check();
	// Long enough that no question closes by the clock while the test is still acting.
	await host.getByLabel('Seconds per question').fill('300');
	await host.getByRole('button', { name: 'Start the session' }).click();
	const pin = host.getByText(/^\d{6}$/);
	await expect(pin).toBeVisible();
	return (await pin.textContent())!.trim();
}

async function join(student: Page, nickname: string): Promise<void> {
	await student.getByLabel('Nickname').fill(nickname);
	await student.getByRole('button', { name: 'Join' }).click();
}

function answerButtons(page: Page) {
	return page.getByRole('group', { name: 'Answer options' }).getByRole('button');
}

function distribution(host: Page) {
	return host.getByRole('table', { name: 'How the class answered' });
}

/** Counts per option A–D, then "No answer", as the host's table shows them. */
async function expectCounts(host: Page, counts: number[]): Promise<void> {
	const rows = distribution(host).getByRole('row');
	await expect(rows).toHaveCount(counts.length + 1);
	for (const [i, count] of counts.entries()) {
		await expect(rows.nth(i + 1).getByRole('cell')).toHaveText(String(count));
	}
}

/** Which option the host's results mark as right (by its words, not its colour). */
async function rightOption(host: Page): Promise<number> {
	const row = distribution(host).getByRole('row').filter({ hasText: '✓ right answer' });
	await expect(row).toHaveCount(1);
	const label = (await row.getByRole('rowheader').textContent())!.trim();
	return 'ABCD'.indexOf(label[0]);
}

test('a host and three students play a live session', async ({ browser, baseURL }) => {
	test.setTimeout(180_000);
	const host = await openPage(browser, baseURL, 'laptop');
	const pin = await startSession(host);
	await expect(host.getByText(`/class/join?pin=${pin}`)).toBeVisible();
	await expect(host.getByRole('img', { name: 'QR code of the join address' })).toBeVisible();

	const [ana, ben, cleo] = await Promise.all(
		[0, 1, 2].map(() => openPage(browser, baseURL, 'phone'))
	);

	// Ana types the PIN, a wrong one first.
	await ana.goto('/class/join');
	await ana.getByLabel('PIN', { exact: true }).fill(pin === '000000' ? '000001' : '000000');
	await join(ana, 'Ana');
	await expect(ana.getByRole('alert')).toHaveText(/no session with this PIN/);
	await ana.getByLabel('PIN', { exact: true }).fill(pin);
	await ana.getByRole('button', { name: 'Join' }).click();
	await expect(ana.getByRole('heading', { name: "You're in!" })).toBeVisible();

	// Ben and Cleo open the join link (what the QR code holds); Cleo's first nickname is taken.
	for (const student of [ben, cleo]) {
		await student.goto(`/class/join?pin=${pin}`);
		await expect(student.getByLabel('PIN', { exact: true })).toHaveValue(pin);
	}
	await join(ben, 'Ben');
	await join(cleo, 'ana');
	await expect(cleo.getByRole('alert')).toHaveText(/already has this nickname/);
	await join(cleo, 'Cleo');
	for (const student of [ben, cleo]) {
		await expect(student.getByRole('heading', { name: "You're in!" })).toBeVisible();
	}
	const roster = host.getByRole('region', { name: 'Students (3)' }).getByRole('listitem');
	await expect(roster).toHaveText(['Ana', 'Ben', 'Cleo']);

	// Question 1: each student picks a different option; the last answer closes the question.
	await host.getByRole('button', { name: 'Start the first question' }).click();
	await expect(host.getByText('Answered: 0 of 3')).toBeVisible();
	const students = [ana, ben, cleo];
	for (const student of students) {
		await expect(student.getByText('Question 1 of')).toBeVisible();
		await expect(answerButtons(student)).toHaveCount(4);
	}
	await answerButtons(ana).nth(0).click();
	await expect(ana.getByText('Answer sent.')).toBeVisible();
	await answerButtons(ben).nth(1).click();
	await expect(ben.getByText('Answer sent.')).toBeVisible();
	await expect(host.getByText('Answered: 2 of 3')).toBeVisible();
	await answerButtons(cleo).nth(2).click();

	await expectCounts(host, [1, 1, 1, 0, 0]);
	const right = await rightOption(host);
	const scores = [0, 1, 2].map((choice) => (choice === right ? 1000 : 0));
	for (const [i, student] of students.entries()) {
		await expect(student.getByRole('heading', { level: 1 })).toHaveText(
			scores[i] ? '✓ Right!' : '✗ Wrong'
		);
		await expect(student.getByText(`Score: ${scores[i]}`)).toBeVisible();
	}

	// The host reloading the projector gets the session back, on the same results.
	await host.reload();
	await expectCounts(host, [1, 1, 1, 0, 0]);

	// Question 2: Cleo reloads mid-question and comes back to the same seat and score.
	await host.getByRole('button', { name: 'Next question' }).click();
	for (const student of students) await expect(student.getByText('Question 2 of')).toBeVisible();
	await cleo.reload();
	await expect(cleo.getByText('Question 2 of')).toBeVisible();
	await expect(cleo.getByText(`Playing as Cleo · Score: ${scores[2]}`)).toBeVisible();
	await expect(host.getByText(/ · PIN \d{6} · 3 students$/)).toBeVisible();
	for (const student of students) await answerButtons(student).nth(right).click();
	await expectCounts(host, [0, 1, 2, 3].map((o) => (o === right ? 3 : 0)).concat(0));
	// The same option is not the right one twice in a row for every quiz: read it again.
	const right2 = await rightOption(host);
	const totals = scores.map((s) => s + (right2 === right ? 1000 : 0));
	await expect(cleo.getByText(`Score: ${totals[2]}`)).toBeVisible();

	await host.getByRole('button', { name: 'Show leaderboard' }).click();
	const leaderboard = host.getByRole('table', { name: 'Leaderboard' });
	await expect(leaderboard.getByRole('rowheader')).toHaveCount(3);
	await expect(cleo.getByText(/You are number \d/)).toBeVisible();

	// The end: the host sees the class report, saved in the library, and exports it.
	await host.getByRole('button', { name: 'End the session' }).click();
	await expect(host.getByRole('heading', { name: 'Class report' })).toBeVisible();
	await expect(host.getByText('Saved in your library')).toBeVisible();
	const finalTable = host.getByRole('table', { name: 'Students (3)' });
	for (const [i, name] of ['Ana', 'Ben', 'Cleo'].entries()) {
		await expect(finalTable.getByRole('row', { name: new RegExp(`^${name} `) })).toContainText(
			String(totals[i])
		);
	}
	const downloading = host.waitForEvent('download');
	await host.getByRole('button', { name: 'Export CSV' }).click();
	const file = await downloading;
	expect(file.suggestedFilename()).toMatch(/\.csv$/);
	const csv = await readFile((await file.path())!, 'utf8');
	for (const name of ['Ana', 'Ben', 'Cleo']) expect(csv).toContain(name);

	for (const [i, student] of students.entries()) {
		await expect(student.getByRole('heading', { name: 'The session is over' })).toBeVisible();
		await expect(student.getByText(`Final score: ${totals[i]}`)).toBeVisible();
	}

	// The report sits in the quiz's class report, beside results collected without a network.
	await host.getByRole('link', { name: "Open the quiz's class report" }).click();
	await expect(host.getByText('Cleo').first()).toBeVisible();
});

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
	test(`axe finds nothing on the live host and student screens (${scheme})`, async ({
		browser,
		baseURL
	}) => {
		test.setTimeout(180_000);
		const host = await openPage(browser, baseURL, 'laptop', scheme);
		await makeSampleQuiz(host);
		const quizId = new URL(host.url()).pathname.split('/').pop();
		await host.goto(`/class/host/${quizId}`);
		await expect(host.getByRole('button', { name: 'Start the session' })).toBeVisible();
		await expectNoViolations(host, 'host settings');
		// axe is slow on a loaded machine: the question must not close by the clock meanwhile.
		await host.getByLabel('Seconds per question').fill('300');
		await host.getByRole('button', { name: 'Start the session' }).click();
		const pinText = host.getByText(/^\d{6}$/);
		await expect(pinText).toBeVisible();
		const pin = (await pinText.textContent())!.trim();

		const student = await openPage(browser, baseURL, 'phone', scheme);
		await student.goto('/class/join');
		await join(student, 'Dana');
		await expect(student.getByRole('alert')).toBeVisible();
		await expectNoViolations(student, 'student join form with an error');
		await student.getByLabel('PIN', { exact: true }).fill(pin);
		await student.getByRole('button', { name: 'Join' }).click();
		await expect(student.getByRole('heading', { name: "You're in!" })).toBeVisible();
		await expectNoViolations(student, 'student lobby');
		await expect(host.getByRole('region', { name: 'Students (1)' })).toBeVisible();
		await expectNoViolations(host, 'host lobby');

		await host.getByRole('button', { name: 'Start the first question' }).click();
		await expect(answerButtons(student)).toHaveCount(4);
		await expectNoViolations(student, 'student question');
		await expectNoViolations(host, 'host question');

		await answerButtons(student).first().click();
		await expect(distribution(host)).toBeVisible();
		await host.getByRole('button', { name: 'Show leaderboard' }).click();
		await expect(host.getByRole('table', { name: 'Leaderboard' })).toBeVisible();
		await expect(student.getByText(/You are number 1/)).toBeVisible();
		await expectNoViolations(host, 'host results with the leaderboard');
		await expectNoViolations(student, 'student results');

		await host.getByRole('button', { name: 'End the session' }).click();
		await expect(host.getByText('Saved in your library')).toBeVisible();
		await expect(student.getByRole('heading', { name: 'The session is over' })).toBeVisible();
		await expectNoViolations(host, 'host class report');
		await expectNoViolations(student, 'student final score');
	});
}
