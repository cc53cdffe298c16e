import { describe, expect, it } from 'vitest';
import { markdownToProse, stripInline } from './markdown';

describe('stripInline', () => {
	it.each([
		['**bold** and __strong__', 'bold and strong'],
		['*italic* and _emphasis_', 'italic and emphasis'],
		['snake_case_name and 2*3*4 stay', 'snake_case_name and 2*3*4 stay'],
		['~~gone~~ word', 'gone word'],
		['`code` span', 'code span'],
		['a [link](https://x.org/a_(b)) here', 'a link here'],
		['a [ref link][1] here', 'a ref link here'],
		['![logo](logo.png)Text', 'Text'],
		['see <https://x.org> now', 'see  now'],
		['<span class="x">tagged</span> &amp; done', 'tagged & done'],
		['escaped \\*stars\\* and \\_lines\\_', 'escaped *stars* and _lines_'],
		['a footnote[^1].', 'a footnote.']
	])('%s', (input, output) => {
		expect(stripInline(input)).toBe(output);
	});
});

describe('markdownToProse', () => {
	it('takes the title from front matter before the first heading', () => {
		const md = '---\ntitle: "Tides of Brill"\nauthor: me\n---\n# Heading one\n\nText here.';
		const prose = markdownToProse(md);
		expect(prose.title).toBe('Tides of Brill');
		expect(prose.text).toBe('Heading one\n\nText here.');
	});

	it('reads setext headings and drops rules, tables borders and reference definitions', () => {
		const md = [
			'Tides of Brill',
			'==============',
			'',
			'Intro line.',
			'',
			'---',
			'',
			'| Day | Height |',
			'|-----|-------:|',
			'| Monday | 3 m |',
			'',
			'> A quoted line.',
			'',
			'1. First step.',
			'2. [ ] Second step.',
			'',
			'[1]: https://example.org'
		].join('\n');
		const prose = markdownToProse(md);
		expect(prose.title).toBe('Tides of Brill');
		expect(prose.text).toBe(
			'Tides of Brill\n\nIntro line.\n\nDay; Height\nMonday; 3 m\n\nA quoted line.\n\nFirst step.\nSecond step.'
		);
	});

	it('drops fenced code entirely and has no title without a level-1 heading', () => {
		const prose = markdownToProse('## Part two\n\n~~~\nlet x = 1;\n~~~\n\nAfter the code.');
		expect(prose.title).toBeUndefined();
		expect(prose.text).toBe('Part two\n\nAfter the code.');
	});
});
