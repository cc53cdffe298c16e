import { describe, expect, it } from 'vitest';
import { reviewStats, startOfDay } from './stats';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 2, 10, 15, 0).getTime();
const today = startOfDay(NOW);

describe('reviewStats', () => {
	it('counts cards due today (overdue included) and on each of the next seven days', () => {
		const due = [NOW - 3 * DAY, NOW + HOUR, today + DAY + HOUR, today + 2 * DAY, today + 9 * DAY];
		const stats = reviewStats([], due, NOW);
		expect(stats.dueToday).toBe(2);
		expect(stats.dueNextDays).toEqual([1, 1, 0, 0, 0, 0, 0]);
	});

	it('gives the reviews done and the share answered right', () => {
		const events = [
			{ reviewedAt: NOW - HOUR, correct: true },
			{ reviewedAt: NOW - 2 * HOUR, correct: false },
			{ reviewedAt: NOW - DAY, correct: true },
			{ reviewedAt: NOW - DAY, correct: true }
		];
		const stats = reviewStats(events, [], NOW);
		expect(stats.reviewsDone).toBe(4);
		expect(stats.recallRate).toBe(0.75);
	});

	it('has no recall rate before the first review', () => {
		expect(reviewStats([], [], NOW).recallRate).toBeUndefined();
	});

	it('counts the streak of days in a row, kept alive until today ends', () => {
		const on = (daysAgo: number) => ({
			reviewedAt: today - daysAgo * DAY + 10 * HOUR,
			correct: true
		});
		expect(reviewStats([on(0), on(1), on(2), on(4)], [], NOW).streakDays).toBe(3);
		// Nothing yet today: yesterday's streak still stands.
		expect(reviewStats([on(1), on(2)], [], NOW).streakDays).toBe(2);
		expect(reviewStats([on(2), on(3)], [], NOW).streakDays).toBe(0);
	});
});
