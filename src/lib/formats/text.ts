/** Small text helpers shared by the exporters and importers. */

/** A, B, C, D: the letter shown before the option at `index`. */
export function letterOf(index: number): string {
	return String.fromCharCode(65 + index);
}

/** Every kind of line break (CRLF, CR, LF, and the Unicode line and paragraph separators). */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Turns CRLF, CR and the Unicode separators into `\n`. */
export function normaliseLineBreaks(text: string): string {
	return text.replace(LINE_BREAK, '\n');
}

/**
 * Folds a text onto one line: each line break, with the spaces and tabs around it, becomes a single
 * space. Spaces elsewhere are kept as they are, so text without line breaks is unchanged.
 */
export function foldLines(text: string): string {
	return normaliseLineBreaks(text)
		.replace(/[ \t]*\n[ \t\n]*/g, ' ')
		.trim();
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name stem from a quiz title that every operating system accepts: letters and digits of
 * any script are kept, everything else becomes single hyphens, at most 60 characters.
 */
export function safeFileStem(title: string): string {
	const stem = title
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	if (stem === '') return 'quiz';
	return WINDOWS_RESERVED.test(stem) ? `${stem}-quiz` : stem;
}

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, adding "…". */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
