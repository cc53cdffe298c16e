/**
 * Facts that sit beside the story rather than in it: a figure inside an if-clause, the total of
 * "eight of their last 13", a number in a ", where …" aside, or a figure dated before the year a
 * news story happens in ("assets at the end of 2003" in a story about 2004 profits). Reviews of
 * the engine's output judged these trivia every time (issue 3).
 */
import { surnameOf, type ArticleIndex } from './article';
import { textAfter, textBefore, type Fact } from './facts';
import { definedSubjectOf } from './title';
import type { Sentence, Token } from './sentences';
import { isSpeechVerb } from './verbs';
import { normalWords } from './token-spans';
import { isTitleWord } from './people';

const FIGURE_TYPES = new Set(['quantity', 'money', 'percent', 'year', 'date']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const SIDE_CLAUSE_OPENERS = new Set(['where', 'which', 'who', 'whom', 'whose', 'when']);
const FRAME_WORDS = /^(their|its|his|her|the|our|my|last|past|previous|first|next|final|opening)$/;
const YEAR = /^(1[5-9]\d\d|20\d\d)$/;

/** A comma, semicolon or dash after a token ends its clause. */
function endsClause(token: Token): boolean {
	return /[,;:]|\s[-–—]\s?/.test(token.post);
}

/** Index of the first token of the clause the fact stands in. */
function clauseStart(tokens: readonly Token[], first: number): number {
	let i = first;
	while (i > 0 && !endsClause(tokens[i - 1])) i--;
	return i;
}

/** Index of the last token of the clause the fact stands in. */
function clauseEnd(tokens: readonly Token[], last: number): number {
	let i = last;
	while (i < tokens.length - 1 && !endsClause(tokens[i])) i++;
	return i;
}

/** "if the cycle runs until March 2006, …": a condition, not something that happened. */
export function isInCondition(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	for (let i = fact.first - 1; i >= 0; i--) {
		if (tokens[i].normal === 'then') return false;
		if (CONDITIONS.has(tokens[i].normal)) return true;
		if (endsClause(tokens[i]) && i < fact.first - 1) {
			// A comma inside the if-clause ("if, as expected, …") is rare; a clause boundary ends it.
			return false;
		}
	}
	return false;
}

/** "lost eight of their last 13 matches": the 13 only frames the eight. */
export function isFrameOfCount(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	let i = fact.first - 1;
	while (i >= 0 && FRAME_WORDS.test(tokens[i].normal)) i--;
	if (tokens[i]?.normal !== 'of') return false;
	const count = tokens[i - 1];
	return Boolean(count && (count.tags.has('Value') || /^\d/.test(count.text)));
}

/**
 * ", which makes bricks, roof tiles and concrete blocks at 27 sites,": the commas of a list do not
 * end the relative clause; a part with no verb before the figure still belongs to it.
 */
function continuesListOfSideClause(
	tokens: readonly Token[],
	start: number,
	first: number
): boolean {
	const hasVerb = (from: number, to: number) =>
		tokens
			.slice(from, to)
			// "roof tiles" is tagged a bare verb; a clause's own verb is marked for tense.
			.some((token) => token.tags.has('Verb') && !token.tags.has('Infinitive'));
	let clause = start;
	// A list ends in "and" or "or"; "…, until 20 February" after the clause is the sentence again.
	const endsList = tokens.slice(start, first).some((token) => /^(and|or)$/.test(token.normal));
	if (!endsList || hasVerb(clause, first)) return false;
	while (clause > 0 && /,/.test(tokens[clause - 1].post)) {
		const previous = clauseStart(tokens, clause - 1);
		if (SIDE_CLAUSE_OPENERS.has(tokens[previous].normal))
			return previous > 0 && /,/.test(tokens[previous - 1].post);
		if (hasVerb(previous, clause)) return false;
		clause = previous;
	}
	return false;
}

/** ", where he filmed two songs …": a relative clause after a comma adds detail to its noun. */
export function isInSideClause(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	const start = clauseStart(tokens, fact.first);
	if (start === 0 || !/,/.test(tokens[start - 1].post)) return false;
	const opener = tokens[start];
	if (SIDE_CLAUSE_OPENERS.has(opener.normal)) return true;
	if (continuesListOfSideClause(tokens, start, fact.first)) return true;
	// ", an area where …", ", the Leeds-based lender which …": a noun set beside the last one, then
	// a relative clause about it.
	const relative = tokens
		.slice(start, fact.first)
		.findIndex((token) => SIDE_CLAUSE_OPENERS.has(token.normal) || token.normal === 'since');
	if (/^(a|an|the)$/.test(opener.normal) && relative > 0) return true;
	// "Riley, representing England, won …", "The town, founded in 1281, stands …": a participle set
	// off by commas, with the sentence's verb after it, describes; it is not the news.
	const end = clauseEnd(tokens, fact.last);
	if (!/,/.test(tokens[end].post)) return false;
	if (opener.tags.has('Gerund') || opener.tags.has('Participle')) return true;
	// A past participle after the subject and before any verb can only describe that subject.
	const afterSubject = tokens.slice(0, start).every((token) => !token.tags.has('Verb'));
	const resumes = (tokens[end + 1]?.tags.has('Verb') ?? false) || afterSubject;
	return opener.tags.has('PastTense') && resumes;
}

/** "hammering home the fact that 800,000 jobs were lost": a figure argued over, not reported. */
export function isArguedFact(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	for (let i = 2; i < fact.first; i++) {
		if (
			tokens[i].normal === 'that' &&
			tokens[i - 1].normal === 'fact' &&
			tokens[i - 2].normal === 'the'
		)
			return true;
	}
	return false;
}

function yearsIn(tokens: readonly Token[], from: number, to: number): number[] {
	const years: number[] = [];
	for (let i = from; i <= to; i++)
		if (YEAR.test(tokens[i].text)) years.push(Number(tokens[i].text));
	return years;
}

/**
 * A news story's earlier years are its background: "founded in 1984", "joined the WTO in 2001",
 * "assets of 5.3 trillion at the end of 2003". A reader remembers the news, not its history.
 */
export function isBackgroundFigure(fact: Fact, index: ArticleIndex): boolean {
	if (!index.isNews || fact.sentence.index === index.lead) return false;
	if (isOfObituaryLife(fact, index)) return false;
	const now = newsYear(index);
	if (!now) return false;
	const tokens = fact.sentence.tokens;
	if (fact.type === 'year' || fact.type === 'date') {
		if (tokens[fact.first - 1]?.normal === 'born') return false;
		const years = yearsIn(tokens, fact.first, fact.last);
		return years.length > 0 && years.every((year) => year < now);
	}
	const years = yearsIn(tokens, clauseStart(tokens, fact.first), clauseEnd(tokens, fact.last));
	return years.length > 0 && years.every((year) => year < now);
}

/**
 * "In 1952 she founded the Little Lantern Marionette Theatre", "he appeared in more than 400
 * episodes between 1961 and 1978": in an obituary, the years and figures of the life it tells are
 * its news; those of someone else's (her husband's death) are still background.
 */
export function isOfObituaryLife(fact: Fact, index: ArticleIndex): boolean {
	const person = index.passageSubject;
	if (!index.isNews || !person) return false;
	const surname = surnameOf(person.fullName);
	const givenNames = person.fullName.toLowerCase().split(/\s+/);
	const pronoun = person.gender === 'female' ? 'she' : 'he';
	const tokens = fact.sentence.tokens;
	// "Her first book, Pip and the Paper Kite, was published in 1956": her own, opening the sentence;
	// "His brother Edwin emigrated in 1991" is the brother's life.
	const kin = tokens.slice(1, 3).some((token) => KIN.test(token.normal));
	if (tokens[0]?.normal === (person.gender === 'female' ? 'her' : 'his') && !kin) return true;
	return tokens.some((token, i) => {
		if (token.normal === pronoun) return true;
		if (token.normal.replace(/['’]s$/, '') !== surname) return false;
		// "Frank Gillow died in 1997": her husband, whom his own first name tells apart.
		const previous = tokens[i - 1];
		return (
			!previous ||
			!/^\p{Lu}/u.test(previous.text) ||
			givenNames.includes(previous.normal) ||
			isTitleWord(previous.normal)
		);
	});
}

const KIN =
	/^(wife|husband|son|daughter|brother|sister|father|mother|parents?|partner|widow|widower|family|children|nephew|niece|cousin|uncle|aunt|grand\p{Ll}+|\p{Ll}+-in-law)$/u;

/** The year the news happens in: the one its lead names, else the latest it reports. */
function newsYear(index: ArticleIndex): number {
	const lead = index.sentences[index.lead];
	const years = lead ? yearsIn(lead.tokens, 0, lead.tokens.length - 1) : [];
	return years.length > 0 ? Math.max(...years) : index.storyYear;
}

/** " - they have lost eight of their last 13 - ": a figure set off between dashes is an aside. */
export function isBetweenDashes(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	const dash = (token: Token | undefined) => token !== undefined && /\s[-–—]\s/.test(token.post);
	let before = false;
	for (let i = 0; i < fact.first; i++) if (dash(tokens[i])) before = !before;
	if (!before) return false;
	for (let i = fact.first; i < tokens.length - 1; i++) if (dash(tokens[i])) return true;
	return false;
}

/**
 * "Prosecutors had asked for 15 years": the past perfect tells what came before the news (here,
 * before the nine years the jury chose), so its figures are background too.
 */
export function isInPastPerfect(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	for (let i = clauseStart(tokens, fact.first); i < fact.first - 1; i++) {
		if (tokens[i].normal !== 'had') continue;
		// "said trade had risen by 15%": reported speech shifts the tense back; the news is the same.
		if (tokens.slice(0, i).some(isSpeechVerb)) return false;
		const skip = tokens[i + 1].normal === 'been' || tokens[i + 1].tags.has('Adverb') ? 2 : 1;
		const verb = tokens[i + skip];
		if (verb && verb.tags.has('Verb') && verb.tags.has('PastTense')) return true;
	}
	return false;
}

const NAMED_PLACES_AND_BODIES = new Set(['country', 'city', 'organisation']);
const OUGHT = /^(would|should|must|ought|need|needs|could|might)$/;

/**
 * "Ruth Adeyemi said the UK would need to recycle more": a place or body inside what someone says
 * ought to happen is part of their view, not a fact the article reports, and it is easily guessed.
 * "Police said the man was arrested in Leeds" reports a fact, and stays.
 */
export function isPlaceInOpinion(fact: Fact): boolean {
	if (!NAMED_PLACES_AND_BODIES.has(fact.type)) return false;
	const tokens = fact.sentence.tokens;
	const saying = tokens.findIndex((token, i) => i < fact.first && isSpeechVerb(token));
	return saying >= 0 && tokens.slice(saying + 1).some((token) => OUGHT.test(token.normal));
}

/** Any of the rules above. */
/** "Last year's winner earned £9m", "A year earlier, …": in news, the year before is background. */
/** "the second seat … in the past 14 months": the window a count is made over, not the news. */
function isTimeWindow(fact: Fact): boolean {
	if (fact.type !== 'quantity') return false;
	const before = fact.sentence.tokens[fact.first - 1]?.normal ?? '';
	return (
		/^(past|last|previous)$/.test(before) &&
		/^(days?|weeks?|months?|years?|decades?)$/i.test(fact.unit ?? '')
	);
}

/** "took 28 first-class wickets last season": a player's record so far, beside this season's news. */
function isLastSeasonFigure(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	const rest = normalWords(tokens, fact.last + 1, clauseEnd(tokens, fact.last) + 1);
	return /\b(last|previous) (season|campaign)\b/.test(rest);
}

const LAST_YEAR_OPENING =
	/^(last (year|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)|the previous year|a year (earlier|ago)|the year before)\b/i;

/** "Elsewhere, Kenny McBride won the 1500m": a round-up of other news, outside the story. */
const ROUND_UP_OPENING = /^(elsewhere|in other news|in other results)\b/i;

/** "last raised prices in January, by 6.5%", "previously cut": the time before, set beside the news. */
const PREVIOUS_OCCASION = /\b(last|previously) \p{Ll}+ed\b/u;

const ABOUT = String.raw`(?:about |around |some |more than |nearly |almost |over |just over |fewer than )?`;
const COUNT = String.raw`(?:[\d,.]+(?: million)?|two|three|four|five|six|seven|eight|nine|ten|a dozen)`;
const PREMISES = String.raw`(?:sites|stores|shops|branches|depots|factories|plants|outlets|pubs|hotels|restaurants|mills|mines|offices|warehouses|distilleries|breweries|garages|centres|studios)`;
/**
 * "Denholm employs about 2,300 people …", "runs 48 depots", "is a family-owned company with a
 * fleet of 210 buses", "has annual sales of about 560m Canadian dollars": the size of the firm in
 * the story, told in the present as a standing fact.
 * Reviews judged it background to the news every time but in a story about cutting those jobs.
 */
const COMPANY_PROFILE = new RegExp(
	String.raw`\bemploys? ${ABOUT}${COUNT} (?:full-time )?(?:people|staff|workers|employees)\b` +
		String.raw`|\b(?:has|have|runs|run|operates|operate|owns|own) ${ABOUT}${COUNT} (?:\p{L}+ ){0,2}${PREMISES}\b` +
		String.raw`|\bwith (?:a|an) (?:fleet|workforce|staff|network|chain|estate) of\b` +
		String.raw`|\b(?:has|have) (?:annual|yearly) (?:sales|turnover|revenues?) of\b`,
	'u'
);
const CUTS_JOBS =
	/\b(cut|cuts|cutting|axe|axes|axing|shed|sheds|shedding|lose|losing|loss of|at risk)\b.*\bjobs\b|\bjobs\b.*\bat risk\b/i;

export function isCompanyProfile(fact: Fact, index: ArticleIndex): boolean {
	if (!index.isNews || fact.sentence.index === index.lead || !FIGURE_TYPES.has(fact.type))
		return false;
	const text = fact.sentence.text;
	const match = COMPANY_PROFILE.exec(text);
	// Inside ", which has 312 stores," only the clause is background (isInSideClause), not the news.
	const before = text.slice(0, match?.index);
	if (!match || /,\s*(which|who)\b[^,]*$/.test(before)) return false;
	// "would have 71 branches", "is to employ 60 people": what the news will bring, not the firm's size.
	if (/\b(would|will|could|may|might|is to|are to|to be)\b/.test(before)) return false;
	const lead = index.sentences[index.lead]?.text ?? '';
	const workforce =
		/^employ/.test(match[0]) &&
		fact.unit !== undefined &&
		/^(people|staff|workers|employees)$/.test(fact.unit);
	return !(workforce && CUTS_JOBS.test(lead));
}

/**
 * "About 60% of UK adults now use the internet", "UK manufacturers built about 44,000 touring
 * caravans last year": the market a firm's story is set in, not the firm's news. Reviews rejected
 * each such figure as background. A story about the whole country says so in its headline or lead.
 * The size of the market itself ("The UK games market was worth about £1.3bn") reviews mostly kept.
 */
const NATIONAL_FIGURE =
	/\b(UK|British|Britain's|the country's)\s+(adults|homes|households|consumers|shoppers|manufacturers|motorists|drivers|firms|companies|retailers|businesses|viewers|listeners|internet users)\b|\b(according to industry figures|industry figures show)\b/i;
const NATIONAL_STORY =
	/\b(UK|Britain|British|nationwide|national)\b(?!\s+(firm|company|group|retailer|maker|chain|bank|start-up))/;

function isMarketFigure(fact: Fact, index: ArticleIndex): boolean {
	if (!index.isNews || fact.sentence.index === index.lead) return false;
	const lead = index.sentences[index.lead]?.text ?? '';
	if (NATIONAL_STORY.test(`${index.headline ?? ''} ${lead}`)) return false;
	const match = NATIONAL_FIGURE.exec(fact.sentence.text);
	if (!match) return false;
	// The country's adults or homes as the sentence's subject, not "its database includes details of
	// 1.8 million UK businesses", which is the firm's own figure.
	const at = fact.sentence.start + match.index;
	return fact.sentence.tokens
		.filter((token) => token.end <= at)
		.every((token) => !token.tags.has('Verb') || token.normal === 'according');
}

/** "… said she had", "… told the group that she had": one person speaking of herself. */
const SPEAKS_OF_SELF = /\b(said|says|told\b[^,.]{0,30}?)\s+(that\s+)?(she|he|her|his)\b/i;

/**
 * "said she had lost about 70% of her grapes", "relocate her 45 staff", "their 300 reindeer": in
 * news, one interviewee's own figure is an anecdote beside the story (all three such questions on
 * fresh29–fresh38 rejected by both reviewers).
 */
function isPersonalFigure(fact: Fact, index: ArticleIndex): boolean {
	if (!index.isNews || !SPEAKS_OF_SELF.test(fact.sentence.text)) return false;
	const tokens = fact.sentence.tokens;
	const owner = /^(her|his|their)$/;
	const before = tokens.slice(Math.max(0, fact.first - 2), fact.first);
	const after = tokens.slice(fact.last + 1, fact.last + 3).map((token) => token.normal);
	return (
		// "Dennis Cartwright, 58, …, said he had been relying on a pension of about £11,000": a named
		// member of the public, given an age, telling of their own life.
		INTERVIEWEE_OPENING.test(fact.sentence.text) ||
		before.some((token) => owner.test(token.normal)) ||
		(after[0] === 'of' && owner.test(after[1] ?? ''))
	);
}

/** "Dennis Cartwright, 58, …": a news story's member of the public, named with an age. */
const INTERVIEWEE_OPENING = /^\p{Lu}\p{L}+ \p{Lu}[\p{L}'-]+, (aged )?\d{2},/u;

/**
 * "… has called in administrators, putting 340 jobs at risk", "Edith Marwick, who recorded the
 * weather … for 52 years, has died": in the lead, the jobs a firm's news puts at stake and the life's
 * work an obituary opens on are the news, though set off in a clause.
 */
function isLeadClauseNews(fact: Fact, index: ArticleIndex): boolean {
	if (fact.sentence.index !== index.lead || !FIGURE_TYPES.has(fact.type)) return false;
	const after = textAfter(fact);
	if (/^(jobs?|workers|staff|employees)\b/.test(after.trim())) return true;
	return /^[^,]+, who [^,]+$/.test(textBefore(fact)) && /^[^,]*, (?:has |had )?died\b/.test(after);
}

export function isSideFact(fact: Fact, index: ArticleIndex): boolean {
	if (isLeadClauseNews(fact, index)) return false;
	if (isInSideClause(fact) || isInCondition(fact) || isPlaceInOpinion(fact)) return true;
	if (isCompanyProfile(fact, index) || isPersonalFigure(fact, index)) return true;
	if (index.isNews && ROUND_UP_OPENING.test(fact.sentence.text)) return true;
	if (!FIGURE_TYPES.has(fact.type)) return false;
	return (
		(index.isNews && LAST_YEAR_OPENING.test(fact.sentence.text)) ||
		(index.isNews && isLastSeasonFigure(fact)) ||
		(index.isNews && PREVIOUS_OCCASION.test(fact.sentence.text)) ||
		isMarketFigure(fact, index) ||
		(index.isNews && isDividendPerShare(fact)) ||
		isTimeWindow(fact) ||
		isArguedFact(fact) ||
		isFrameOfCount(fact) ||
		isBetweenDashes(fact) ||
		isInPastPerfect(fact) ||
		isBackgroundFigure(fact, index)
	);
}

/**
 * "holding its final dividend at 4.2p a share, a total of 6.5p": a results story's payout per share
 * is a side figure.
 */
function isDividendPerShare(fact: Fact): boolean {
	if (!/\bdividends?\b/i.test(fact.sentence.text)) return false;
	// "raised its interim dividend by 14% to 2.4p a share": the rise is the payout's too.
	if (fact.type === 'percent') return true;
	const after = normalWords(fact.sentence.tokens, fact.last + 1, fact.last + 3);
	return /\d(\.\d+)?p$/.test(fact.option) || /^(a|per) share$/.test(after);
}

const REPORTING = /\b(said|says|told|announced|reported)\b/gi;
const WEEKDAY_OR_RECENT =
	/\b(on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|(last|this|next) (week|month|year))\b/i;

function definesTitle(lead: string, headline: string): boolean {
	const defined = definedSubjectOf(lead);
	if (!defined) return false;
	const bare = (text: string) => text.replace(/^the\s+/i, '').toLowerCase();
	if (bare(defined) === bare(headline)) return true;
	// "Walter Pennefather" over "Sir Walter Ambrose Pennefather FRCS (1841 – 1911) was a surgeon":
	// the entry names its subject in full, with title, middle name and honours.
	const words = new Set(bare(defined).split(/\s+/));
	const titleWords = bare(headline).split(/\s+/);
	return titleWords.length >= 2 && titleWords.every((word) => words.has(word));
}

/**
 * A news story reports: it has a headline and says who said what, or when this week it happened.
 * An encyclopedia passage's earlier years are its content, not background.
 */
export function looksLikeNews(sentences: readonly Sentence[], headline?: string): boolean {
	// "Braddon Mills strike" over "The Braddon Mills strike was an industrial dispute …": a title
	// and the passage defining it are an encyclopedia entry, whatever its sentences report.
	const lead = sentences.find((sentence) => !sentence.heading);
	if (headline && lead && definesTitle(lead.text, headline)) return false;
	const text = sentences.map((sentence) => sentence.text).join(' ');
	const reports = text.match(REPORTING)?.length ?? 0;
	if (WEEKDAY_OR_RECENT.test(text)) return Boolean(headline) || reports >= 2;
	return headline ? reports >= 1 : reports >= 3;
}
