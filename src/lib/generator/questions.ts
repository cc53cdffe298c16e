/** Chooses the stem for a fact: a wh-question from the parse when one reads well, else a cloze. */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { clozeStem, type Stem } from './stems';
import { whStem } from './wh';
import { isInsideQuotation, quotationRanges, quotationStem } from './quotes';

export function buildStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	if (isInsideQuotation(fact)) return undefined;
	if (quotationRanges(fact.sentence.text).length > 0) {
		const quoted = quotationStem(fact, index);
		if (quoted) return quoted;
	}
	return whStem(fact, index) ?? clozeStem(fact, index);
}
