import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { Rating } from '$lib/review/scheduler';
import { getLatestAttempt, newAttempt } from './attempts';
import { InvalidQuizEditError, cardKey, newQuestionId, updateQuiz } from './quiz-edits';
import { createQuiz, getQuiz } from './quizzes';
import { cardId, cardsOfQuiz, recordAnswer, reviewLogs } from './reviews';
import { freshDatabase } from './test-db';

function question(id: string, prompt: string, options: string[], answer = 0): Question {
	return {
		id,
		kind: 'what',
		prompt,
		options,
		answer,
		source: { text: `${prompt} (source)`, start: 0, end: prompt.length + 9 }
	};
}

const kettle = question('k1', 'What does the kettle boil?', ['Water', 'Sand', 'Glass', 'Stone']);
const bell = question(
	'k2',
	'What rings at noon?',
	['The bell', 'The drum', 'The horn', 'The gong'],
	2
);
const lamp = question('k3', 'What lights the hall?', ['A lamp', 'A stove', 'A fan', 'A clock'], 1);

async function storedQuiz() {
	return createQuiz({
		title: 'Household things',
		text: 'The kettle boils water. The bell rings at noon. A lamp lights the hall.',
		origin: 'paste',
		questions: [kettle, bell, lamp]
	});
}

beforeEach(freshDatabase);

describe('updateQuiz', () => {
	it('stores a new title, changed questions and their new order', async () => {
		const quiz = await storedQuiz();
		const changed = { ...bell, prompt: 'What rings at midday?', answer: 1 };
		const saved = await updateQuiz(
			quiz.id,
			{ title: 'Around the house', questions: [lamp, changed] },
			5_000
		);
		const stored = await getQuiz(quiz.id);
		expect(stored).toEqual(saved);
		expect(stored?.title).toBe('Around the house');
		expect(stored?.questions.map((q) => q.id)).toEqual(['k3', 'k2']);
		expect(stored?.questions[1]).toMatchObject({ prompt: 'What rings at midday?', answer: 1 });
		expect(stored?.updatedAt).toBe(5_000);
		expect(stored?.createdAt).toBe(quiz.createdAt);
	});

	it('deletes the review card of a dropped question and keeps the others and the history', async () => {
		const quiz = await storedQuiz();
		let attempt = newAttempt(quiz.id);
		for (const q of [kettle, bell]) {
			const saved = await recordAnswer(
				attempt,
				q.id,
				{ choice: 0, correct: true, at: 1 },
				Rating.Good
			);
			attempt = saved!.attempt;
		}
		await updateQuiz(quiz.id, { title: quiz.title, questions: [bell, lamp] });
		const cards = await cardsOfQuiz(quiz.id);
		expect(cards.map((c) => c.questionId)).toEqual(['k2']);
		// The attempt keeps its answers (keyed by id) and the review log keeps its history.
		expect(Object.keys((await getLatestAttempt(quiz.id))!.answers).sort()).toEqual(['k1', 'k2']);
		expect((await reviewLogs()).filter((log) => log.questionId === 'k1')).toHaveLength(1);
	});

	it('stores a question written by hand with a new id and no source sentence', async () => {
		const quiz = await storedQuiz();
		const added: Question = {
			id: newQuestionId(),
			kind: 'what',
			prompt: 'What keeps the milk cold?',
			options: ['The fridge', 'The oven', 'The sink', 'The shelf'],
			answer: 0,
			source: { text: '', start: 0, end: 0 }
		};
		await updateQuiz(quiz.id, { title: quiz.title, questions: [kettle, bell, lamp, added] });
		const stored = await getQuiz(quiz.id);
		expect(stored?.questions).toHaveLength(4);
		expect(stored?.questions[3]).toEqual(added);
		expect(new Set(stored?.questions.map((q) => q.id)).size).toBe(4);
	});

	it('refuses an invalid quiz and leaves the stored one as it was', async () => {
		const quiz = await storedQuiz();
		const duplicate = { ...kettle, options: ['Water', 'water', 'Glass', 'Stone'] };
		const empty = { ...kettle, options: ['Water', ' ', 'Glass', 'Stone'] };
		const noPrompt = { ...kettle, prompt: '  ' };
		for (const bad of [duplicate, empty, noPrompt]) {
			await expect(
				updateQuiz(quiz.id, { title: quiz.title, questions: [bad, bell] })
			).rejects.toBeInstanceOf(InvalidQuizEditError);
		}
		await expect(updateQuiz(quiz.id, { title: '', questions: [kettle] })).rejects.toBeInstanceOf(
			InvalidQuizEditError
		);
		await expect(updateQuiz(quiz.id, { title: 'T', questions: [] })).rejects.toBeInstanceOf(
			InvalidQuizEditError
		);
		await expect(
			updateQuiz(quiz.id, { title: 'T', questions: [kettle, { ...bell, id: 'k1' }] })
		).rejects.toBeInstanceOf(InvalidQuizEditError);
		expect((await getQuiz(quiz.id))?.questions).toEqual([kettle, bell, lamp]);
	});

	it('resolves to undefined for a quiz that is gone', async () => {
		expect(await updateQuiz('q_missing', { title: 'T', questions: [kettle] })).toBeUndefined();
		expect(await getQuiz('q_missing')).toBeUndefined();
	});

	it('builds card keys as the review store does', () => {
		expect(cardKey('q_1', 'h_2')).toBe(cardId('q_1', 'h_2'));
	});
});
