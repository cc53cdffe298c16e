/** Chooses the stem for a fact: a wh-question from the parse when one reads well, else a cloze. */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { clozeStem, type Stem } from './stems';
import { whStem } from './wh';
import { birthStem } from './birth';
import { parseWrittenNumber } from './numbers';
import { MEASUREMENT_UNITS } from './rank';
import { isInsideQuotation, quotationRanges, quotationStem } from './quotes';

const YEAR = /^(1[5-9]|20)\d\d$/;

/**
 * "fell from a peak of about 75,000 in 1964 to fewer than 20,000 in 1966": the year a change started
 * from, with the year it ended in, is asked neither as "In what year did sales fall …?" (the fall
 * ended in 1966) nor as a blank beside the other year.
 */
function isYearOfChangeStart(fact: Fact): boolean {
	if (fact.type !== 'year') return false;
	const tokens = fact.sentence.tokens;
	const from = tokens
		.slice(Math.max(0, fact.first - 8), fact.first)
		.some((t) => t.normal === 'from');
	const to = fact.last + 1;
	if (tokens[to]?.normal !== 'to') return false;
	return from && tokens.slice(to, to + 8).some((t) => YEAR.test(t.text));
}

export function buildStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	if (isInsideQuotation(fact)) return undefined;
	const birth = birthStem(fact);
	// A biography opens with its subject's birth; a birth further down is a second person's aside.
	if (birth) return fact.sentence.index === index.lead ? birth : undefined;
	if (fact.sentence.tokens[fact.first - 1]?.normal === 'born') return undefined;
	// "greater than 1": a threshold, which every nearby value would also satisfy in some reading.
	if (fact.sentence.tokens[fact.first - 1]?.normal === 'than') return undefined;
	if (quotationRanges(fact.sentence.text).length > 0) {
		const quoted = quotationStem(fact, index);
		if (quoted) return quoted;
	}
	if (isYearOfChangeStart(fact)) return undefined;
	const wh = whStem(fact, index);
	if (wh) return wh;
	// "4% in 2005 … 4.2% in _____": next to another year, a blanked year is guessed from the sequence.
	if (
		fact.type === 'year' &&
		fact.sentence.tokens.some((token, i) => i !== fact.first && YEAR.test(token.text))
	)
		return undefined;
	// "4.1% this year, 4% in 2005, 4.2% in 2006": among several figures of the same kind, a blanked
	// one is guessed from its neighbours.
	const sameKind = (index.factsBySentence.get(fact.sentence.index) ?? []).filter(
		(other) => other !== fact && other.type === fact.type
	);
	if ((fact.type === 'percent' || fact.type === 'money') && sameKind.length >= 2) return undefined;
	// "the two candidates", "all three of the accused", "in the past four years": a small count after
	// a determiner is either obvious or already known from the sentences around it.
	const written = parseWrittenNumber(fact.sentence.tokens[fact.last].text);
	const determiner = fact.sentence.tokens[fact.first - 1]?.normal ?? '';
	if (
		fact.type === 'quantity' &&
		written &&
		written.value < 10 &&
		/^(the|all|both|past|last|next)$/.test(determiner)
	)
		return undefined;
	// "Seven minutes later, …": a count opening the sentence is scene-setting, not the fact.
	if (fact.type === 'quantity' && fact.first === 0) return undefined;
	// "the last two kilometres", "the opening 45 minutes": a small measurement is detail, not a fact,
	// but in a news lead ("unable to make calls for up to seven hours") it is the news; minutes
	// there are still a match's timing ("three minutes from time").
	if (
		fact.unit &&
		MEASUREMENT_UNITS.has(fact.unit.toLowerCase()) &&
		written &&
		written.value < 100 &&
		!(index.isNews && fact.sentence.index === index.lead && !/^(minutes|seconds)$/i.test(fact.unit))
	)
		return undefined;
	return clozeStem(fact, index);
}
