/**
 * A figure the article gives only as a lower bound ("more than 2,600 coins"). Options
 * that keep the bound cannot work: "more than 1,800" is as true as "more than 2,600", so the one
 * right option would always be the smallest. Such a figure is asked as one to recall roughly
 * ("About how many coins …?", "a hoard of about _____ coins") among wrong options far enough away
 * that the bound makes each of them false.
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { ageGiven, lifeYears } from './number-limits';
import {
	formatWrittenNumber,
	parseWrittenNumber,
	type DistractorSide,
	type WrittenNumber
} from './numbers';
import type { Random } from './random';
import { randomInt } from './random';
import { BLANK, type Stem } from './stems';
import { spanText } from './token-spans';

/** Below this a bound is a handful ("more than six"), which no "about" can stand in for. */
const SMALLEST_ROUGH_FIGURE = 10;

/** How far apart the rungs of a rough figure's options stand. */
const STEP = 1.5;

/**
 * The lower bounds. "Almost" and "nearly" read as estimates already, "up to" as a stated limit, and
 * an upper bound ("fewer than 1,500") as no figure near it: a reviewer found the count of 1,120 the
 * article gives elsewhere under "fewer than 1,500".
 */
const HARD_BOUND = /^(more than|at least|over|just over)$/i;

/** Which figure in the fact is the number, past its bound. */
function numberIndex(fact: Fact): number {
	let at = fact.first;
	while (at < fact.last && !parseWrittenNumber(fact.sentence.tokens[at].text)) at++;
	return at;
}

const BOUND_BEFORE =
	/^(little|much|far|well|slightly|somewhat|considerably|significantly|substantially|no|aged|age|ages)$/;

const TIME_UNIT = /^(minutes|hours|days|weeks|months|years|decades|seasons)$/;

/** "outpointed her over 10 rounds": the length of a contest, which "over" spans and never bounds. */
const CONTEST_STRETCH = /^(rounds|holes|laps|legs|frames|stages|innings|overs|sets|games|matches)$/;

/** The least ratio between two rungs of the ladder. */
const MIN_RUNG_RATIO = 1.25;

/**
 * "stole 912 parcels over 14 months": "over" a time is the time something took, not a bound on it,
 * unless "for" or "in" comes before it ("for over 30 years", "the first in over 20 years") or
 * "ago" after it; "over 10 rounds" is always the length of a contest.
 */
function isTimeItTookOver(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	if (fact.modifier?.toLowerCase() !== 'over') return false;
	if (CONTEST_STRETCH.test(tokens[fact.last + 1]?.normal ?? '')) return true;
	if (!TIME_UNIT.test(tokens[fact.last + 1]?.normal ?? '')) return false;
	if (/^(for|in)$/.test(tokens[fact.first - 1]?.normal ?? '')) return false;
	return !/^(ago|old)$/.test(tokens[fact.last + 2]?.normal ?? '');
}

/**
 * "1,140 people had been waiting more than 13 weeks": a wait past a limit counts who waited that
 * long, some of them far longer; "about 13 weeks" would misstate it (both reviewers of fresh757).
 */
function isWaitThreshold(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	if (!TIME_UNIT.test(tokens[fact.last + 1]?.normal ?? '')) return false;
	const before = tokens
		.slice(Math.max(0, fact.first - 2), fact.first)
		.map((token) => token.normal)
		.join(' ');
	return /\b(wait|waits|waited|waiting)( for)?$/.test(before);
}

/**
 * The fact to ask in place of a bounded figure, its answer the figure without the bound; undefined
 * for anything else. A share keeps its bound: "more than 40%" beside "about 60%" is a different
 * claim about the same whole, not a rough recall.
 */
export function asRoughFigure(fact: Fact): Fact | undefined {
	if (fact.type !== 'quantity' && fact.type !== 'money') return undefined;
	if (!HARD_BOUND.test(fact.modifier ?? '')) return undefined;
	const at = numberIndex(fact);
	const written = parseWrittenNumber(fact.sentence.tokens[at].text);
	if (!written || written.inWords || written.value < SMALLEST_ROUGH_FIGURE) return undefined;
	if (isTimeItTookOver(fact)) return undefined;
	// "in little more than 50 years", "no more than 20": a word on the bound, which "about" cannot
	// take; "people aged over 60" is a group, not a figure to recall.
	if (BOUND_BEFORE.test(fact.sentence.tokens[fact.first - 1]?.normal ?? '')) return undefined;
	if (isWaitThreshold(fact)) return undefined;
	return { ...fact, option: spanText(fact.sentence, at, fact.last), rough: true };
}

/**
 * The stem for a rough figure: "How many …" becomes "About how many …", and a blank takes "about"
 * before it; any other question ("By how many …", "What …") is not asked of a bound.
 */
export function roughStem(stem: Stem): Stem | undefined {
	if (stem.kind === 'cloze') {
		const prompt = stem.prompt.startsWith(BLANK)
			? `About ${stem.prompt}`
			: stem.prompt.replace(BLANK, `about ${BLANK}`);
		return { ...stem, prompt };
	}
	if (/^How (many|much)\b/.test(stem.prompt))
		return { ...stem, prompt: `About h${stem.prompt.slice(1)}` };
	return undefined;
}

/** The place of the last significant digit: 2,600 → 100, 40 → 10, 3.1 → 0.1. */
function precisionOf(like: WrittenNumber): number {
	if (like.decimals > 0) return 10 ** -like.decimals;
	let unit = 1;
	while (like.value % (unit * 10) === 0) unit *= 10;
	return unit;
}

/** Bounds other rules set on a rough figure's options, and a side its answer must not end. */
interface RoughLimits {
	floor?: number;
	ceiling?: number;
	side?: DistractorSide;
}

/**
 * Wrong values for a rough figure: a ladder of steps of one and a half times, each rounded as the
 * answer is, with the right answer at any rung. A bound leaves its figure's last digit open ("more
 * than 40" may be 48), and the nearest rung (60) is past that. Within the floor and ceiling other
 * rules set; empty when three do not fit.
 */
export function roughValues(
	like: WrittenNumber,
	random: Random,
	avoid: ReadonlySet<number>,
	limits: RoughLimits = {}
): number[] {
	const { floor = 0, ceiling = Infinity, side } = limits;
	const precision = precisionOf(like);
	// A rung keeps the answer's number of figures ("2,600" beside "1,700" and "3,900"), and one
	// past its power of ten keeps the answer's precision: "4,600" beside "10,400", not a rounder
	// "10,000", and "60" beside "140", not "100". One below it keeps at least a figure of its own:
	// "more than 1,000" has "700" and "400" below it, not a "1,000" again and a zero.
	const figures = Math.floor(Math.log10(Math.abs(like.value) / precision)) + 1;
	const round = (value: number) => {
		const power = Math.floor(Math.log10(value));
		const answerPower = Math.floor(Math.log10(like.value));
		const coarsest = 10 ** (power + 1 - figures);
		const unit =
			power > answerPower
				? precision
				: power < answerPower
					? Math.max(Math.min(precision, 10 ** power), coarsest, 10 ** -like.decimals)
					: Math.max(precision, coarsest);
		return Number((Math.round(value / unit) * unit).toFixed(like.decimals));
	};
	const taken = new Set<number>([like.value]);
	// Rounded at a finer place below the answer's power of ten, a rung may land beside the one
	// above it ("9" under "10" of "more than 30"); each stays a clear step from the others.
	const apart = (value: number) =>
		[...taken].every((other) => Math.max(value, other) / Math.min(value, other) >= MIN_RUNG_RATIO);
	const usable = (value: number) =>
		value > 0 &&
		apart(value) &&
		value >= floor &&
		value <= ceiling &&
		!avoid.has(value) &&
		!taken.has(value);
	const below: number[] = [];
	const above: number[] = [];
	for (let k = 1; k <= 3; k++) {
		const down = round(like.value / STEP ** k);
		if (usable(down)) {
			below.push(down);
			taken.add(down);
		}
		const up = round(like.value * STEP ** k);
		if (usable(up)) {
			above.push(up);
			taken.add(up);
		}
	}
	// "the biggest attendance in its history": the right answer is not the top rung to pick.
	const ranks = [0, 1, 2, 3].filter(
		(rank) =>
			below.length >= rank &&
			above.length >= 3 - rank &&
			!(side === 'not-highest' && rank === 3) &&
			!(side === 'not-lowest' && rank === 0)
	);
	// With nothing possible on one side the answer would always be the end option, as with the bound.
	if (ranks.length < 2) return [];
	const rank = ranks[randomInt(random, ranks.length)];
	return [...below.slice(0, rank), ...above.slice(0, 3 - rank)];
}

/** The wrong options of a rough figure, written as its answer is ("£3.1m" → "£4.7m"). */
export function roughDistractors(
	fact: Fact,
	random: Random,
	avoid: ReadonlySet<number>,
	limits: RoughLimits
): string[] {
	const tokens = fact.sentence.tokens;
	const at = numberIndex(fact);
	const written = parseWrittenNumber(tokens[at].text);
	if (!written) return [];
	const tail = fact.option.slice(tokens[at].text.length);
	return roughValues(written, random, avoid, limits).map(
		(value) => formatWrittenNumber(value, written) + tail
	);
}

const CENTURY = /\b(1\d|2[01])(?:st|nd|rd|th)[- ][Cc]entury\b/;
const YEAR_BEFORE = /\b(1[5-9]\d\d|20\d\d)\b/g;
/**
 * The longest a span of years may be: a life's span within the age the sentence gives ("A
 * 99-year-old who has lived in Ludlow for more than 60 years"), a grown-up's work within the life a
 * passage's lead gives less eighteen years ("Harriet Verriker (1831 – 1904) … ran the firm for
 * more than 40 years"), a thing's span within the years since the year before it ("built in 1897 …
 * used for more than 60 years"), up to the latest year the article names; a time ago within the
 * century the sentence names. Infinity for any other figure, and for any of these the answer
 * already passes (someone else's age, a firm's century).
 */
export function roughSpanCeiling(fact: Fact, index: ArticleIndex): number {
	const tokens = fact.sentence.tokens;
	if (!/^years?$/.test(tokens[fact.last + 1]?.normal ?? '')) return Infinity;
	const value = parseWrittenNumber(tokens[numberIndex(fact)].text)?.value ?? 0;
	const within = (most: number) => (most > value ? most : Infinity);
	if (tokens[fact.last + 2]?.normal === 'ago') {
		// "a 19th Century schooner that sank more than 150 years ago": no earlier than its century.
		const century = CENTURY.exec(fact.sentence.text);
		return century ? within(index.latestYear - (Number(century[1]) - 1) * 100) : Infinity;
	}
	const age = ageGiven(fact.sentence.text);
	if (age !== undefined) return within(age);
	const life = index.isNews ? undefined : lifeYears(index.sentences[index.lead]?.text ?? '');
	if (life !== undefined) return within(life - 18);
	const before = fact.sentence.text.slice(0, tokens[fact.first].start - fact.sentence.start);
	const years = [...before.matchAll(YEAR_BEFORE)].map((match) => Number(match[1]));
	if (years.length > 0) return within(index.latestYear - Math.max(...years));
	// "The Machon Steam Hammer was in regular use for more than 90 years", in a passage whose lead
	// says it was built in 1876: no longer than the years since.
	const made = madeYearOfPassageSubject(fact, index);
	return made !== undefined ? within(index.latestYear - made) : Infinity;
}

/** The year a reference passage's lead dates its subject by, where the sentence is about it. */
function madeYearOfPassageSubject(fact: Fact, index: ArticleIndex): number | undefined {
	const lead = index.sentences[index.lead];
	if (index.isNews || !lead || !index.headline || fact.sentence === lead) return undefined;
	const about =
		fact.sentence.text.startsWith(`The ${index.headline} `) ||
		fact.sentence.text.startsWith(`${index.headline} `) ||
		// "She worked at Preston Dock … for more than 60 years": a vessel's passage calls her "she".
		/^(It|She) /.test(fact.sentence.text);
	const years = [...lead.text.matchAll(YEAR_BEFORE)].map((match) => Number(match[1]));
	return about && years.length > 0 ? Math.min(...years) : undefined;
}

const FIGURE = /[£$€]?\d[\d,]*(?:\.\d+)?(?:m|bn|k)?/g;

/**
 * "Council uproots 1,140 road signs" over "taken down more than 1,100 road signs": a figure in the
 * title near the rough answer marks it as the option nearest the title's.
 */
export function titleNearRoughFigure(title: string, fact: Fact): boolean {
	const answer = parseWrittenNumber(fact.option.split(/\s/)[0]);
	if (!answer) return false;
	return [...title.matchAll(FIGURE)].some((match) => {
		const shown = parseWrittenNumber(match[0]);
		return (
			shown !== undefined &&
			shown.suffix === answer.suffix &&
			shown.value > answer.value / STEP &&
			shown.value < answer.value * STEP
		);
	});
}
