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
	let digits = value.toFixed(like.decimals);
	if (like.commas) {
		const [whole, fraction] = digits.split('.');
		digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? '.' + fraction : '');
	}
	return like.prefix + digits + like.suffix;
}

/** Rounds to the precision the original was written with, e.g. 4,600 → hundreds. */
function roundLike(value: number, like: WrittenNumber): number {
	if (like.decimals > 0) return Number(value.toFixed(like.decimals));
	const original = Math.round(like.value);
	let step = 1;
	while (original !== 0 && original % (step * 10) === 0 && step < 1e12) step *= 10;
	// Keep a little precision for round numbers so distractors are not all the same.
	if (step > 1 && Math.abs(original) / step < 3) step = Math.max(1, step / 10);
	return Math.round(value / step) * step;
}

const FACTORS = [0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.5, 1.6, 1.75, 2, 2.5];

/**
 * Three other values of the same magnitude and form, some below and some above, so the right answer
 * is neither always the middle one nor the largest.
 */
export function perturbNumber(
	like: WrittenNumber,
	random: Random,
	avoid: ReadonlySet<number>
): number[] {
	const candidates = new Set<number>();
	const value = like.value;
	const isPercent = like.suffix === '%';
	const isWholeSmall = like.decimals === 0 && value <= 12;
	if (isWholeSmall || like.inWords) {
		for (const delta of [-3, -2, -1, 1, 2, 3, 4, 6]) candidates.add(value + delta);
		if (value >= 10) for (const extra of [value * 2, value + 10]) candidates.add(extra);
	} else {
		for (const factor of FACTORS) candidates.add(roundLike(value * factor, like));
	}
	const usable = [...candidates].filter(
		(candidate) =>
			candidate > 0 &&
			candidate !== value &&
			!avoid.has(candidate) &&
			(!isPercent || value >= 100 || candidate < 100) &&
			(!like.inWords || candidate in VALUE_WORDS) &&
			(like.decimals > 0 || Number.isInteger(candidate))
	);
	const below = shuffled(
		usable.filter((candidate) => candidate < value),
		random
	);
	const above = shuffled(
		usable.filter((candidate) => candidate > value),
		random
	);
	// How many of the three sit below the answer: 0 to 3, chosen at random where possible.
	const wantBelow = Math.min(below.length, Math.floor(random() * 4));
	const chosen = [...below.slice(0, wantBelow), ...above.slice(0, 3 - wantBelow)];
	for (const extra of [...below.slice(wantBelow), ...above.slice(3 - wantBelow)]) {
		if (chosen.length >= 3) break;
		chosen.push(extra);
	}
	return chosen.slice(0, 3);
}

/** Years near the right one, never after `latest` (a few years past the article's own last year). */
export function perturbYear(
	year: number,
	random: Random,
	avoid: ReadonlySet<number>,
	latest: number
): number[] {
	const offsets = shuffled([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], random);
	const years: number[] = [];
	for (const offset of offsets) {
		const candidate = year + offset;
		if (avoid.has(candidate) || candidate > latest) continue;
		years.push(candidate);
		if (years.length === 3) break;
	}
	return years;
}
