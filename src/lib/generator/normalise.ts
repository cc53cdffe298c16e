/**
 * Cleans article text without moving any character: every replacement has the same length as what
 * it replaces, so an offset into the cleaned text is also an offset into the original input. That
 * keeps `source.text === input.slice(start, end)` true without an offset map.
 */

const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DASHES = /[\u2012\u2013\u2014\u2015\u2212]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const HTML_BLOCKS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_BREAKING_TAG =
	/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|header|footer)\b[^>]*>/gi;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const HTML_ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#39|#34|mdash|ndash|rsquo|lsquo|rdquo|ldquo);/g;
const MARKDOWN_LINE_MARK = /^([ \t]*)(#{1,6}[ \t]|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/gm;
const MARKDOWN_EMPHASIS = /(\*\*|__|`)/g;
const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\(([^)\s]{0,500})\)/g;

const ENTITY_CHAR: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	'#39': "'",
	'#34': '"',
	mdash: '-',
	ndash: '-',
	rsquo: "'",
	lsquo: "'",
	rdquo: '"',
	ldquo: '"'
};

/** Replaces a match by `replacement` padded with spaces to the match's own length. */
function sameLength(match: string, replacement: string): string {
	return replacement + ' '.repeat(Math.max(0, match.length - replacement.length));
}

function blank(match: string): string {
	return match.replace(/[^\n]/g, ' ');
}

/** A block-level tag ends a paragraph, so it becomes a newline (padded), not a space. */
function breakLine(match: string): string {
	return '\n' + ' '.repeat(match.length - 1);
}

export function normaliseText(input: string): string {
	let text = input
		.replace(CURLY_DOUBLE, '"')
		.replace(CURLY_SINGLE, "'")
		.replace(DASHES, '-')
		.replace(ODD_SPACES, ' ')
		.replace(/\r/g, '\n')
		.replace(/\t/g, ' ');
	if (text.includes('<')) {
		text = text
			.replace(HTML_BLOCKS, blank)
			.replace(HTML_COMMENT, blank)
			.replace(HTML_BREAKING_TAG, breakLine)
			.replace(HTML_TAG, blank);
	}
	if (text.includes('&')) {
		text = text.replace(HTML_ENTITY, (match, name: string) =>
			sameLength(match, ENTITY_CHAR[name] ?? ' ')
		);
	}
	text = text
		.replace(MARKDOWN_LINK, (match, label: string) =>
			sameLength(match, '[' + label).replace('[', ' ')
		)
		.replace(MARKDOWN_LINE_MARK, (match) => blank(match))
		.replace(MARKDOWN_EMPHASIS, blank);
	// Control characters would confuse the tokeniser; a space keeps the length.
	let cleaned = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const isControl = (code < 32 && code !== 10) || code === 127;
		cleaned += isControl ? ' ' : text[i];
	}
	return cleaned;
}

/** Collapses runs of whitespace for text shown to a person (prompts and options). */
export function tidySpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
