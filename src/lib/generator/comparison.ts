/**
 * "Turnout was 38.6%, down from 57.1%", "fell from about £540 to £330": a figure set against another
 * of the same kind in its sentence. The stem then says on which side of the other the answer lies,
 * so every wrong option must lie on that side too, or the stem alone rules it out.
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { parseWrittenNumber, type WrittenNumber } from './numbers';
import { normalWords } from './token-spans';

/** "half of the $20bn", "twice the 40": a ratio, whose wrong options no side rule can keep true. */
export const RATIO = /\b(half|twice|double|triple|a third|a quarter)\b/i;
/** Words that set one figure against another. */
// "up slightly on the 59.4% recorded in 2001": a change set against another year's figure.
export const SET_AGAINST =
	/\b(compared with|compared to|up from|down from|from|closer to|(?:up|down)(?: \w+ly| a little)? on the)\b/i;

/** The number a figure is written with, and the words around it that say its scale. */
function numberOf(fact: Fact): { written: WrittenNumber; scale: string } | undefined {
	const tokens = fact.sentence.tokens.slice(fact.first, fact.last + 1);
	for (const [i, token] of tokens.entries()) {
		const written = parseWrittenNumber(token.text);
		if (!written) continue;
		const scale = tokens
			.slice(i + 1)
			.map((next) => next.normal)
			.join(' ');
		return { written, scale };
	}
	return undefined;
}

/** The other figure's value, when the sentence sets exactly one figure of the same form against it. */
/** "four years earlier": a span of time beside two figures compares nothing with them. */
function isSpanOfTime(fact: Fact): boolean {
	const next = fact.sentence.tokens[fact.last + 1]?.normal ?? '';
	return /^(years?|months?|weeks?|days?|hours?|decades?)$/.test(fact.unit ?? next);
}

/** "£38.2m, well below the £51m", "short of the 45% it needed": set against the figure it names. */
const BELOW_OR_ABOVE = /(^|\s)(below|above|short of|beneath|under) (the|a|an)$/;

function setAgainstBeside(fact: Fact, other: Fact): boolean {
	const tokens = fact.sentence.tokens;
	const before = (at: Fact) => normalWords(tokens, at.first - 3, at.first);
	return BELOW_OR_ABOVE.test(before(fact)) || BELOW_OR_ABOVE.test(before(other));
}

export function comparedValue(fact: Fact, index: ArticleIndex): number | undefined {
	const text = fact.sentence.text;
	if (RATIO.test(text)) return undefined;
	const others = (index.factsBySentence.get(fact.sentence.index) ?? []).filter(
		(other) => other !== fact && other.type === fact.type && !isSpanOfTime(other)
	);
	if (others.length === 0) return endOfChange(fact);
	if (others.length !== 1) return undefined;
	if (!SET_AGAINST.test(text) && !setAgainstBeside(fact, others[0])) return undefined;
	const own = numberOf(fact);
	const other = numberOf(others[0]);
	if (!own || !other) return undefined;
	// "£540" against "£330", "38.6%" against "57.1%": the same currency, unit and scale word.
	const sameForm =
		own.written.prefix === other.written.prefix &&
		own.written.suffix === other.written.suffix &&
		own.scale === other.scale;
	if (!sameForm || own.written.value === other.written.value) return undefined;
	return other.written.value;
}

/**
 * "fell from £96m in 1999 to £78m in 2004": the figure the change ended at, read from the words when
 * it is no fact of its own, written in the same form as the answer.
 */
function endOfChange(fact: Fact): number | undefined {
	const tokens = fact.sentence.tokens;
	if (tokens[fact.first - 1]?.normal !== 'from') return undefined;
	const own = numberOf(fact);
	if (!own) return undefined;
	for (let i = fact.last + 1; i < Math.min(tokens.length - 1, fact.last + 5); i++) {
		if (tokens[i].normal !== 'to') continue;
		const end = parseWrittenNumber(tokens[i + 1].text);
		const sameForm =
			end !== undefined &&
			end.prefix === own.written.prefix &&
			end.suffix === own.written.suffix &&
			end.value !== own.written.value;
		return sameForm ? end.value : undefined;
	}
	return undefined;
}

/**
 * "up from £76.7m", "from 18 to 16", "compared with 17%": the figure the news is measured against is
 * last year's, not the news; only the other is asked.
 */
export function isBaseline(fact: Fact): boolean {
	const before = normalWords(fact.sentence.tokens, fact.first - 2, fact.first);
	return /(^|\s)(from|compared with|compared to|against)$/.test(before);
}

/**
 * "on 274 points, ahead of Darren Quayle on 265": the answer leads the figures after it, as an
 * adult's ticket does a child's ("£6 for adults and £3 for children").
 */
const AHEAD = /^(ahead of|clear of|in front of|beating|for adults)$/;
/** "on 241, behind Darren Quayle on 265": the answer trails them. */
const BEHIND = /^(behind|trailing|for children)$/;

/**
 * The bound a ranking in the sentence puts on the answer: "finished on 274 points, ahead of Darren
 * Quayle on 265 and Neil Ashmore on 241" rules out any wrong option below 265.
 */
export function rankedBound(fact: Fact, index: ArticleIndex): { floor?: number; ceiling?: number } {
	const tokens = fact.sentence.tokens;
	const own = numberOf(fact);
	if (!own) return {};
	for (let i = fact.last + 1; i < Math.min(tokens.length, fact.last + 4); i++) {
		const words = [tokens[i].normal, `${tokens[i].normal} ${tokens[i + 1]?.normal ?? ''}`];
		const ahead = words.some((word) => AHEAD.test(word));
		const behind = words.some((word) => BEHIND.test(word));
		if (!ahead && !behind) continue;
		const values = (index.factsBySentence.get(fact.sentence.index) ?? [])
			.filter((other) => other.first > i && other.type === fact.type)
			.map((other) => numberOf(other))
			.filter((other) => other !== undefined && other.written.suffix === own.written.suffix)
			.map((other) => other!.written.value);
		if (values.length === 0) return {};
		return ahead ? { floor: Math.max(...values) + 1e-9 } : { ceiling: Math.min(...values) - 1e-9 };
	}
	return runnerUpBound(fact, index, own);
}

/** "Gold went to Sokharova with 14.93m, while Abreu was second with 14.70m": a placing after. */
const RUNNER_UP = /^(second|third|runner-up|runners-up)$/;
/** A time, where the winner's figure is the lower. */
const TIME_UNIT = /^(seconds?|secs?|minutes?|mins?|hours?|hrs?)$/;

function runnerUpBound(
	fact: Fact,
	index: ArticleIndex,
	own: { written: WrittenNumber }
): { floor?: number; ceiling?: number } {
	const tokens = fact.sentence.tokens;
	const placing = tokens.findIndex((token) => RUNNER_UP.test(token.normal));
	if (placing < 0) return {};
	// The winner's figure comes before the placing word and the runner-up's after it.
	const winner = fact.last < placing;
	const others = (index.factsBySentence.get(fact.sentence.index) ?? [])
		.filter(
			(other) => other.type === fact.type && (winner ? other.first > placing : other.last < placing)
		)
		.map((other) => numberOf(other))
		.filter((other) => other !== undefined && other.written.suffix === own.written.suffix)
		.map((other) => other!.written.value);
	if (others.length === 0) return {};
	const timed = TIME_UNIT.test(tokens[fact.last + 1]?.normal ?? '');
	// Higher is better, except in a time: the winner's figure bounds the others', and theirs it.
	return winner !== timed
		? { floor: Math.max(...others) + 1e-9 }
		: { ceiling: Math.min(...others) - 1e-9 };
}
