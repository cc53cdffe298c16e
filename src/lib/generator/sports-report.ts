/**
 * Whether a news story reports sport, and which of its figures are the detail of the play. In a
 * sports report the result, the scorer and the record sit at the top; below its second paragraph
 * the counts are the innings, the minutes and the shots of the telling ("took four for 32", "made
 * 44 before he was caught at slip"). The questions this rule removed from the reviewed sets had
 * drawn 188 acceptances in 606 verdicts, and 5 in 18 on sets first judged without it.
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import type { Sentence } from './sentences';

/** Words that belong to sport; no one of them alone makes a story a sports report. */
const SPORT_WORDS =
	/\b(goals?|half-time|innings|wickets?|batsman|bowler|tries|try|fly-half|scrum|midfielder|goalkeeper|striker|relegation|play-offs?|kick-off|birdies?|bogey|eagle|putt|furlongs|tie-break|aces|laps?|podium|unbeaten|semi-finals?|quarter-finals?|knockout|referee|touchdown|centur(?:y|ies)|seamer|spinner|penalty|penalties|match|matches|season|coach|championship|league|cup|medal|race|title|champion|final)\b/gi;

/**
 * Five different sport words: a flag maker's Euro 2004 results name four ("cup", "penalties",
 * "quarter-final", "final"). Of fresh300–fresh354's news stories, this finds 185 of the 220 sports
 * reports and none of the 440 others.
 */
const SPORT_WORDS_NEEDED = 5;

export function isSportsReport(sentences: readonly Sentence[]): boolean {
	const seen = new Set<string>();
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		for (const match of sentence.text.matchAll(SPORT_WORDS)) seen.add(match[0].toLowerCase());
		if (seen.size >= SPORT_WORDS_NEEDED) return true;
	}
	return false;
}

/** Paragraphs of a sports report, the lead's included, whose counts are still the story. */
const SPORTS_TOP_PARAGRAPHS = 2;

/**
 * A count or a player below a sports report's second paragraph: the play, not the result ("Who
 * went over in the 44th minute?"). Players there were added after the reviews of fresh523–fresh530:
 * the 42 such questions had drawn 27 acceptances in 84 verdicts.
 */
export function isPlayByPlay(fact: Fact, index: ArticleIndex): boolean {
	if (!index.isNews || !index.isSportsReport) return false;
	if (fact.type !== 'quantity' && fact.type !== 'person') return false;
	const lead = index.sentences[index.lead];
	if (lead === undefined) return false;
	return fact.sentence.paragraph - lead.paragraph >= SPORTS_TOP_PARAGRAPHS;
}
