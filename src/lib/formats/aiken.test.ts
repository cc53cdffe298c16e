import { describe, expect, it } from 'vitest';
import type { PortableQuiz } from '../core/schemas';
import { exportAiken } from './aiken';
import { plainQuiz, trickyQuiz } from './fixtures.test-data';
import { foldLines } from './text';

/**
 * Reads Aiken the way Moodle's importer does (line by line: a capital letter with "." or ")" starts
 * an option, "ANSWER:" ends a question, any other line starts a new question).
 */
function readLikeMoodle(text: string) {
	const questions: { prompt: string; options: string[]; answer: number }[] = [];
	let current: { prompt: string; options: string[] } | undefined;
	for (const raw of text.split(/\r?\n|\r/)) {
		const line = raw.trim();
		if (line.length < 2) continue;
		if (/^[A-Z][).][ \t]?/.test(line)) {
			if (!current) throw new Error(`option outside a question: ${line}`);
			current.options.push(line.slice(2).trim());
		} else if (line.startsWith('ANSWER:')) {
			if (!current) throw new Error('answer outside a question');
			const letter = line.slice(line.indexOf(':') + 1).trim()[0];
			questions.push({ ...current, answer: letter.charCodeAt(0) - 65 });
			current = undefined;
		} else {
			if (current) throw new Error(`question left unfinished before: ${line}`);
			current = { prompt: line, options: [] };
		}
	}
	return questions;
}

function expected(quiz: PortableQuiz) {
	return quiz.questions.map((q) => ({
		prompt: foldLines(q.prompt),
		options: q.options.map(foldLines),
		answer: q.answer
	}));
}

describe('exportAiken', () => {
	it('writes the question, A. to D., and ANSWER: X, with a blank line between questions', () => {
		const aiken = exportAiken(plainQuiz);
		expect(aiken.split('\n\n')[0].split('\n')).toEqual([
			'Who lit the first lamp at Farrow Point?',
			'A. Mara Quill',
			'B. Tobias Venn',
			'C. Ida Rusk',
			'D. Owen Hale',
			'ANSWER: B'
		]);
	});

	it.each([
		['a plain quiz', plainQuiz],
		['special characters, line breaks and option-like prompts', trickyQuiz]
	])('is read back by a Moodle-style Aiken reader: %s', (_, quiz) => {
		const read = readLikeMoodle(exportAiken(quiz)).map((q) => ({
			...q,
			prompt: q.prompt.replace(/^\u200b/, '')
		}));
		expect(read).toEqual(expected(quiz));
	});

	it('puts one option per line even when an option holds line breaks', () => {
		const lines = exportAiken(trickyQuiz).split('\n');
		expect(lines).toContain('D. Line one line two\twith a tab');
		expect(lines.filter((line) => /^[A-D]\. /.test(line))).toHaveLength(
			trickyQuiz.questions.length * 4
		);
	});

	it('keeps a prompt that starts like an option or an answer from being read as one', () => {
		const quiz: PortableQuiz = {
			title: 't',
			questions: [
				{ ...plainQuiz.questions[0], prompt: 'U.S. ships reached which port?' },
				{ ...plainQuiz.questions[0], prompt: 'ANSWER: this one' }
			]
		};
		expect(() => readLikeMoodle(exportAiken(quiz))).not.toThrow();
		expect(readLikeMoodle(exportAiken(quiz))).toHaveLength(2);
	});
});
