import { describe, expect, it } from 'vitest';
import { isLinkOnly, readSharedArticle, webLink } from './shared-article';

const params = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('readSharedArticle', () => {
	it('is undefined when nothing was shared', () => {
		expect(readSharedArticle(params({}))).toBeUndefined();
		expect(readSharedArticle(params({ title: ' ', text: '' }))).toBeUndefined();
	});

	it('keeps shared text and its link as they came', () => {
		expect(
			readSharedArticle(
				params({
					title: ' Tides ',
					text: 'The tide turns twice a day.',
					url: 'https://a.example/t'
				})
			)
		).toEqual({ title: 'Tides', text: 'The tide turns twice a day.', url: 'https://a.example/t' });
	});

	it('takes the link out of a text that holds nothing else', () => {
		expect(
			readSharedArticle(params({ title: 'Tides', text: ' https://a.example/tides?x=1 ' }))
		).toEqual({ title: 'Tides', text: '', url: 'https://a.example/tides?x=1' });
	});

	it('finds the link in the text when `url` is empty, keeping the words beside it', () => {
		expect(
			readSharedArticle(params({ text: 'Look at this https://a.example/t', url: '' }))
		).toEqual({
			title: '',
			text: 'Look at this https://a.example/t',
			url: 'https://a.example/t'
		});
	});
});

describe('isLinkOnly', () => {
	const url = 'https://a.example/t';

	it('is true for a link with no text, or with only a short note', () => {
		expect(isLinkOnly('', url)).toBe(true);
		expect(isLinkOnly(`Worth reading for class: ${url}`, url)).toBe(true);
	});

	it('is false once there is text to make a quiz from, or no link', () => {
		const article =
			'The tide turns twice a day. Fishermen on the coast plan their trips by it, and the harbour gates open only at high water.';
		expect(isLinkOnly(article, url)).toBe(false);
		expect(isLinkOnly('', undefined)).toBe(false);
	});
});

describe('webLink', () => {
	it('gives http and https addresses, nothing else', () => {
		expect(webLink('https://a.example/t')).toBe('https://a.example/t');
		expect(webLink('http://a.example')).toBe('http://a.example/');
		expect(webLink('javascript:alert(1)')).toBeUndefined();
		expect(webLink('data:text/html,hi')).toBeUndefined();
		expect(webLink('not a link')).toBeUndefined();
		expect(webLink(undefined)).toBeUndefined();
	});
});
