import type { PortableQuiz } from '../core/schemas';
import { foldLines, letterOf } from './text';

/**
 * Aiken, the plain multiple-choice format Moodle imports:
 *
 *     Question text on one line
 *     A. first option
 *     B. second option
 *     C. third option
 *     D. fourth option
 *     ANSWER: B
 *
 * with a blank line between questions. Aiken has no escaping at all, so:
 * - Line breaks are folded: every line break inside a prompt or an option, with the spaces around
 *   it, becomes one space (`foldLines`), because each question and each option must be one line.
 * - Moodle reads any line that starts with a capital letter and "." or ")" as an option, and any
 *   line that starts with "ANSWER:" as the answer. A prompt that starts like that ("A. Lincoln …",
 *   "U.S. troops …") gets an invisible zero-width space (U+200B) in front, which Moodle's trim does
 *   not remove, so the line stays a question. Options need nothing: their text follows "A. ".
 */

const LOOKS_LIKE_OPTION_OR_ANSWER = /^([A-Z][).]|ANSWER:)/;
const ZERO_WIDTH_SPACE = '\u200b';

function aikenPrompt(prompt: string): string {
	const line = foldLines(prompt);
	return LOOKS_LIKE_OPTION_OR_ANSWER.test(line) ? `${ZERO_WIDTH_SPACE}${line}` : line;
}

export function exportAiken(quiz: PortableQuiz): string {
	const blocks = quiz.questions.map((question) =>
		[
			aikenPrompt(question.prompt),
			...question.options.map((option, i) => `${letterOf(i)}. ${foldLines(option)}`),
			`ANSWER: ${letterOf(question.answer)}`
		].join('\n')
	);
	return `${blocks.join('\n\n')}\n`;
}
