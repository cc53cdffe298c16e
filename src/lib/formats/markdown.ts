import { normaliseLineBreaks } from './text';

/**
 * Markdown to the prose a reader would see: headings, paragraphs and list items keep their words
 * and their own lines; code blocks, images, link targets, HTML tags, rules, table borders and
 * front matter go. Paragraph breaks (blank lines) are kept, since the generator works per paragraph.
 * The title is the front matter's `title:`, else the first level-1 heading, if any.
 */

export interface MarkdownProse {
	title?: string;
	text: string;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** Inline Markdown to plain words. */
// Backslash-escaped characters are parked on private-use code points while the rules run, so an
// escaped "\*" is never read as emphasis, then put back as the plain character.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;
const PARKED = /[\uE100-\uE17F]/g;

export function stripInline(line: string): string {
	const parked = line
		.replace(PARKED, '')
		.replace(ESCAPED, (_, ch: string) => String.fromCharCode(0xe100 + ch.charCodeAt(0)));
	return unpark(
		parked
			// Images carry no prose; links keep their text.
			.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
			.replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
			.replace(/\[\^[^\]]+\]/g, '')
			.replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
			.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
			.replace(/<(https?:\/\/|mailto:)[^>\s]+>/gi, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<\/?[a-zA-Z][^<>]*>/g, '')
			.replace(/`+([^`]+?)`+/g, '$1')
			.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
			.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
			.replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
			.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
			.replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
	);
}

function unpark(text: string): string {
	return text.replace(PARKED, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe100));
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
const QUOTE_MARK = /^\s{0,3}(>\s?)+/;
const LIST_MARK = /^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/;

export function markdownToProse(markdown: string): MarkdownProse {
	let source = normaliseLineBreaks(markdown.replace(/^\uFEFF/, ''));
	let title: string | undefined;

	const frontMatter = /^---\n([\s\S]*?)\n(---|\.\.\.)\n/.exec(source);
	if (frontMatter) {
		const declared = /^title:\s*["']?(.*?)["']?\s*$/m.exec(frontMatter[1]);
		if (declared && declared[1] !== '') title = declared[1];
		source = source.slice(frontMatter[0].length);
	}

	const out: string[] = [];
	let fence: string | undefined;
	const lines = source.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const fenceMark = FENCE.exec(line);
		if (fence) {
			if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) {
				fence = undefined;
			}
			continue;
		}
		if (fenceMark) {
			fence = fenceMark[1];
			out.push('');
			continue;
		}
		const next = lines[i + 1] ?? '';
		const heading = ATX_HEADING.exec(line);
		if (heading) {
			const text = stripInline(heading[2]).trim();
			if (heading[1].length === 1) title ??= text;
			out.push('', text, '');
			continue;
		}
		if (line.trim() !== '' && SETEXT_UNDERLINE.test(next) && !LIST_MARK.test(line)) {
			const text = stripInline(line).trim();
			if (next.trim().startsWith('=')) title ??= text;
			out.push('', text, '');
			i++;
			continue;
		}
		// A table's divider row sits inside the table: dropping it must not split the rows.
		if (TABLE_DIVIDER.test(line) && line.includes('|')) continue;
		if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
			out.push('');
			continue;
		}
		let text = line.replace(QUOTE_MARK, '').replace(LIST_MARK, '');
		if (/^\s*\|.*\|\s*$/.test(text)) {
			text = text
				.trim()
				.slice(1, -1)
				.split('|')
				.map((cell) => cell.trim())
				.filter((cell) => cell !== '')
				.join('; ');
		}
		out.push(stripInline(text).trim());
	}

	const text = out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { title: title?.trim() || undefined, text };
}
