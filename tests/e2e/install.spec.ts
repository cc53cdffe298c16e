import { expect, test } from '@playwright/test';

test('the web app manifest makes Factdeck installable', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();

	expect(manifest).toMatchObject({
		name: 'Factdeck',
		display: 'standalone',
		start_url: '/',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/),
		share_target: {
			action: '/new',
			method: 'GET',
			params: { title: 'title', text: 'text', url: 'url' }
		}
	});
	const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
	expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);

	for (const icon of icons) {
		const size = Number(icon.sizes.split('x')[0]);
		const image = await page.evaluate(async (src) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			return { width: img.naturalWidth, height: img.naturalHeight };
		}, icon.src);
		expect(image).toEqual({ width: size, height: size });
	}
});

test('the pages carry a Content-Security-Policy without unsafe scripts', async ({ page }) => {
	for (const path of ['/', '/new', '/quiz/unknown']) {
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
		expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe');
	}
	await expect(page.getByRole('heading', { name: 'Quiz not found' })).toBeVisible();
});
