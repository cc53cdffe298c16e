import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuiz, getQuiz } from '$lib/storage/quizzes';
import { freshDatabase } from '$lib/storage/test-db';
import * as quizEdits from '$lib/storage/quiz-edits';
import { QuizEditor } from './quiz-editor.svelte';

vi.mock('$lib/storage/quiz-edits', async (original) => {
	const actual = await original<typeof import('$lib/storage/quiz-edits')>();
	return { ...actual, updateQuiz: vi.fn(actual.updateQuiz) };
});

beforeEach(freshDatabase);

describe('QuizEditor when a save fails', () => {
	it('says the change is not saved, and saves it on the next change that works', async () => {
		const quiz = await createQuiz({
			title: 'Woodland',
			text: '',
			origin: 'file',
			questions: [
				{
					id: 'o1',
					kind: 'what',
					prompt: 'Which bird hoots at night?',
					options: ['The owl', 'The crow', 'The wren', 'The gull'],
					answer: 0,
					source: { text: '', start: 0, end: 0 }
				}
			]
		});
		const editor = new QuizEditor();
		await editor.load(quiz.id);
		vi.mocked(quizEdits.updateQuiz).mockRejectedValueOnce(new Error('The disk is full.'));

		editor.setPrompt('o1', 'Which bird hoots after dark?');
		await editor.flush();
		expect(editor.error).toBe('The disk is full.');
		expect(editor.savedText).toBe('Changes not saved.');
		expect((await getQuiz(quiz.id))?.questions[0].prompt).toBe('Which bird hoots at night?');

		editor.setAnswer('o1', 1);
		await editor.flush();
		expect(editor.error).toBe('');
		expect(editor.savedText).toBe('All changes saved.');
		expect((await getQuiz(quiz.id))?.questions[0]).toMatchObject({
			prompt: 'Which bird hoots after dark?',
			answer: 1
		});
	});
});
