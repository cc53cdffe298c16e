import { decodeQuizLink, encodeResult, quizFingerprint, cleanName } from '$lib/share';
import { getClassName, saveJoinedQuiz, setClassName } from '$lib/storage/reports';
import { QuizPlayer } from './quiz-player.svelte';

type Status = 'opening' | 'invalid' | 'name' | 'playing' | 'done' | 'error';

/**
 * A student's side of a class run without a network: open the quiz carried in a share link, save
 * it in the library (once), ask for a name, play it, and show the result code to hand back.
 * Playing is the ordinary QuizPlayer, so every answer is saved as it is given and a reload (which
 * keeps the link and so reopens the same quiz) continues at the same question.
 */
export class ClassPlayer {
	readonly player = new QuizPlayer();
	status = $state<Status>('opening');
	/** Why the link could not be opened, or what went wrong while saving. */
	message = $state('');
	name = $state('');
	/** True when this visit added the quiz to the library (not on a reload or second visit). */
	saved = $state(false);
	#fingerprint = '';

	/** The result code once the quiz is finished. */
	resultCode = $derived.by(() => {
		const { quiz, attempt } = this.player;
		if (this.status !== 'done' || !quiz || !attempt || !this.name) return '';
		return encodeResult({
			fingerprint: this.#fingerprint,
			name: this.name,
			choices: quiz.questions.map((q) => attempt.answers[q.id]?.choice ?? null)
		});
	});

	/** Opens the quiz in a share link (the whole address, or its `#q=…` part). */
	async open(link: string): Promise<void> {
		this.status = 'opening';
		this.message = '';
		const opened = decodeQuizLink(link);
		if (!opened.ok) {
			this.message = opened.message;
			this.status = 'invalid';
			return;
		}
		const { title, questions } = opened.quiz;
		this.#fingerprint = quizFingerprint(opened.quiz);
		try {
			const joined = await saveJoinedQuiz(this.#fingerprint, {
				title,
				// The link carries the quiz, not the article: keep the sentences it has, if any.
				text: questions
					.map((q) => q.source.text)
					.filter((sentence, i, all) => sentence && all.indexOf(sentence) === i)
					.join(' '),
				origin: 'share',
				questions
			});
			this.saved = joined.created;
			await this.player.load(joined.quiz.id);
			if (this.player.status !== 'ready') throw new Error(this.player.error || 'not found');
			this.name = (await getClassName(joined.quiz.id)) ?? '';
		} catch (error) {
			this.message = error instanceof Error ? error.message : String(error);
			this.status = 'error';
			return;
		}
		this.status = !this.name ? 'name' : this.player.attempt?.finishedAt ? 'done' : 'playing';
	}

	/** Keeps the name (cleaned as the result code will carry it); returns an error or ''. */
	async setName(raw: string): Promise<string> {
		const name = cleanName(raw);
		const quiz = this.player.quiz;
		if (!name) return 'Type your name or a nickname.';
		if (!quiz) return 'The quiz is not open.';
		try {
			await setClassName(quiz.id, name);
		} catch (error) {
			return error instanceof Error ? error.message : String(error);
		}
		this.name = name;
		this.status = this.player.attempt?.finishedAt ? 'done' : 'playing';
		return '';
	}

	async choose(index: number): Promise<void> {
		await this.player.choose(index);
	}

	/** Moves to the next question, or to the result after the last one. */
	async next(): Promise<void> {
		if (await this.player.next()) this.status = 'done';
	}
}
