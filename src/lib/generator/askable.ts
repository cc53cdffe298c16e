/**
 * Which facts may be asked at all, before a stem is written. Independent reviews of the engine's
 * output (issue 3) showed where each kind of answer holds up; these are the rules they led to.
 */
import { FUTURE, leadSentenceOf, type ArticleIndex } from './article';
import { NAMED_TYPES, NUMBER_TYPES, textAfter, textBefore, type Fact } from './facts';
import { boundOf, isRaceDistance } from './figures';
import { isOfObituaryLife, isSideFact } from './background';
import { isTrivia } from './trivia';
import { comparedValue, isBaseline, RATIO, SET_AGAINST } from './comparison';
import { parseClause } from './clause';
import { isSpeechVerb } from './verbs';
import { parseWrittenNumber } from './numbers';
import { definedSubjectOf } from './title';
import { isPlayByPlay } from './sports-report';

/** 'pre-orders were "well over" 40,000': a bound the fact finder did not take, set off by quotes. */
const QUOTED_BOUND =
	/\b(over|more than|at least|under|less than|fewer than|above|below)["'’”]\s*$/i;

/** A reference passage whose lead defines its subject: "The Puerto de Valdecarna is a mountain pass …". */
export function isEncyclopediaEntry(index: ArticleIndex): boolean {
	const lead = leadSentenceOf(index);
	if (index.isNews || lead === undefined) return false;
	// "1923 Valfreda earthquake" over "The 1923 Valfreda earthquake struck …" opens with its title.
	const title = index.headline?.toLowerCase();
	const opening = lead.text.toLowerCase().replace(/^the /, '');
	return (
		definedSubjectOf(lead.text) !== undefined ||
		(title !== undefined && opening.startsWith(title.replace(/^the /, '')))
	);
}

/**
 * "In 2004 Trounson & Clemo Ltd employed 74 people and had a turnover of £6.8 million": the year
 * only dates the figures, which are the sentence's news: the 12 such questions the engine asked
 * before this rule drew no acceptance in 24 verdicts; "In 2004 it employed …" (a passage's "it") drew
 * none in 20 more. "In 1874 Greer & Mulgrave moved to a larger
 * works, where it employed …" is an event.
 */
const SNAPSHOT =
	/^In \d{4},? (?:it |they |the (?:\p{Ll}+ ){1,2}|(?:the )?(?:\p{Lu}[\p{L}'’&.-]*,? )+(?:(?:&|and) (?:\p{Lu}[\p{L}'’.-]*,? )+)?)(?:had|has|employed|employs|produced|operated|reported|carried|counted)\b/u;

/** "The society had 642 members in 2004.": the year a count was taken, which closes the sentence. */
const COUNT_THEN_YEAR =
	/\b(?:had|has|employed|employs|counted|numbered|carried|operated)\s+(?:about |around |some |nearly |almost |more than |over )?\d[\d,]*(?:\s+[\p{L}-]+){1,3}\s+(?:in|by)\s+$/u;

/** "… and in 2005 had about 340 members": the same count, its year before it. */
const YEAR_THEN_COUNT =
	/^,?\s+(?:had|has|employed|employs|counted|numbered|carried|operated)\s+(?:about |around |some |nearly |almost |more than |over )?\d/;

/**
 * "£1,367.26 a year, or just over £26 a week": the same sum by another period beside the blank
 * works the answer out, as both reviewers found.
 */
const PER_PERIOD = String.raw`(?:a|per|each) (?:year|month|week|day)`;
const EQUIVALENT_AFTER = new RegExp(
	String.raw`^\s+${PER_PERIOD}, or (?:about |around |roughly |just over |just under |nearly |almost |some )?[£$€]\d`
);
const EQUIVALENT_BEFORE = new RegExp(
	String.raw`[£$€][\d,.]+(?:m|bn|k)? ${PER_PERIOD}, or (?:about |around |roughly |just over |just under |nearly |almost |some )?$`
);

function givesItsEquivalent(fact: Fact): boolean {
	return EQUIVALENT_AFTER.test(textAfter(fact)) || EQUIVALENT_BEFORE.test(textBefore(fact));
}

function isYearOfSnapshot(fact: Fact): boolean {
	if (fact.type !== 'year') return false;
	if (COUNT_THEN_YEAR.test(textBefore(fact)) && /^\s*[.,;]/.test(textAfter(fact))) return true;
	if (/\bin\s+$/.test(textBefore(fact)) && YEAR_THEN_COUNT.test(textAfter(fact))) return true;
	// "As of 2005 Tamewater Motor Services operated a fleet of 84 buses": the date of the figures.
	const before = fact.sentence.tokens.slice(Math.max(0, fact.first - 2), fact.first);
	if (/^as (of|at)$/.test(before.map((token) => token.normal).join(' '))) return true;
	return fact.first === 1 && SNAPSHOT.test(fact.sentence.text);
}

/**
 * "After 1950 the firm faced growing competition": a turning point the years after it fit too
 * ("After 1951" is as true), and a round one stands out; the questions this removed had drawn 2
 * acceptances in 16 verdicts.
 */
function isTurningPointYear(fact: Fact): boolean {
	return fact.type === 'year' && fact.first === 1 && fact.sentence.tokens[0].normal === 'after';
}

/** Below this many sentences, every sentence of a text is about its subject. */
const LONG_ARTICLE_SENTENCES = 10;

const CHANGE_WORDS =
	/\b(rose|rise|rises|fell|fall|falls|climbed|dropped|jumped|slipped|closed|higher|lower|gained|lost)\b/i;

/** "closed more than 1% higher at 10,137": the change is the news, the level it reached is detail. */
function isLevelAfterChange(fact: Fact, index: ArticleIndex): boolean {
	if (fact.type !== 'quantity' && fact.type !== 'money') return false;
	const before = fact.sentence.tokens[fact.first - 1]?.normal;
	if (before !== 'at' && before !== 'to') return false;
	const change = (index.factsBySentence.get(fact.sentence.index) ?? []).some(
		(other) => other.type === 'percent' && other.last < fact.first
	);
	return change && CHANGE_WORDS.test(fact.sentence.text);
}

/** "…, while the Nasdaq rose 0.9%": a clause set beside the main one for contrast is a side fact. */
function isInWhileClause(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	return tokens.some(
		(token, i) => i < fact.first && token.normal === 'while' && /,/.test(tokens[i - 1]?.post ?? '')
	);
}

/**
 * "Profits rose 18% in 2004" in a story set in 2004: the story's own year is the one a player
 * guesses without reading, and an earlier one below the lead ("finished second from bottom in
 * 2003") is history whose wrong options run into the story's own time; reviews of unseen news
 * accepted none of the eight verdicts on one. A year ahead ("will host the 2007 championships") is
 * news. An encyclopedia passage has no year of its own: its years are its content.
 */
function isNewsYearPast(fact: Fact, index: ArticleIndex): boolean {
	return (
		index.isNews &&
		fact.type === 'year' &&
		// The lead's own year is what the story reports, unless it is the story's year, a guess.
		(fact.sentence.index !== index.lead || Number(fact.text) === index.storyYear) &&
		!FUTURE.test(fact.sentence.text) &&
		!TO_COME.test(textBefore(fact)) &&
		fact.sentence.tokens[fact.first - 1]?.normal !== 'born' &&
		!isOfObituaryLife(fact, index)
	);
}

/** "has been chosen to host the 2007 championships": an event still to come. */
const TO_COME = /\bto (host|stage|hold|open|launch|build|start|begin|run) the\s*$/i;

const RACE_TIME = /\b(seconds|secs|minutes?|mins?)\b|\b\d+:\d\d/i;

/** Cities a reader names from the body alone: EU ministers meet in Brussels, the UN in Geneva. */
const SEATS: ReadonlyArray<[RegExp, RegExp]> = [
	[
		/^(Brussels|Strasbourg|Luxembourg)$/,
		/\b(EU|European (Union|Commission|Parliament)|Nato|NATO)\b/
	],
	[/^(Geneva|New York)$/, /\b(UN|United Nations|WHO|World Health Organization)\b/],
	[/^The Hague$/, /\b(International (Criminal )?Court|war crimes)\b/],
	[/^Washington$/, /\b(White House|Congress|Pentagon)\b/]
];

/** "EU fisheries ministers agreed the deal in Brussels": general knowledge gives the answer away. */
function isSeatOfBody(fact: Fact): boolean {
	if (fact.type !== 'city') return false;
	return SEATS.some(([city, body]) => city.test(fact.option) && body.test(fact.sentence.text));
}

/** Below this centrality a sentence's actor is a bit player ("X got booked for his first challenge"). */
const CENTRAL_ACTOR_SCORE = 0.3;

/**
 * "Wayne Rooney met Gary Neville's cross …", "Geoffrey Rush wins a best actor nomination …": beyond
 * the lead, a person is still the point of a sentence that says what they did, when the name is its
 * whole subject. Not what they said: further down, a reader remembers the claim, not who made it.
 */
function isActingPerson(fact: Fact, index: ArticleIndex): boolean {
	if (fact.type !== 'person') return false;
	if ((index.centrality.get(fact.sentence.index) ?? 0) < CENTRAL_ACTOR_SCORE) return false;
	const clause = parseClause(fact.sentence);
	if (!clause || clause.intro || clause.subject.to !== fact.last + 1) return false;
	const tokens = fact.sentence.tokens;
	for (let i = clause.verb.from; i < clause.verb.to; i++) if (isSpeechVerb(tokens[i])) return false;
	return true;
}

/**
 * A news story tells its main facts first (the inverted pyramid): below this share of its sentences,
 * a date or a name is background (a deadline under takeover rules, a forecast's year, the city of a
 * commentator's think-tank), unless its sentence is as central as the lead's own. Figures further
 * down are still the story's (the profit fall, the market's size): reviews of unseen articles kept
 * them, once a survey's sample size was left out as trivia.
 */
const NEWS_TOP_SHARE = 0.4;
const CENTRAL_LOW_DOWN = 0.75;

/** Where the fact's sentence stands among the article's sentences below the headline. */
function placeInProse(fact: Fact, index: ArticleIndex): { position: number; count: number } {
	const prose = index.sentences.filter((sentence) => !sentence.heading);
	const position = prose.findIndex((sentence) => sentence.index === fact.sentence.index);
	return { position, count: prose.length };
}

function isLowInNewsStory(fact: Fact, index: ArticleIndex): boolean {
	if (!index.isNews || NUMBER_TYPES.has(fact.type)) return false;
	// An obituary tells a life in order, not its news first: "She was appointed MBE in 1997".
	if (isOfObituaryLife(fact, index)) return false;
	if ((index.centrality.get(fact.sentence.index) ?? 0) >= CENTRAL_LOW_DOWN) return false;
	const { position, count } = placeInProse(fact, index);
	if (count < LONG_ARTICLE_SENTENCES) return false;
	return position >= Math.ceil(count * NEWS_TOP_SHARE);
}

/**
 * "numbers there have risen by about 2% a year since the early 1990s", "at a recorded cost of £386":
 * below an article's top fifth and its lead paragraph, a figure in a sentence that shares little
 * with the rest of the article is an aside. Verdicts on the figures there, in sentences scoring
 * under 0.15 in a news story or under 0.25 in a reference passage, accepted 389 of 806 (48%),
 * against 63% for the other figures below the top fifth.
 */
const SIDE_FIGURE_TOP_SHARE = 0.2;
const NEWS_SIDE_CENTRALITY = 0.15;
const PASSAGE_SIDE_CENTRALITY = 0.25;

function isOffCentreFigure(fact: Fact, index: ArticleIndex): boolean {
	if (!NUMBER_TYPES.has(fact.type)) return false;
	// A reference passage's lead paragraph says what matters ("It covers an area of 212 square
	// kilometres"), though its "It" shares no word with the rest.
	const lead = index.sentences[index.lead];
	if (lead && fact.sentence.paragraph === lead.paragraph) return false;
	const { position, count } = placeInProse(fact, index);
	if (count < MIN_CLOSING_SENTENCES || position < Math.ceil(count * SIDE_FIGURE_TOP_SHARE))
		return false;
	const threshold = index.isNews ? NEWS_SIDE_CENTRALITY : PASSAGE_SIDE_CENTRALITY;
	return (index.centrality.get(fact.sentence.index) ?? 0) < threshold;
}

/**
 * "broke away from a leading group of five", "visited for five days", "won seven points in a row":
 * below a news story's top fifth, a count of twelve or fewer is a detail of the telling. Verdicts on
 * such counts accepted 17 in 65 there, and all 16 in the top fifth; below a long story's third
 * paragraph, still in its top fifth, they accepted 10 in 43. A reference passage says what
 * matters in its lead paragraph; below it, "given _____ cranes", "moves on _____ wheels" drew 44
 * rejections to 17 acceptances. Asked as "How many titles did she win?" a small count is what its
 * sentence is about, so only a cloze is dropped (`index.ts`).
 */
const SMALL_COUNT = 12;
const NEWS_OPENING_SHARE = 0.2;
/** A long story of one-sentence paragraphs: below its third paragraph is below its top too. */
const NEWS_TOP_PARAGRAPHS = 3;

export function isSmallCountBelowTop(fact: Fact, index: ArticleIndex): boolean {
	if (fact.type !== 'quantity') return false;
	const tokens = fact.sentence.tokens.slice(fact.first, fact.last + 1);
	const count = tokens.map((token) => parseWrittenNumber(token.text)).find(Boolean);
	if (!count || count.value > SMALL_COUNT || !Number.isInteger(count.value)) return false;
	const paragraphsDown = fact.sentence.paragraph - (index.sentences[index.lead]?.paragraph ?? 0);
	if (!index.isNews) return paragraphsDown > 0;
	const place = placeInProse(fact, index);
	if (place.count < MIN_CLOSING_SENTENCES) return false;
	return (
		place.position >= Math.ceil(place.count * NEWS_OPENING_SHARE) ||
		paragraphsDown >= NEWS_TOP_PARAGRAPHS
	);
}

/**
 * The last fifth of an article is where news puts its background (other firms' figures, the crowd,
 * the channel number, the last time it happened) and a reference passage its footnotes (the fishing,
 * the cottages let to holidaymakers). Unseen-text reviews accepted a quarter of the questions asked
 * there, against two thirds above it, so the closing part is not asked.
 */
const CLOSING_SHARE = 0.8;
/**
 * A news story's background starts earlier: the verdicts on its sentences between seven and eight
 * tenths down accepted 24 questions in 57, against 72% above them.
 */
const NEWS_CLOSING_SHARE = 0.7;
/** A text this short is all substance. */
const MIN_CLOSING_SENTENCES = 5;

/**
 * "the foundation stone was laid on 9 April 1867", "first collected in July 1897": below a reference
 * passage's lead, a day or a month is a finer point than the passage's years. Verdicts on such dates
 * accepted 16 in 44, against 9 in 10 in the lead; on the ones the engine still asked, 15 in 30.
 * A life's end is no exception: the lead gives its year, so "When did he die?" tests only the day
 * (7 acceptances in 18 verdicts, both reviewers rejecting fresh475-13 and fresh480-13).
 */
function isDayBelowReferenceLead(fact: Fact, index: ArticleIndex): boolean {
	return !index.isNews && fact.type === 'date' && fact.sentence.index !== index.lead;
}

function isInClosingPart(fact: Fact, index: ArticleIndex): boolean {
	const { position, count } = placeInProse(fact, index);
	if (count < MIN_CLOSING_SENTENCES) return false;
	const share = index.isNews ? NEWS_CLOSING_SHARE : CLOSING_SHARE;
	return position >= Math.ceil(count * share);
}

/**
 * A name is a good answer in the lead of a longer article, where it is the story's subject; further
 * down it is mostly guessable from the story (the war in Iraq, a Russian firm's dispute with Russia)
 * or has no wrong options of the same role, except a person who did what a central sentence says.
 * A bounded share ("more than 1%") only has false options on one side, so the right one is always
 * the extreme; a bounded count or sum is asked roughly instead (rough-figure.ts).
 */
export function isAskable(fact: Fact, index: ArticleIndex): boolean {
	return whyNotAskable(fact, index) === undefined;
}

/** The rule that keeps a fact from being asked, for `isAskable` and for tracing the engine's choices. */
export function whyNotAskable(fact: Fact, index: ArticleIndex): string | undefined {
	const sameKind = (index.factsBySentence.get(fact.sentence.index) ?? []).some(
		(other) => other !== fact && other.type === fact.type
	);
	// "less than half of the $20bn": a figure measured by another of its kind is asked only where the
	// wrong options can keep to the answer's side of the other ("down from 57.1%").
	const measured = RATIO.test(fact.sentence.text) || SET_AGAINST.test(fact.sentence.text);
	if (
		NUMBER_TYPES.has(fact.type) &&
		sameKind &&
		measured &&
		(isBaseline(fact) || comparedValue(fact, index) === undefined)
	)
		return 'comparison';
	if (isInClosingPart(fact, index)) return 'closing part';
	if (isDayBelowReferenceLead(fact, index)) return 'day below a reference lead';
	if (isLevelAfterChange(fact, index)) return 'level after change';
	if (isInWhileClause(fact)) return 'while clause';
	if (isNewsYearPast(fact, index)) return 'past year in news';
	if (isSideFact(fact, index)) return 'side fact';
	if (isTrivia(fact, index)) return 'trivia';
	if (isSeatOfBody(fact)) return 'seat of a body';
	// "the 2005 final in Milton Keynes on Sunday": a name after "in" or "at" is a place, whatever
	// its first word makes the tagger think, and people as wrong options would give it away. So is
	// one after "the" ("the valley of the Hollin Beck"), which no one's name takes.
	if (
		fact.type === 'person' &&
		/^(in|at|the)$/.test(fact.sentence.tokens[fact.first - 1]?.normal ?? '')
	)
		return 'place read as a person';
	// "a mountain pass in the Cantabrian Mountains of northern _____": in a reference passage the
	// other place names give the country or city away; reviews accepted 1 of 14 such verdicts.
	if ((fact.type === 'country' || fact.type === 'city') && isEncyclopediaEntry(index))
		return 'place in a passage';
	if (isLowInNewsStory(fact, index)) return 'low in news story';
	if (isOffCentreFigure(fact, index)) return 'off-centre figure';
	if (isPlayByPlay(fact, index)) return 'play-by-play';
	if (isYearOfSnapshot(fact)) return 'year of a snapshot';
	if (fact.type === 'money' && givesItsEquivalent(fact)) return 'equivalent beside it';
	if (isTurningPointYear(fact)) return 'turning point';
	// "won the 1500m in three minutes 39.84 seconds": the winning time tells the distance.
	if (isRaceDistance(fact) && RACE_TIME.test(fact.sentence.text)) return 'timed race';
	// "almost" bounds too, but reads as an estimate, and "up to" states a limit ("fined up to
	// £20,000"), which a different limit contradicts; only the other hard bounds are left out.
	// A bound asked roughly ("About how many …?", see rough-figure.ts) has options the bound rules out.
	if (
		boundOf(fact.modifier) &&
		!fact.rough &&
		!/^(almost|nearly|up to)$/i.test(fact.modifier ?? '')
	)
		return 'bound';
	if (NUMBER_TYPES.has(fact.type) && QUOTED_BOUND.test(textBefore(fact))) return 'bound';
	if (!NAMED_TYPES.has(fact.type) || index.sentences.length < LONG_ARTICLE_SENTENCES)
		return undefined;
	if (fact.sentence.index === index.lead || isActingPerson(fact, index)) return undefined;
	return 'name beyond the lead';
}
