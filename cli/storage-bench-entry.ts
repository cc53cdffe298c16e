// Bundled by cli/bench-storage.ts and run inside Chromium on the app's own origin.
import { Rating } from '$lib/review/scheduler';
import { newAttempt } from '$lib/storage/attempts';
import { transact } from '$lib/storage/db';
import { newCard } from '$lib/review/scheduler';
import { recordAnswer } from '$lib/storage/reviews';
import type { Question } from '$lib/core/quiz';

function questionsFor(quiz: number): Question[] {
	return Array.from({ length: 10 }, (_, i) => ({
		id: `q${i}`,
		kind: 'what',
		prompt: `Question ${i} of quiz ${quiz}: which harbour opened first?`,
		options: ['Aberdeen', 'Bristol', 'Cardiff', 'Dover'],
		answer: i % 4,
		source: { text: 'The harbour at Aberdeen opened first.', start: 0, end: 37 }
	}));
}

/** Seeds `quizzes` quizzes with articles, a half-played attempt each and a card per question. */
async function seed(quizzes: number, now: number): Promise<void> {
	const text = 'The harbour at Aberdeen opened first. '.repeat(60);
	for (let start = 0; start < quizzes; start += 100) {
		await transact(['articles', 'quizzes', 'attempts', 'cards'], (stores) => {
			for (let n = start; n < Math.min(quizzes, start + 100); n++) {
				const quizId = `bench-quiz-${n}`;
				const questions = questionsFor(n);
				stores.articles.put(
					{
						v: 1,
						id: `bench-article-${n}`,
						title: `Article ${n}`,
						text,
						origin: 'paste',
						createdAt: now - n
					},
					`bench-article-${n}`
				);
				stores.quizzes.put(
					{
						v: 1,
						id: quizId,
						articleId: `bench-article-${n}`,
						title: `Harbours ${n}`,
						questions,
						createdAt: now - n,
						updatedAt: now - n
					},
					quizId
				);
				const attempt = newAttempt(quizId, now - n);
				for (const q of questions.slice(0, 5))
					attempt.answers[q.id] = { choice: 0, correct: q.answer === 0, at: now - n };
				attempt.current = 5;
				stores.attempts.put(attempt, attempt.id);
				for (const [i, q] of questions.entries()) {
					// One card in ten is due, so the review queue has work: 1,000 due of 10,000.
					const card = newCard(i === 0 ? now - 60_000 : now + (i + 1) * 86_400_000);
					const id = `${quizId}/${q.id}`;
					stores.cards.put(
						{ v: 1, id, quizId, questionId: q.id, due: card.due, card, createdAt: now },
						id
					);
				}
			}
		});
	}
}

/** Times `count` answers recorded one after another (attempt + card + log in one transaction). */
async function timeAnswers(count: number): Promise<number[]> {
	const times: number[] = [];
	for (let n = 0; n < count; n++) {
		const attempt = newAttempt(`bench-quiz-${n % 1000}`);
		const started = performance.now();
		await recordAnswer(attempt, 'q7', { choice: 1, correct: false, at: Date.now() }, Rating.Again);
		times.push(performance.now() - started);
	}
	return times;
}

(globalThis as unknown as { factdeckBench: unknown }).factdeckBench = { seed, timeAnswers };
