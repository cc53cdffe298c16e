import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	type Card,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';
import { LEARN_AHEAD_MS } from './due-window';

/**
 * Spaced repetition through ts-fsrs. Cards and logs are stored with times as epoch milliseconds so
 * they index, compare and survive a JSON backup without Date conversions.
 *
 * The rating follows from the answer: wrong → Again; right → Good; right within QUICK_SECONDS →
 * Easy ("quick and sure"). After a right answer one tap on "I guessed" turns it into Hard.
 */

export const QUICK_SECONDS = 5;

export { Rating };
export type { Grade };

export interface StoredCard {
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review?: number;
}

export interface StoredReviewLog {
	rating: number;
	state: number;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	review: number;
}

// A missed question comes back after ten minutes (again in the same sitting); a known one in days.
// Fuzz is off so a schedule can be checked exactly and is the same on every device.
const scheduler = fsrs(
	generatorParameters({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] })
);

function toStored(card: Card): StoredCard {
	const { due, last_review, ...rest } = card;
	return {
		...rest,
		due: due.getTime(),
		...(last_review ? { last_review: last_review.getTime() } : {})
	};
}

function fromStored(card: StoredCard): Card {
	const { due, last_review, ...rest } = card;
	return {
		...rest,
		due: new Date(due),
		...(last_review !== undefined ? { last_review: new Date(last_review) } : {})
	};
}

function logToStored(log: ReviewLog): StoredReviewLog {
	return { ...log, due: log.due.getTime(), review: log.review.getTime() };
}

export function newCard(now: number): StoredCard {
	return toStored(createEmptyCard(new Date(now)));
}

export function schedule(
	card: StoredCard,
	grade: Grade,
	now: number
): { card: StoredCard; log: StoredReviewLog } {
	const next = scheduler.next(fromStored(card), new Date(now), grade);
	return { card: toStored(next.card), log: logToStored(next.log) };
}

export function gradeFor(correct: boolean, seconds: number): Grade {
	if (!correct) return Rating.Again;
	return seconds <= QUICK_SECONDS ? Rating.Easy : Rating.Good;
}

export function isDue(card: StoredCard, now: number): boolean {
	return card.due <= now + LEARN_AHEAD_MS;
}

export const RATING_NAMES: Record<number, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy'
};
