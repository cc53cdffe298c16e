/** Chooses the stem for a fact: a wh-question from the parse when one reads well, else a cloze. */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { clozeStem, type Stem } from './stems';
import { whStem } from './wh';

export function buildStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	return whStem(fact, index) ?? clozeStem(fact);
}
