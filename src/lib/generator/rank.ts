/**
 * Chooses which candidates become questions: central facts first (the lead, entities that recur,
 * numbers that matter), at most one question per sentence, and the whole article covered.
 */
import type { ArticleIndex } from './article';
import type { AnswerType, Fact } from './facts';
import { parseWrittenNumber } from './numbers';
import type { Stem } from './stems';

export interface Candidate {
	fact: Fact;
	score: number;
}

const TYPE_WEIGHT: Record<AnswerType, number> = {
	person: 3,
	organisation: 2.4,
	country: 2.6,
	city: 2.2,
	quantity: 2.4,
	money: 2.6,
	percent: 2.4,
	year: 2.2,
	date: 2.1
};

/** A wh-question reads better than a cloze; a quotation is less central than a statement of fact. */
function stemBonus(stem: Stem): number {
	if (stem.kind === 'cloze') {
		const words = stem.prompt.split(' ').length;
		return words > 32 ? -0.8 : words > 24 ? -0.3 : 0;
	}
	// A biography's birth date is its most central date.
	if (/ born\?$/.test(stem.prompt)) return 2;
	return stem.prompt.includes('"') ? 0.4 : 1;
}

/**
 * Below this a question is more likely a side detail than the article's point, and is not asked:
 * fewer good questions beat padding. The floor, the stem's terms in `clearsFloor`, the depth
 * penalty and the weight of centrality in `scoreFact` were set against the reviewers' verdicts on
 * fresh3–fresh450 (`eval/reviews`), and checked on fresh451–fresh682.
 */
export const MIN_SCORE = 2.5;

/**
 * Whether a candidate clears the floor. Its stem's form counts here but not in the ranking, where it
 * would choose between the facts of one sentence by form: reviewers kept "When …?" questions most
 * often and "How much …?" ones least, and a stem that opens on "The plant" or "The route" mostly
 * leaves the reader asking which.
 */
/**
 * What a "When …?" stem gains against the floor. Set at 4 on fresh3–fresh450, where reviewers kept
 * them most often; the reviewers of fresh683–fresh730 kept far fewer (the year a fellowship, a
 * gift or an enlargement came). At 2 rather than 4 the engine asks 37 fewer questions there and
 * 192 fewer on fresh451–fresh682; those had drawn 38 of 74 acceptances and 257 of 359
 * (`npm run rejudge` at both).
 */
const WHEN_BONUS = 2;

export function clearsFloor(score: number, stem: Stem): boolean {
	const unresolved = /^The \p{Ll}/u.test(stem.prompt) ? -3 : 0;
	const form = stem.kind === 'when' ? WHEN_BONUS : stem.kind === 'how-much' ? -2.2 : 0;
	return score + unresolved + form >= MIN_SCORE;
}

/**
 * How far into the article a sentence sits, as reviewers judged it: the lead and the sentence
 * after it carry the news; from the third sentence on, figures are more and more often asides.
 */
function depthPenalty(sentenceIndex: number): number {
	if (sentenceIndex >= 9) return -5.2;
	if (sentenceIndex >= 4) return -3.7;
	return sentenceIndex >= 3 ? -2.5 : 0;
}

export const MEASUREMENT_UNITS = new Set(
	'mm cm km m metres meters inches inch dots pixels minutes seconds yards feet miles kilometres hours'.split(
		' '
	)
);

/** "two songs", "three days": small counts written as words are usually detail, not the point. */
function detailPenalty(fact: Fact): number {
	if (fact.type !== 'quantity') return 0;
	// "a 400 mm lens", "300 dots per inch", "the opening 45 minutes": measurements are technical detail.
	if (fact.unit && MEASUREMENT_UNITS.has(fact.unit.toLowerCase())) return -1.5;
	const written = parseWrittenNumber(fact.sentence.tokens[fact.last].text);
	return written && written.value < 10 ? -1.2 : 0;
}

/** A fact's centrality: where it sits, how often its answer recurs, what kind of answer it is. */
export function scoreFact(fact: Fact, index: ArticleIndex, stem: Stem): number {
	const sentence = fact.sentence;
	const contentSentences = Math.max(1, index.sentences.length);
	const position = sentence.index / contentSentences;
	const lead = sentence.index <= 1 ? 1.5 : position < 0.2 ? 0.8 : 0;
	const mentions = index.mentions.get(fact.option.toLowerCase()) ?? 1;
	const recurrence = Math.min(2, (mentions - 1) * 0.7);
	const words = sentence.tokens.length;
	const lengthFit = words >= 8 && words <= 35 ? 0.5 : words > 50 ? -1 : 0;
	const centrality = index.centrality.get(sentence.index) ?? 0;
	return (
		TYPE_WEIGHT[fact.type] +
		3.25 * centrality +
		depthPenalty(sentence.index) +
		lead +
		recurrence +
		lengthFit +
		stemBonus(stem) +
		detailPenalty(fact) -
		position * 0.5
	);
}

/**
 * Picks up to `count` candidates: first the best one in each of `count` equal stretches of the article
 * (coverage), then the best of the rest, one per sentence, each answer used once before any is used
 * twice. `accept` builds the question and may still turn a candidate down (no distractors, say); the
 * next one is then tried.
 */
export function selectCandidates<C extends Candidate, T>(
	candidates: C[],
	sentenceCount: number,
	count: number,
	accept: (candidate: C) => T | undefined
): T[] {
	const ordered = candidates
		.slice()
		.sort((a, b) => b.score - a.score || a.fact.sentence.start - b.fact.sentence.start);
	const usedSentences = new Set<number>();
	const answerUses = new Map<string, number>();
	const tried = new Set<C>();
	const chosen: Array<{ position: number; result: T }> = [];
	const take = (candidate: C, maxUses: number): boolean => {
		const answer = candidate.fact.option.toLowerCase();
		if (tried.has(candidate) || usedSentences.has(candidate.fact.sentence.index)) return false;
		if ((answerUses.get(answer) ?? 0) >= maxUses) return false;
		tried.add(candidate);
		const result = accept(candidate);
		if (result === undefined) return false;
		usedSentences.add(candidate.fact.sentence.index);
		answerUses.set(answer, (answerUses.get(answer) ?? 0) + 1);
		chosen.push({ position: candidate.fact.sentence.start * 1000 + candidate.fact.first, result });
		return true;
	};
	const stretches = Math.max(1, Math.min(count, sentenceCount));
	const stretchOf = (candidate: C) =>
		Math.min(
			stretches - 1,
			Math.floor((candidate.fact.sentence.index / Math.max(1, sentenceCount)) * stretches)
		);
	for (let stretch = 0; stretch < stretches && chosen.length < count; stretch++) {
		for (const candidate of ordered) {
			if (stretchOf(candidate) === stretch && take(candidate, 1)) break;
		}
	}
	for (const maxUses of [1, 2]) {
		for (const candidate of ordered) {
			if (chosen.length >= count) break;
			take(candidate, maxUses);
		}
	}
	return chosen.sort((a, b) => a.position - b.position).map((entry) => entry.result);
}
