/**
 * The question engine: article text in, multiple-choice questions out. Pure TypeScript, the same in
 * the app's Web Worker, the CLI and the tests; deterministic for a given text and options; never throws.
 */
import type { Question } from '../core/quiz';
import { checkArticleText } from '../core/article-text';
import { normaliseText } from './normalise';
import { buildSentences, splitParagraphs, type Sentence } from './sentences';
import { findFacts, type Fact } from './facts';
import { indexArticle, surnameOf, type ArticleIndex } from './article';
import { buildStem } from './questions';
import type { Stem } from './stems';
import { findDistractors } from './distractors';
import {
	answerStandsOutByLength,
	checkOptions,
	hasBrokenQuote,
	hasDanglingReference,
	isCoordinated,
	type AnswerGender,
	promptGivesAway,
	sentenceIsUsable
} from './filters';
import { scoreFact, selectCandidates, type Candidate } from './rank';
import { createRandom, hashString, randomInt } from './random';
import { deriveTitle, headlineOf } from './title';
import { settleArticle } from './articles';
import { asideSentences } from './centrality';
import { nameInFull } from './naming';
import { hasDanglingDescription } from './descriptions';
import { pointsBackWithoutName } from './anaphora';
import { asksForMinorSource } from './sources';
import { repeatsAnotherQuestion, type AskedQuestion } from './repeats';

export interface GenerateOptions {
	count?: number;
	seed?: number;
	/** The quiz title, when it is not the text's first line (a file's title, the sample's). */
	title?: string;
	onProgress?: (done: number, total: number) => void;
}

export interface GeneratedQuiz {
	title: string;
	questions: Question[];
	/** Why there are no questions, in words the app can show. Set only when `questions` is empty. */
	reason?: string;
}

export const DEFAULT_COUNT = 10;
const MAX_COUNT = 100;

const NO_FACTS_REASON =
	'No questions could be made from this text: it names too few people, places, dates or numbers to ask about.';
const NO_GOOD_QUESTIONS_REASON =
	'No questions could be made from this text: the facts it names could not be asked about on their own, with three believable wrong answers, without giving the answer away. A longer article, or one with its headline as the first line, usually works better.';

function questionId(start: number, end: number, prompt: string): string {
	return 'q' + hashString(`${start}:${end}:${prompt}`).toString(36);
}

function readCount(count: number | undefined): number {
	if (count === undefined || !Number.isFinite(count)) return DEFAULT_COUNT;
	return Math.max(1, Math.min(MAX_COUNT, Math.floor(count)));
}

function parseArticle(text: string, onProgress: GenerateOptions['onProgress']): Sentence[] {
	const paragraphs = splitParagraphs(text);
	const sentences: Sentence[] = [];
	paragraphs.forEach((paragraph, i) => {
		sentences.push(...buildSentences(text, paragraph, i, sentences.length));
		onProgress?.(i + 1, paragraphs.length);
	});
	if (paragraphs.length === 0) onProgress?.(0, 0);
	return sentences;
}

/** A fact with the stem it would be asked with, before distractors are sought. */
interface StemmedCandidate extends Candidate {
	stem: Stem;
}

/** Answers that name someone or something rather than a number or a date. */
const NAMED_TYPES = new Set(['person', 'organisation', 'country', 'city']);
const NUMBER_TYPES = new Set(['quantity', 'money', 'percent']);
/** Below this many sentences, every sentence of a text is about its subject. */
const LONG_ARTICLE_SENTENCES = 10;

/**
 * Reviews of the output showed where each kind of answer holds up. A name is a good answer in the
 * lead of a longer article, where it is the story's subject; further down it is mostly guessable
 * from the story (the war in Iraq, a Russian firm's dispute with Russia) or has no wrong options of
 * the same role. A bounded figure ("more than 1%", "at least 60%") only has false options on one
 * side, so the right one is always the extreme.
 */
/**
 * "closed more than 1% higher at 10,137": the change is the news, the level it reached is detail.
 */
function isLevelAfterChange(fact: Fact, index: ArticleIndex): boolean {
	if (fact.type !== 'quantity' && fact.type !== 'money') return false;
	const before = fact.sentence.tokens[fact.first - 1]?.normal;
	if (before !== 'at' && before !== 'to') return false;
	const change = (index.factsBySentence.get(fact.sentence.index) ?? []).some(
		(other) => other.type === 'percent' && other.last < fact.first
	);
	return change && CHANGE_WORDS.test(fact.sentence.text);
}

const CHANGE_WORDS =
	/\b(rose|rise|rises|fell|fall|falls|climbed|dropped|jumped|slipped|closed|higher|lower|gained|lost)\b/i;

/** "less than half of the $20bn", "twice the 40 it had": another figure the answer is measured by. */
const COMPARISON = /\b(half|twice|double|triple|a third|a quarter|compared with|compared to)\b/i;

function isAskableHere(fact: Fact, index: ArticleIndex): boolean {
	const sameKind = (index.factsBySentence.get(fact.sentence.index) ?? []).some(
		(other) => other !== fact && other.type === fact.type
	);
	if (NUMBER_TYPES.has(fact.type) && sameKind && COMPARISON.test(fact.sentence.text)) return false;
	if (isLevelAfterChange(fact, index)) return false;
	// "…, while the Nasdaq rose 0.9%": a clause set beside the main one for contrast is a side fact.
	const tokens = fact.sentence.tokens;
	if (
		tokens.some(
			(token, i) =>
				i < fact.first && token.normal === 'while' && /,/.test(tokens[i - 1]?.post ?? '')
		)
	)
		return false;
	if (
		/^(more than|at least|over|just over|less than|fewer than|up to|under|just under)$/i.test(
			fact.modifier ?? ''
		)
	)
		return false;
	if (!NAMED_TYPES.has(fact.type) || index.sentences.length < LONG_ARTICLE_SENTENCES) return true;
	const lead = index.sentences.find((sentence) => !sentence.heading);
	return fact.sentence.index === lead?.index;
}

/** Words that put a sentence in the future, where a later year is no giveaway. */
const FUTURE =
	/\b(will|would|expected|expects|due|scheduled|forecasts?|plans?|planned|predicts?|until)\b/i;

/** The latest year the article names outside a forecast: the year the story happens in. */
function storyYearOf(index: ArticleIndex): number {
	let latest = 0;
	for (const fact of index.facts) {
		if (fact.type !== 'year' && fact.type !== 'date') continue;
		if (FUTURE.test(fact.sentence.text)) continue;
		const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(fact.text);
		if (year) latest = Math.max(latest, Number(year[1]));
	}
	return latest;
}

/**
 * "Profits rose 18% in 2004" in a story set in 2004: the story's own year is the one a player
 * guesses without reading, so it is not asked about outside a forecast.
 */
function isStoryYear(fact: Fact, storyYear: number): boolean {
	return (
		fact.type === 'year' &&
		Number(fact.text) === storyYear &&
		!FUTURE.test(fact.sentence.text) &&
		fact.sentence.tokens[fact.first - 1]?.normal !== 'born'
	);
}

function stemCandidate(
	fact: Fact,
	index: ArticleIndex,
	storyYear: number,
	asides: ReadonlySet<number>
): StemmedCandidate | undefined {
	if (asides.has(fact.sentence.index)) return undefined;
	if (!isAskableHere(fact, index)) return undefined;
	// The quiz title is on screen while playing: an answer it names is given away.
	if (index.headline && promptGivesAway(index.headline, fact.option)) return undefined;
	const stem = buildStem(fact, index);
	if (!stem) return undefined;
	if (promptGivesAway(stem.prompt, fact.option) || hasBrokenQuote(stem.prompt)) return undefined;
	if (hasDanglingReference(stem.prompt, answerGender(fact, index))) return undefined;
	if (hasDanglingDescription(stem.prompt)) return undefined;
	if (pointsBackWithoutName(stem.prompt, fact.sentence, index)) return undefined;
	if (asksForMinorSource(fact, stem.prompt, index)) return undefined;
	if (isStoryYear(fact, storyYear)) return undefined;
	// "Who is an American record producer?" fits many people, not only the one the article names.
	if (/^Who (is|was|are|were) (a|an) /.test(stem.prompt)) return undefined;
	return { fact, stem, score: scoreFact(fact, index, stem) };
}

function buildQuestion(
	input: string,
	candidate: StemmedCandidate,
	index: ArticleIndex,
	seed: number
): Question | undefined {
	const { fact, stem } = candidate;
	const random = createRandom(hashString(`${fact.sentence.start}:${fact.first}`, seed));
	const distractors = findDistractors(fact, index, random);
	if (distractors.length < 3) return undefined;
	if (distractors.some((option) => promptGivesAway(stem.prompt, option))) return undefined;
	if (answerStandsOutByLength(fact.option, distractors)) return undefined;
	const answer = randomInt(random, 4);
	const options = distractors.slice(0, 3);
	options.splice(answer, 0, fact.option);
	if (!checkOptions(options).ok) return undefined;
	const named = nameInFull(stem.prompt, fact, index);
	if (named === undefined) return undefined;
	const prompt = settleArticle(named, options);
	if (prompt === undefined) return undefined;
	const { start, end } = fact.sentence;
	return {
		id: questionId(start, end, prompt),
		kind: stem.kind,
		prompt,
		options,
		answer,
		source: { text: input.slice(start, end), start, end }
	};
}

function answerGender(fact: Fact, index: ArticleIndex): AnswerGender {
	if (fact.type !== 'person') return 'not a person';
	return index.people.get(surnameOf(fact.option))?.gender ?? 'unknown';
}

function factsOf(index: ArticleIndex, sentence: Sentence): Fact[] {
	return index.factsBySentence.get(sentence.index) ?? [];
}

function generateUnsafe(input: string, options: GenerateOptions): GeneratedQuiz {
	const given = typeof options.title === 'string' ? options.title.trim() : '';
	const title = given || deriveTitle(input);
	const check = checkArticleText(input);
	if (!check.ok) return { title, questions: [], reason: check.reason };
	const count = readCount(options.count);
	const seed = (options.seed ?? 0) >>> 0;
	const text = normaliseText(input);
	const sentences = parseArticle(text, options.onProgress);
	const facts: Fact[] = [];
	for (const sentence of sentences) {
		if (sentenceIsUsable(sentence)) facts.push(...findFacts(sentence));
	}
	const index = indexArticle(
		sentences,
		facts,
		check.wordCount,
		given || headlineOf(input) || title
	);
	const candidates: StemmedCandidate[] = [];
	const storyYear = storyYearOf(index);
	const asides = asideSentences(sentences, index.centrality);
	for (const fact of index.facts) {
		if (isCoordinated(fact, factsOf(index, fact.sentence))) continue;
		const candidate = stemCandidate(fact, index, storyYear, asides);
		if (candidate) candidates.push(candidate);
	}
	const asked: AskedQuestion[] = [];
	const questions = selectCandidates(candidates, sentences.length, count, (candidate) => {
		const question = buildQuestion(input, candidate, index, seed);
		if (!question) return undefined;
		const entry = {
			prompt: question.prompt,
			answer: candidate.fact.option,
			isPerson: candidate.fact.type === 'person'
		};
		if (repeatsAnotherQuestion(entry, asked)) return undefined;
		asked.push(entry);
		return question;
	});
	if (questions.length === 0)
		return {
			title,
			questions,
			reason: index.facts.length === 0 ? NO_FACTS_REASON : NO_GOOD_QUESTIONS_REASON
		};
	return { title, questions };
}

export function generateQuiz(text: string, options: GenerateOptions = {}): GeneratedQuiz {
	try {
		return generateUnsafe(typeof text === 'string' ? text : '', options ?? {});
	} catch (error) {
		// A bug must never take the app down: report it as a reason instead of throwing.
		const detail = error instanceof Error ? error.message : String(error);
		return {
			title: 'Untitled quiz',
			questions: [],
			reason: `Something went wrong while making questions from this text (${detail}).`
		};
	}
}

export function generate(text: string, options?: GenerateOptions): Question[] {
	return generateQuiz(text, options).questions;
}
