import { describe, it, expect } from 'vitest';
import { normaliseText } from './normalise';
import { splitParagraphs, splitSentences } from './sentences';
import { deriveTitle } from './title';

describe('normaliseText keeps every offset', () => {
	it('has the same length as its input, whatever the markup', () => {
		for (const input of [
			'\u201cCurly\u201d quotes \u2014 and dashes',
			'<p>Some <b>bold</b> text &amp; an entity.</p><script>x()</script>',
			'# Heading\n\n- item one\n- item **two** with [a link](http://example.com)',
			'tabs\tand\r\nwindows lines\u00a0and odd spaces'
		]) {
			expect(normaliseText(input)).toHaveLength(input.length);
		}
	});

	it('straightens quotes and drops tags', () => {
		expect(normaliseText('\u201cHi\u201d')).toBe('"Hi"');
		expect(normaliseText('<b>Hi</b>').trim()).toBe('Hi');
	});
});

describe('sentences and paragraphs', () => {
	it('does not end a sentence at an abbreviation or an initial', () => {
		const text = 'Mr. Smith met Dr. J. Jones in the U.S. on Monday. They talked for an hour.';
		const spans = splitSentences(text, 0, text.length).map(([a, b]) => text.slice(a, b));
		expect(spans).toEqual([
			'Mr. Smith met Dr. J. Jones in the U.S. on Monday.',
			'They talked for an hour.'
		]);
	});

	it('ends a sentence after a closing quotation mark', () => {
		const text = 'She said: "It is over." The crowd left.';
		const spans = splitSentences(text, 0, text.length).map(([a, b]) => text.slice(a, b));
		expect(spans).toEqual(['She said: "It is over."', 'The crowd left.']);
	});

	it('keeps a headline line apart from the prose after it', () => {
		const text =
			'Town opens bridge\nThe town opened its bridge on Monday after four years of work.';
		const paragraphs = splitParagraphs(text);
		expect(paragraphs).toHaveLength(2);
		expect(paragraphs[0].heading).toBe(true);
		expect(paragraphs[1].heading).toBe(false);
	});
});

describe('deriveTitle', () => {
	it('takes a headline-like first line', () => {
		expect(deriveTitle('Town opens bridge\n\nThe town opened its bridge on Monday.')).toBe(
			'Town opens bridge'
		);
	});

	it('falls back to the first words of the text', () => {
		expect(
			deriveTitle('The town opened its new harbour bridge on Monday after four years of work.')
		).toBe('The town opened its new harbour bridge on…');
	});

	it('names the subject a passage defines', () => {
		expect(deriveTitle('Ada Quill (born 2 May 1970), known as Birdie, is a Welsh fiddler.')).toBe(
			'Ada Quill'
		);
	});

	it('leaves out a lead-in that dates the event, which a question may ask for', () => {
		expect(
			deriveTitle('In March 2021, the town of Kestrel Bay opened its new harbour bridge.')
		).toBe('The town of Kestrel Bay opened its new…');
	});
});
