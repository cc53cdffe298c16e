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

/** "Ada Park, known as Birdie, is a …": a passage that defines its subject is titled by it. */
const DEFINED_SUBJECT =
	/^((?:\p{Lu}|A |An |The )[^,.;:]{1,60}?)(?:, [^,.;]{1,60},)? (?:is|was|are|were) (?:a|an|the|one)\b/u;
/** "In August 1999, ABC premiered …": a lead-in before the subject dates the event, so it is left out. */
const LEAD_IN =
	/^(?:In|On|At|By|During|Since|After|Before|From|Over|Years|Months|Weeks|Days)\b[^,.;:]{0,40},\s+/;

/** The subject a sentence defines ("Lake Orvan is a freshwater lake …" → "Lake Orvan"), if it does. */
export function definedSubjectOf(sentence: string): string | undefined {
	const prose = tidySpaces(sentence.replace(/\s*\([^()]*\)/g, ''));
	return DEFINED_SUBJECT.exec(prose)?.[1];
}

/**
 * The quiz title: the headline, else the subject a passage defines, else its first words after any
 * lead-in phrase. The title is on screen while playing, so it should name the topic, not a fact
 * a question asks for.
 */
export function deriveTitle(text: string): string {
	const headline = headlineOf(text);
	if (headline) return headline;
	// "Ilse Vandermeer (born 4 May 1987) is …": an aside in brackets is no part of a title.
	const prose = tidySpaces(text.replace(/\s*\([^()]*\)/g, ''));
	const defined = DEFINED_SUBJECT.exec(prose)?.[1];
	if (defined && defined.split(' ').length <= FALLBACK_WORDS) return defined;
	const body = prose.replace(LEAD_IN, '');
	const words = (/^\p{Ll}/u.test(body) ? body[0].toUpperCase() + body.slice(1) : body).split(' ');
	const title = words
		.slice(0, FALLBACK_WORDS)
		.join(' ')
		.replace(/[,;:.!?]+$/, '');
	if (title === '') return 'Untitled quiz';
	return words.length > FALLBACK_WORDS ? `${title}…` : title;
}
