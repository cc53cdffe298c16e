/** The small stats view: what is due, what was done, how well it is remembered, and the streak. */

export interface ReviewEvent {
	reviewedAt: number;
	correct: boolean;
}

export interface ReviewStats {
	dueToday: number;
	/** Cards falling due on each of the next 7 days, tomorrow first. */
	dueNextDays: number[];
	reviewsDone: number;
	/** Share of reviews answered right, 0..1; undefined before the first review. */
	recallRate: number | undefined;
	/** Days in a row, up to today (or yesterday, if today has none yet), with at least one review. */
	streakDays: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Local midnight of the day `ms` falls on. */
export function startOfDay(ms: number): number {
	const date = new Date(ms);
	date.setHours(0, 0, 0, 0);
	return date.getTime();
}

function addDays(dayStart: number, days: number): number {
	const date = new Date(dayStart);
	date.setDate(date.getDate() + days);
	return date.getTime();
}

export function reviewStats(events: ReviewEvent[], dueDates: number[], now: number): ReviewStats {
	const today = startOfDay(now);
	const tomorrow = addDays(today, 1);
	const dueNextDays = Array.from({ length: 7 }, () => 0);
	let dueToday = 0;
	for (const due of dueDates) {
		if (due < tomorrow) {
			dueToday++;
			continue;
		}
		const dayIndex = Math.round((startOfDay(due) - tomorrow) / DAY);
		if (dayIndex < 7) dueNextDays[dayIndex]++;
	}

	const correct = events.filter((e) => e.correct).length;
	const days = new Set(events.map((e) => startOfDay(e.reviewedAt)));
	let day = days.has(today) ? today : addDays(today, -1);
	let streakDays = 0;
	while (days.has(day)) {
		streakDays++;
		day = addDays(day, -1);
	}

	return {
		dueToday,
		dueNextDays,
		reviewsDone: events.length,
		recallRate: events.length > 0 ? correct / events.length : undefined,
		streakDays
	};
}

/** Short names of the next `count` days, tomorrow first, in the reader's language. */
export function nextDayNames(now: number, count = 7): string[] {
	return Array.from({ length: count }, (_, i) =>
		new Date(addDays(startOfDay(now), i + 1)).toLocaleDateString(undefined, { weekday: 'short' })
	);
}
