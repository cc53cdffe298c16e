import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/core/quiz';
import { createQuiz, getQuiz } from '$lib/storage/quizzes';
import { freshDatabase } from '$lib/storage/test-db';
import { QuizEditor, problemsOf } from './quiz-editor.svelte';

function question(id: string, prompt: string, options: string[]): Question {
	return { id, kind: 'what', prompt, options, answer: 0, source: { text: '', start: 0, end: 0 } };
}

const owl = question('o1', 'Which bird hoots at night?', [
	'The owl',
	'The crow',
	'The wren',
	'The gull'
]);
const fox = question('o2', 'Which animal has a bushy tail?', [
	'The fox',
	'The eel',
	'The toad',
	'The crab'
]);

async function openEditor() {
	const quiz = await createQuiz({
		title: 'Woodland',
		text: '',
		origin: 'file',
		questions: [owl, fox]
	});
	const editor = new QuizEditor();
	await editor.load(quiz.id);
	return { editor, id: quiz.id };
}

beforeEach(freshDatabase);

describe('problemsOf', () => {
	it('names each problem in words, and none for a good question', () => {
		expect(problemsOf(owl)).toEqual([]);
		expect(
			problemsOf({ ...owl, prompt: ' ', options: ['The owl', '', 'the OWL', 'The gull'] })
		).toEqual([
			'The question text is empty.',
			'Option B is empty.',
			'Options A and C are the same.'
		]);
	});
});

describe('QuizEditor', () => {
	it('saves a valid edit, keeps the last valid version of an invalid one', async () => {
		const { editor, id } = await openEditor();
		editor.setPrompt('o1', 'Which bird hoots after dark?');
		editor.setAnswer('o1', 2);
		await editor.flush();
		expect((await getQuiz(id))?.questions[0]).toMatchObject({
			prompt: 'Which bird hoots after dark?',
			answer: 2
		});

		editor.setOption('o1', 1, '');
		editor.setPrompt('o1', 'Not to be stored?');
		editor.setTitle('Woods at night');
		await editor.flush();
		expect(editor.problemsFor('o1')).toEqual(['Option B is empty.']);
		expect(editor.savedText).toBe('All changes saved, except one that needs fixing.');
		const stored = await getQuiz(id);
		expect(stored?.title).toBe('Woods at night');
		expect(stored?.questions[0].prompt).toBe('Which bird hoots after dark?');
		expect(stored?.questions[0].options[1]).toBe('The crow');
	});

	it('stores moves and drops at once, and a hand-written question once it is complete', async () => {
		const { editor, id } = await openEditor();
		expect(editor.move(0, 1)).toBe(1);
		await editor.flush();
		expect((await getQuiz(id))?.questions.map((q) => q.id)).toEqual(['o2', 'o1']);

		const added = editor.add();
		await editor.flush();
		expect((await getQuiz(id))?.questions).toHaveLength(2);
		editor.setPrompt(added.id, 'Which tree drops acorns?');
		['The oak', 'The pine', 'The palm', 'The birch'].forEach((text, i) =>
			editor.setOption(added.id, i, text)
		);
		expect(editor.remove(0)).toBe(true);
		await editor.flush();
		const stored = await getQuiz(id);
		expect(stored?.questions.map((q) => q.prompt)).toEqual([
			owl.prompt,
			'Which tree drops acorns?'
		]);
		expect(stored?.questions[1].source).toEqual({ text: '', start: 0, end: 0 });
	});

	it('keeps typing not yet written when the quiz it holds is opened again', async () => {
		const { editor, id } = await openEditor();
		editor.setOption('o1', 2, 'The robin');
		await editor.load(id);
		expect(editor.drafts[0].options[2]).toBe('The robin');
		await editor.flush();
		expect((await getQuiz(id))?.questions[0].options[2]).toBe('The robin');
	});

	it('never drops the last question', async () => {
		const { editor, id } = await openEditor();
		expect(editor.remove(0)).toBe(true);
		expect(editor.remove(0)).toBe(false);
		await editor.flush();
		expect((await getQuiz(id))?.questions).toHaveLength(1);
	});
});
