import type { PortableQuiz } from '../core/schemas';
import { foldLines, normaliseLineBreaks, shorten } from './text';

/**
 * Moodle GIFT, multiple choice: `::name::[plain]prompt{ =right ~wrong ~wrong ~wrong }`.
 *
 * - Every GIFT control character (`~ = # { } :`) and the backslash are escaped with a backslash, and
 *   a line break inside a text is written as `\n`, so no text can end a question early, start an
 *   answer, or be read as a comment (`//` only counts at the start of a line, and no text starts one).
 * - `[plain]` makes Moodle show the text as typed: without it, Moodle's default format would read
 *   `<b>` or `&amp;` in an article sentence as HTML.
 * - An option that starts with `%` or `[` gets its own `[plain]` marker, because Moodle would read a
 *   leading `%50%` as a partial-credit weight and a leading `[html]` as a format.
 * - The quiz title travels in the first comment line, which Moodle ignores and Factdeck's GIFT reader
 *   uses as the quiz title on re-import. Questions are named "<title> - 01", "- 02", … so they
 *   stay together and in order in Moodle's question bank.
 * - Options keep their order, so the right one's position survives a round trip. Moodle decides the
 *   type from the answers (any `~` means multiple choice); gift-pegjs instead tries "matching" first
 *   and so misreads a quiz whose first option is the right one and holds "->". Moodle and Factdeck's
 *   own reader do not.
 */

export const GIFT_TITLE_COMMENT = '// Factdeck quiz: ';

/** Escapes one text for GIFT (see above). */
export function escapeGift(text: string): string {
	return normaliseLineBreaks(text)
		.replace(/[\\~=#{}:]/g, (ch) => `\\${ch}`)
		.replace(/\n/g, '\\n');
}

function giftOption(text: string): string {
	const escaped = escapeGift(text);
	return /^[%[]/.test(text) ? `[plain]${escaped}` : escaped;
}

export function exportGift(quiz: PortableQuiz): string {
	const title = foldLines(quiz.title);
	const width = String(quiz.questions.length).length < 2 ? 2 : String(quiz.questions.length).length;
	const namePrefix = shorten(title, 60);
	const blocks = quiz.questions.map((question, index) => {
		const name = `${namePrefix} - ${String(index + 1).padStart(width, '0')}`;
		const options = question.options.map(
			(option, i) => `${i === question.answer ? '=' : '~'}${giftOption(option)}`
		);
		return [`::${escapeGift(name)}::[plain]${escapeGift(question.prompt)}{`, ...options, '}'].join(
			'\n'
		);
	});
	const header = [
		`${GIFT_TITLE_COMMENT}${title}`,
		'// Multiple choice: the right answer follows "=", the wrong ones "~".'
	].join('\n');
	return `${[header, ...blocks].join('\n\n')}\n`;
}
