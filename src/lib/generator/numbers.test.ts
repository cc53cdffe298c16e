import { describe, it, expect } from 'vitest';
import { formatWrittenNumber, parseWrittenNumber, perturbNumber, perturbYear } from './numbers';
import { createRandom } from './random';

describe('numbers keep their written form', () => {
	it.each([
		['£1,400', 1400],
		['4.5bn', 4.5],
		['45%', 45],
		['nine', 9],
		['$27bn', 27],
		['12,000', 12000]
	])('reads %s', (text, value) => {
		expect(parseWrittenNumber(text)?.value).toBe(value);
	});

	it('does not read decades or words that are not numbers', () => {
		expect(parseWrittenNumber('1990s')).toBeUndefined();
		expect(parseWrittenNumber('several')).toBeUndefined();
	});

	it('writes distractors in the same form: currency, commas, decimals, suffix, words', () => {
		for (const [text, pattern] of [
			['£1,400', /^£\d{1,3}(,\d{3})*$/],
			['4.5bn', /^\d+\.\dbn$/],
			['45%', /^\d+%$/],
			['nine', /^[a-z]+$/],
			['Nine', /^[A-Z][a-z]+$/]
		] as const) {
			const written = parseWrittenNumber(text)!;
			const values = perturbNumber(written, createRandom(3), new Set());
			expect(values).toHaveLength(3);
			for (const value of values) expect(formatWrittenNumber(value, written)).toMatch(pattern);
		}
	});

	it('keeps magnitude and plausibility: no zero, no percentage above 100', () => {
		for (let seed = 0; seed < 20; seed++) {
			const percent = parseWrittenNumber('95%')!;
			for (const value of perturbNumber(percent, createRandom(seed), new Set())) {
				expect(value).toBeGreaterThan(0);
				expect(value).toBeLessThanOrEqual(100);
			}
			const thousands = parseWrittenNumber('4,600')!;
			for (const value of perturbNumber(thousands, createRandom(seed), new Set())) {
				expect(value).toBeGreaterThanOrEqual(1000);
				expect(value).toBeLessThan(20000);
			}
		}
	});

	it('puts the right number sometimes below, sometimes above the distractors', () => {
		const written = parseWrittenNumber('4,600')!;
		const ranks = new Set<number>();
		for (let seed = 0; seed < 30; seed++) {
			const values = perturbNumber(written, createRandom(seed), new Set());
			ranks.add(values.filter((value) => value < 4600).length);
		}
		expect(ranks.size).toBeGreaterThanOrEqual(3);
	});

	it('skips no step beside the answer: "nine" with eight ruled out gets no "five, six, seven"', () => {
		const written = parseWrittenNumber('nine')!;
		for (let seed = 0; seed < 20; seed++) {
			const values = [9, ...perturbNumber(written, createRandom(seed), new Set([8]))].sort(
				(a, b) => a - b
			);
			const gaps = values.slice(1).map((next, i) => next - values[i]);
			expect(new Set(gaps).size).toBe(1);
		}
	});

	it('steps a round number in words through round ones: "ten" among five, fifteen or twenty', () => {
		for (const [word, value] of [
			['ten', 10],
			['twenty', 20]
		] as const) {
			const written = parseWrittenNumber(word)!;
			for (let seed = 0; seed < 20; seed++)
				for (const other of perturbNumber(written, createRandom(seed), new Set([value])))
					expect(other % 5, `${word}: ${other}`).toBe(0);
		}
	});

	it('keeps a figure round to ten steps as round: "£10" among £5, £15 or £20, not £8 and £12', () => {
		for (const text of ['£10', '1,000', '10%']) {
			const written = parseWrittenNumber(text)!;
			const roundness = written.value / 2;
			for (let seed = 0; seed < 20; seed++)
				for (const other of perturbNumber(written, createRandom(seed), new Set()))
					expect(other % roundness, `${text}: ${other}`).toBe(0);
		}
		// Fives are round too: "30" may stand among 25 and 35.
		const thirty = parseWrittenNumber('30')!;
		const options = Array.from({ length: 20 }, (_, seed) =>
			perturbNumber(thirty, createRandom(seed), new Set())
		).flat();
		expect(options.some((value) => value % 10 === 5)).toBe(true);
	});

	it('never offers a number the sentence itself holds', () => {
		const written = parseWrittenNumber('6')!;
		const avoid = new Set([5, 7]);
		for (let seed = 0; seed < 10; seed++) {
			for (const value of perturbNumber(written, createRandom(seed), avoid))
				expect(avoid.has(value)).toBe(false);
		}
	});

	it('keeps years near the right one and not after the latest allowed', () => {
		const years = perturbYear(2019, createRandom(1), new Set([2018]), 2021);
		expect(years).toHaveLength(3);
		for (const year of years) {
			expect(Math.abs(year - 2019)).toBeLessThanOrEqual(6);
			expect(year).toBeLessThanOrEqual(2021);
			expect(year).not.toBe(2018);
		}
	});
});

/** The wrong options `perturbNumber` gives for `written` under seeds 1…`seeds`, one list per seed. */
function optionsOverSeeds(
	written: string,
	seeds: number,
	rounded = false,
	limits: Parameters<typeof perturbNumber>[5] = {}
): number[][] {
	const like = parseWrittenNumber(written)!;
	return Array.from({ length: seeds }, (_, seed) =>
		perturbNumber(like, createRandom(seed + 1), new Set(), 'either', rounded, limits)
	);
}

describe('wrong options for a rounded figure', () => {
	it('are as round as the answer and near it: "about £400" gets hundreds, never "about £1,000"', () => {
		for (const values of optionsOverSeeds('£400', 20, true)) {
			expect(values).toHaveLength(3);
			for (const value of values) {
				expect(value % 100).toBe(0);
				expect(Math.abs(value - 400)).toBeLessThanOrEqual(300);
			}
		}
	});

	it('step in fives from a figure rounded to five: "about £15" never among "about £17"', () => {
		for (const values of optionsOverSeeds('£15', 20, true)) {
			expect(values).toHaveLength(3);
			for (const value of values) expect(value % 5).toBe(0);
		}
		for (const value of optionsOverSeeds('250', 20, true).flat()) expect(value % 50).toBe(0);
	});

	it('keep the answer\'s roundness: "about 3,000" gets thousands, not "about 2,500"', () => {
		for (const value of optionsOverSeeds('3,000', 20, true).flat()) expect(value % 1000).toBe(0);
	});

	it('keep a precise figure\'s own roundness: "826,000" gets thousands, never "659,900"', () => {
		for (const value of optionsOverSeeds('826,000', 20).flat()) expect(value % 1000).toBe(0);
	});

	it('write thousands with a comma even when the answer had none to show', () => {
		expect(formatWrittenNumber(1000, parseWrittenNumber('£400')!)).toBe('£1,000');
		expect(formatWrittenNumber(900, parseWrittenNumber('£400')!)).toBe('£900');
	});

	it('leave ten among steps of five, not the one round number among 11, 12 and 13 or 8 and 12', () => {
		for (const value of optionsOverSeeds('10', 10).flat()) expect(value % 5).toBe(0);
	});
});

describe('wrong options for a figure with a scale', () => {
	it('write a whole number whole: "£1m" beside "£1.2m", never "£1.0m"', () => {
		expect(formatWrittenNumber(1, parseWrittenNumber('£1.2m')!)).toBe('£1m');
		expect(formatWrittenNumber(1.4, parseWrittenNumber('£1.2m')!)).toBe('£1.4m');
	});

	it('stay at one or more when asked to: never "0.8 million"', () => {
		for (const value of optionsOverSeeds('1.2', 20, false, { floor: 1 }).flat())
			expect(value).toBeGreaterThanOrEqual(1);
	});
});

describe('wrong options for a small rounded figure', () => {
	it('keep something below it: "about £10bn" gets fives, so the answer is not always the lowest', () => {
		const all = optionsOverSeeds('£10bn', 12, true);
		for (const values of all) expect(values).toHaveLength(3);
		expect(all.flat()).toContain(5);
	});
});

describe('wrong options of the same length as the answer', () => {
	it('never leave the answer the only figure of its length: "97,000" is not alone among six-digit ones', () => {
		for (const values of optionsOverSeeds('97,000', 30)) {
			expect(values).toHaveLength(3);
			expect(values.some((value) => value < 100_000)).toBe(true);
		}
	});
});

describe('wrong options for a figure given to thousandths', () => {
	it('are in tenths around it: "scored 9.712" beside 9.612, never 3.712', () => {
		for (const values of optionsOverSeeds('9.712', 20))
			for (const value of values) expect(Math.abs(value - 9.712)).toBeLessThan(1);
	});
});

describe('wrong options on a finer grid when asked for one', () => {
	it("keep to steps no larger than the largest allowed, at the answer's precision", () => {
		for (const values of optionsOverSeeds('£41.3', 20, false, { ceiling: 43.9, maxStep: 1.3 })) {
			expect(values).toHaveLength(3);
			for (const value of values) {
				expect(Math.abs(value - 41.3)).toBeLessThanOrEqual(3.0001);
				expect(value).toBeLessThan(43.9);
			}
		}
	});

	it('stay as round as a rounded answer: "about 8,000" in thousands even under a step of 600', () => {
		for (const value of optionsOverSeeds('8,000', 20, true, { maxStep: 600 }).flat())
			expect(value % 1000).toBe(0);
	});
});

describe('wrong options for a share or a measured distance', () => {
	/** The farthest any wrong option stands from the answer over twelve seeds, as a share of it. */
	const widestShare = (answer: string) => {
		const written = parseWrittenNumber(answer)!;
		let widest = 0;
		for (let seed = 0; seed < 12; seed++) {
			const values = perturbNumber(written, createRandom(seed), new Set());
			expect(values).toHaveLength(3);
			for (const wrong of values)
				widest = Math.max(widest, Math.abs(wrong - written.value) / written.value);
		}
		return widest;
	};

	it('stay within two fifths of the answer: no 24% beside a turnout of 84%, no 36.14m throw', () => {
		expect(widestShare('84%')).toBeLessThanOrEqual(0.4);
		expect(widestShare('76.14m')).toBeLessThanOrEqual(0.4);
	});

	it('keeps a mark measured to hundredths within a sixth of itself: no 9.90m beside a 7.90m jump (fresh254)', () => {
		expect(widestShare('7.90m')).toBeLessThanOrEqual(1 / 6);
		expect(widestShare('63.18')).toBeLessThanOrEqual(1 / 6);
	});

	it('keeps a fifth of the answer as the step for a small share: 12% among 6%, 8% and 10%', () => {
		const steps = new Set<number>();
		for (let seed = 0; seed < 12; seed++)
			for (const wrong of perturbNumber(parseWrittenNumber('12%')!, createRandom(seed), new Set()))
				steps.add(Math.abs(wrong - 12) % 2);
		expect([...steps]).toEqual([0]);
	});
});
