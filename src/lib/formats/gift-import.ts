import type { Question } from '../core/quiz';
import { GIFT_TITLE_COMMENT } from './gift-export';
import {
	MAX_QUIZ_FILE_CHARS,
	NO_SOURCE,
	cleanTitle,
	finishImport,
	inferKind,
	nameQuestion,
	questionProblem,
	randomQuestionId,
	type QuizImportOptions,
	type QuizImportResult
} from './import-common';
import { normaliseLineBreaks } from './text';

/**
 * A reader for the part of Moodle GIFT that Factdeck can play: multiple-choice questions with exactly
 * one right answer (`=`, or `~%100%`) and three wrong ones (`~`), optional `::names::`, `//` comment
 * lines, backslash escapes, `[plain]`/`[moodle]`/`[markdown]`/`[html]` format markers (HTML is
 * reduced to its text), per-answer feedback (`#…`, dropped) and general feedback (`####…`, dropped),
 * and the missing-word form ("The {…} is red."), which becomes a prompt with a blank.
 *
 * Other question types (true/false, short answer, numerical, matching, essay, descriptions) and
 * partial-credit weights are left out, each with a warning that says why. Questions are split on
 * blank lines and comment lines are dropped afterwards, as Moodle does.
 *
 * Imported questions get fresh ids, the kind `inferKind` reads from the prompt, and an empty source
 * (`{ text: '', start: 0, end: 0 }`), since GIFT carries no article.
 */

// Escaped characters are swapped for private-use placeholders while the structure is parsed, the
// way Moodle's own reader does it, then swapped back. The same range in the input is removed first
// so that it cannot fake an escape.
const ESCAPABLE = '\\:#={}~n';
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_RANGE = /[\uE000-\uE007]/g;

function maskEscapes(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const next = text[i + 1];
		const slot = next === undefined ? -1 : ESCAPABLE.indexOf(next);
		if (ch === '\\' && slot >= 0) {
			out += String.fromCharCode(PLACEHOLDER_BASE + slot);
			i++;
		} else {
			out += ch;
		}
	}
	return out;
}

function unmask(text: string): string {
	return text.replace(PLACEHOLDER_RANGE, (ch) => {
		const escaped = ESCAPABLE[ch.charCodeAt(0) - PLACEHOLDER_BASE];
		return escaped === 'n' ? '\n' : escaped;
	});
}

const HTML_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** Moodle exports editor-made questions as `[html]`: keep their text, lose their tags. */
function htmlToText(html: string): string {
	return html
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1] === 'x' || name[1] === 'X'
						? parseInt(name.slice(2), 16)
						: parseInt(name.slice(1), 10);
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
			}
			return HTML_ENTITIES[name.toLowerCase()] ?? entity;
		})
		.replace(/[ \t]*\n[ \t\n]*/g, '\n')
		.trim();
}

const FORMAT_MARKER = /^\[(html|plain|moodle|markdown)\]/;

/** A masked GIFT text (question, option) as plain text: format marker read, escapes undone. */
function readText(masked: string, inheritedFormat: string): { text: string; format: string } {
	let text = masked.trim();
	let format = inheritedFormat;
	const marker = FORMAT_MARKER.exec(text);
	if (marker) {
		format = marker[1];
		text = text.slice(marker[0].length);
	}
	// A line break typed into the file is layout; an escaped `\n` is a line break in the text.
	text = unmask(text.replace(/[ \t]*\n[ \t\n]*/g, ' ')).trim();
	if (format === 'html') text = htmlToText(text);
	return { text, format };
}

type Parsed = { question: Question } | { skip: string };

function unsupportedType(answers: string): string {
	if (answers === '') return 'essay questions are not supported';
	if (answers.startsWith('#')) return 'numerical questions are not supported';
	if (answers.includes('=') && answers.includes('->')) {
		return 'matching questions are not supported';
	}
	const beforeFeedback = answers.split('#')[0].trim();
	if (/^(T|F|TRUE|FALSE)$/.test(beforeFeedback)) return 'true/false questions are not supported';
	return 'short-answer questions are not supported (Factdeck needs one right and three wrong options)';
}

function parseBlock(block: string, newId: () => string): Parsed {
	let rest = block.trim();
	if (rest.startsWith('::')) {
		const end = rest.indexOf('::', 2);
		if (end >= 0) rest = rest.slice(end + 2).trim();
	}
	const open = rest.indexOf('{');
	const close = open >= 0 ? rest.indexOf('}', open) : -1;
	if (open < 0) return { skip: 'it has no answers (a description, not a question)' };
	if (close < 0) return { skip: 'its answers are not closed with "}"' };

	const before = readText(rest.slice(0, open), 'moodle');
	const after = readText(rest.slice(close + 1), before.format).text;
	const joiner = /^[.,;:!?)]/.test(after) ? '' : ' ';
	const prompt = after === '' ? before.text : `${before.text} _____${joiner}${after}`.trim();

	let answers = rest.slice(open + 1, close).trim();
	const generalFeedback = answers.lastIndexOf('####');
	if (generalFeedback >= 0) answers = answers.slice(0, generalFeedback).trim();
	if (!answers.includes('~')) return { skip: unsupportedType(answers) };

	const options: string[] = [];
	let right = -1;
	let rightCount = 0;
	const choices = answers
		.replace(/=/g, '~=')
		.split('~')
		.map((choice) => choice.trim())
		.filter((choice, index) => index > 0 || choice !== '');
	for (const raw of choices) {
		let choice = raw;
		let isRight = false;
		if (choice.startsWith('=')) {
			isRight = true;
			choice = choice.slice(1).trim();
		}
		const weight = /^%(-?\d+(?:\.\d+)?)%/.exec(choice);
		if (weight) {
			const value = Number(weight[1]);
			if (value >= 100) isRight = true;
			else if (value > 0) return { skip: 'partial-credit weights are not supported' };
			choice = choice.slice(weight[0].length);
		}
		const feedback = choice.indexOf('#');
		if (feedback >= 0) choice = choice.slice(0, feedback);
		if (isRight) {
			right = options.length;
			rightCount++;
		}
		options.push(readText(choice, before.format).text);
	}
	if (rightCount === 0) return { skip: 'no option is marked right' };
	if (rightCount > 1) return { skip: 'more than one option is marked right' };

	const question: Question = {
		id: newId(),
		kind: inferKind(prompt),
		prompt,
		options,
		answer: right,
		source: { ...NO_SOURCE }
	};
	const problem = questionProblem(question);
	return problem ? { skip: problem } : { question };
}

/** True when `text` reads as GIFT: Factdeck's own header, or a question block with answers. */
export function looksLikeGift(text: string): boolean {
	const clean = normaliseLineBreaks(text.replace(/^\uFEFF/, ''));
	if (clean.startsWith(GIFT_TITLE_COMMENT)) return true;
	const firstBlock = clean
		.split('\n')
		.filter((line) => !line.trim().startsWith('//'))
		.join('\n')
		.trim()
		.split(/\n[ \t]*\n/)[0];
	return /^(::|\$CATEGORY:)/.test(firstBlock ?? '') && /\{[^}]*[=~][^}]*\}/.test(clean);
}

/** Reads GIFT text into a quiz; see the comment at the top of this file for what is supported. */
export function importGift(text: string, options: QuizImportOptions = {}): QuizImportResult {
	if (text.length > MAX_QUIZ_FILE_CHARS) {
		return {
			ok: false,
			reason: `This GIFT file is too big: ${text.length.toLocaleString('en-GB')} characters, more than the ${MAX_QUIZ_FILE_CHARS.toLocaleString('en-GB')} Factdeck reads.`
		};
	}
	try {
		return readGift(text, options);
	} catch {
		// Nothing above is expected to throw; this keeps a surprise from escaping to the page.
		return { ok: false, reason: 'This GIFT file could not be read.' };
	}
}

function readGift(text: string, options: QuizImportOptions): QuizImportResult {
	const newId = options.newId ?? randomQuestionId;
	const lines = normaliseLineBreaks(
		text.replace(/^\uFEFF/, '').replace(PLACEHOLDER_RANGE, '')
	).split('\n');

	let headerTitle: string | undefined;
	let categoryTitle: string | undefined;
	const blocks: string[][] = [[]];
	for (const line of lines) {
		const trimmed = line.trim();
		if (trimmed === '') {
			if (blocks[blocks.length - 1].length > 0) blocks.push([]);
		} else if (trimmed.startsWith('//')) {
			if (headerTitle === undefined && trimmed.startsWith(GIFT_TITLE_COMMENT.trim())) {
				headerTitle = trimmed.slice(GIFT_TITLE_COMMENT.trim().length).trim();
			}
		} else {
			blocks[blocks.length - 1].push(line);
		}
	}

	const questions: Question[] = [];
	const warnings: string[] = [];
	let index = 0;
	for (const blockLines of blocks) {
		const block = blockLines.join('\n').trim();
		if (block === '') continue;
		if (block.startsWith('$CATEGORY:')) {
			const path = block.slice('$CATEGORY:'.length).trim().split('/');
			categoryTitle ??= path[path.length - 1]?.trim();
			continue;
		}
		const parsed = parseBlock(maskEscapes(block), newId);
		if ('question' in parsed) {
			questions.push(parsed.question);
		} else {
			const promptGuess = unmask(block.replace(/^::.*?::/s, '').split('{')[0]).replace(
				FORMAT_MARKER,
				''
			);
			warnings.push(`${nameQuestion(index, promptGuess)} was left out: ${parsed.skip}.`);
		}
		index++;
	}

	const title = cleanTitle(headerTitle, options.fallbackTitle, categoryTitle);
	return finishImport(
		title,
		questions,
		warnings,
		newId,
		'This GIFT file holds no multiple-choice question Factdeck can use.'
	);
}
