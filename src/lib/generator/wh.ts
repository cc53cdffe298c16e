/**
 * Wh-questions built from the clause parse: the answer as subject ("Who announced …?"), or as object
 * or adverbial with do-support and inversion ("How many troops does the mission count in Kosovo?",
 * "When was the trust founded?"). Tense and number are kept from the sentence. Anything that does
 * not fit returns undefined and the caller falls back to a cloze or drops the fact.
 */
import type { QuestionKind } from '../core/quiz';
import type { ArticleIndex } from './article';
import {
	commaAfter,
	endsInsidePhrase,
	isVerbish,
	isFiniteVerb,
	pairedPlural,
	closesList,
	sharesNoun,
	joinsModifiers,
	parseClause,
	spanText,
	spanTextWithout,
	startsAsideAfterComma,
	SUBORDINATORS,
	type Clause,
	type Span
} from './clause';
import {
	accordingTo,
	cutsQuotation,
	finish,
	hasVerbIn,
	introText,
	invert,
	isSpeechVerb,
	speakerOf,
	startsWithVerb,
	subjectAfterInversion,
	verbForSingularSubject
} from './clause-text';
import { normalWords } from './token-spans';
import { parseWrittenNumber } from './numbers';
import { countedSubjectStem } from './counted-subject';
import type { Fact } from './facts';
import { KIND_NOUN, organisationKind } from './lists/organisations';
import type { Sentence, Token } from './sentences';
import type { Stem } from './stems';
import { CHANGE_VERB, SPEECH_VERBS, toInfinitive } from './verbs';

/** A year written as one token: "1952", "2004". */
const YEAR_TOKEN = /^1\d{3}$|^20\d\d$/;

function within(span: Span, fact: Fact): boolean {
	return fact.first >= span.from && fact.last < span.to;
}

function whichNoun(fact: Fact): string | undefined {
	switch (fact.type) {
		case 'organisation': {
			const tokens = fact.sentence.tokens.slice(fact.first, fact.last + 1);
			return KIND_NOUN[
				organisationKind(
					fact.option,
					tokens.some((token) => token.tags.has('SportsTeam'))
				)
			];
		}
		case 'country':
			return 'country';
		case 'city':
			return 'city';
		default:
			return undefined;
	}
}

/** The answer is the subject: "Who warned …?", "Which company built …?". */
function subjectQuestion(clause: Clause, fact: Fact, index: ArticleIndex): Stem | undefined {
	const sentence = clause.sentence;
	const tokens = sentence.tokens;
	const subject = clause.subject;
	// Only titles or roles may stand before the name, and only an apposition after a comma after it.
	const before = tokens.slice(subject.from, fact.first);
	const titleOnly = before.every(
		(token) =>
			/^\p{Lu}/u.test(token.text) ||
			/^(of|for|the|and)$/.test(token.normal) ||
			token.tags.has('Actor')
	);
	for (const [i, token] of before.entries()) {
		if (/^(and|or|but|with|nor|&)$/.test(token.normal) && !titleOnly) return undefined;
		if (token.tags.has('Possessive') || token.tags.has('Value')) return undefined;
		if (token.tags.has('Determiner') && !(i === 0 && titleOnly)) return undefined;
		if (token.tags.has('Preposition') && !titleOnly) return undefined;
		// "A third defendant, Jane Smith, was …": the name is an apposition to another noun phrase.
		if (commaAfter(token) && !titleOnly) return undefined;
	}
	if (fact.last + 1 < subject.to && !/,/.test(tokens[fact.last].post)) return undefined;
	if (/^(and|or|&)$/.test(tokens[fact.last + 1]?.normal ?? '')) return undefined;
	let wh: string;
	let kind: QuestionKind;
	if (fact.type === 'person') {
		wh = 'Who';
		kind = 'who';
	} else {
		const noun = whichNoun(fact);
		if (!noun) return undefined;
		wh = `Which ${noun}`;
		kind = 'which';
	}
	const according = accordingTo(clause, index);
	if (according === undefined) return undefined;
	const rest = spanText(sentence, clause.rest);
	const verb = verbForSingularSubject(clause);
	if (verb === '' || startsWithVerb(clause) || cutsQuotation(clause)) return undefined;
	// "Who said the man?": a speech verb needs a whole reported clause after it.
	if (isSpeechVerb(clause) && !hasVerbIn(clause, clause.rest)) return undefined;
	// Direct speech after the verb is asked only as a whole quotation (quotes.ts).
	if (/"/.test(sentence.tokens[clause.rest.from]?.pre ?? '')) return undefined;
	const prompt = finish(`${wh} ${verb} ${rest}${introText(clause, index)}${according}`);
	return prompt ? { kind, prompt } : undefined;
}

interface Asked {
	wh: string;
	kind: QuestionKind;
	/** Tokens removed from the rest: the answer and the words that go with it. */
	cut: Span;
}

const PLACE_PREPOSITIONS =
	/^(in|at|to|from|into|for|with|against|on|across|near|outside|inside|throughout)$/;

function isNegation(token: Token): boolean {
	return /^(not|never)$/.test(token.normal) || /n['’]t$/i.test(token.text);
}

const isFigure = (token: Token | undefined) =>
	Boolean(token?.tags.has('Value') && !token.tags.has('Ordinal'));
const isName = (token: Token | undefined) => /^\p{Lu}/u.test(token?.text ?? '');
/** Money, a share, a figure in digits or anything else: what a second figure must match. */
const figureKind = (token: Token | undefined) =>
	['Money', 'Percent'].find((tag) => token?.tags.has(tag)) ??
	(/^\d/.test(token?.text ?? '') ? 'digits' : 'other');

/**
 * "have 14 seats, Labour six and …", "found £11,400 in cash, 2,000 unused leaflets and …",
 * "£1,100 a year on each empty house, more than £200,000 a year in total": after a comma in the
 * answer's clause, a name and a figure with no verb, a figure that opens the next item of a list, or
 * a second figure of the answer's kind set beside it, which the question would carry along.
 */
function hasFigureAfterComma(tokens: readonly Token[], last: number): boolean {
	for (let i = last; i < tokens.length - 1; i++) {
		// Only the answer's own clause: "in 1815; they had four boats, two of which …" is another.
		if (/;/.test(tokens[i].post) || (i > last && isFiniteVerb(tokens[i]))) break;
		if (!/,/.test(tokens[i].post)) continue;
		// "13 seats, the Conservatives nine": a name may come with its "the".
		const start = tokens[i + 1]?.normal === 'the' && isName(tokens[i + 2]) ? i + 2 : i + 1;
		let j = start;
		while (j < start + 4 && isName(tokens[j]) && !isFigure(tokens[j])) j++;
		const named = j > start;
		const bound = normalWords(tokens, j, j + 2);
		const bounded =
			!named && /^(more than|less than|almost|nearly|about|over|around)\b/.test(bound);
		if (bounded) j += bound.startsWith('more') || bound.startsWith('less') ? 2 : 1;
		// "in 1947, one of the first women" is an apposition, not a second item; nor does "20 rooms
		// …, less than half a mile away" set a figure of its kind beside them.
		const listed =
			named ||
			(bounded && figureKind(tokens[j]) === figureKind(tokens[last])) ||
			(tokens[j + 1]?.normal !== 'of' &&
				tokens.slice(j + 1, j + 5).some((token) => token.normal === 'and'));
		if (isFigure(tokens[j]) && listed) return true;
	}
	return false;
}

/**
 * "costs about £2.5m to buy and up to £1m a year to run": a second figure after "and", its verb
 * left out, makes a wh-question of two questions ("How much does it cost to buy and up to £1m …?").
 */
function hasGappedFigure(tokens: readonly Token[], last: number): boolean {
	if (hasFigureAfterComma(tokens, last)) return true;
	const and = tokens.findIndex((token, i) => i > last && token.normal === 'and');
	if (and < 0 || /,/.test(tokens[and - 1].post)) return false;
	// "to buy" says what the figure is for; any other verb starts a clause of its own.
	const ownVerb = tokens
		.slice(last + 1, and)
		.some((token, i) => isVerbish(token) && tokens[last + i].normal !== 'to');
	if (ownVerb) return false;
	// "and Arts Council England £90,000": the second giver's name may run to several words.
	let from = and + 1;
	while (from < and + 5 && isName(tokens[from]) && !isFigure(tokens[from])) from++;
	for (const token of tokens.slice(from, from + 3)) {
		if (token.tags.has('Cardinal') || token.tags.has('Money') || token.tags.has('Percent'))
			return true;
		if (isVerbish(token)) return false;
	}
	return false;
}

/** What to ask and what to cut when the answer is in the predicate. */
/** "is crossed by", "was won by": "by" after a form of "be" and a participle names an agent. */
function isPassiveAgent(tokens: readonly Token[], by: number): boolean {
	const participle = tokens[by - 1];
	if (!participle || !/^\p{Ll}+(ed|en|wn|ht)$/u.test(participle.normal)) return false;
	return tokens
		.slice(Math.max(0, by - 4), by - 1)
		.some((token) => /^(is|are|was|were|be|been|being)$/.test(token.normal));
}

const SALE_VERB =
	/^(buy|buys|bought|buying|sell|sells|sold|selling|resold|purchased?|acquired?|auctioned|leased?|let|rented|hired)$/;

/** The sentence's text from an absolute offset on. */
function textAfter(sentence: Clause['sentence'], offset: number): string {
	return sentence.text.slice(offset - sentence.start);
}

function askAbout(clause: Clause, fact: Fact): Asked | undefined {
	const tokens = clause.sentence.tokens;
	const direct = fact.first === clause.rest.from;
	const prepIndex = fact.first - 1;
	const prep = prepIndex >= clause.rest.from ? tokens[prepIndex] : undefined;
	const preposition =
		prep && prep.tags.has('Preposition') && !/,/.test(prep.post) ? prep.normal : undefined;
	// "bought its own ships from 1866 and by 1890 owned a fleet": the answer opens a second predicate.
	// "… from 1843 to 1847 and again in 1853" too.
	if (
		preposition &&
		(tokens[prepIndex - 1]?.normal === 'and' ||
			(tokens[prepIndex - 2]?.normal === 'and' &&
				/^(again|later|then|finally|once)$/.test(tokens[prepIndex - 1]?.normal ?? '')))
	)
		return undefined;
	if (hasGappedFigure(tokens, fact.last)) return undefined;
	const withPrep = { from: prepIndex, to: fact.last + 1 };
	const bare = { from: fact.first, to: fact.last + 1 };
	// The answer must hang on the main verb itself, not on a later verb or clause in the predicate.
	for (let i = clause.rest.from; i < fact.first; i++) {
		const token = tokens[i];
		if (
			isVerbish(token) ||
			commaAfter(token) ||
			token.tags.has('Gerund') ||
			// "suffering since the start of the tour on 2 March": the answer dates the "since".
			token.normal === 'that' ||
			token.normal === 'since' ||
			// "struck a century as Durham beat Worcestershire by 43 runs": the answer is in a clause
			// of its own, whose verb compromise may not even tag ("beat" as a noun).
			(SUBORDINATORS.has(token.normal) &&
				/^(\p{Lu}|(he|she|they|it|we)$)/u.test(tokens[i + 1]?.text ?? ''))
		)
			return undefined;
	}
	// "served as chairman until his death in 1949", "called up … for next month's tie against
	// Luxembourg in Glasgow": the answer belongs to the noun of a phrase after the verb, not to it.
	if (
		preposition &&
		tokens[prepIndex - 1]?.tags.has('Noun') &&
		!tokens[prepIndex - 1]?.tags.has('Date') &&
		tokens
			.slice(clause.rest.from, prepIndex - 1)
			.some((token) => /^(until|against)$/.test(token.normal))
	)
		return undefined;
	// "promoted to commander in 1834 and to captain … in 1846", "declined … after an outbreak of
	// plague in 1631": another year before the answer, or a clause the answer dates, leaves the
	// question asking the wrong thing.
	if (fact.type === 'year' || fact.type === 'date') {
		// "The collapse of the bank was the failure of a private bank in Kent in December 1841": a
		// definition dates what it defines, and "When was the collapse … the failure of …?" misreads.
		const copula =
			clause.verb.to - clause.verb.from === 1 &&
			/^(is|was|are|were)$/.test(tokens[clause.verb.from].normal);
		if (copula && /^(the|a|an)$/.test(tokens[clause.rest.from]?.normal ?? '')) return undefined;
		const between = tokens.slice(clause.rest.from, prepIndex);
		if (between.some((token) => YEAR_TOKEN.test(token.text))) return undefined;
		// "grew rapidly in the 19th century after the opening of a railway in 1859": the verb has its
		// time already, and the year dates something else.
		if (
			preposition === 'in' &&
			between.some((token) => /^(century|centuries|decade)$/.test(token.normal))
		)
			return undefined;
		// "was permanently inhabited from at least the Norse period until 1946": "Until what year was
		// Hoolsay inhabited from …?" splits the span it asks about (both reviewers, twice); the cloze
		// keeps it whole.
		if (preposition === 'until' && between.some((token) => token.normal === 'from'))
			return undefined;
		if (
			between.some(
				(token, i) =>
					/^(after|before|when|while|until)$/.test(token.normal) &&
					/^(a|an|the)$/.test(between[i + 1]?.normal ?? '')
			)
		)
			return undefined;
	}
	// The place or time of a speech act ("Where did X say …") is never the point of the sentence.
	if (isSpeechVerb(clause)) return undefined;
	// "will not open until 2009" would read "Until what year will … not open": left to the cloze.
	if (preposition === 'until' && tokens.slice(0, prepIndex).some(isNegation)) return undefined;
	// "closed 1% higher", "rose 3% on the day": a measure of change, not an object.
	const after = tokens[fact.last + 1];
	if (
		after &&
		(/^(higher|lower|up|down|more|less|ahead|behind|above|below|better|worse|over)$/.test(
			after.normal
		) ||
			// "was £1.9m cheaper": "How much was the bid cheaper" puts the comparative last.
			after.tags.has('Comparative'))
	)
		return undefined;
	switch (fact.type) {
		case 'person':
			return direct ? { wh: 'Who', kind: 'who', cut: bare } : undefined;
		case 'organisation':
		case 'country':
		case 'city': {
			const noun = whichNoun(fact);
			if (!noun) return undefined;
			if (direct) return { wh: `Which ${noun}`, kind: 'which', cut: bare };
			if (!preposition || !PLACE_PREPOSITIONS.test(preposition)) return undefined;
			// "Youth clubs in England are to stay open": a place inside the subject is left to the
			// cloze ("Where does youth club are to stay open" otherwise).
			// compromise may take "clubs" for the verb: a finite verb right after the place shows the
			// place closed the subject.
			const following = tokens[fact.last + 1];
			if (
				fact.first < clause.verb.from ||
				following?.tags.has('Copula') ||
				following?.tags.has('Auxiliary')
			)
				return undefined;
			if ((preposition === 'in' || preposition === 'at') && fact.type !== 'organisation')
				return { wh: 'Where', kind: 'where', cut: withPrep };
			const capital = preposition[0].toUpperCase() + preposition.slice(1);
			return { wh: `${capital} which ${noun}`, kind: 'which', cut: withPrep };
		}
		case 'year':
			if (datesPastPlan(clause)) return undefined;
			// "was the laying in 1903 of a cable": the year sits inside a noun phrase, and "In what year
			// was … the laying of a cable?" reads as if it dated the being.
			if (tokens[fact.last + 1]?.normal === 'of' && tokens[prepIndex - 1]?.tags.has('Noun'))
				return undefined;
			if (preposition === 'in') return { wh: 'In what year', kind: 'when', cut: withPrep };
			if (preposition === 'by' || preposition === 'until')
				return {
					wh: `${preposition[0].toUpperCase()}${preposition.slice(1)} what year`,
					kind: 'when',
					cut: withPrep
				};
			return undefined;
		case 'date':
			// "an incident in the 53rd minute of the game on 4 December": the date is the game's.
			if (
				tokens[prepIndex - 1]?.tags.has('Noun') &&
				tokens[prepIndex - 2]?.normal === 'the' &&
				tokens[prepIndex - 3]?.normal === 'of'
			)
				return undefined;
			if (preposition === 'on' || preposition === 'in')
				return { wh: 'When', kind: 'when', cut: withPrep };
			if (preposition === 'by' || preposition === 'until')
				return {
					wh: `${preposition[0].toUpperCase()}${preposition.slice(1)} what date`,
					kind: 'when',
					cut: withPrep
				};
			return undefined;
		case 'quantity': {
			if (!fact.unit) return undefined;
			// "is 1,056 metres long" would read "How many metres is the bridge long?": left to the cloze.
			if (/^(long|high|wide|deep|tall|thick|old|away)$/.test(tokens[fact.last + 2]?.normal ?? ''))
				return undefined;
			const unitWords = fact.unit.split(' ').length;
			// "23 feature films", with "films" tagged a verb: which word is counted is unclear.
			const next = tokens[fact.last + 1 + unitWords];
			if (unitWords === 1 && next && /^\p{Ll}+[^s]s$/u.test(next.text) && next.tags.has('Verb'))
				return undefined;
			// "two supermarket own-label contracts": a singular word after a count above one qualifies
			// the counted noun further on, which "How many supermarket has … supplying own-label
			// contracts" cuts off.
			const unitToken = tokens[fact.last + 1];
			if (
				unitWords === 1 &&
				(parseWrittenNumber(tokens[fact.last].text)?.value ?? 0) > 1 &&
				unitToken !== undefined &&
				!unitToken.tags.has('Plural') &&
				!commaAfter(unitToken) &&
				next !== undefined &&
				/^\p{Ll}/u.test(next.text) &&
				(next.tags.has('Noun') || next.tags.has('Adjective'))
			)
				return undefined;
			// "generated 61 call-outs": a hyphen joins the counted word to the next, which "How many
			// call did … generate outs" would split.
			if (/^-$/.test(tokens[fact.last + unitWords]?.post ?? '')) return undefined;
			// "costs 2,500 cedis (about 15p)": the brackets go, their words would stay in the stem.
			const unitEnd = tokens[fact.last + unitWords] ?? tokens[fact.last];
			if (/^\s*\(/.test(textAfter(clause.sentence, unitEnd.end))) return undefined;
			// "supplies about 2,300 shops, garden centres and supermarkets": the count is of a list, and
			// "How many shops does Brightfold supply, garden centres and supermarkets?" splits it.
			// compromise may read "garden" in "garden centres" as a verb: the list shows in the plural
			// noun before its "and".
			const listed = tokens.slice(fact.last + 1 + unitWords, fact.last + 6 + unitWords);
			const joinAt = listed.findIndex((token) => /^(and|or)$/.test(token.normal));
			if (
				commaAfter(tokens[fact.last + unitWords]) &&
				/^\p{Ll}/u.test(listed[0]?.text ?? '') &&
				joinAt >= 1 &&
				listed[joinAt - 1].tags.has('Plural') &&
				listed
					.slice(0, joinAt)
					.every(
						(token) =>
							/^\p{Ll}/u.test(token.text) &&
							!['Determiner', 'Preposition', 'Pronoun', 'Value'].some((tag) => token.tags.has(tag))
					)
			)
				return undefined;
			// "two Irish Sea routes": a counted noun after a name is no unit to ask "How many Irish Sea".
			if (/^\p{Lu}\S* \p{Lu}/u.test(fact.unit)) return undefined;
			// "three minutes 32.71 seconds": a time in two parts is no count of minutes.
			if (/^(minutes?|hours?)$/.test(fact.unit) && next && /^\d/.test(next.text)) return undefined;
			// "by 345 votes to 264": one side of a tally, which "By how many votes" would misread as the
			// margin; "eight minutes from time": the count belongs with what follows, not the verb.
			const follower = tokens[fact.last + 1 + unitWords];
			if (follower?.normal === 'to' && tokens[fact.last + 2 + unitWords]?.tags.has('Value'))
				return undefined;
			// "figures show 22 children under 14 were killed": the count is the subject of a clause
			// of its own, which "How many children do figures show …" would break apart.
			const ownClause = tokens
				.slice(fact.last + 1 + unitWords, fact.last + 5 + unitWords)
				.find((token) => isVerbish(token) || token.normal === 'and' || commaAfter(token));
			if (
				direct &&
				ownClause &&
				/^(was|were|is|are|had|have|has|would|will)$/.test(ownClause.normal)
			)
				return undefined;
			// "14 steam and 9 diesel locomotives": the counted noun comes after the second figure.
			if (follower?.normal === 'and' && tokens[fact.last + 2 + unitWords]?.tags.has('Value'))
				return undefined;
			if (
				/^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|laps?|overs?)$/.test(fact.unit) &&
				/^(from|into|before|after|left|remaining|to)$/.test(follower?.normal ?? '')
			)
				return undefined;
			// "interviewed eight candidates, three of them with …": asked as "How many candidates had the
			// board interviewed, three of them …", the aside hangs off the question.
			if (
				commaAfter(tokens[fact.last + unitWords]) &&
				tokens[fact.last + 2 + unitWords]?.normal === 'of' &&
				/^(them|whom|which)$/.test(tokens[fact.last + 3 + unitWords]?.normal ?? '')
			)
				return undefined;
			// "followed 186 adults with mildly raised cholesterol": the counted noun's own phrase would
			// be left after the verb ("did researchers follow with mildly raised cholesterol").
			if (
				direct &&
				tokens[fact.last + 1 + unitWords]?.normal === 'with' &&
				/^\p{Ll}/u.test(tokens[fact.last + 2 + unitWords]?.text ?? '')
			)
				return undefined;
			// "formed 18 months ago to fight …": "How many months did … form ago" reads backwards.
			// "levelled eleven minutes later": "How many minutes did he level later" reads backwards too.
			if (/^(ago|later|earlier)$/.test(tokens[fact.last + 1 + unitWords]?.normal ?? ''))
				return undefined;
			// "won five seats, up two": "How many seats did … win, up two?" hangs the change off the end.
			if (
				commaAfter(tokens[fact.last + unitWords]) &&
				/^(up|down)$/.test(tokens[fact.last + 1 + unitWords]?.normal ?? '')
			)
				return undefined;
			const unitCut = { from: direct ? fact.first : prepIndex, to: fact.last + 1 + unitWords };
			// "three British women": the unit as the sentence writes it, names and peoples capitalised.
			const written = tokens
				.slice(fact.last + 1, fact.last + 1 + unitWords)
				.map((token) => token.text)
				.join(' ');
			const unit =
				written.toLowerCase() === fact.unit.toLowerCase() ? written : fact.unit.toLowerCase();
			if (direct) return { wh: `How many ${unit}`, kind: 'how-many', cut: unitCut };
			// "is crossed by eleven road bridges": the agent of a passive, not a margin.
			// "hit the fastest century … as Gloucestershire beat Somerset by 58 runs": the margin
			// belongs to the clause after "as", not to the verb the question would ask it of.
			const laterClause = tokens
				.slice(1, prepIndex)
				.some((token) => /^(as|when|while|after|before)$/.test(token.normal));
			// "A games studio founded by three graduates … is to create": a verb of the sentence's own
			// before the next comma shows the "by" phrase describes the subject.
			const rest = tokens.slice(fact.last + 1);
			const comma = rest.findIndex((token) => commaAfter(token));
			const ownVerbLater = rest
				.slice(0, comma < 0 ? rest.length : comma + 1)
				.some((token) => /^(is|are|was|were|has|have|had|will)$/.test(token.normal));
			if (
				preposition === 'by' &&
				!isPassiveAgent(tokens, prepIndex) &&
				!laterClause &&
				!ownVerbLater
			)
				return { wh: `By how many ${unit}`, kind: 'how-many', cut: unitCut };
			return undefined;
		}
		case 'money':
			// "gained $1.52 to $56.87": the question would read "How much did Brent gain to $56.87?".
			if (tokens[fact.last + 1]?.normal === 'to' && tokens[fact.last + 2]?.tags.has('Value'))
				return undefined;
			// "31 million euros": the currency word would be left behind in the stem.
			if (
				/^(euros?|dollars?|pounds?|yen|yuan|francs?|rupees?|roubles?|rubles?|pesos?|krona|kronor|won)$/.test(
					fact.sentence.tokens[fact.last + 1]?.normal ?? ''
				)
			)
				return undefined;
			// "could exceed $30m (£16m)": the conversion in brackets would stay behind in the stem.
			if (/^\s*\(\s*[£$€]/.test(textAfter(clause.sentence, tokens[fact.last].end)))
				return undefined;
			if (direct) return { wh: 'How much', kind: 'how-much', cut: bare };
			// "sell to wholesalers for about €2.10 a kilo", "bought the animals for about €5 each": "For
			// how much do they sell to wholesalers a kilo?" strands the rate (both reviewers rejected
			// all five such questions); the cloze keeps it beside the price.
			if (preposition === 'for' && isRateAfter(tokens, fact.last)) return undefined;
			// "For how much was the block refurbished", "… did he collect a winner's cheque", "… had the
			// council turned down a request": only a sale or a purchase is asked "For how much" (the other
			// verbs drew 1 acceptance in 12 verdicts); the cloze keeps the price in its own words.
			if (
				preposition === 'for' &&
				!tokens.slice(clause.verb.from, prepIndex).some((token) => SALE_VERB.test(token.normal))
			)
				return undefined;
			if (preposition === 'by' || preposition === 'for')
				return {
					wh: `${preposition === 'by' ? 'By' : 'For'} how much`,
					kind: 'how-much',
					cut: withPrep
				};
			return undefined;
		case 'percent':
			// "redshank fell by 28% and dunlin by 22%": another share before the answer belongs to
			// another subject, and the question would ask "did redshank fall by 28% and dunlin".
			if (tokens.slice(clause.rest.from, prepIndex).some((token) => token.text.endsWith('%')))
				return undefined;
			// "shares fell 6%": the figure measures the change, so it is asked "By what percentage".
			if (direct && CHANGE_VERB.test(tokens[clause.verb.to - 1]?.normal ?? ''))
				return { wh: 'By what percentage', kind: 'what', cut: bare };
			// "Turnout was 71%" would read "What percentage was turnout": left to the cloze.
			if (direct && /^(is|was|are|were|be|been)$/.test(tokens[clause.verb.to - 1]?.normal ?? ''))
				return undefined;
			if (direct) return { wh: 'What percentage', kind: 'what', cut: bare };
			if (preposition === 'by') return { wh: 'By what percentage', kind: 'what', cut: withPrep };
			return undefined;
	}
}

/**
 * "has 188 stores in the UK and employs 9,500 people": a second verb joined by "and" after the
 * answer has a subject of its own in the question; the predicate ends before it.
 */
function ownPredicate(clause: Clause, cut: Span): Span {
	const tokens = clause.sentence.tokens;
	for (let i = cut.to; i < clause.rest.to - 1; i++) {
		// "occurred on 11 August 1894 when a landing stage collapsed", "fell 13% to £38.6m, with the
		// company saying …": a clause of its own, left out of the question.
		const afterComma = commaAfter(tokens[i - 1]);
		const whenClause = tokens[i].normal === 'when' && (i === cut.to || afterComma);
		const withSaying =
			tokens[i].normal === 'with' &&
			afterComma &&
			tokens.slice(i, clause.rest.to).some((token) => /^(saying|says|said)$/.test(token.normal));
		if (whenClause || withSaying || startsAsideAfterComma(tokens, i))
			return { from: clause.rest.from, to: i };
		if (tokens[i].normal !== 'and') continue;
		// compromise reads "and employs about 9,500" as a plural noun: a bare "-s" word before a
		// figure or an article is a verb.
		const next = tokens[i + 1];
		const after = tokens[i + 2];
		const verbBeforeObject =
			/^\p{Ll}+s$/u.test(next.text) &&
			after !== undefined &&
			(after.tags.has('Value') ||
				after.tags.has('Determiner') ||
				// "and employs about 9,500", not "the coal and ironworks around Wyreford".
				(/^(about|around)$/.test(after.normal) && Boolean(tokens[i + 3]?.tags.has('Value'))));
		// "new handsets, network equipment and training": a gerund closing a list is its last item.
		const gerundItem =
			(next.tags.has('Gerund') && closesList(tokens, clause.rest.from, i)) ||
			sharesNoun(tokens, i) ||
			joinsModifiers(tokens, i);
		if ((isVerbish(next) && !pairedPlural(tokens, i) && !gerundItem) || verbBeforeObject)
			return { from: clause.rest.from, to: listedPredicateStart(tokens, cut.to, i) };
		// "opened in 1908, and by 1914 Garvock products were exported": after a comma, "and" starts
		// a clause of its own wherever a verb follows.
		const clauseAfterComma =
			/,/.test(tokens[i - 1].post) &&
			tokens.slice(i + 1, clause.rest.to).some((token) => isVerbish(token));
		if (clauseAfterComma)
			return { from: clause.rest.from, to: listedPredicateStart(tokens, cut.to, i) };
	}
	// The clause itself may end at that "and" (clause.ts).
	if (tokens[clause.rest.to]?.normal === 'and')
		return { from: clause.rest.from, to: listedPredicateStart(tokens, cut.to, clause.rest.to) };
	// "formed in 1989 by local residents and, after buying the building, raised …": the clause ends
	// at the comma after the "and", which belongs to what follows.
	const last = clause.rest.to - 1;
	if (last >= cut.to && /^(and|but|or)$/.test(tokens[last]?.normal ?? ''))
		return { from: clause.rest.from, to: listedPredicateStart(tokens, cut.to, last) };
	return clause.rest;
}

/**
 * "was sold to Greek owners in 1938, converted into a cargo ship, and scuttled …": the "and"
 * closes a list of predicates, and the answer's own is only the first; the list's second item,
 * after a comma, starts what the question leaves out.
 */
function listedPredicateStart(tokens: Sentence['tokens'], from: number, and: number): number {
	if (!commaAfter(tokens[and - 1])) return and;
	for (let i = from; i < and; i++)
		if (commaAfter(tokens[i - 1]) && tokens[i].tags.has('PastTense')) return i;
	return and;
}

/** Prepositions that open a phrase of time or place, never a subject. */
const OPENING_PREPOSITION =
	/^(in|on|at|during|after|before|since|within|until|by|from|throughout)$/;

/**
 * Where compromise's parse of the clause cannot be trusted for a wh-question, which would read
 * broken: the sentence is left to the cloze.
 */
function misreadsSubject(clause: Clause): boolean {
	// "In the following year the Admiralty ordered six instruments": an opening phrase with no comma
	// after it was read into the subject ("How many instruments did In the following year …").
	const tokens = clause.sentence.tokens;
	const opening = tokens[clause.subject.from];
	if (OPENING_PREPOSITION.test(opening?.normal ?? '')) return true;
	// "Together they produce about 30 million kilowatt hours": a word before the pronoun subject.
	const subjectWords = tokens.slice(clause.subject.from, clause.subject.to);
	if (
		subjectWords.length > 1 &&
		/^(he|she|it|they|we)$/.test(subjectWords[subjectWords.length - 1].normal)
	)
		return true;
	// "A charter granted by Henry III in 1261 allowed …": the parsed verb opens a description of
	// the subject, and the sentence's own verb comes later ("did a charter grant by Henry III allowed").
	if (tokens[clause.verb.to]?.normal === 'by') {
		for (const token of tokens.slice(clause.verb.to + 1, clause.rest.to)) {
			// "fell by 14% after it warned": a verb of a clause of its own is no sign.
			if (SUBORDINATORS.has(token.normal) || /^(that|which|who|and)$/.test(token.normal)) break;
			if (token.tags.has('PastTense')) return true;
		}
	}
	// "Captain Sarah Ainscough hit 84 and leg-spinner Kirsty Lonsdale took four wickets": a first
	// clause, verb and all, read into the subject of the second.
	const and = subjectWords.findIndex((token) => token.normal === 'and');
	const finite = (token: Token) =>
		token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Participle');
	// The tagger may take "hit" for a noun: a name, a lower-case word and a figure are a clause too.
	const nameVerbFigure = (token: Token, k: number) =>
		token.tags.has('ProperNoun') &&
		/^\p{Ll}/u.test(subjectWords[k + 1]?.text ?? '') &&
		Boolean(subjectWords[k + 2]?.tags.has('Value'));
	const first = subjectWords.slice(0, Math.max(0, and));
	// "the company's sales rose by 19% to £31.4m and pre-tax profits climbed 23%": the tagger took
	// "rose" for the flower; a word of change moved "by" or "to" a figure is a verb all the same.
	const movedByFigure = (token: Token, k: number) =>
		CHANGE_VERB.test(token.normal) &&
		/^(by|to)$/.test(first[k + 1]?.normal ?? '') &&
		Boolean(first[k + 2]?.tags.has('Value'));
	if (and > 0 && (first.some(finite) || first.some(nameVerbFigure) || first.some(movedByFigure)))
		return true;
	// "So far the divers have recorded …": an adverb phrase with no comma read into the subject.
	const [firstWord, secondWord] = subjectWords;
	if (
		(firstWord?.tags.has('Adverb') || firstWord?.tags.has('Adjective')) &&
		/^\p{Ll}/u.test(firstWord.text) &&
		secondWord?.tags.has('Determiner')
	)
		return true;
	// "Assaults on passengers and staff … rose": compromise took "staff" for the verb and "rose" for
	// a noun, leaving the subject to end on "and".
	if (/^(and|or|but|nor)$/.test(subjectWords[subjectWords.length - 1]?.normal ?? '')) return true;
	// "Brundish produced 64 of the 88 plates for Carrow's Flora, published in two volumes in 1874":
	// a participle after a comma describes what came before; the clause, verb and all, is no subject.
	const verb = tokens[clause.verb.from];
	if (
		clause.verb.to - clause.verb.from === 1 &&
		commaAfter(tokens[clause.verb.from - 1]) &&
		verb?.tags.has('PastTense') &&
		subjectWords.some(
			(token, k) =>
				k > 0 &&
				((token.tags.has('PastTense') && finite(token)) ||
					// The tagger may take "produced" for an adjective: one before a figure or an article.
					(/^\p{Ll}+ed$/u.test(token.text) &&
						Boolean(
							subjectWords[k + 1]?.tags.has('Value') || subjectWords[k + 1]?.tags.has('Determiner')
						)))
		)
	)
		return true;
	return false;
}

/**
 * "Amberlight's first major task was to lay a cable … in 1903": "In what year was its task to lay
 * …?" asks when the plan was made, not when the cable was laid. ("How much is Vistara to spend"
 * of a plan still to come reads well.)
 */
function datesPastPlan(clause: Clause): boolean {
	const verbWords = clause.sentence.tokens.slice(clause.verb.from, clause.verb.to);
	return verbWords.some(
		(token, k) => /^(was|were)$/.test(token.normal) && verbWords[k + 1]?.normal === 'to'
	);
}

/** A reporting verb and its "that" inside what was parsed as the subject. */
const REPORTING_INSIDE =
	/\b(show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated|find|finds|found|say|says|said|claim|claims|claimed) that\b/i;

/** The answer is in the predicate: wh-word first, then auxiliary, subject, verb and what is left. */
function predicateQuestion(
	clause: Clause,
	fact: Fact,
	index: ArticleIndex,
	according: string
): Stem | undefined {
	const asked = askAbout(clause, fact);
	if (!asked) return undefined;
	// "Sales of CD singles in the UK fell …": compromise took "singles" for the verb; a verb in the
	// past right after the answer's phrase is the sentence's own, and the parse is not to be trusted.
	const next = clause.sentence.tokens[asked.cut.to];
	if (asked.cut.from === clause.rest.from && next?.tags.has('Verb') && next.tags.has('PastTense'))
		return undefined;
	const inverted = invert(clause);
	const subject = subjectAfterInversion(clause, index);
	if (!inverted || !subject || startsWithVerb(clause) || cutsQuotation(clause)) return undefined;
	if (misreadsSubject(clause)) return undefined;
	// "Figures … show that one in five trials did not go ahead in 2004": compromise took "show" for
	// a noun, and the subject swallowed the reporting verb; the "did" is the reported clause's.
	if (REPORTING_INSIDE.test(subject)) return undefined;
	// "In what year has attendance ranged …": a year cannot be asked of the present perfect.
	if (asked.kind === 'when' && /^(has|have)$/.test(inverted.auxiliary)) return undefined;
	const predicate = ownPredicate(clause, asked.cut);
	if (endsInsidePhrase(clause.sentence.tokens, predicate, asked.cut)) return undefined;
	const rest = spanTextWithout(clause.sentence, predicate, asked.cut);
	// A bare count after the cut ("How many troops does it count more than") means the cut went wrong.
	if (/^(than|of|and|or)\b/i.test(rest.trim())) return undefined;
	// "five nights at the Arena and four at Wembley": the second count shares the first one's noun,
	// which the question has moved to its front.
	if (/\b(and|or) (\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(rest))
		return undefined;
	// "runs 22 cinemas with 146 screens": "How many cinemas does Vistara run with 146 screens?" asks
	// for cinemas of 146 screens each.
	if (asked.kind === 'how-many' && /^with (about |more than |some )?\d/i.test(rest.trim()))
		return undefined;
	// "X is a road bridge in Scotland" → "Where is X a road bridge?": a definition is left to the cloze.
	if (/^(is|was|are|were)$/.test(inverted.auxiliary) && inverted.verbTail.trim() === '')
		if (/^(a|an)\b/i.test(rest.trim())) return undefined;
	const prompt = finish(
		`${asked.wh} ${inverted.auxiliary} ${subject} ${inverted.verbTail} ${rest}${introText(clause, index)}${according}`
	);
	return prompt ? { kind: asked.kind, prompt } : undefined;
}

/** "X said (that) CLAUSE": the question is about the reported clause, "according to X". */
function reportedClause(clause: Clause): Clause | undefined {
	const tokens = clause.sentence.tokens;
	const verb = tokens[clause.verb.to - 1];
	if (
		!SPEECH_VERBS.has(
			toInfinitive(verb.normal, verb.tags.has('PastTense') ? 'PastTense' : 'PresentTense')
		)
	)
		return undefined;
	let from = clause.rest.from;
	if (/[:"]/.test(verb.post)) return undefined; // direct speech is handled as a quotation
	const startsWithThat = tokens[from]?.normal === 'that';
	const takesListener =
		!/^(said|says|added|adds|explained|explains|insisted|argued|claimed|stressed|admitted|believes|believed|thinks|thought|predicted|estimated|announced|confirmed|revealed|noted)$/.test(
			verb.normal
		);
	if (!startsWithThat && takesListener) {
		// "told the Herald that …": skip the listener, up to "that".
		let that = from;
		while (that < Math.min(clause.rest.to, from + 6) && tokens[that].normal !== 'that') that++;
		if (tokens[that]?.normal !== 'that') return undefined;
		from = that;
	}
	if (tokens[from]?.normal === 'that') from++;
	// "says the baths lost £186,000 last year and that visits have fallen …": a second "and that"
	// reports another clause, which the question about the first would carry along.
	let to = clause.rest.to;
	for (let i = from; i < to - 1; i++)
		if (tokens[i].normal === 'and' && tokens[i + 1].normal === 'that') to = i;
	const inner = parseClause(clause.sentence, from, to);
	if (!inner || inner.intro) return undefined;
	return inner;
}

/** Verbs of reporting that a "that" clause follows: "estimate that", "show that". */
const REPORTING_BEFORE_THAT =
	/^(estimate|estimates|show|shows|showed|say|says|suggest|suggests|believe|believes|think|thinks|found|find|finds|claim|claims|argue|argues|fear|fears|warn|warns|predict|predicts)$/;

/** Verbs of a figure's movement in the past, which the tagger may read as nouns ("rose"). */
const MOVED = /^(rose|fell|grew|sank|slid|slumped|soared|dropped|jumped|climbed|doubled|halved)$/;

export function whStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	const sentence: Sentence = fact.sentence;
	if (fact.type === 'quantity' && fact.first === 0) return countedSubjectStem(fact, index);
	const clause = parseClause(sentence);
	if (!clause) return undefined;
	// "A painting … that was stolen in 1982 has been recovered": a subject that ends on a relative
	// pronoun took the relative clause's verb for the sentence's own.
	if (/^(that|which|who)$/.test(sentence.tokens[clause.subject.to - 1]?.normal ?? ''))
		return undefined;
	// "Argentine wine exports rose by 31%": the tagger took the plural noun for the verb and "rose"
	// for its object ("By what percentage does Argentine wine export rose").
	const afterVerb = sentence.tokens[clause.verb.to]?.normal ?? '';
	if (/s$/.test(sentence.tokens[clause.verb.from]?.normal ?? '') && MOVED.test(afterVerb))
		return undefined;
	// "The MPs estimate that each abandoned day … costs": the tagger took the reporting verb for a
	// noun, and the subject ran on into the reported clause ("How much does the MPs estimate …").
	const subjectWords = sentence.tokens.slice(clause.subject.from, clause.subject.to);
	if (
		subjectWords.some(
			(token, i) =>
				token.normal === 'that' && REPORTING_BEFORE_THAT.test(subjectWords[i - 1]?.normal ?? '')
		)
	)
		return undefined;
	if (within(clause.subject, fact)) return subjectQuestion(clause, fact, index);
	if (within(clause.rest, fact)) {
		const inner = reportedClause(clause);
		if (inner) {
			if (!within(inner.rest, fact)) return undefined;
			const speaker = speakerOf(clause, index);
			if (!speaker) return undefined;
			const stem = predicateQuestion(inner, fact, index, `, according to ${speaker}`);
			// "She said she had spent four years on it": the speaker already asks the question.
			if (stem && stem.prompt.split(speaker).length > 2)
				return predicateQuestion(inner, fact, index, '');
			return stem;
		}
		const according = accordingTo(clause, index);
		if (according === undefined) return undefined;
		return predicateQuestion(clause, fact, index, according);
	}
	if (clause.attribution && within(clause.attribution.speaker, fact)) {
		return speakerQuestion(clause, fact);
	}
	if (clause.intro && within(clause.intro, fact)) return openingYearQuestion(clause, fact, index);
	return undefined;
}

/**
 * "In 1952 she founded the Little Lantern Marionette Theatre" → "In what year did Ada Gillow found
 * the Little Lantern Marionette Theatre?": a year that is the whole opening phrase dates the verb.
 */
function openingYearQuestion(clause: Clause, fact: Fact, index: ArticleIndex): Stem | undefined {
	const tokens = clause.sentence.tokens;
	const intro = clause.intro;
	if (fact.type !== 'year' || !intro || clause.attribution) return undefined;
	if (intro.from !== fact.first - 1 || intro.to !== fact.last + 1) return undefined;
	if (tokens[intro.from].normal !== 'in') return undefined;
	// "In 1959 … and two years later": another year or a span after it reckons from this one.
	if (tokens.some((token, i) => i !== fact.first && YEAR_TOKEN.test(token.text))) return undefined;
	const inverted = invert(clause);
	const subject = subjectAfterInversion(clause, index);
	if (!inverted || !subject || startsWithVerb(clause) || cutsQuotation(clause)) return undefined;
	if (misreadsSubject(clause) || isSpeechVerb(clause)) return undefined;
	if (/^(has|have)$/.test(inverted.auxiliary)) return undefined;
	const predicate = ownPredicate(clause, { from: clause.rest.from, to: clause.rest.from });
	const asked = spanText(clause.sentence, predicate);
	// "recorded the lichens growing on trees, walls and gravestones", "returned to Ellesbury and,
	// with a loan …, bought": a predicate cut off inside a list or before its second verb.
	if (tokens[predicate.to]?.normal === 'and' || /\band,/.test(asked)) return undefined;
	const prompt = finish(
		`In what year ${inverted.auxiliary} ${subject} ${inverted.verbTail} ${asked}`
	);
	return prompt ? { kind: 'when', prompt } : undefined;
}

/**
 * "Patriots wanted …, Mr Straw said." → "Who said patriots wanted …?": the whole statement is
 * reported, so it is asked only when nothing of it was cut and it holds no quotation.
 */
function speakerQuestion(clause: Clause, fact: Fact): Stem | undefined {
	const attribution = clause.attribution;
	if (!attribution || fact.type !== 'person') return undefined;
	// The speaker phrase may hold a title before the name, nothing after it.
	if (fact.last !== attribution.speaker.to - 1) return undefined;
	if (clause.rest.to !== attribution.cut) return undefined;
	const sentence = clause.sentence;
	const statement = spanText(sentence, { from: 0, to: attribution.cut });
	if (/"/.test(statement) || cutsQuotation(clause)) return undefined;
	const first = sentence.tokens[0];
	const opening =
		first.tags.has('ProperNoun') || first.tags.has('Person') || /^I$/.test(first.text);
	const reported = opening ? statement : statement[0].toLowerCase() + statement.slice(1);
	const prompt = finish(`Who said ${reported}`);
	return prompt ? { kind: 'who', prompt } : undefined;
}

/** "€2.10 a kilo", "£4.20 each", "$900 per tonne": a price for one of something. */
function isRateAfter(tokens: readonly Token[], last: number): boolean {
	const [next, unit] = [tokens[last + 1], tokens[last + 2]];
	if (!next) return false;
	if (next.normal === 'each') return true;
	return /^(a|an|per)$/.test(next.normal) && unit !== undefined && unit.tags.has('Singular');
}
