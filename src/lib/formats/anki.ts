import type { PortableQuiz } from '../core/schemas';
import { foldLines, letterOf, normaliseLineBreaks } from './text';

/**
 * Anki's text import: header lines, then one note per line with two tab-separated fields.
 *
 *     #separator:tab
 *     #html:false
 *     #deck:<quiz title>
 *     <front>\t<back>
 *
 * Front: the question, a blank line, then the four options lettered "A. …" on their own lines.
 * Back: the letter and text of the right answer ("B. Tobias Venn").
 *
 * Fields: Anki reads the file like CSV with a tab separator, so a field holding a tab, a line break
 * or a double quote, or starting with "#" (a comment line to Anki), is enclosed in double quotes
 * with inner quotes doubled; the front always holds line breaks, so it is always quoted. With
 * `#html:false` Anki shows "<" and "&" as typed and turns the line breaks into new lines.
 * Deck: the title on one line; "::" would make Anki nest decks, so it is written as ": ".
 */

function ankiField(text: string): string {
	const value = normaliseLineBreaks(text);
	return /[\t\n"]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function deckName(title: string): string {
	return foldLines(title).replace(/\t/g, ' ').replace(/::/g, ': ').trim() || 'Factdeck';
}

export function exportAnki(quiz: PortableQuiz): string {
	const notes = quiz.questions.map((question) => {
		const front = [
			question.prompt,
			'',
			...question.options.map((option, i) => `${letterOf(i)}. ${option}`)
		].join('\n');
		const back = `${letterOf(question.answer)}. ${question.options[question.answer]}`;
		return `${ankiField(front)}\t${ankiField(back)}`;
	});
	const header = ['#separator:tab', '#html:false', `#deck:${deckName(quiz.title)}`];
	return `${[...header, ...notes].join('\n')}\n`;
}
