/** Dates, years and quantities in a sentence, with the hedge ("more than") and the counted noun. */
import type { AnswerType, Fact } from './facts';
import type { Sentence, Token } from './sentences';
import { hasBreakAfter, isCapitalised, normalWords, spanText } from './token-spans';
import { monthIndex } from './lists/calendar';
import { parseWrittenNumber } from './numbers';

function isNumberToken(token: Token): boolean {
	return token.tags.has('Value') && !token.tags.has('Ordinal') && !token.tags.has('Fraction');
}

/** "six and a half": compromise tags the whole phrase a fraction; its whole number is a figure. */
function isWholeBeforeHalf(tokens: readonly Token[], i: number): boolean {
	return (
		tokens[i].tags.has('Value') &&
		/^(\d+|[a-z]+)$/.test(tokens[i].normal) &&
		tokens
			.slice(i + 1, i + 4)
			.map((word) => word.normal)
			.join(' ') === 'and a half'
	);
}

const QUANTITY_MODIFIERS = new Set([
	'more than',
	'less than',
	'fewer than',
	'at least',
	'up to',
	'almost',
	'nearly',
	'about',
	'around',
	'roughly',
	'approximately',
	'some',
	'over',
	'under',
	'just over',
	'just under',
	'only'
]);

/**
 * "a comedy about three brothers", "a book about two sisters": after a work, "about" says what it
 * is about, and is no hedge on the count.
 */
const WORKS =
	/^(film|comedy|drama|documentary|thriller|novel|book|play|musical|opera|series|programme|story|song|poem|album|sitcom)s?$/;

function isAboutASubject(tokens: readonly Token[], at: number, words: string): boolean {
	const before = tokens[at - 1];
	return (
		words === 'about' && before !== undefined && WORKS.test(before.normal) && !hasBreakAfter(before)
	);
}

/**
 * Which way a hedge bounds its figure: "more than 40" is also true of 30 (a lower bound), "almost
 * 40" of 20 (an upper bound); "about 40" bounds nothing.
 */
export function boundOf(modifier: string | undefined): 'lower' | 'upper' | undefined {
	const hedge = modifier?.toLowerCase() ?? '';
	if (/^(more than|at least|over|just over)$/.test(hedge)) return 'lower';
	if (/^(less than|fewer than|up to|almost|nearly|under|just under)$/.test(hedge)) return 'upper';
	return undefined;
}

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const DATED_THINGS =
	/^(charter|treaty|statute|act|grant|deed|survey|census|book|rising|rebellion|war|battle|siege|will|year|winter|summer|spring|autumn|subsidy|register|roll|inventory|lease|taxation|extent)$/;
const CLOCK_ZONE = /^(BST|GMT|UTC|CET|hrs|hours|local|watershed)$/;

export function dateAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	const token = tokens[i];
	const next = tokens[i + 1];
	const afterNext = tokens[i + 2];
	const joined = (a: Token, b: Token | undefined) => b !== undefined && !/[^\s,]/.test(a.post);
	// "12 June 2023", "12 June"
	if (
		/^\d{1,2}$/.test(token.text) &&
		next &&
		joined(token, next) &&
		monthIndex(next.text) >= 0 &&
		isCapitalised(next)
	) {
		const last = afterNext && joined(next, afterNext) && YEAR.test(afterNext.text) ? i + 2 : i + 1;
		const text = spanText(sentence, i, last);
		return { sentence, first: i, last, text, option: text, type: 'date' };
	}
	// "June 12, 2023", "June 2023"
	if (
		monthIndex(token.text) >= 0 &&
		isCapitalised(token) &&
		token.tags.has('Date') &&
		next &&
		joined(token, next)
	) {
		if (YEAR.test(next.text)) {
			const text = spanText(sentence, i, i + 1);
			return { sentence, first: i, last: i + 1, text, option: text, type: 'date' };
		}
		// "in January, 63 patients": a comma after the month ends the date.
		if (/^\d{1,2}$/.test(next.text) && !/,/.test(token.post)) {
			const last =
				afterNext && joined(next, afterNext) && YEAR.test(afterNext.text) ? i + 2 : i + 1;
			const text = spanText(sentence, i, last);
			return { sentence, first: i, last, text, option: text, type: 'date' };
		}
	}
	// "founded in 1281", "a charter of 1241": before 1500 a four-digit number is a year only where a
	// word of time or a dated document says so.
	const dated =
		/^(in|since|until|by|from|around|circa)$/.test(tokens[i - 1]?.normal ?? '') ||
		(tokens[i - 1]?.normal === 'of' && DATED_THINGS.test(tokens[i - 2]?.normal ?? ''));
	const earlyYear =
		/^1[0-4]\d\d$/.test(token.text) &&
		dated &&
		// "in 1241 acres" counts; "In 1292 Edward I granted" dates what a named person did.
		!(
			next &&
			!/[^\s]/.test(token.post) &&
			next.tags.has('Noun') &&
			!next.tags.has('Date') &&
			!isCapitalised(next)
		);
	// "restored by 1500 BST": a clock time.
	if (next && CLOCK_ZONE.test(next.text)) return undefined;
	if (CLOCK_TIME.test(token.text) && writesClockTimes(tokens)) return undefined;
	if ((YEAR.test(token.text) && token.tags.has('Date')) || earlyYear) {
		return {
			sentence,
			first: i,
			last: i,
			text: token.text,
			option: token.text,
			type: 'year'
		};
	}
	return undefined;
}

/** A four-digit 24-hour time: "0900", "2100". */
const CLOCK_TIME = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/**
 * A sentence that writes 24-hour times: one with a leading nought, one before "GMT", one too late
 * in the day to be a year ("takeaways that open after 2300"), or one "at" a time.
 */
function writesClockTimes(tokens: readonly Token[]): boolean {
	return tokens.some(
		(token, i) =>
			/^(0\d{3}|2(?:1(?!00)|[23])[0-5]\d)$/.test(token.text) ||
			(CLOCK_TIME.test(token.text) &&
				(CLOCK_ZONE.test(tokens[i + 1]?.text ?? '') ||
					// "would terminate at 1930 from Monday", "her shift at 2100": a year is "in" 1930.
					(tokens[i - 1]?.normal === 'at' && !tokens[i + 1]?.tags.has('Noun'))))
	);
}

const LABEL_NOUNS =
	/^(channel|number|no\.?|page|platform|room|flight|route|junction|gate|chapter|track|bus|level|stage|row|seat|category|grade|division|band|section|article|clause|exit|car|shirt|squad|type|class)$/;

export function quantityAt(sentence: Sentence, i: number): Fact | undefined {
	const tokens = sentence.tokens;
	const token = tokens[i];
	// "from 0900 to 0100": a 24-hour clock time, not a count; "until 2100 … and from 0900" too.
	if (/^0\d{3}$/.test(token.text)) return undefined;
	if (CLOCK_TIME.test(token.text) && writesClockTimes(tokens)) return undefined;
	// "trains at 6.30 most mornings", "until 11.45pm": a time of day, not a figure with decimals.
	if (
		/^(?:\d|1\d|2[0-3])\.[0-5]\d(?:am|pm)?$/i.test(token.text) &&
		(/^(at|from|until|till|before|after|between)$/.test(tokens[i - 1]?.normal ?? '') ||
			/^(am|pm|a\.m\.?|p\.m\.?)$/i.test(tokens[i + 1]?.text ?? '') ||
			/(am|pm)$/i.test(token.text))
	)
		return undefined;
	// compromise reads "up to 1,500" as a span of years; a year is never written with a comma.
	const date = token.tags.has('Date') && !/^\d{1,3}(,\d{3})+$/.test(token.text);
	const wholeBeforeHalf = isWholeBeforeHalf(tokens, i);
	if (!(isNumberToken(token) || wholeBeforeHalf) || date || YEAR.test(token.text)) return undefined;
	const written = parseWrittenNumber(token.text);
	// "one" is more often a pronoun ("one of the …") than a count worth asking about.
	if (!written || (written.inWords && written.value === 1)) return undefined;
	// "Mr Smith, 32, from Leeds", "Alan Hale, now 64, who …": an age between commas after a name
	// is a detail, not a fact.
	const previous = tokens[i - 1];
	const name = /^(now|aged)$/.test(previous?.normal ?? '') ? tokens[i - 2] : previous;
	if (name && /,/.test(name.post) && isCapitalised(name) && /,/.test(token.post)) return undefined;
	// "Chapter 11", "Formula 1", "Boeing 747": a number after a capitalised word is part of a name.
	const before = tokens[i - 1];
	if (
		before &&
		i - 1 > 0 &&
		isCapitalised(before) &&
		!hasBreakAfter(before) &&
		monthIndex(before.text) < 0
	)
		return undefined;
	// "Sky channel 263", "platform 9", "junction 14": a number naming a thing counts nothing.
	if (before && LABEL_NOUNS.test(before.normal) && !hasBreakAfter(before)) return undefined;
	// "Year 10 pupil Jessica Marland": a school year is a label, even opening the sentence.
	if (before?.text === 'Year' && !hasBreakAfter(before)) return undefined;
	let last = i;
	// "3.2 million", "£4.5 billion"
	const scale = tokens[i + 1];
	if (scale && !hasBreakAfter(token) && /^(million|billion|trillion)$/.test(scale.normal))
		last = i + 1;
	// "jailed for six and a half years": the half belongs to the figure, and every option keeps it
	// ("five and a half"), or "six" alone would be asked with "and a half" left in the stem.
	if (wholeBeforeHalf && !tokens.slice(i, i + 3).some(hasBreakAfter)) last = i + 3;
	else if (wholeBeforeHalf) return undefined;
	// Ranges ("3-1", "10 to 12") and fractions are not single answers.
	if (/[-–/]/.test(token.text) || token.tags.has('NumberRange')) return undefined;
	// "measure 32 to 41 mm", "1,400 to 2,600 m": either end of a written range; after "from" the
	// pair is a change instead ("from 18 to 16").
	const isNumber = (other: Token | undefined) =>
		other !== undefined && parseWrittenNumber(other.text) !== undefined;
	const rangeEnd =
		(tokens[i + 1]?.normal === 'to' && isNumber(tokens[i + 2])) ||
		(tokens[i - 1]?.normal === 'to' && isNumber(tokens[i - 2]));
	// The pair's first figure: after "from" or a verb of change, the pair is a change ("rose 12p to
	// 287p", "from 18 to 16"), not a range.
	const pairStart = tokens[i - 1]?.normal === 'to' ? i - 2 : i;
	const lead = normalWords(tokens, pairStart - 2, pairStart);
	const change =
		/\b(from|by|rose|fell|climbed|jumped|dropped|slipped|gained|lost|cut|raised|increased|reduced|grew|lifted|lowered|slumped|surged|rising|falling|up|down)$/.test(
			lead
		);
	if (rangeEnd && !change) return undefined;
	// "more than 4,600", "about £10bn": the hedge is part of what is true, so it is part of the answer.
	let first = i;
	for (const length of [2, 1]) {
		const words = tokens
			.slice(i - length, i)
			.map((word) => word.normal)
			.join(' ');
		if (
			i - length >= 0 &&
			QUANTITY_MODIFIERS.has(words) &&
			!tokens.slice(i - length, i).some(hasBreakAfter) &&
			!isAboutASubject(tokens, i - length, words)
		) {
			first = i - length;
			break;
		}
	}
	const text = spanText(sentence, first, last);
	const modifier = first < i ? spanText(sentence, first, i - 1) : undefined;
	const type: AnswerType =
		// "12 per cent", not "about £9 per child".
		/%$/.test(token.text) ||
		(tokens[last + 1]?.normal === 'per' && tokens[last + 2]?.normal === 'cent')
			? 'percent'
			: /^([£$€¥]|US\$)/.test(token.text) ||
				  /^(pounds|dollars|euros)$/.test(tokens[last + 1]?.normal ?? '')
				? 'money'
				: 'quantity';
	const unitToken = tokens[last + 1];
	const isUnit =
		type === 'quantity' &&
		unitToken !== undefined &&
		!hasBreakAfter(tokens[last]) &&
		unitToken.tags.has('Noun') &&
		!unitToken.tags.has('Pronoun');
	// "23 feature films", "1,400 call centre staff": the counted noun ends a run of nouns after
	// singular modifiers.
	let end = last + 1;
	const modifies = (at: number) => {
		const next = tokens[at + 1];
		return (
			!tokens[at].tags.has('Plural') &&
			!hasBreakAfter(tokens[at]) &&
			next !== undefined &&
			next.tags.has('Noun') &&
			!next.tags.has('Verb') &&
			!next.tags.has('Pronoun') &&
			!next.tags.has('Date')
		);
	};
	if (isUnit) while (end < last + 3 && modifies(end)) end++;
	const unit = !isUnit
		? undefined
		: tokens
				.slice(last + 1, end + 1)
				.map((word) => word.text)
				.join(' ');
	return { sentence, first, last, text, option: text, type, unit, modifier };
}

/** Words that place a distance on the track rather than on a map. */
const RACING =
	/\b(race|races|ran|run|won|record|heat|heats|final|title|sprint|hurdles|relay|indoors?|athletics|championships?|medal|track|men's|women's)\b/i;
/** Distances raced on a track, outdoors and indoors. */
export const TRACK_RACES = [60, 100, 200, 400, 800, 1500, 3000, 5000, 10000];
export const INDOOR_RACES = [60, 200, 400, 800, 1500, 3000];

/** "the British indoor 60m record", "won the 1500m": a distance run as a race. */
export function isRaceDistance(fact: Fact): boolean {
	if (fact.type !== 'quantity') return false;
	const match = /^(\d+)\s?m$/.exec(fact.option.replace(/,/g, ''));
	return (
		match !== null && TRACK_RACES.includes(Number(match[1])) && RACING.test(fact.sentence.text)
	);
}
