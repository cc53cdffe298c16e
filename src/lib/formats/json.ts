import type { Question } from '../core/quiz';
import type { PortableQuiz } from '../core/schemas';
import {
	MAX_QUIZ_FILE_CHARS,
	NO_SOURCE,
	cleanTitle,
	finishImport,
	inferKind,
	nameQuestion,
	questionProblem,
	randomQuestionId,
	type QuizImportOptions,
	type QuizImportResult
} from './import-common';

/**
 * Factdeck's own quiz file:
 *
 *     { "format": "factdeck-quiz", "version": 1, "title": "…", "questions": [ Question, … ] }
 *
 * Each question is the contract of core/quiz.ts (id, kind, prompt, options, answer, source).
 * Reading is lenient about what a person editing the file by hand might leave out: a missing id is
 * generated, a missing kind is inferred from the prompt, a missing source is empty. Everything else
 * is checked with QuestionSchema; a question that fails is left out with a warning.
 */

export const FACTDECK_FORMAT = 'factdeck-quiz';
export const FACTDECK_FORMAT_VERSION = 1;

export function exportJson(quiz: PortableQuiz): string {
	const file = {
		format: FACTDECK_FORMAT,
		version: FACTDECK_FORMAT_VERSION,
		title: quiz.title,
		questions: quiz.questions.map(({ id, kind, prompt, options, answer, source }) => ({
			id,
			kind,
			prompt,
			options,
			answer,
			source
		}))
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored question shape from whatever the file holds, with the lenient defaults above. */
function candidate(raw: Record<string, unknown>, newId: () => string): Question {
	const prompt = typeof raw.prompt === 'string' ? raw.prompt : '';
	return {
		id: typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : newId(),
		kind: (raw.kind === undefined ? inferKind(prompt) : raw.kind) as Question['kind'],
		prompt,
		options: Array.isArray(raw.options)
			? raw.options.map((option) => (typeof option === 'string' ? option : ''))
			: [],
		answer: typeof raw.answer === 'number' ? raw.answer : -1,
		source: (raw.source === undefined ? { ...NO_SOURCE } : raw.source) as Question['source']
	};
}

export function importJson(text: string, options: QuizImportOptions = {}): QuizImportResult {
	const newId = options.newId ?? randomQuestionId;
	if (text.length > MAX_QUIZ_FILE_CHARS) {
		return {
			ok: false,
			reason: `This quiz file is too big: ${text.length.toLocaleString('en-GB')} characters, more than the ${MAX_QUIZ_FILE_CHARS.toLocaleString('en-GB')} Factdeck reads.`
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, reason: 'This file is not valid JSON, so it cannot be a Factdeck quiz.' };
	}
	if (!isRecord(data) || data.format !== FACTDECK_FORMAT) {
		return {
			ok: false,
			reason: 'This JSON file is not a Factdeck quiz (it has no "format": "factdeck-quiz").'
		};
	}
	if (typeof data.version !== 'number' || data.version > FACTDECK_FORMAT_VERSION) {
		return {
			ok: false,
			reason: `This quiz file is version ${String(data.version)}, made by a newer Factdeck; this one reads version ${FACTDECK_FORMAT_VERSION}.`
		};
	}
	if (!Array.isArray(data.questions)) {
		return { ok: false, reason: 'This quiz file has no list of questions.' };
	}

	const questions: Question[] = [];
	const warnings: string[] = [];
	data.questions.forEach((raw: unknown, index) => {
		if (!isRecord(raw)) {
			warnings.push(`Question ${index + 1} was left out: it is not a question.`);
			return;
		}
		const question = candidate(raw, newId);
		const problem = questionProblem(question);
		if (problem) {
			warnings.push(`${nameQuestion(index, question.prompt)} was left out: ${problem}.`);
		} else {
			questions.push(question);
		}
	});
	const title = cleanTitle(
		typeof data.title === 'string' ? data.title : undefined,
		options.fallbackTitle
	);
	return finishImport(
		title,
		questions,
		warnings,
		newId,
		'This quiz file holds no question Factdeck can use.'
	);
}
