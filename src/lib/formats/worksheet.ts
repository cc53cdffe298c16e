import type { PortableQuiz } from '../core/schemas';
import { letterOf, normaliseLineBreaks } from './text';

/**
 * A printable worksheet and its answer key as plain data, for a Svelte page to render as text with
 * print CSS (the key on its own page). No HTML is built here: every string is user text.
 * Line breaks inside a prompt or option are kept as `\n`; render with `white-space: pre-line`.
 */

export interface WorksheetOption {
	letter: string;
	text: string;
}

export interface WorksheetQuestion {
	/** 1-based, continuous across sections. */
	number: number;
	prompt: string;
	options: WorksheetOption[];
}

export interface WorksheetSection {
	/** "Questions 1–10"; just "Questions" when there is one section. */
	heading: string;
	questions: WorksheetQuestion[];
}

export interface AnswerKeyEntry {
	number: number;
	letter: string;
	text: string;
}

export interface Worksheet {
	title: string;
	/** Labels for the lines a student fills in at the top ("Name", "Class", "Date"). */
	studentFields: string[];
	instructions: string;
	sections: WorksheetSection[];
	answerKey: { heading: string; entries: AnswerKeyEntry[] };
}

export interface WorksheetOptions {
	/** Questions per section; 0 (the default) keeps them all in one section. */
	sectionSize?: number;
}

export function buildWorksheet(quiz: PortableQuiz, options: WorksheetOptions = {}): Worksheet {
	const questions: WorksheetQuestion[] = quiz.questions.map((question, i) => ({
		number: i + 1,
		prompt: normaliseLineBreaks(question.prompt),
		options: question.options.map((text, j) => ({
			letter: letterOf(j),
			text: normaliseLineBreaks(text)
		}))
	}));
	const size = options.sectionSize && options.sectionSize > 0 ? Math.floor(options.sectionSize) : 0;
	const sections: WorksheetSection[] = [];
	if (size === 0 || questions.length <= size) {
		sections.push({ heading: 'Questions', questions });
	} else {
		for (let start = 0; start < questions.length; start += size) {
			const part = questions.slice(start, start + size);
			const first = part[0].number;
			const last = part[part.length - 1].number;
			sections.push({
				heading: first === last ? `Question ${first}` : `Questions ${first}–${last}`,
				questions: part
			});
		}
	}
	return {
		title: quiz.title,
		studentFields: ['Name', 'Class', 'Date'],
		instructions: 'Circle the letter of the one right answer to each question.',
		sections,
		answerKey: {
			heading: `Answer key: ${quiz.title}`,
			entries: quiz.questions.map((question, i) => ({
				number: i + 1,
				letter: letterOf(question.answer),
				text: normaliseLineBreaks(question.options[question.answer])
			}))
		}
	};
}
