import { describe, expect, it } from 'vitest';
import { exportAnki } from './anki';
import { plainQuiz, trickyQuiz } from './fixtures.test-data';
import { letterOf } from './text';

/** Reads Anki's text import: "#key:value" headers, then tab-separated, optionally quoted fields. */
function readAnki(text: string) {
	const headers: Record<string, string> = {};
	let i = 0;
	while (text[i] === '#') {
		const end = text.indexOf('\n', i);
		const line = text.slice(i + 1, end);
		const colon = line.indexOf(':');
		headers[line.slice(0, colon)] = line.slice(colon + 1);
		i = end + 1;
	}
	const notes: string[][] = [];
	let note: string[] = [];
	while (i < text.length) {
		if (note.length === 0 && text[i] === '#') throw new Error('a note line starts with #');
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unclosed quote');
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else {
					field += text[i++];
				}
			}
		} else {
			while (i < text.length && text[i] !== '\t' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error('quote in an unquoted field');
				field += text[i++];
			}
		}
		note.push(field);
		if (text[i] === '\t') {
			i++;
		} else if (text[i] === '\n' || i >= text.length) {
			notes.push(note);
			note = [];
			i++;
		} else {
			throw new Error(`unexpected ${JSON.stringify(text[i])} after a field`);
		}
	}
	return { headers, notes };
}

describe('exportAnki', () => {
	it('starts with the separator, html and deck headers', () => {
		const lines = exportAnki(plainQuiz).split('\n');
		expect(lines.slice(0, 3)).toEqual([
			'#separator:tab',
			'#html:false',
			`#deck:${plainQuiz.title}`
		]);
	});

	it.each([
		['a plain quiz', plainQuiz],
		['special characters, tabs and line breaks', trickyQuiz]
	])('writes one two-field note per question, fields intact: %s', (_, quiz) => {
		const { notes } = readAnki(exportAnki(quiz));
		expect(notes).toHaveLength(quiz.questions.length);
		notes.forEach((note, i) => {
			const question = quiz.questions[i];
			expect(note).toHaveLength(2);
			const [front, back] = note;
			expect(front.startsWith(`${question.prompt}\n\n`)).toBe(true);
			question.options.forEach((option, j) => {
				expect(front).toContain(`${letterOf(j)}. ${option}`);
			});
			expect(back).toBe(`${letterOf(question.answer)}. ${question.options[question.answer]}`);
		});
	});

	it('keeps the deck name on one line and avoids nesting on "::"', () => {
		const quiz = { ...plainQuiz, title: 'Rivers::North\nand South' };
		const { headers } = readAnki(exportAnki(quiz));
		expect(headers.deck).toBe('Rivers: North and South');
	});
});
