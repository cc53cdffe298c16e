import { expect } from 'vitest';
import { OPTION_COUNT, QUESTION_KINDS, type Question } from '../core/quiz';
import { generate, generateQuiz, type GenerateOptions, type GeneratedQuiz } from './index';
import { normaliseText } from './normalise';
import { buildSentences, splitParagraphs, type Sentence } from './sentences';
import { findFacts } from './facts';
import { indexArticle, type ArticleIndex } from './article';
import { headlineOf } from './title';

/** The contract every question must keep, whatever the input. */
export function expectContract(text: string, questions: Question[]): void {
	for (const question of questions) {
		expect(QUESTION_KINDS).toContain(question.kind);
		expect(question.id).toMatch(/^q[0-9a-z]+$/);
		expect(question.prompt.trim()).not.toBe('');
		expect(question.options).toHaveLength(OPTION_COUNT);
		const lowered = question.options.map((option) => option.trim().toLowerCase());
		expect(new Set(lowered).size).toBe(OPTION_COUNT);
		for (const option of question.options) expect(option.trim()).not.toBe('');
		expect(Number.isInteger(question.answer)).toBe(true);
		expect(question.answer).toBeGreaterThanOrEqual(0);
		expect(question.answer).toBeLessThan(OPTION_COUNT);
		expect(text.slice(question.source.start, question.source.end)).toBe(question.source.text);
		const answer = question.options[question.answer].toLowerCase();
		expect(question.prompt.toLowerCase()).not.toContain(answer);
	}
}

/** The right answer of a question, as its option reads. */
export const answerOf = (question: Question): string => question.options[question.answer];

/**
 * The engine with its floor off (`asides`). A rule's test uses it so that the rule is seen at work in
 * a short fixture whose facts the floor would drop anyway; the floor has its own tests.
 */
export function generateWithAsides(text: string, options: GenerateOptions = {}): Question[] {
	return generate(text, { ...options, asides: true });
}

/** `generateQuiz` with its floor off, as `generateWithAsides`. */
export function generateQuizWithAsides(text: string, options: GenerateOptions = {}): GeneratedQuiz {
	return generateQuiz(text, { ...options, asides: true });
}

/** The questions the engine makes of `text` with its floor off, each checked against the contract. */
export function questionsOn(text: string, count = 30): Question[] {
	const questions = generateWithAsides(text, { count });
	expectContract(text, questions);
	return questions;
}

/** Whether the engine asks a question whose right answer is `answer`. */
export function asksFor(text: string, answer: string): boolean {
	return questionsOn(text).some((question) => answerOf(question) === answer);
}

/** The sentences the engine splits `input` into. */
export function sentencesOf(input: string): Sentence[] {
	const text = normaliseText(input);
	const sentences: Sentence[] = [];
	splitParagraphs(text).forEach((paragraph, i) =>
		sentences.push(...buildSentences(text, paragraph, i, sentences.length))
	);
	return sentences;
}

/** The article index the engine builds from `input`: its sentences, facts, people and centrality. */
export function articleIndexOf(input: string): ArticleIndex {
	const text = normaliseText(input);
	const sentences = sentencesOf(input);
	const facts = sentences.flatMap((sentence) => findFacts(sentence));
	return indexArticle(sentences, facts, text.split(/\s+/).length, headlineOf(input));
}
