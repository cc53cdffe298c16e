/** A short title for the quiz: the first line when it reads like a headline, else the first words. */
import { tidySpaces } from './normalise';

const MAX_TITLE_WORDS = 14;
const FALLBACK_WORDS = 8;

/** The article's own headline: a short first line without closing punctuation, if there is one. */
export function headlineOf(text: string): string | undefined {
	const lines = text
		.split('\n')
		.map((line) => tidySpaces(line))
		.filter((line) => line !== '');
	const first = lines[0] ?? '';
	const words = first.split(' ').filter((word) => word !== '');
	if (
		words.length > 0 &&
		words.length <= MAX_TITLE_WORDS &&
		!/[.:;,]$/.test(first) &&
		lines.length > 1
	) {
		return first.slice(0, 120);
	}
	return undefined;
}

export function deriveTitle(text: string): string {
	const headline = headlineOf(text);
	if (headline) return headline;
	// "Ilse Vandermeer (born 4 May 1987) is …": an aside in brackets is no part of a title.
	const prose = tidySpaces(text.replace(/\s*\([^()]*\)/g, ''));
	const opening = prose.split(' ').slice(0, FALLBACK_WORDS).join(' ');
	const title = opening.replace(/[,;:.!?]+$/, '');
	if (title === '') return 'Untitled quiz';
	return prose.split(' ').length > FALLBACK_WORDS ? `${title}…` : title;
}
