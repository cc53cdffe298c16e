import { describe, it, expect } from 'vitest';
import { normaliseText } from './normalise';
import nlp from 'compromise';
import { splitParagraphs, splitSentences, tokenise } from './sentences';
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

	it('does not end a sentence at "c." or "b." before a year', () => {
		const text =
			'Walter Blake (c. 1390 - 1452) was a canon. Ann Cole (b. 1961) is a harpist. He left.';
		const spans = splitSentences(text, 0, text.length).map(([a, b]) => text.slice(a, b));
		expect(spans).toEqual([
			'Walter Blake (c. 1390 - 1452) was a canon.',
			'Ann Cole (b. 1961) is a harpist.',
			'He left.'
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

describe('tokenise', () => {
	it("tags as compromise's full parse does, though it skips the chunker", () => {
		const paragraph =
			"Shares in Harlow Foods fell 12% on Tuesday after it didn't meet forecasts. The firm's boss, Ann Pike, said she'd set up a review and was looking to sell two plants.";
		// A contraction's second word ("not" in "didn't") has no text of its own and no token.
		const full = (
			nlp(paragraph).docs as unknown as Array<Array<{ text: string; tags: Set<string> }>>
		)
			.flat()
			.filter((term) => term.text !== '')
			.map((term) => [...term.tags].sort());
		const tokens = tokenise(paragraph, 0);
		expect(tokens.map((token) => [...token.tags].sort())).toEqual(full);
		expect(tokens.find((token) => token.text === 'Ann')?.tags.has('Person')).toBe(true);
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
