/**
 * Reads a number as written in an article ("£1,400", "4.5bn", "45%", "nine") and writes other numbers
 * in exactly the same form, so a wrong option never stands out by its format.
 */
import type { Random } from './random';
import { shuffled } from './random';

export interface WrittenNumber {
	value: number;
	prefix: string;
	suffix: string;
	decimals: number;
	commas: boolean;
	/** Written as a word ("nine"), so distractors are words too. */
	inWords: boolean;
	capitalised: boolean;
}

const WORD_VALUES: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100
};

const VALUE_WORDS = Object.fromEntries(
	Object.entries(WORD_VALUES).map(([word, value]) => [value, word])
);

const NUMERIC =
	/^([£$€¥]|US\$|A\$|C\$)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|m|bn|k|tn|p|s|m?s)?$/i;

export function parseWrittenNumber(text: string): WrittenNumber | undefined {
	const trimmed = text.trim();
	const word = trimmed.toLowerCase();
	if (word in WORD_VALUES) {
		return {
			value: WORD_VALUES[word],
			prefix: '',
			suffix: '',
			decimals: 0,
			commas: false,
			inWords: true,
			capitalised: /^\p{Lu}/u.test(trimmed)
		};
	}
	const match = NUMERIC.exec(trimmed);
	if (!match) return undefined;
	const [, prefix = '', whole, fraction = '', suffix = ''] = match;
	// "1990s" is a decade, not a count.
	if (/^s$/i.test(suffix) || /ms$/i.test(suffix)) return undefined;
	const value = Number(whole.replace(/,/g, '') + (fraction ? '.' + fraction : ''));
	if (!Number.isFinite(value)) return undefined;
	return {
		value,
		prefix,
		suffix,
		decimals: fraction.length,
		commas: whole.includes(','),
		inWords: false,
		capitalised: false
	};
}

export function formatWrittenNumber(value: number, like: WrittenNumber): string {
	if (like.inWords) {
		const word = VALUE_WORDS[value];
		if (!word) return String(value);
		return like.capitalised ? word[0].toUpperCase() + word.slice(1) : word;
	}
	// "£1.2m" beside "£1m", not "£1.0m": a whole number is written whole.
	let digits = value.toFixed(Number.isInteger(value) && like.decimals === 1 ? 0 : like.decimals);
	// "about £400" shows no thousands separator only because it has no thousands: "£1,000".
	if (like.commas || (Math.abs(like.value) < 1000 && Math.abs(value) >= 1000)) {
		const [whole, fraction] = digits.split('.');
		digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? '.' + fraction : '');
	}
	return like.prefix + digits + like.suffix;
}

/** Which side of the right answer wrong options may lie on. */
export type DistractorSide = 'either' | 'above' | 'below' | 'not-lowest' | 'not-highest';

/**
 * A round step about a fifth of the value (a tenth for a share or a measurement), at the precision
 * the value was written with: options on an even grid ("400, 500, 600, 700") leave no outlier to pick
 * by its spacing.
 */
function gridStep(like: WrittenNumber): number {
	// "in ten years" among eight, nine and eleven is the round one to guess: a round number in words
	// steps through other round ones ("five, ten, fifteen, twenty").
	if (like.inWords && like.value >= 10 && like.value < 100 && like.value % 10 === 0)
		return like.value === 10 ? 5 : 10;
	// Ten with 11, 12 and 13 would stand out as the round one: only below ten is the step one.
	if (like.inWords || (like.decimals === 0 && like.value < 10)) return 1;
	// "Turnout was 84%" among 24% and 44%, "a throw of 76.14m" among 36.14m and 96.14m: a share and
	// a measured distance move within a tenth of themselves, or the far options are beyond belief.
	// A figure measured to hundredths ("a long jump of 7.90m") moves within a twenty-fifth: steps of
	// a metre from 7.90m reach 9.90m, past the world record.
	const narrow = like.suffix === '%' && like.value >= 30;
	const share = like.decimals === 2 ? 0.04 : narrow ? 0.1 : 0.2;
	// "scored 9.712": a figure given to thousandths is judged in tenths, not in whole points.
	const raw = Math.min(
		Math.abs(like.value) * share,
		like.decimals >= 3 ? 10 ** (2 - like.decimals) : Infinity
	);
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const smallest = 10 ** -like.decimals;
	const steps = [1, 2, 5, 10]
		.map((multiple) => multiple * magnitude)
		.filter((step) => step >= smallest - 1e-9);
	if (steps.length === 0) return smallest;
	return steps.reduce((best, step) => (Math.abs(step - raw) < Math.abs(best - raw) ? step : best));
}

/** The largest round step (1, 2 or 5 times a power of ten) up to `most`, at the value's precision. */
function stepUpTo(most: number, like: WrittenNumber): number {
	const smallest = 10 ** -like.decimals;
	if (most <= smallest) return smallest;
	const magnitude = 10 ** Math.floor(Math.log10(most));
	const step = [5, 2, 1]
		.map((multiple) => multiple * magnitude)
		.find((step) => step <= most + 1e-9);
	return Math.max(smallest, step ?? magnitude);
}

/**
 * The grid for a rounded figure ("about £400"): the plain step, widened to a multiple of the value's
 * own last digit's place, so every option is as round as the answer ("about £300", not "about £320")
 * and none is a far-fetched leap ("about £1,000").
 */
function roundedStep(like: WrittenNumber, step: number): number {
	const scale = 10 ** like.decimals;
	const whole = Math.round(Math.abs(like.value) * scale);
	const place = placeOf(whole);
	// "about 10", "about 100": one place would leave nothing below the answer; half of it does.
	// "about £15", "about 250": a rounded figure that ends in a five moves in fives, never
	// "about £17".
	const digits = whole / place;
	const unit =
		(digits <= 2 ? place / 2 : digits % 5 === 0 && digits > 5 ? place * 5 : place) / scale;
	return Math.max(unit, Math.ceil(step / unit - 1e-9) * unit);
}

/**
 * Three other values on an even grid around the right one, in the same form. The right answer's rank
 * among the four is chosen at random, so it is neither always the middle one nor the largest; a
 * hedged answer ("more than 40") only gets distractors on the side where they are false.
 */
export function perturbNumber(
	like: WrittenNumber,
	random: Random,
	avoid: ReadonlySet<number>,
	side: DistractorSide = 'either',
	rounded = false,
	limits: { floor?: number; ceiling?: number; maxStep?: number } = {}
): number[] {
	const { floor = 0, ceiling = Infinity, maxStep = Infinity } = limits;
	const value = like.value;
	const plain = gridStep(like);
	const base = plain > maxStep ? stepUpTo(maxStep, like) : plain;
	// "£10 a share" among £8, £12 and £14, "1,000" among 800 and 1,200: an answer round to ten
	// steps of one or two would be the one round figure among the four, so its wrong options keep
	// to its roundness. ("30" among 25 and 35 is no such case: fives are round too.)
	const magnitude = 10 ** Math.floor(Math.log10(base));
	const rounder =
		like.decimals === 0 &&
		!like.inWords &&
		base / magnitude <= 2 &&
		placeOf(value) >= 10 * magnitude;
	// "£15" among £11, £13 and £17, "£1.50" among £1.35, £1.40 and £1.45: an answer in fives or
	// halves beside a finer grid is the one round price; the grid widens to its roundness.
	const scale = 10 ** like.decimals;
	const whole = Math.round(Math.abs(value) * scale);
	const roundish =
		!like.inWords &&
		!rounded &&
		whole > 0 &&
		roundnessOf(whole, 10 ** (Math.floor(Math.log10(whole)) + 1)) > 2 * Math.round(base * scale) &&
		roundedStep(like, base) <= maxStep;
	// "£4.99" among £4.79 and £5.19: a shop price ending in 99p keeps its pence, a pound apart;
	// "£79.99" among £81.99 and £83.99 stands out too: dearer goods are priced in fives and tens.
	const charm = like.decimals === 2 && (whole % 100 === 99 || whole % 100 === 95);
	const charmStep = Math.abs(value) >= 50 ? 10 : Math.abs(value) >= 10 ? 5 : 1;
	// "about 2.1 million" among "about 2 million": a hedged figure's wrong option a step or two away
	// is the answer said more roundly, and true as well. Hedged options stand a tenth of it apart.
	const hedgedStep = roundedStep(like, Math.max(base, Math.abs(value) / 10));
	const step = charm
		? Math.max(charmStep, Math.round(base))
		: rounded
			? hedgedStep <= maxStep
				? hedgedStep
				: roundedStep(like, base)
			: rounder || roundish
				? roundedStep(like, base)
				: base;
	const isPercent = like.suffix === '%';
	const usable = (candidate: number) =>
		candidate > 0 &&
		candidate >= floor &&
		candidate <= ceiling &&
		!avoid.has(candidate) &&
		(!isPercent || value > 100 || candidate <= 100) &&
		(!like.inWords || candidate in VALUE_WORDS);
	const onGrid = (k: number) => Number((value + k * step).toFixed(like.decimals));
	const below: number[] = [];
	const above: number[] = [];
	for (let k = 1; k <= 6; k++) {
		if (below.length < 3 && usable(onGrid(-k))) below.push(onGrid(-k));
		if (above.length < 3 && usable(onGrid(k))) above.push(onGrid(k));
	}
	const ranks = [0, 1, 2, 3].filter(
		(rank) =>
			below.length >= rank &&
			above.length >= 3 - rank &&
			(side === 'either' ||
				(side === 'not-lowest'
					? rank > 0
					: side === 'not-highest'
						? rank < 3
						: side === 'above'
							? rank === 0
							: rank === 3))
	);
	if (ranks.length === 0) return [];
	// "two opening wins" (one is ruled out by the plural): with nothing possible below it, the
	// right answer would always be the smallest option, a pattern players learn.
	if (side === 'either' && ranks.every((rank) => rank === 0)) return [];
	// "97,000" among "117,000, 137,000, 157,000": the only figure of its length gives itself away.
	const digits = (n: number) => Math.floor(Math.log10(Math.abs(n)));
	// Written in words ("nine" among "ten, eleven, twelve"), a figure shows no length of its own.
	const alone = (rank: number) =>
		!like.inWords &&
		[...below.slice(0, rank), ...above.slice(0, 3 - rank)].every(
			(candidate) => digits(candidate) !== digits(value)
		);
	const choose = (rank: number) => [...below.slice(0, rank), ...above.slice(0, 3 - rank)];
	// "five, six, seven, nine" (eight is true elsewhere in the article): a step skipped beside the
	// answer sets it apart from a run of wrong options.
	const even = (rank: number) => {
		const sorted = [value, ...choose(rank)].sort((a, b) => a - b);
		const gaps = sorted.slice(1).map((next, i) => next - sorted[i]);
		return gaps.every((gap) => Math.abs(gap - gaps[0]) < 1e-9);
	};
	const fair = ranks.filter((rank) => !alone(rank));
	const evenAndFair = fair.filter(even);
	const pool = evenAndFair.length > 0 ? evenAndFair : fair.length > 0 ? fair : ranks;
	const rank = pool[Math.floor(random() * pool.length)];
	const chosen = choose(rank);
	return shuffled(
		chosen.map((candidate) => {
			// Its own last digits must not carry it past a limit the grid kept to.
			for (let attempt = 0; attempt < 4; attempt++) {
				const own = withOwnDigits(candidate, value, step, random, avoid);
				if (own >= floor && own <= ceiling) return own;
			}
			return candidate;
		}),
		random
	);
}

/** The largest power of ten that divides a whole `value`: 30,000 → 10,000; 640 → 10; 7 → 1. */
function placeOf(value: number): number {
	let place = 1;
	while (Number.isInteger(value) && value !== 0 && value % (place * 10) === 0) place *= 10;
	return place;
}

/** The coarsest 1, 2 or 5 times a power of ten below `unit` that divides `value`. */
function roundnessOf(value: number, unit: number): number {
	for (let place = unit / 10; place >= 1; place /= 10)
		for (const multiple of [5, 2, 1]) if (value % (multiple * place) === 0) return multiple * place;
	return 1;
}

/**
 * "10,137" beside "8,137" and "12,137": a precise figure's wrong options would share its last digits
 * and show how they were made. Each gets last digits of its own instead.
 */
function withOwnDigits(
	candidate: number,
	value: number,
	step: number,
	random: Random,
	avoid: ReadonlySet<number>
): number {
	if (!Number.isInteger(value) || value < 100) return candidate;
	const unit = 10 ** Math.floor(Math.log10(step));
	// "$7,500" is round one digit below its step: its wrong options stay as round as it is.
	if (unit < 10 || value % (unit / 10) === 0) return candidate;
	// "3,850" is written to the nearest 50 and "826,000" to the thousand: its wrong options are too,
	// or it alone would look round.
	const grain = roundnessOf(value, unit);
	const jittered = candidate - (candidate % unit) + grain * Math.floor((random() * unit) / grain);
	return jittered > 0 && jittered !== value && !avoid.has(jittered) ? jittered : candidate;
}

/**
 * Years on a grid of one or two around the right one, which takes a random rank among the four;
 * never after `latest` (a few years past the article's own last year).
 */
export function perturbYear(
	year: number,
	random: Random,
	avoid: ReadonlySet<number>,
	latest: number
): number[] {
	const first = random() < 0.5 ? 1 : 2;
	// When one step leaves too few usable years (a deadline ahead of the story, say), the other may not.
	for (const step of [first, 3 - first]) {
		const usable = (candidate: number) => !avoid.has(candidate) && candidate <= latest;
		const below: number[] = [];
		const above: number[] = [];
		for (let k = 1; k <= 6; k++) {
			if (below.length < 3 && usable(year - k * step)) below.push(year - k * step);
			if (above.length < 3 && usable(year + k * step)) above.push(year + k * step);
		}
		const ranks = [0, 1, 2, 3].filter((rank) => below.length >= rank && above.length >= 3 - rank);
		if (ranks.length === 0) continue;
		const rank = ranks[Math.floor(random() * ranks.length)];
		return shuffled([...below.slice(0, rank), ...above.slice(0, 3 - rank)], random);
	}
	return [];
}

/** "one in 10", "four in 10": the number at `i` is the base of a share said as a ratio. */
export function isRatioBaseAt(
	tokens: readonly { normal: string; text: string }[],
	i: number
): boolean {
	return (
		tokens[i - 1]?.normal === 'in' && parseWrittenNumber(tokens[i - 2]?.text ?? '') !== undefined
	);
}
