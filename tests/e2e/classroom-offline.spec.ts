import { writeFile } from 'node:fs/promises';
import { chromium, expect, test, type Page } from '@playwright/test';
import qrcode from 'qrcode-generator';
import { PASTED_ARTICLE, makeSampleQuiz, startFromPreview, waitForServiceWorker } from './helpers';

/** Plays the class quiz on screen, always choosing option A; returns how many were right. */
async function playAllWithA(student: Page): Promise<{ right: number; total: number }> {
	const label = await student.getByText(/^Question \d+ of \d+$/).textContent();
	const total = Number(label?.match(/of (\d+)/)?.[1]);
	const start = Number(label?.match(/^Question (\d+)/)?.[1]);
	let right = 0;
	for (let i = start; i <= total; i++) {
		await expect(student.getByText(`Question ${i} of ${total}`)).toBeVisible();
		await student.keyboard.press('1');
		const verdict = student.getByRole('region', { name: 'Feedback' }).getByText(/Right!|Not quite/);
		if ((await verdict.textContent())?.startsWith('Right!')) right++;
		await student.getByRole('button', { name: i === total ? 'See my result' : 'Next' }).click();
	}
	return { right, total };
}

test('a class with no network: share by link, play offline, collect the result code', async ({
	page: teacher,
	browser
}) => {
	test.setTimeout(150_000);
	await makeSampleQuiz(teacher);
	const quizUrl = teacher.url().replace(/\/$/, '');
	await teacher.goto(`${quizUrl}/share`);
	await expect(teacher.getByRole('heading', { name: 'Share with class' })).toBeVisible();
	await expect(teacher.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
	await expect(teacher.getByText(/^QR code version \d+/)).toBeVisible();
	await expect(teacher.getByText(/^Size: /)).toBeVisible();
	const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	expect(link).toMatch(/\/join#q=[\w-]+$/);

	// The student's phone opened the app once while online; then the network goes.
	const phone = await browser.newContext();
	const student = await phone.newPage();
	await student.goto(new URL('/', link).href);
	await waitForServiceWorker(student);
	await phone.setOffline(true);

	await student.goto(new URL('/join#q=AQAAB', link).href);
	await expect(student.getByRole('alert')).toContainText('quiz link');

	await student.goto(link);
	await student.getByLabel('Your name or nickname').fill('  Ana  María ');
	await student.getByRole('button', { name: 'Start' }).click();

	// One answer, then a reload (the link stays in the address): the quiz continues where it was.
	await expect(student.getByText(/^Question 1 of \d+$/)).toBeVisible();
	await student.keyboard.press('1');
	const firstRight = (
		await student
			.getByRole('region', { name: 'Feedback' })
			.getByText(/Right!|Not quite/)
			.textContent()
	)?.startsWith('Right!');
	await student.getByRole('button', { name: 'Next' }).click();
	await expect(student.getByText(/^Question 2 of \d+$/)).toBeVisible();
	await student.reload();
	await expect(student.getByText(/^Question 2 of \d+$/)).toBeVisible();

	const played = await playAllWithA(student);
	const right = played.right + (firstRight ? 1 : 0);
	await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
	await expect(student.getByText(`${right} of ${played.total}`)).toBeVisible();
	await expect(student.getByRole('img', { name: 'QR code of your result' })).toBeVisible();
	const code = (await student.locator('.code').textContent())?.trim() ?? '';
	expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);

	// The quiz is in the student's library, once, even after opening the link again.
	await student.goto(link);
	await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
	await student.goto(new URL('/', link).href);
	await expect(student.getByRole('listitem')).toHaveCount(1);
	await phone.close();

	// The teacher types the code: the report shows the student once, the score and the counts.
	await teacher.goto(`${quizUrl}/collect`);
	const field = teacher.getByLabel('Result code');
	await field.fill(code.toLowerCase());
	await teacher.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(teacher.getByText(`Ana María: added (${right} of ${played.total}).`)).toBeVisible();
	await expect(field).toHaveValue('');
	await field.fill(code);
	await teacher.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(teacher.getByText('Ana María: result replaced')).toBeVisible();

	await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
	const row = teacher.getByRole('row', { name: /Ana María/ });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('cell')).toHaveText(`${right} of ${played.total}`);
	for (let q = 1; q <= played.total; q++) {
		const counts = teacher.getByRole('table', {
			name: `How many chose each option of question ${q}`
		});
		await expect(counts.getByRole('row', { name: /^A\. / }).getByRole('cell')).toHaveText('1');
		await expect(counts.getByRole('row', { name: /^B\. / }).getByRole('cell')).toHaveText('0');
	}

	// A tampered code (one character changed) is refused and changes nothing.
	const at = code.length - 6;
	const tampered = code.slice(0, at) + (code[at] === '7' ? '8' : '7') + code.slice(at + 1);
	await field.fill(tampered);
	await teacher.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(teacher.getByText(/does not check out/)).toBeVisible();
	await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();

	// The report is kept: Present shows how many chose each option once revealed.
	await teacher.goto(`${quizUrl}/present`);
	await expect(teacher.getByText(`Question 1 of ${played.total}`)).toBeVisible();
	await teacher.getByRole('button', { name: 'Reveal' }).click();
	await expect(teacher.getByText('✓ Right answer')).toBeVisible();
	await expect(teacher.getByText('1 of 1')).toBeVisible();

	// The same code pasted into another quiz's collection is refused as belonging elsewhere.
	await teacher.goto('/new');
	await teacher.getByLabel('Article text').fill(PASTED_ARTICLE);
	await teacher.getByRole('button', { name: 'Make quiz' }).click();
	await startFromPreview(teacher);
	await teacher.goto(`${teacher.url().replace(/\/$/, '')}/collect`);
	await teacher.getByLabel('Result code').fill(code);
	await teacher.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(teacher.getByText(/belongs to another quiz/)).toBeVisible();
	await expect(teacher.getByRole('heading', { name: 'Students (0)' })).toBeVisible();
});

/** Opens a quiz link on a fresh page, plays it as `name` (always option A) and returns the code. */
async function resultCodeOf(student: Page, link: string, name: string): Promise<string> {
	await student.goto(link);
	await student.getByLabel('Your name or nickname').fill(name);
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByText(/^Question 1 of \d+$/)).toBeVisible();
	await playAllWithA(student);
	await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
	return (await student.locator('.code').textContent())?.trim() ?? '';
}

/**
 * A video for Chromium's fake camera (YUV4MPEG2, grey levels only): each code's QR code, black on
 * white, for `framesEach` frames, one code after the other.
 */
function qrVideo(codes: string[], framesEach: number): Buffer {
	const width = 640;
	const height = 480;
	const scale = 8;
	const frames: Buffer[] = [];
	for (const code of codes) {
		const qr = qrcode(0, 'M');
		qr.addData(code);
		qr.make();
		const modules = qr.getModuleCount();
		const left = Math.floor((width - modules * scale) / 2);
		const top = Math.floor((height - modules * scale) / 2);
		const luma = Buffer.alloc(width * height, 235);
		for (let y = 0; y < modules * scale; y++) {
			for (let x = 0; x < modules * scale; x++) {
				if (qr.isDark(Math.floor(y / scale), Math.floor(x / scale))) {
					luma[(top + y) * width + left + x] = 16;
				}
			}
		}
		const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
		for (let i = 0; i < framesEach; i++) frames.push(Buffer.from('FRAME\n'), luma, chroma);
	}
	return Buffer.concat([
		Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
		...frames
	]);
}

test('the camera reads result QR codes one after another (the bundled reader)', async ({
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	const baseURL = String(testInfo.project.use.baseURL);

	// Two students, each on their own phone, play the sample quiz shared as a link.
	const codes: string[] = [];
	let link = '';
	for (const name of ['Ana', 'Ben']) {
		const phone = await browser.newContext({ baseURL });
		const student = await phone.newPage();
		if (!link) {
			await makeSampleQuiz(student);
			await student.goto(`${student.url().replace(/\/$/, '')}/share`);
			link = await student.getByRole('textbox', { name: 'Quiz link' }).inputValue();
		}
		codes.push(await resultCodeOf(student, link, name));
		await phone.close();
	}
	const video = testInfo.outputPath('result-codes.y4m');
	await writeFile(video, qrVideo(codes, 20));

	// The teacher's phone: a camera that films the two result codes in turn.
	const launch = testInfo.project.use.launchOptions ?? {};
	const camera = await chromium.launch({
		...launch,
		args: [
			...(launch.args ?? []),
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		const teacher = await (await camera.newContext({ baseURL })).newPage();
		// The sample article always makes the same quiz, so the codes belong to this one too.
		await makeSampleQuiz(teacher);
		await teacher.goto(`${teacher.url().replace(/\/$/, '')}/collect`);
		await teacher.getByRole('button', { name: 'Scan with camera' }).click();
		await expect(teacher.getByRole('button', { name: 'Stop camera' })).toBeVisible();
		// Linux Chromium has no BarcodeDetector for QR codes: this exercises the bundled jsQR reader.
		await expect(teacher.getByText(/Reading with Factdeck’s built-in QR reader/)).toBeVisible();
		await expect(teacher.getByRole('heading', { name: 'Students (2)' })).toBeVisible({
			timeout: 30_000
		});
		await expect(teacher.getByRole('row', { name: /^Ana / })).toHaveCount(1);
		await expect(teacher.getByRole('row', { name: /^Ben / })).toHaveCount(1);
		await teacher.getByRole('button', { name: 'Stop camera' }).click();
		await expect(teacher.getByRole('button', { name: 'Scan with camera' })).toBeVisible();
	} finally {
		await camera.close();
	}
});
