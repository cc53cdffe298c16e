/**
 * `npm run bench:storage`: IndexedDB figures in a real Chromium, with 1,000 quizzes and 10,000 review
 * cards stored. Prints medians of: recording one answer (answer + card + log), opening the Library
 * until every quiz is listed, and opening Review until the first due card is shown.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { buildApp, buildIsStale } from '../server/build-if-stale';
import { createAppServer } from '../server/static-app';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUIZZES = 1000;
const ANSWERS = 200;
const OPENS = 7;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function bundleEntry(): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: {
			write: false,
			minify: true,
			lib: { entry: join(root, 'cli/storage-bench-entry.ts'), formats: ['iife'], name: 'bench' }
		}
	});
	const result = Array.isArray(output) ? output[0] : output;
	if (!('output' in result)) throw new Error('Unexpected Vite build result');
	return result.output[0].code;
}

if (buildIsStale(root, join(root, 'build'))) buildApp(root);
const server = createAppServer(join(root, 'build'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const chromiumPath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-sync',
		'--no-first-run'
	]
});
try {
	// Evaluating the seeding bundle bypasses the app's CSP, which rightly forbids inline scripts.
	const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${origin}/settings`);
	await page.addScriptTag({ content: await bundleEntry() });

	const seedStart = Date.now();
	await page.evaluate(
		([quizzes, now]) =>
			(
				globalThis as unknown as { factdeckBench: { seed(q: number, n: number): Promise<void> } }
			).factdeckBench.seed(quizzes, now),
		[QUIZZES, Date.now()] as const
	);
	console.log(`seeded ${QUIZZES} quizzes, ${QUIZZES * 10} cards in ${Date.now() - seedStart} ms`);

	const answerTimes = await page.evaluate(
		(count) =>
			(
				globalThis as unknown as { factdeckBench: { timeAnswers(n: number): Promise<number[]> } }
			).factdeckBench.timeAnswers(count),
		ANSWERS
	);

	const libraryTimes: number[] = [];
	const reviewTimes: number[] = [];
	// Timed as the app is used: from a tap on the menu link to the screen showing its data.
	const timeOpening = async (link: string, ready: () => Promise<void>) => {
		await page.goto(`${origin}/settings`);
		await page.getByRole('heading', { name: 'Settings' }).waitFor();
		const start = await page.evaluate(() => performance.now());
		await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
		await ready();
		return (await page.evaluate(() => performance.now())) - start;
	};
	for (let i = 0; i < OPENS; i++) {
		libraryTimes.push(
			await timeOpening('Library', () => page.getByText(/^Showing 50 of 1000 quizzes/).waitFor())
		);
		reviewTimes.push(
			await timeOpening('Review', () => page.getByText(/^Card 1 of \d+$/).waitFor())
		);
	}

	console.log(
		`record an answer (answer + card + log), median of ${ANSWERS}: ${median(answerTimes).toFixed(2)} ms (target ≤ 10 ms)`
	);
	console.log(
		`open the Library with ${QUIZZES} quizzes, tap → first page listed, median of ${OPENS}: ${median(libraryTimes).toFixed(0)} ms (target ≤ 300 ms)`
	);
	console.log(
		`open Review with ${QUIZZES * 10} cards, tap → first due card, median of ${OPENS}: ${median(reviewTimes).toFixed(0)} ms (target ≤ 300 ms)`
	);
} finally {
	await browser.close();
	server.close();
}
