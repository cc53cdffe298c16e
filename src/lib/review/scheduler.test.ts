import { describe, expect, it } from 'vitest';
import { gradeFor, isDue, newCard, Rating, schedule } from './scheduler';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('gradeFor', () => {
	it('rates a wrong answer Again, a right one Good, and a quick right one Easy', () => {
		expect(gradeFor(false, 2)).toBe(Rating.Again);
		expect(gradeFor(true, 12)).toBe(Rating.Good);
		expect(gradeFor(true, 3)).toBe(Rating.Easy);
	});
});

describe('schedule (ts-fsrs)', () => {
	it('brings a missed question back in ten minutes', () => {
		const { card, log } = schedule(newCard(NOW), Rating.Again, NOW);
		expect(card.due - NOW).toBe(10 * MINUTE);
		expect(log.rating).toBe(Rating.Again);
		expect(card.lapses).toBe(0);
		expect(card.reps).toBe(1);
	});

	it('gives Hard fifteen minutes, Good two days and Easy eight days for a new card', () => {
		expect(schedule(newCard(NOW), Rating.Hard, NOW).card.due - NOW).toBe(15 * MINUTE);
		expect(schedule(newCard(NOW), Rating.Good, NOW).card.due - NOW).toBe(2 * DAY);
		expect(schedule(newCard(NOW), Rating.Easy, NOW).card.due - NOW).toBe(8 * DAY);
	});

	it('spaces a card further each time it is remembered, and resets it when forgotten', () => {
		let { card } = schedule(newCard(NOW), Rating.Good, NOW);
		const intervals: number[] = [];
		for (let i = 0; i < 3; i++) {
			const at = card.due;
			card = schedule(card, Rating.Good, at).card;
			intervals.push(card.due - at);
		}
		expect(intervals[1]).toBeGreaterThan(intervals[0]);
		expect(intervals[2]).toBeGreaterThan(intervals[1]);

		const lapse = schedule(card, Rating.Again, card.due).card;
		expect(lapse.lapses).toBe(1);
		expect(lapse.due - card.due).toBe(10 * MINUTE);
	});
});

describe('isDue', () => {
	it('offers cards due now or within the learn-ahead window', () => {
		const missed = schedule(newCard(NOW), Rating.Again, NOW).card;
		expect(isDue(missed, NOW)).toBe(true);
		const known = schedule(newCard(NOW), Rating.Good, NOW).card;
		expect(isDue(known, NOW)).toBe(false);
		expect(isDue(known, NOW + 2 * DAY)).toBe(true);
	});
});
