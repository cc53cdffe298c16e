import type { LiveReport } from '../../src/lib/live/protocol';
import type { LiveSession } from './session';

/** Turns a session into the plain, JSON-safe class report the host's browser stores. */
export function toLiveReport(session: LiveSession): LiveReport {
	const questions = session.quiz.questions.map((question, index) => {
		const tally = session.tally(index)!;
		return {
			id: question.id,
			prompt: question.prompt,
			options: [...question.options],
			answer: question.answer,
			played: tally.played && !session.isSkipped(index),
			counts: [...tally.counts],
			noAnswer: tally.noAnswer
		};
	});
	const students = session.students.map((seat) => ({
		nickname: seat.nickname,
		score: seat.score,
		correct: seat.correct,
		answers: questions.map((q, index) =>
			q.played ? (seat.answers.get(index)?.choice ?? null) : null
		)
	}));
	return {
		v: 1,
		kind: 'live',
		title: session.quiz.title,
		startedAt: session.startedAt,
		endedAt: session.endedAt,
		speedBonus: session.settings.speedBonus,
		questions,
		students
	};
}
