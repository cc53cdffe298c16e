import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { Rating } from '$lib/review/scheduler';
import { getLatestAttempt, newAttempt } from './attempts';
import { createQuiz } from './quizzes';
import { cardsOfQuiz, recordAnswer, recordReview, regrade, reviewLogs } from './reviews';
import { countDue, dueCards } from './due';
import { freshDatabase } from './test-db';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = Date.UTC(2026, 4, 1, 8, 0);

function question(id: string): Question {
	return {
		id,
		kind: 'what',
		prompt: `What is ${id}?`,
		options: ['one', 'two', 'three', 'four'],
		answer: 0,
		source: { text: 'One is one.', start: 0, end: 11 }
	};
}

async function quizWith(...ids: string[]) {
	return createQuiz({
		title: 'T',
		text: 'One is one. Two is two. Three is three.',
		origin: 'paste',
		questions: ids.map(question)
	});
}

beforeEach(freshDatabase);

describe('recordAnswer', () => {
	it('stores the answer, a scheduled card and a review log together', async () => {
		const quiz = await quizWith('q1');
		const attempt = newAttempt(quiz.id, NOW);
		const saved = await recordAnswer(
			attempt,
			'q1',
			{ choice: 2, correct: false, at: NOW },
			Rating.Again
		);
		expect(saved?.attempt.answers.q1).toEqual({ choice: 2, correct: false, at: NOW });
		const [card] = await cardsOfQuiz(quiz.id);
		expect(card.due).toBe(NOW + 10 * MINUTE);
		expect(card.card.reps).toBe(1);
		const logs = await reviewLogs();
		expect(logs).toHaveLength(1);
		expect(logs[0]).toMatchObject({
			origin: 'play',
			correct: false,
			log: { rating: Rating.Again }
		});
	});

	it('keeps the first answer when two tabs answer the same question', async () => {
		const quiz = await quizWith('q1');
		const attempt = newAttempt(quiz.id, NOW);
		await recordAnswer(attempt, 'q1', { choice: 0, correct: true, at: NOW }, Rating.Good);
		const second = await recordAnswer(
			attempt,
			'q1',
			{ choice: 3, correct: false, at: NOW + 1 },
			Rating.Again
		);
		expect(second).toBeUndefined();
		expect((await getLatestAttempt(quiz.id))?.answers.q1.choice).toBe(0);
		expect(await reviewLogs()).toHaveLength(1);
	});

	it('keeps answers given to different questions from two stale copies of the attempt', async () => {
		const quiz = await quizWith('q1', 'q2');
		const attempt = newAttempt(quiz.id, NOW);
		// Both tabs hold the attempt as it was before either answered.
		await recordAnswer(attempt, 'q1', { choice: 0, correct: true, at: NOW }, Rating.Good);
		await recordAnswer(attempt, 'q2', { choice: 1, correct: false, at: NOW }, Rating.Again);
		const stored = await getLatestAttempt(quiz.id);
		expect(Object.keys(stored?.answers ?? {}).sort()).toEqual(['q1', 'q2']);
	});
});

describe('due cards', () => {
	it('offers missed questions now and known ones when they fall due', async () => {
		const quiz = await quizWith('q1', 'q2');
		const attempt = newAttempt(quiz.id, NOW);
		await recordAnswer(attempt, 'q1', { choice: 1, correct: false, at: NOW }, Rating.Again);
		await recordAnswer(attempt, 'q2', { choice: 0, correct: true, at: NOW }, Rating.Good);

		expect(await countDue(NOW)).toBe(1);
		expect((await dueCards(NOW)).map((c) => c.questionId)).toEqual(['q1']);
		expect(await countDue(NOW + 2 * DAY)).toBe(2);
	});

	it('reschedules a card reviewed right further out', async () => {
		const quiz = await quizWith('q1');
		await recordAnswer(
			newAttempt(quiz.id, NOW),
			'q1',
			{ choice: 1, correct: false, at: NOW },
			Rating.Again
		);
		await recordReview(quiz.id, 'q1', 0, true, Rating.Good, NOW + 10 * MINUTE);
		expect(await countDue(NOW + 10 * MINUTE)).toBe(0);
		const logs = await reviewLogs();
		expect(logs.map((l) => l.origin).sort()).toEqual(['play', 'review']);
	});
});

describe('regrade', () => {
	it('applies "I guessed" from the card the review started from', async () => {
		const quiz = await quizWith('q1');
		const saved = await recordAnswer(
			newAttempt(quiz.id, NOW),
			'q1',
			{ choice: 0, correct: true, at: NOW },
			Rating.Easy
		);
		expect((await cardsOfQuiz(quiz.id))[0].due).toBe(NOW + 8 * DAY);
		await regrade(saved!.log.id, Rating.Hard);
		const [card] = await cardsOfQuiz(quiz.id);
		expect(card.due).toBe(NOW + 15 * MINUTE);
		expect(card.card.reps).toBe(1);
		expect((await reviewLogs())[0].log.rating).toBe(Rating.Hard);
	});
});
