import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, checkArticleText } from './article-text';

const prose =
	'The harbour town of Wexmouth opened a new library in May. It holds twelve thousand books. ' +
	'The mayor, Ada Brennan, said the building cost four million pounds. Children queued for hours.';

describe('checkArticleText', () => {
	it('accepts a short article of several sentences', () => {
		const check = checkArticleText(prose);
		expect(check.ok).toBe(true);
		if (check.ok) expect(check.sentenceCount).toBe(4);
	});

	it.each([
		['empty', ''],
		['whitespace only', '   \n\t  \n']
	])('refuses %s text', (_, text) => {
		const check = checkArticleText(text);
		expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
	});

	it('refuses text with fewer than three sentences', () => {
		const check = checkArticleText('One sentence here. And a second one here.');
		expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/at least 3/) });
	});

	it('refuses binary junk', () => {
		const junk = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 7) % 32)).join('');
		expect(checkArticleText(junk + prose)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/binary/)
		});
	});

	it('refuses text that is only numbers', () => {
		const numbers = '12 455 9.81 3,000 77 1999 2024. 5 6 7. 8 9 10. 11 12 13. '.repeat(10);
		expect(checkArticleText(numbers)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/numbers/)
		});
	});

	it('refuses text over the size limit and says the limit', () => {
		const long = prose.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / prose.length));
		expect(checkArticleText(long)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/300,000 characters/)
		});
	});
});
