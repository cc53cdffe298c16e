/**
 * Three wrong options of the same type and form as the answer: from the article first, then from the
 * built-in lists, numbers and dates perturbed in their own format. Options that are part of the
 * answer, share a name with it, or are true in the same sentence are never offered.
 */
import type { ArticleIndex } from './article';
import { roleInPredicate } from './roles';
import {
	chaseCeiling,
	deathYear,
	careerCeiling,
	decadeOfLifeBound,
	labelDigits,
	laterAgeFloor,
	leadSpan,
	minorityCeiling,
	multipleBound,
	multipliedChangeBound,
	originYear,
	periodMaximum,
	shareBound,
	surveyedCeiling
} from './number-limits';
import { birthStem } from './birth';
import { FUTURE, leadSentenceOf, surnameOf } from './article';
import { textAfter, textBefore, type Fact } from './facts';
import { headlineRange } from './repeats';
import { boundOf, INDOOR_RACES, isRaceDistance, TRACK_RACES } from './figures';
import { roughDistractors, roughSpanCeiling } from './rough-figure';
import { comparedValue, rankedBound } from './comparison';
import { hasBreakAfter, normalWords } from './token-spans';
import {
	NEIGHBOUR_REGIONS,
	COUNTRIES_BY_REGION,
	CITIES_BY_REGION,
	SAME_COUNTRY,
	countryRegion,
	cityRegion,
	MAJOR_COUNTRIES,
	isMajorCountry,
	LOW_COST_MAKERS,
	worldCityPeers
} from './lists/places';
import {
	ORGANISATIONS_BY_KIND,
	ORGANISATION_HEADS,
	PARTIES_NAMED_PARTY,
	organisationHead,
	organisationKind,
	type OrganisationKind
} from './lists/organisations';
import { MONTHS, WEEKDAYS, monthIndex } from './lists/calendar';
import {
	formatWrittenNumber,
	isRatioBaseAt,
	parseWrittenNumber,
	perturbNumber,
	perturbYear,
	type DistractorSide,
	type WrittenNumber
} from './numbers';
import type { Random } from './random';
import type { Token } from './sentences';
import { crudeStem } from './word-stem';
import { shuffled } from './random';

const MINOR_WORDS = new Set(['the', 'of', 'and', 'for', '&', 'a', 'an', 'in', 'on', 'at', 'de']);

export function contentWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '' && !MINOR_WORDS.has(word));
}

function sameCountry(a: string, b: string): boolean {
	const la = a.toLowerCase();
	const lb = b.toLowerCase();
	return SAME_COUNTRY.some(
		(group) =>
			group.some((name) => name.toLowerCase() === la) &&
			group.some((name) => name.toLowerCase() === lb)
	);
}

/** True when two options could be read as the same thing or one gives the other away. */
export function optionsClash(a: string, b: string): boolean {
	const la = a.toLowerCase().trim();
	const lb = b.toLowerCase().trim();
	if (la === lb) return true;
	// "18%" holds "8%", yet they are two different figures: figures are compared whole.
	if (isFigure(la) && isFigure(lb)) return false;
	if (la.includes(lb) || lb.includes(la)) return true;
	if (sameCountry(a, b)) return true;
	const wordsA = contentWords(a);
	const wordsB = new Set(contentWords(b));
	// Names sharing a word ("Anne Smith" / "John Smith") point at each other; numbers are compared whole.
	// A shared head noun ("… Party", "… Trust") is the form options should share, not a clash.
	return (
		!isFigure(la) &&
		!isFigure(lb) &&
		wordsA.some((word) => wordsB.has(word) && !ORGANISATION_HEADS.has(word))
	);
}

/** "4,600", "two million": figures share their unit and scale words, and are compared whole. */
function isFigure(option: string): boolean {
	return (
		/\d/.test(option) || option.split(' ').some((word) => parseWrittenNumber(word) !== undefined)
	);
}

/** Options that hold in the answer's own sentence: offering them would make two options true. */
function sentenceOptions(fact: Fact, index: ArticleIndex): string[] {
	return (index.factsBySentence.get(fact.sentence.index) ?? []).map((other) => other.option);
}

/** Whether a candidate may not be offered: it holds in the answer's sentence, or the stem names it. */
type Blocked = (candidate: string) => boolean;

function pickDistinct(
	answer: string,
	pools: readonly (readonly string[])[],
	blocked: Blocked
): string[] {
	const chosen: string[] = [];
	for (const pool of pools) {
		for (const candidate of pool) {
			if (chosen.length === 3) return chosen;
			if (candidate.trim() === '') continue;
			if (optionsClash(candidate, answer)) continue;
			if (blocked(candidate)) continue;
			if (chosen.some((other) => optionsClash(candidate, other))) continue;
			chosen.push(candidate);
		}
	}
	return chosen;
}

/** Words that tell a man from a woman: pronouns, titles, gendered roles and events. */
const GENDERED_WORDS =
	/\b(he|she|his|her|him|hers|himself|herself|mr|mrs|ms|miss|sir|dame|lord|lady|actor|actress|king|queen|prince|princess|chairman|chairwoman|spokesman|spokeswoman|sportsman|sportswoman|men's|women's|mother|father|wife|husband|brother|sister)\b/i;

const RANK_IN_NAME =
	/^(?:Constable|Sergeant|Inspector|Detective|Superintendent|PC|DC|DS|DI|Councillor|Captain|Major|Colonel|Corporal|Private)\s/;

function personDistractors(
	fact: Fact,
	index: ArticleIndex,
	random: Random,
	blocked: Blocked
): string[] {
	const answerRecord = index.people.get(surnameOf(fact.option));
	// Only where the sentence says whether it is a man or a woman does a wrong option of the other
	// sex stand out: "by former teacher _____" takes any author on the shortlist.
	const gendered = GENDERED_WORDS.test(fact.sentence.text);
	const gender = gendered ? (answerRecord?.gender ?? 'unknown') : 'unknown';
	// Only people who do the same kind of thing: a director is no wrong answer for a best actor.
	const role = index.roles.get(fact.option.toLowerCase()) ?? roleInPredicate(fact);
	const fromArticle = (index.optionsByType.get('person') ?? []).filter((name) => {
		const record = index.people.get(surnameOf(name));
		const sameGender =
			gender === 'unknown' || record?.gender === gender || record?.gender === 'unknown';
		// A player for a player of the same side: "City's best chance" rules out a United man.
		const team = index.teams.get(surnameOf(fact.option));
		const sameTeam = team === undefined || index.teams.get(surnameOf(name)) === team;
		const otherRole = index.roles.get(name.toLowerCase());
		// In a line-up, a player named without a position ("Mark Senior") is still a player.
		const keeper = (person: string) => index.keepers.has(surnameOf(person));
		const teammate =
			team !== undefined &&
			(role === undefined || role === 'player') &&
			(otherRole === undefined || otherRole === 'player');
		// A line-up lists its keeper first: no keeper beside an outfield player, nor the reverse.
		const samePosition = team === undefined || keeper(name) === keeper(fact.option);
		// "Constable Sarah Penrose": a rank the tagger kept in the name is no artist's.
		const ranked = RANK_IN_NAME.test(name) && !RANK_IN_NAME.test(fact.option);
		return sameGender && sameTeam && samePosition && !ranked && (otherRole === role || teammate);
	});
	// Made-up everyday names beside a real, distinctive one single it out: only the article's own
	// people of the same role are offered.
	return pickDistinct(fact.option, [shuffled(fromArticle, random)], blocked);
}

/** The cities of the UK's nations other than England. */
const NATION_CITIES: readonly string[] = ['Glasgow', 'Edinburgh', 'Cardiff', 'Belfast'];

function listDistractors(
	fact: Fact,
	index: ArticleIndex,
	random: Random,
	blocked: Blocked,
	table: Record<string, readonly string[]>,
	region: string | undefined
): string[] {
	const fromArticle = shuffled(index.optionsByType.get(fact.type) ?? [], random);
	// "Quigley won in front of his home crowd in Belfast": beside three English cities, the one city of
	// another nation stands out; the other nations' cities come first.
	const nationsFirst = (names: string[]) =>
		NATION_CITIES.includes(fact.option)
			? [...names.filter((name) => NATION_CITIES.includes(name)), ...names]
			: names;
	// Beside England, Scotland and Wales, Ireland is a rugby side; outside sport it has no NHS and no
	// Westminster seats. It is offered only where the article itself names it.
	const namesIreland = fromArticle.includes('Ireland');
	const sameRegion = region
		? nationsFirst(
				shuffled(
					table[region].filter(
						(name) => region !== 'uk-nations' || name !== 'Ireland' || namesIreland
					),
					random
				)
			)
		: [];
	// A nation of the UK has only the others for peers ("the west of _____" beside Switzerland is
	// no option); elsewhere the next best is a neighbouring region (Belgium → Sweden), then anywhere.
	// "the north of _____" (England) beside "China" from the article's trade figures: only the
	// article's own nations of the UK come first.
	if (region === 'uk-nations')
		return pickDistinct(
			fact.option,
			[fromArticle.filter((name) => table[region].includes(name)), sameRegion],
			blocked
		);
	const neighbours = region
		? shuffled(
				(NEIGHBOUR_REGIONS[region] ?? []).flatMap((name) => table[name] ?? []),
				random
			)
		: [];
	const elsewhere = shuffled(Object.values(table).flat(), random);
	// The blank holds "the" with the name ("in _____" → "the UK"), so "the US" and "France" both
	// read correctly and no option is ruled out by the article.
	const formed = (names: readonly string[]) => names.slice();
	return pickDistinct(
		fact.option,
		[formed(fromArticle), formed(sameRegion), formed(neighbours), formed(elsewhere)],
		blocked
	);
}

/** How far the answer stands from the figure a ranking bounds it by. */
function rankedGap(
	value: number,
	ranked: { floor?: number; ceiling?: number }
): number | undefined {
	const bound = ranked.floor ?? ranked.ceiling;
	return bound === undefined ? undefined : Math.abs(value - bound);
}

/** "more than 40" is also true of 30: a bound only has false options on its far side. */
function sideOf(fact: Fact): DistractorSide {
	const bound = boundOf(fact.modifier);
	// "fined up to £20,000": a stated limit, which any other limit contradicts, above or below.
	if (/^up to$/i.test(fact.modifier ?? '')) return 'either';
	if (bound) return bound === 'lower' ? 'above' : 'below';
	// "push export sales above 70%": the word before the blank bounds it as a hedge would.
	const before = fact.sentence.tokens[fact.first - 1]?.normal ?? '';
	// "expected sales to pass £9m": a threshold verb is true of every smaller figure too.
	if (before === 'above' || THRESHOLD_VERB.test(before)) return 'above';
	if (before === 'below') return 'below';
	const hedge = fact.modifier?.toLowerCase() ?? '';
	// "after just three days", "only six": the word says the number is small, so the right one must
	// not also be the smallest option.
	if (hedge === 'only' || /^(just|only)$/.test(fact.sentence.tokens[fact.first - 1]?.normal ?? ''))
		return 'not-lowest';
	return cuedSide(fact);
}

/** "Turnout was 71%, one of the highest recorded": the largest option would be the one to pick. */
function cuedSide(fact: Fact): DistractorSide {
	const high = HIGH_CUE.test(fact.sentence.text);
	const low = LOW_CUE.test(fact.sentence.text);
	if (high !== low) return high ? 'not-highest' : 'not-lowest';
	return 'either';
}

const THRESHOLD_VERB =
	/^(pass|passed|passes|passing|exceed|exceeded|exceeds|exceeding|top|topped|tops|topping|surpass|surpassed|surpasses|surpassing)$/;

/** Words that say a figure in the sentence is at the top of its kind. */
const HIGH_CUE =
	/(?<![\w-])(highest|biggest|largest|greatest|heaviest|strongest|best(?!-)|a record|the most)\b/i;

/** Words that say a figure in the sentence is at the bottom of its kind. */
const LOW_CUE =
	/(?<![\w-])(lowest|cheapest|smallest|fewest|the least|weakest|poorest|worst|began badly)\b/i;

const EUROPEAN = /\bEuropean\b/;

const SEA_WORD =
	/\b(coasts?|coastal|coastline|seas?|bay|ports?|shores?|ocean|gulf|fishermen|trawlers?)\b/i;

/** Countries with no sea coast. */
const LANDLOCKED = new Set(
	(
		'Afghanistan,Andorra,Armenia,Austria,Azerbaijan,Belarus,Bhutan,Bolivia,Botswana,Burkina Faso,' +
		'Burundi,Central African Republic,Chad,Czech Republic,Ethiopia,Hungary,Kazakhstan,Kosovo,' +
		'Kyrgyzstan,Laos,Lesotho,Liechtenstein,Luxembourg,Macedonia,Malawi,Mali,Moldova,Mongolia,Nepal,' +
		'Niger,Paraguay,Rwanda,San Marino,Serbia,Slovakia,South Sudan,Swaziland,Switzerland,Tajikistan,' +
		'Turkmenistan,Uganda,Uzbekistan,Vatican City,Zambia,Zimbabwe'
	).split(',')
);

const NATIONAL_TITLE =
	/\b(national|British|English|Scottish|Welsh)\b[^.;]*?\b(titles?|championships?|champions?)\b/i;

const BRITISH_SIDE = /\b(Great Britain|Britain|British|GB)\b/;
const UK_AND_NATIONS = new Set([
	'the UK',
	'Britain',
	'Great Britain',
	'England',
	'Scotland',
	'Wales'
]);
const EUROPEAN_COUNTRY_REGIONS = new Set([
	'uk-nations',
	'western-europe',
	'southern-europe',
	'northern-europe',
	'eastern-europe'
]);
const EUROPEAN_CITY_REGIONS = new Set([
	'uk-ireland',
	'ireland',
	'europe',
	'eastern-europe',
	'balkans'
]);

/**
 * A place the sentence itself rules out: "Great Britain's … victory over _____" was over no part of
 * Britain, and "a European indoor title … in _____" was won in no city outside Europe; for a
 * country, a "European" title above the sentence rules out the same.
 */
function ruledOutBySentence(fact: Fact, candidate: string, headline = ''): boolean {
	const text = fact.sentence.text;
	// "storms on the southern coast of _____": a country with no coast is no option.
	if (fact.type === 'country' && SEA_WORD.test(text) && LANDLOCKED.has(candidate)) return true;
	// "… wins European title" over "a choral competition in _____" (Germany): Canada is no option.
	if (
		fact.type === 'country' &&
		EUROPEAN.test(`${text} ${headline}`) &&
		EUROPEAN_COUNTRY_REGIONS.has(countryRegion(fact.option) ?? '') &&
		!EUROPEAN_COUNTRY_REGIONS.has(countryRegion(candidate) ?? '')
	)
		return true;
	if (fact.type === 'country')
		return (
			BRITISH_SIDE.test(text) && !UK_AND_NATIONS.has(fact.option) && UK_AND_NATIONS.has(candidate)
		);
	// "won the national 400m hurdles title in _____": a British title is decided in a British city,
	// never in Munich or Melbourne, however the article names them.
	if (fact.type === 'city' && NATIONAL_TITLE.test(text) && cityRegion(fact.option) === 'uk-ireland')
		return cityRegion(candidate) !== 'uk-ireland';
	if (
		fact.type === 'city' &&
		EUROPEAN.test(text) &&
		EUROPEAN_CITY_REGIONS.has(cityRegion(fact.option) ?? '')
	)
		return !EUROPEAN_CITY_REGIONS.has(cityRegion(candidate) ?? '');
	return false;
}

/**
 * "cut 180 jobs … and move most of its zip production to _____": a firm moving its making abroad
 * goes where wages are low, so the other options must be such places too.
 */
const MOVE_VERB = /\b(mov|shift|transferr?|relocat|switch|outsourc)\w*\b/i;
const MAKING = /\b(production|manufacturing|assembly|making|factory|factories|work|jobs)\b/i;

function isProductionMove(fact: Fact): boolean {
	const tokens = fact.sentence.tokens;
	const before = fact.sentence.text.slice(0, tokens[fact.first].start - fact.sentence.start);
	return (
		LOW_COST_MAKERS.includes(fact.option) &&
		/^(to|in)$/.test(tokens[fact.first - 1]?.normal ?? '') &&
		MOVE_VERB.test(before) &&
		MAKING.test(before)
	);
}

/** A major country's peers: the article's own major countries first, then the others. */
function majorCountryDistractors(
	fact: Fact,
	index: ArticleIndex,
	random: Random,
	blocked: Blocked
): string[] {
	// "the European team title … over _____": China or Brazil would be no finalist.
	const european = EUROPEAN.test(fact.sentence.text)
		? (country: string) => /europe|uk-nations/.test(countryRegion(country) ?? '')
		: () => true;
	const fromArticle = (index.optionsByType.get('country') ?? [])
		.filter(isMajorCountry)
		.filter(european);
	// "the UK" among "France, Canada, Japan" is the only option with "the": "the US" comes first.
	const withThe = (country: string) => /^the /.test(country) === /^the /.test(fact.option);
	const peers = MAJOR_COUNTRIES.filter(european);
	return pickDistinct(
		fact.option,
		[
			shuffled(fromArticle, random),
			shuffled(peers.filter(withThe), random),
			shuffled(peers, random)
		],
		blocked
	);
}

/** "a Test tour of Pakistan": only the countries that play Test cricket are believable there. */
const TEST_CRICKET = /\bTests?\b(?! (?:match|series) of\b)/;
const TEST_NATIONS = [
	'Australia',
	'South Africa',
	'the West Indies',
	'New Zealand',
	'India',
	'Pakistan',
	'Sri Lanka',
	'Zimbabwe',
	'Bangladesh',
	'England'
];

/** A world city's peers in its part of the world: the article's own first, then the others. */
function worldCityDistractors(
	fact: Fact,
	index: ArticleIndex,
	random: Random,
	blocked: Blocked
): string[] {
	const peers = worldCityPeers(fact.option) ?? [];
	const fromArticle = (index.optionsByType.get('city') ?? []).filter((city) =>
		peers.some((peer) => peer.toLowerCase() === city.toLowerCase())
	);
	return pickDistinct(
		fact.option,
		[shuffled(fromArticle, random), shuffled(peers, random)],
		blocked
	);
}

/** "about £10bn": a rounded figure, whose wrong options must be just as round. */
function isApproximate(modifier: string | undefined): boolean {
	return /^(about|around|roughly|approximately|some|almost|nearly)$/i.test(modifier ?? '');
}

/** The numbers the article gives elsewhere for the same unit ("days", "troops"). */
function sameUnitValues(fact: Fact, index: ArticleIndex): number[] {
	if (!fact.unit) return [];
	const unit = crudeStem(fact.unit.toLowerCase());
	const values: number[] = [];
	for (const other of index.facts) {
		if (other === fact || !other.unit || crudeStem(other.unit.toLowerCase()) !== unit) continue;
		for (const token of other.sentence.tokens.slice(other.first, other.last + 1)) {
			const written = parseWrittenNumber(token.text);
			if (written) values.push(written.value);
		}
	}
	return values;
}

/**
 * Three other rungs of a conventional ladder around the right one, at a random rank: a race's wrong
 * options are races too (never "1700m"), a memory size is a memory size (never "38 KB"), and "one in
 * 10" sits among the ratios people say ("one in 5", "one in 20"), never "one in 14".
 */
function ladderDistractors(value: number, ladder: readonly number[], random: Random): number[] {
	const at = ladder.indexOf(value);
	if (at < 0 || ladder.length < 4) return [];
	const lowest = Math.max(0, at - 3);
	const start = lowest + Math.floor(random() * (Math.min(at, ladder.length - 4) - lowest + 1));
	return shuffled(
		ladder.slice(start, start + 4).filter((rung) => rung !== value),
		random
	);
}

function raceDistractors(fact: Fact, random: Random): string[] {
	const match = /^(\d+)(\s?m)$/.exec(fact.option.replace(/,/g, ''));
	if (!match) return [];
	const event = EVENT_DISTANCES.find(([name]) =>
		name.test(fact.sentence.text.slice(fact.sentence.tokens[fact.last].end - fact.sentence.start))
	);
	const races = event
		? event[1]
		: /\bindoors?\b/i.test(fact.sentence.text)
			? INDOOR_RACES
			: TRACK_RACES;
	return ladderDistractors(Number(match[1]), races, random).map((race) => String(race) + match[2]);
}

/**
 * The distances an event is raced over, where they differ from the track's: no "800m hurdles",
 * no "60m butterfly". With three or fewer, no question is left to ask.
 */
const EVENT_DISTANCES: ReadonlyArray<[RegExp, readonly number[]]> = [
	[/^\s*(hurdles)\b/i, [60, 100, 110, 400]],
	[/^\s*(butterfly|backstroke|breaststroke)\b/i, [50, 100, 200]],
	[/^\s*(individual medley|medley)\b/i, [100, 200, 400]],
	[/^\s*(freestyle)\b/i, [50, 100, 200, 400, 800, 1500]],
	[/^\s*(steeplechase)\b/i, [2000, 3000]]
];

/** Ratios as people say them: "one in 5", "one in 20". */
const ONE_IN = [2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 50, 100, 200, 500, 1000];
/** Spans of months as plans and contracts give them. */
const MONTH_SPANS = [3, 6, 9, 12, 18, 24, 30, 36, 48];
/** Spans of days that terms and deadlines come in: "within 14 days", never "within 16 days". */
const DAY_SPANS = [7, 10, 14, 21, 28, 30, 60, 90];
/** Spans of hours deadlines come in: "within 48 hours", never "within 58 hours". */
const HOUR_SPANS = [6, 12, 24, 36, 48, 72, 96];
/** The spans each unit of time is set in. */
const SPANS_BY_UNIT: ReadonlyArray<[RegExp, readonly number[]]> = [
	[/^months?$/, MONTH_SPANS],
	[/^days?$/, DAY_SPANS],
	[/^hours?$/, HOUR_SPANS]
];
/** Sizes memory comes in, in any unit: 16K, 32 KB, 64 MB, 128 GB. */
const MEMORY_SIZES = [1, 2, 4, 8, 16, 32, 48, 64, 96, 128, 256, 512, 1024];
const MEMORY_UNIT = /^(k|kb|kilobytes?|mb|megabytes?|gb|gigabytes?|tb|terabytes?|bits?)$/i;

/** Age ratings of films and games (BBFC and PEGI): "a game rated 18", "a 15 certificate". */
const AGE_RATINGS = [3, 7, 12, 15, 16, 18];
const RATED = /^(rated|certificate|pegi|bbfc)$/i;

/** The ladder a number keeps to where convention fixes its values, if any. */
function ladderOf(fact: Fact, numberToken: number): readonly number[] | undefined {
	const tokens = fact.sentence.tokens;
	const token = tokens[numberToken];
	if (/^\d+K$/.test(token.text) || MEMORY_UNIT.test(tokens[numberToken + 1]?.text ?? ''))
		return MEMORY_SIZES;
	if (
		RATED.test(tokens[numberToken - 1]?.normal ?? '') ||
		RATED.test(tokens[numberToken + 1]?.normal ?? '')
	)
		return AGE_RATINGS;
	// "one in 10", "four in 10": a share said as a ratio.
	if (isRatioBaseAt(tokens, numberToken)) return ONE_IN;
	// "over the next 18 months", "within 14 days": spans people plan in, never "23 months".
	const unit = tokens[numberToken + 1]?.normal ?? '';
	const spans = SPANS_BY_UNIT.find(([name]) => name.test(unit))?.[1];
	if (spans && /^\d+$/.test(token.text) && spans.includes(Number(token.text))) return spans;
	return undefined;
}

/**
 * "fewer than one in five" is also true of one in four: a bounded share keeps only the ratios on
 * the side where the bound would be false, a larger base under "fewer than", a smaller over "more
 * than".
 */
function boundedRatios(
	tokens: readonly Token[],
	numberToken: number,
	ladder: readonly number[]
): readonly number[] {
	const value = parseWrittenNumber(tokens[numberToken].text)?.value;
	if (value === undefined || !isRatioBaseAt(tokens, numberToken)) return ladder;
	const bound = boundOf(normalWords(tokens, numberToken - 4, numberToken - 2));
	if (bound === 'upper') return ladder.filter((rung) => rung >= value);
	if (bound === 'lower') return ladder.filter((rung) => rung <= value);
	return ladder;
}

/**
 * "backed a walkout by 81%", "with 78% voting in favour": a ballot carried by a majority, where
 * "21%" or "38%" in favour would have lost it.
 */
function isMajorityVote(fact: Fact, written: WrittenNumber): boolean {
	if (written.suffix !== '%' || written.value <= 50) return false;
	const tokens = fact.sentence.tokens;
	const after = normalWords(tokens, fact.last + 1, fact.last + 4);
	const before = normalWords(tokens, fact.first - 5, fact.first);
	// "won 58% of the vote in a run-off": of two candidates, the winner has more than half.
	const runOff = /^of the vote\b/.test(after) && /\brun-?off\b/i.test(fact.sentence.text);
	return (
		/^((voting|voted) )?(in favour|for)\b/.test(after) || /\bbacked\b.* by$/.test(before) || runOff
	);
}

/** "died at the age of 78", "aged 67": the number is someone's age. */
function isPersonAge(tokens: readonly Token[], numberToken: number): boolean {
	const before = tokens[numberToken - 1]?.normal;
	// "people under the age of 40": a threshold, as round as its wrong options should be.
	if (/^(under|over|above|below)$/.test(tokens[numberToken - 4]?.normal ?? '')) return false;
	if (before === 'aged' || (before === 'of' && tokens[numberToken - 2]?.normal === 'age'))
		return true;
	// "The pilot, Flight Sergeant Douglas Imrie, was 21 and came from Perth": a bare number said of
	// a person is an age, and "6" or "11" would be no pilot's.
	const after = tokens[numberToken + 1]?.normal;
	return (
		/^(was|is)$/.test(before ?? '') &&
		(after === undefined || /^(and|when)$/.test(after)) &&
		/^\d{2,3}$/.test(tokens[numberToken].text) &&
		tokens.slice(0, numberToken - 1).some((token) => token.tags.has('Person'))
	);
}

/** A win, and what a score of games is counted in: "beating … four games to two". */
const WIN_VERB = /\b(?:beat|beating|beats|defeated|defeating|won|winning|wins)\b/i;
const SCORE_UNIT = '(?:games|frames|sets|legs|ends|rubbers|matches|bouts|points|goals)';
/** "beating Blackhall Mill four games to _____": the winner's count before the blank. */
const WINNER_THEN_BLANK = new RegExp(`${WIN_VERB.source}[^.;]*?\\b(\\w+) ${SCORE_UNIT} to $`, 'i');
/** "by _____ sets to five": the beaten side's count after the blank. */
const BLANK_THEN_BEATEN = new RegExp(`^ ${SCORE_UNIT} to (\\w+)\\b`, 'i');

/**
 * The most a game allows: a darts checkout of 170 (treble 20, treble 20, bull), a snooker break of
 * 147. "a 181 checkout" is an option a fan rules out at sight.
 */
function gameMaximum(fact: Fact): number {
	const tokens = fact.sentence.tokens;
	const after = tokens[fact.last + 1]?.normal ?? '';
	if (
		/^(checkout|check-out|finish)$/.test(after) &&
		/\b(darts?|legs?|sets?)\b/i.test(fact.sentence.text)
	)
		return 170;
	const breakOf =
		normalWords(tokens, fact.first - 2, fact.first) === 'break of' || after === 'break';
	if (breakOf && /\b(snooker|frames?|century)\b/i.test(fact.sentence.text)) return 147;
	// "took eight wickets for 39": a bowler takes at most ten in an innings.
	if (/^wickets?$/.test(after) && tokens[fact.last + 2]?.normal === 'for') return 10;
	// "declared on 548 for seven": a side all out does not declare, so nine down is the most.
	if (/\bdeclared (on|at) \d[\d,]* for $/.test(textBefore(fact)) && !/\d/.test(fact.option))
		return 9;
	// "beating Blackhall Mill four games to two": the beaten side won fewer than the winner.
	const score = WINNER_THEN_BLANK.exec(textBefore(fact));
	const winner = score ? parseWrittenNumber(score[1])?.value : undefined;
	if (winner !== undefined) return winner - 1;
	return Infinity;
}

/**
 * "beating Joost Vermeulen by _____ sets to five": the winner won more than the beaten side, so
 * "three sets to five" is no win and a wrong option any reader rules out.
 */
function gameMinimum(fact: Fact): number {
	if (!WIN_VERB.test(textBefore(fact))) return 0;
	const score = BLANK_THEN_BEATEN.exec(textAfter(fact));
	const beaten = score ? parseWrittenNumber(score[1])?.value : undefined;
	return beaten === undefined ? 0 : beaten + 1;
}

const ORDINALS = (
	'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
	'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
).split(' ');

/**
 * "Colbury's ninth in _____ league games": the games played are at least the ninth win's number,
 * so no wrong option may fall below it.
 */
function ordinalBefore(tokens: readonly Token[], first: number): number {
	if (tokens[first - 1]?.normal !== 'in') return 0;
	const word = tokens[first - 2]?.normal.replace(/['’]s$/, '') ?? '';
	const numbered = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
	return numbered ? Number(numbered[1]) : ORDINALS.indexOf(word) + 1;
}

/**
 * "All seven of the pupils … with _____ achieving level 5": a count of some of a group the sentence
 * has already counted whole is at most that whole.
 */
function allCountBefore(tokens: readonly Token[], first: number, value: number): number {
	for (let i = 0; i < first - 1; i++) {
		if (tokens[i].normal !== 'all') continue;
		const whole = parseWrittenNumber(tokens[i + 1].text)?.value;
		if (whole !== undefined && whole > value) return whole;
	}
	return Infinity;
}

/** "measuring 6.1", "a magnitude 6.1 earthquake": an earthquake's magnitude in a sentence. */
const MAGNITUDE_WORD = 'magnitude|measuring|measured';
const MAGNITUDE = new RegExp(`\\b(?:${MAGNITUDE_WORD})\\s+(?:of\\s+)?(\\d\\.\\d)\\b`, 'gi');

/** "a magnitude 4.2 earthquake", "measuring 5.1 on the Richter scale": a quake's magnitude. */
function isMagnitude(tokens: readonly Token[], at: number): boolean {
	return (
		new RegExp(`^(?:${MAGNITUDE_WORD})$`).test(tokens[at - 1]?.normal ?? '') ||
		/^(on the richter|richter)$/.test(normalWords(tokens, at + 1, at + 4))
	);
}

/**
 * "More than 40 aftershocks were recorded, the strongest measuring 4.8": no aftershock is as strong
 * as the quake the article gives, so a "6.8" beside a 6.1 main shock is no option.
 */
function aftershockCeiling(fact: Fact, index: ArticleIndex): number {
	if (!/\baftershocks?\b/i.test(fact.sentence.text)) return Infinity;
	const main = index.sentences
		.filter((sentence) => sentence !== fact.sentence)
		.flatMap((sentence) => [...sentence.text.matchAll(MAGNITUDE)].map((match) => Number(match[1])));
	return main.length > 0 ? Math.max(...main) - 0.05 : Infinity;
}

/**
 * "after a closing round of 67": a round of golf moves in shots, and a 47 or a 57 is no round
 * anyone plays.
 */
function isGolfRound(tokens: readonly Token[], numberToken: number, value: number): boolean {
	if (normalWords(tokens, numberToken - 2, numberToken) === 'round of')
		return value >= 55 && value <= 90;
	// "finished with a 65 that included an eagle", "third place on 274 after a closing 66": a
	// round or a four-round total, in a sentence about golf.
	const golf = tokens.some((token) => GOLF_WORD.test(token.normal));
	const before = tokens[numberToken - 1]?.normal ?? '';
	return (
		golf &&
		// "with a final-round 67", "a closing 66".
		/^(a|an|on|of|round|closing|opening)$/.test(before) &&
		((value >= 55 && value <= 90) || (value >= 250 && value <= 310))
	);
}

/**
 * "were bowled out for 187", "hit an unbeaten 214": a cricket score moves in runs, and options fifty
 * apart reach an all-out 37 by teatime or a first-day 337 (the reviews rejected both).
 */
function isCricketScore(fact: Fact, value: number): boolean {
	if (fact.type !== 'quantity' || value < 40 || value > 999) return false;
	// "187 spectators" counts something else; "187 runs" and "187 shortly before six" are scores.
	const next = fact.sentence.tokens[fact.last + 1];
	const noun =
		next !== undefined && !hasBreakAfter(fact.sentence.tokens[fact.last]) && next.tags.has('Noun');
	if (noun && !/^runs?$/.test(next.normal)) return false;
	return CRICKET.test(fact.sentence.text);
}

const CRICKET =
	/\b(all out|not out|unbeaten|innings|wickets?|declared|bowled out|follow on|century|overs)\b/i;

const GOLF_WORD = /^(round|rounds|eagle|birdie|birdies|bogey|bogeys|par|putt|golf|golfer|tee)$/;

/**
 * The 8 of "seven of the eight", of "two of their last three" or of "7 out of 8", when a count of a
 * whole follows the answer.
 */
function wholeAfter(tokens: readonly Token[], last: number): number | undefined {
	// "a score of 290 out of a possible 300", "188 points out of a possible 220": the most there is.
	const outOf = /^out of (?:a possible |a maximum of |a maximum )?$/;
	const from = tokens[last + 2]?.normal === 'out' ? last + 2 : last + 1;
	for (let skip = 2; skip <= 4; skip++) {
		const most = parseWrittenNumber(tokens[from + skip]?.text ?? '')?.value;
		if (most !== undefined && outOf.test(normalWords(tokens, from, from + skip) + ' ')) return most;
	}
	if (tokens[last + 1]?.normal !== 'of') return undefined;
	let skip = /^(the|its|their|his|her|our)$/.test(tokens[last + 2]?.normal ?? '') ? 3 : 2;
	// "two of the bridge's three arches": an owner may stand between.
	if (skip === 3 && /['’]s$/.test(tokens[last + skip]?.text ?? '')) skip++;
	// "two of their last three games".
	if (/^(last|first|past|previous|opening|final)$/.test(tokens[last + skip]?.normal ?? '')) skip++;
	return parseWrittenNumber(tokens[last + skip]?.text ?? '')?.value;
}

/** A bare count written in one token: "56", "3,000"; not "56%" or "£3,000". */
function bareCount(token: Token | undefined): number | undefined {
	const written = parseWrittenNumber(token?.text ?? '');
	return written && written.prefix === '' && written.suffix === '' ? written.value : undefined;
}

/**
 * "more than 3,000 of the theatre's _____ tickets", "Of the _____ voters in Port Kellick, 56
 * backed", "a population of _____, living in 371 households", "received _____ letters …, of which
 * 171 opposed": the stem gives a part, and a whole below it is ruled out by the stem alone (a
 * household holds more than one person on average, and reviewers called 1.2 people a household
 * barely believable).
 */
function partOfWhole(tokens: readonly Token[], first: number, last: number, value: number): number {
	return Math.max(partAround(tokens, first, last, value), partOfWhichAfter(tokens, last, value));
}

/** How far after the answer, in characters, its "of which" may stand. */
const PART_REACH = 80;

/** Words that may hedge the part after "of which": "of which about 40". */
const PART_HEDGE = /^(about|some|nearly|almost|over|more|than|only|just)$/;

/** The 171 of "…, of which 171 opposed": a part the rest of the answer's clause counts. */
function partOfWhichAfter(tokens: readonly Token[], last: number, value: number): number {
	for (let at = last + 1; at < tokens.length - 2; at++) {
		// Near the answer only: further on, "of whom" counts another figure's people.
		if (/[;.]/.test(tokens[at - 1].post) || tokens[at].start - tokens[last].end > PART_REACH) break;
		if (tokens[at].normal !== 'of' || !/^(which|whom|them|these)$/.test(tokens[at + 1].normal))
			continue;
		let from = at + 2;
		while (PART_HEDGE.test(tokens[from]?.normal ?? '')) from++;
		const part = bareCount(tokens[from]);
		return part !== undefined && part < value ? part + 1e-9 : 0;
	}
	return 0;
}

function partAround(tokens: readonly Token[], first: number, last: number, value: number): number {
	const below = (part: number | undefined) => (part !== undefined && part < value ? part : 0);
	for (let at = first - 1; at >= Math.max(1, first - 4); at--) {
		const part = tokens[at].normal === 'of' ? bareCount(tokens[at - 1]) : undefined;
		if (part !== undefined) return below(part);
		if (!/^(the|its|their|his|her|our)$|'s$/.test(tokens[at].normal)) break;
	}
	if (first === 2 && tokens[0].normal === 'of' && tokens[1].normal === 'the')
		return below(
			tokens
				.slice(last + 1)
				.map(bareCount)
				.find((part) => part !== undefined)
		);
	const households = tokens.findIndex((token, at) => at > last && token.normal === 'households');
	if (households > 0 && tokens[households - 2]?.normal === 'in')
		return below(1.5 * (bareCount(tokens[households - 1]) ?? 0));
	return 0;
}

function isHedgedYear(fact: Fact, written: WrittenNumber): boolean {
	const tokens = fact.sentence.tokens;
	const before = tokens[fact.first - 1]?.normal ?? '';
	// "A charter of 1327 records …", "the survey of 1658": a dated document, whatever the tagger
	// takes for a unit after the year ("1327 records").
	const document = before === 'of' && DATED_DOCUMENT.test(tokens[fact.first - 2]?.normal ?? '');
	return (
		fact.type === 'quantity' &&
		(!fact.unit || document) &&
		!written.commas &&
		written.prefix === '' &&
		written.suffix === '' &&
		Number.isInteger(written.value) &&
		written.value >= 1000 &&
		written.value <= 2100 &&
		(/^(in|from|since|until|by|after|before|around|c)$/.test(before) ||
			// "dates from the fifteenth century, with a west tower of about 1480"
			(before === 'of' && /\b(centur(y|ies)|dates?|dating)\b/i.test(fact.sentence.text)) ||
			document)
	);
}

/**
 * "At the census of 1841", "the 1901 census": a census is taken every ten years, so a wrong year
 * between two (1839, 1843) is ruled out by anyone who knows it; the wrong options are censuses too.
 */
function isCensusYear(fact: Fact, year: number): boolean {
	// "Torramor's population reached its peak of 186 in 1841": a head count in a census year was
	// the census's, and wrong options between censuses give the answer away.
	const counted =
		year % 10 === 1 &&
		year >= 1801 &&
		year <= 2001 &&
		/\bpopulation\b[^.;]*?\b(peak|reached|stood at|was|of)\b[^.;]*?\d/.test(fact.sentence.text);
	return (
		counted ||
		new RegExp(`\\bcensus(es)? (of|in) ${year}\\b|\\b${year} census\\b`, 'i').test(
			fact.sentence.text
		)
	);
}

/** Documents named by their year: "a charter of 1327", "the Act of 1832", "a survey of 1658". */
const DATED_DOCUMENT =
	/^(charters?|surveys?|acts?|maps?|census|deeds?|grants?|treaty|inventory|agreement|award|edition)$/;

const CENTURY_ORDINALS = (
	'eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth ' +
	'nineteenth twentieth'
).split(' ');

/**
 * The years of a century the sentence names around the answer: "dates largely from the fifteenth
 * century, with a west tower of about 1480" rules out every option outside 1400–1499.
 */
export function centuryNamed(text: string, year: number): [number, number] | undefined {
	for (const match of text.matchAll(/\b(\w+?)(?:-| )century\b/gi)) {
		const word = match[1].toLowerCase();
		const ordinal = CENTURY_ORDINALS.indexOf(word);
		const numbered = /^(\d{1,2})(st|nd|rd|th)$/.exec(word);
		const century = ordinal >= 0 ? ordinal + 11 : numbered ? Number(numbered[1]) : NaN;
		const from = (century - 1) * 100;
		if (year >= from && year < from + 100) return [from, from + 99];
	}
	return undefined;
}

const SPAN_OF_YEARS = /\b(?:between|from) (\d{4}) (?:and|to|until) (\d{4})\b/;

/**
 * "spent 23 seasons in the Football League between 1921 and 1951": a count of years or seasons
 * within a span of years the sentence gives fits inside it; "33 seasons" would not.
 */
function yearSpanOf(fact: Fact, value: number): number {
	const counted = fact.unit ?? fact.sentence.tokens[fact.last + 1]?.normal ?? '';
	if (!/^(years?|seasons?|summers?|winters?|terms?|editions?)$/.test(counted)) return Infinity;
	const span = SPAN_OF_YEARS.exec(fact.sentence.text);
	if (!span) return Infinity;
	const years = Number(span[2]) - Number(span[1]) + 1;
	return years > value ? years : Infinity;
}

function numberDistractors(fact: Fact, index: ArticleIndex, random: Random): string[] {
	if (isRaceDistance(fact)) return raceDistractors(fact, random);
	const tokens = fact.sentence.tokens;
	// "a price of £42 10s", "£29 19s 6d": pounds alone are half an old price, and its shillings are
	// left in the stem.
	if (/^\d{1,2}[sd]$/.test(tokens[fact.last + 1]?.text ?? '')) return [];
	let numberToken = fact.first;
	while (numberToken < fact.last && !parseWrittenNumber(tokens[numberToken].text)) numberToken++;
	const written = parseWrittenNumber(tokens[numberToken].text);
	if (!written) return [];
	// Whatever surrounds the number ("more than", "million") is kept as it is in every option.
	const numberStart = tokens[numberToken].start - tokens[fact.first].start;
	const head = fact.option.slice(0, numberStart);
	const tail = fact.option.slice(numberStart + tokens[numberToken].text.length);
	// "begun in about 1247": a year with a hedge is still a year, and its wrong options are years near
	// it, never "about 1485" on a grid of two hundred.
	if (isHedgedYear(fact, written)) {
		// "about 1137" beside "about 1135" is no other answer: approximate years stand five apart,
		// and a round one ten ("about 1450" beside "about 1445" would be true as well).
		const hedged = /^(about|around|c\.?|circa)\s/i.test(head);
		const spread = isCensusYear(fact, written.value)
			? 10
			: hedged
				? written.value % 10 === 0
					? 10
					: 5
				: 1;
		const latest = Math.max(index.latestYear, written.value) + 3;
		return yearsApart(
			written.value,
			spread,
			random,
			latest,
			outsideCentury(fact, written.value)
		).map((year) => head + String(year) + tail);
	}
	const ladder = ladderOf(fact, numberToken);
	if (ladder && written.suffix === '' && !fact.rough)
		return ladderDistractors(written.value, boundedRatios(tokens, numberToken, ladder), random).map(
			(value) => head + formatWrittenNumber(value, written) + tail
		);
	const avoid = new Set<number>();
	for (const token of tokens) {
		const other = parseWrittenNumber(token.text);
		if (other) avoid.add(other.value);
	}
	// "three days on sale" here, "on sale for two days" there: another count of the same thing in
	// the article would make that wrong option true as well.
	for (const value of sameUnitValues(fact, index)) avoid.add(value);
	// "two opening wins": a plural noun rules out "one".
	if (pluralFollows(tokens, fact.last)) avoid.add(1);
	// "1.2 million", "£1.2m": below one, a scaled figure would be written "900,000", not "0.9 million".
	const scaled =
		/^\s*(million|billion|trillion)\b/i.test(tail) || /^(m|bn|k)$/i.test(written.suffix);
	// "down from 57.1%": every wrong option stays on the answer's side of the figure it is set against.
	// "coming from four shots behind with a final round of 66": the four is no figure the round is
	// set against.
	const golfRound = isGolfRound(tokens, numberToken, written.value);
	const compared = golfRound ? undefined : comparedValue(fact, index);
	const above = compared !== undefined && written.value > compared;
	const below = compared !== undefined && written.value < compared;
	// "on 274 points, ahead of Darren Quayle on 265": none below the one it beat.
	const ranked = rankedBound(fact, index);
	// "seven of the eight quarter-finalists": a part is fewer than its whole.
	const whole = wholeAfter(tokens, fact.last) ?? Infinity;
	const gap = rankedGap(written.value, ranked);
	const majority = isMajorityVote(fact, written);
	const span = yearSpanOf(fact, written.value);
	const households = householdRange(fact, written.value);
	const label = labelDigits(tokens, numberToken);
	const surveyed = surveyedCeiling(fact, written.value);
	const multiple = multipleBound(fact, tokens[numberToken], written.value);
	const multiplied = multipliedChangeBound(fact, tokens[numberToken], written.value);
	const career = careerCeiling(fact, tokens[numberToken], written.value);
	const decade = decadeOfLifeBound(fact, written.value);
	const laterAge = laterAgeFloor(fact, tokens[numberToken]);
	const period = periodMaximum(fact, tokens[numberToken]);
	const quake = isMagnitude(tokens, numberToken);
	const headline = index.headline ? headlineRange(index.headline, fact.option) : undefined;
	const limits = {
		floor: Math.max(
			households?.[0] ?? 0,
			above ? compared + 1e-9 : 0,
			scaled ? 1 : 0,
			ranked.floor ?? 0,
			majority ? 50 + 1e-9 : 0,
			partOfWhole(tokens, fact.first, fact.last, written.value),
			ordinalBefore(tokens, fact.first),
			gameMinimum(fact),
			headline ? headline[0] * written.value : 0,
			label?.[0] ?? 0,
			shareBound(fact, written)[0],
			multiple[0],
			multiplied[0],
			decade[0],
			laterAge
		),
		ceiling: Math.min(
			households?.[1] ?? Infinity,
			aftershockCeiling(fact, index),
			below ? compared - 1e-9 : Infinity,
			ranked.ceiling ?? Infinity,
			whole - 1e-9,
			span,
			gameMaximum(fact),
			period,
			surveyed,
			minorityCeiling(fact, written.value),
			chaseCeiling(fact, tokens[numberToken]),
			shareBound(fact, written)[1],
			multiple[1],
			multiplied[1],
			career,
			decade[1],
			label?.[1] ?? Infinity,
			allCountBefore(tokens, fact.first, written.value),
			// "rise from 80p to £1.50": a sum of a pound or more is written in pounds, not "120p".
			/^\d+p$/.test(fact.option) && written.value < 100 ? 99 : Infinity,
			headline ? headline[1] * written.value - 1e-9 : Infinity
		),
		// "profits slipped to £41.3m from £43.9m": options a third lower would be no slip, and the
		// answer the only believable one; they keep to steps of a third of the change or less.
		// A person's age moves in years, not decades: no "died at 18" for a referee of the 1950s.
		// "second with 14.70m" behind "14.93m": options a metre apart would all be far behind.
		// "The magnitude 4.2 tremor": a quake's magnitude moves in tenths, and a 7.2 is a disaster.
		maxStep: quake
			? 0.3
			: households
				? (households[1] - households[0]) / 4
				: decade[1] < Infinity
					? // "into her sixties": four ages within ten years.
						2
					: career < written.value + 10
						? // A career near its ceiling keeps room for an option above it.
							Math.max(1, (career - written.value) / 1.5)
						: label
							? Math.max(1, Math.min(label[1] - written.value, written.value - label[0]) / 2)
							: surveyed < Infinity
								? Math.max(1, (surveyed - written.value) / 2)
								: whole < Infinity
									? // "187 points out of a possible 220": a champion's 37 or 87 is no believable score.
										Math.max(1, whole / 20)
									: compared !== undefined
										? Math.abs(written.value - compared) / 3
										: gap !== undefined
											? gap / 1.5
											: isPersonAge(tokens, numberToken)
												? written.value / 10
												: golfRound
													? 2
													: isCricketScore(fact, written.value)
														? written.value / 8
														: majority
															? (written.value - 50) / 3
															: period < Infinity
																? // "ten months in 2004": steps small enough to stay within the year.
																	Math.max(1, period / 6)
																: // "23 seasons between 1921 and 1951": a finer grid leaves room above it.
																	(span - written.value) / 2
	};
	if (fact.rough)
		return roughDistractors(fact, random, avoid, {
			floor: limits.floor,
			ceiling: Math.min(limits.ceiling, roughSpanCeiling(fact, index)),
			// A rough figure's bound is already its own; only the sentence's cue sides it.
			side: cuedSide(fact)
		});

	return perturbNumber(
		written,
		random,
		avoid,
		sideOf(fact),
		isApproximate(fact.modifier),
		limits
	).map((value) => head + formatWrittenNumber(value, written) + tail);
}

/**
 * "a population of _____, living in 176 households": a reader who knows that a household is two or
 * three people rules out 788 and 694 (4.5 and 3.9 people a household), so every option keeps to
 * a believable size.
 */
function householdRange(fact: Fact, value: number): [number, number] | undefined {
	const text = fact.sentence.text;
	const households = /\b(\d[\d,]*) households\b/.exec(text);
	const population = /\bpopulation of (?:about |around )?(\d[\d,]*)/i.exec(text);
	if (!households || !population) return undefined;
	const [homes, people] = [households, population].map((match) =>
		Number(match[1].replace(/,/g, ''))
	);
	// The households asked for, beside the population, the other way round.
	const range: [number, number] =
		value === homes ? [people / 3.3, people / 1.7] : [homes * 1.7, homes * 3.3];
	return value >= range[0] && value <= range[1] ? range : undefined;
}

/** Words that place an event after the one told before it. */
const SEQUEL =
	/\b(since|later|then|after|afterwards|subsequently|again|eventually|finally|following|reunited|reformed|returned)\b/i;

/**
 * The latest year before `fact`'s own that the passage gives just before it (earlier in its sentence
 * or in the sentence before, in the same paragraph), when the passage is not news and says that this
 * came after ("has since", "later"): a story told in order.
 */

function yearJustBefore(fact: Fact, index: ArticleIndex): number | undefined {
	if (index.isNews || !SEQUEL.test(fact.sentence.text)) return undefined;
	const year = Number(fact.text);
	const previous = index.sentences[fact.sentence.index - 1];
	const tokens = [
		...(previous && previous.paragraph === fact.sentence.paragraph ? previous.tokens : []),
		...fact.sentence.tokens.slice(0, fact.first)
	];
	const earlier = tokens
		.filter((token) => /^\d{4}$/.test(token.text))
		.map((token) => Number(token.text))
		.filter((other) => other < year && other > year - 30);
	return earlier.length > 0 ? Math.max(...earlier) : undefined;
}

/** After a year: " and bought the ship for £1 in 1991" (a predicate, then its year). */
const CHAINED_YEAR_AFTER = /^[^.;]{0,12}?\band \p{Ll}+\b[^.;]{0,60}?\bin (1[5-9]\d\d|20\d\d)\b/u;
/** Before a year: "was formed in 1990 and bought the ship for £1 in " (the same, read backwards). */
const CHAINED_YEAR_BEFORE =
	/\bin (1[5-9]\d\d|20\d\d)\b[^.;\d]{0,12}?\band \p{Ll}+\b[^.;]{0,60}?\bin $/u;

/**
 * "The trust was formed in 1990 and bought the ship for £1 in 1991": predicates joined by "and" tell
 * what happened in order, so the year of the first comes before that of the next, and the reverse.
 * Returns the years just before and just after `fact`'s own in such a chain, when there are any.
 */
function chainedYears(fact: Fact): { before?: number; after?: number } {
	const text = fact.sentence.text;
	const at = fact.sentence.tokens[fact.first].start - fact.sentence.start;
	const end = fact.sentence.tokens[fact.last].end - fact.sentence.start;
	const year = Number(fact.text);
	const next = CHAINED_YEAR_AFTER.exec(text.slice(end));
	const previous = CHAINED_YEAR_BEFORE.exec(text.slice(0, at));
	const after = next ? Number(next[1]) : undefined;
	const before = previous ? Number(previous[1]) : undefined;
	return {
		after: after !== undefined && after > year ? after : undefined,
		before: before !== undefined && before < year ? before : undefined
	};
}

/** The spans of years ("between 1999 and 2001", "from 1999 to 2001") the article opens or closes with `year`. */
function spansEndingIn(year: number, index: ArticleIndex): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (const sentence of index.sentences)
		for (const match of sentence.text.matchAll(new RegExp(SPAN_OF_YEARS, 'g'))) {
			const from = Number(match[1]);
			const to = Number(match[2]);
			if ((from === year || to === year) && from < to && to - from <= 10) spans.push([from, to]);
		}
	return spans;
}

/** Wars a reader dates from general knowledge: their names and first and last years. */
const WARS: ReadonlyArray<[RegExp, number, number]> = [
	[/\b(First World War|Great War|World War I|World War One)\b/, 1914, 1918],
	[/\b(Second World War|World War II|World War Two)\b/, 1939, 1945]
];
const DISSOLVED = /\b(dissolved|dissolution|suppressed|surrendered)\b/i;
const MONASTIC = /\b(abbey|priory|monaster(y|ies)|friary|nunnery|monks|nuns|canons)\b/i;
const AFTER_WAR = /\b(after|following|since) the war\b|\bpost-?war\b/i;
const DURING_WAR = /\b(during|throughout|in) the (First|Second|Great)\b|\bduring World War\b/i;
/**
 * "requisitioned by the Admiralty", "her wartime service", "killed at Ypres": a war the reader places
 * without its name.
 */
const WAR_SERVICE =
	/\b(requisitioned|wartime|war service|war effort|during the war|armed (patrol|merchant) (yacht|cruiser)|hospital ship|killed in action|(killed|died of wounds|wounded) (at|near|on) (Ypres|the Somme|Passchendaele|Gallipoli|Verdun|Mons|Loos|Arras|Cambrai|Jutland|Dunkirk|El Alamein|Arnhem|Anzio|Monte Cassino|Tobruk|Normandy|Kohima|Imphal))\b/i;

/** The earliest year another sentence in the future tense names, if any. */
function earliestYearAhead(fact: Fact, index: ArticleIndex): number | undefined {
	const years = index.sentences
		.filter((sentence) => sentence !== fact.sentence && FUTURE.test(sentence.text))
		.flatMap((sentence) => [...sentence.text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)])
		.map((match) => Number(match[1]));
	return years.length > 0 ? Math.min(...years) : undefined;
}

function yearDistractors(fact: Fact, index: ArticleIndex, random: Random): string[] {
	const avoid = new Set<number>();
	for (const token of fact.sentence.tokens)
		if (/^\d{4}$/.test(token.text)) avoid.add(Number(token.text));
	// "funded until 2008" in a story of 2004: a deadline or a plan lies ahead, so a wrong option
	// in or before the story's own year is ruled out by the stem.
	const year = Number(fact.text);
	const ahead =
		/^(until|till|by)$/.test(fact.sentence.tokens[fact.first - 1]?.normal ?? '') ||
		FUTURE.test(fact.sentence.text);
	if (ahead && index.storyYear && year > index.storyYear)
		for (let past = index.storyYear - 10; past <= index.storyYear; past++) avoid.add(past);
	// "would begin services on 27 March 2005 … double that number by the end of 2006": with no past
	// year to date the story, the earliest year it looks ahead to is not yet over.
	const soonest = ahead && !index.storyYear ? earliestYearAhead(fact, index) : undefined;
	if (soonest !== undefined && year >= soonest)
		for (let past = soonest - 10; past < soonest; past++) avoid.add(past);
	// "The band split in 2001. … the line-up reunited in 2004": a reference passage tells its story
	// in order, so a wrong year before the event just told is ruled out by the reading.
	const before = yearJustBefore(fact, index);
	if (before !== undefined) for (let past = before - 30; past <= before; past++) avoid.add(past);
	// "CS Corrievar was a cable ship built in 1902 …; her first major task … in _____": what a
	// passage tells after its subject began cannot come before it.
	const origin = originYear(fact, index);
	if (origin !== undefined && year > origin)
		for (let past = origin - 30; past <= origin; past++) avoid.add(past);
	// "The Tessington Skylark … was manufactured … from 1956 to 1963. … Peak production was reached
	// in _____": what happened while it was made cannot come after it stopped, and what led up to
	// it ("Design work began in _____") cannot come after it started.
	const span = leadSpan(fact, index);
	if (span && year >= span[0] && year <= span[1])
		for (let after = span[1] + 1; after <= span[1] + 30; after++) avoid.add(after);
	if (span && year < span[0]) for (let y = span[0]; y <= span[0] + 30; y++) avoid.add(y);
	// "Jabez Hosking (1831–1902) … returned to Cornwall in _____": what he did in his life cannot
	// come after his death.
	const death = deathYear(fact, index);
	if (death !== undefined && year < death)
		for (let after = death + 1; after <= death + 30; after++) avoid.add(after);
	const chained = chainedYears(fact);
	if (chained.after !== undefined)
		for (let y = chained.after; y <= chained.after + 30; y++) avoid.add(y);
	if (chained.before !== undefined)
		for (let y = chained.before - 30; y <= chained.before; y++) avoid.add(y);
	// "converted into flats in 2001" where another sentence says "between 1999 and 2001": every
	// year of a span the answer ends or starts is true of it too.
	for (const span of spansEndingIn(year, index))
		for (let y = span[0]; y <= span[1]; y++) avoid.add(y);
	// "the copper market collapsed in the 1860s, and in _____ the mine closed": the decade the
	// sentence names bounds every option.
	const decade = /\b(?:in|during|throughout) the (1[0-9]{2}0)s\b/.exec(fact.sentence.text);
	const from = decade ? Number(decade[1]) : NaN;
	if (year >= from && year <= from + 9)
		for (let y = from - 30; y <= from + 39; y++) if (y < from || y > from + 9) avoid.add(y);
	for (const outside of outsideCentury(fact, year)) avoid.add(outside);
	// "During the First World War …, and in _____": the war's years bound every option.
	const war =
		WARS.find(([name]) => name.test(fact.sentence.text) && DURING_WAR.test(fact.sentence.text)) ??
		(WAR_SERVICE.test(fact.sentence.text)
			? WARS.find(([, start, end]) => year >= start && year <= end)
			: undefined);
	if (war && year >= war[1] && year <= war[2])
		for (let y = war[1] - 30; y <= war[2] + 30; y++) if (y < war[1] || y > war[2]) avoid.add(y);
	// "After the war Nethercote founded the Testwood School of Flying … in _____": the years of the
	// war the answer follows, and any before it, are ruled out (1941 and 1943 beside 1947).
	if (AFTER_WAR.test(fact.sentence.text)) {
		const ended = [...WARS].reverse().find(([, , end]) => year > end && year <= end + 15);
		if (ended) for (let y = ended[2] - 40; y <= ended[2]; y++) avoid.add(y);
	}
	// "Founded in 1147 and dissolved in 1537, Hulmeford Abbey": every religious house in England
	// was dissolved between 1536 and 1541, and a reader who knows it rules out 1533.
	if (
		year >= 1536 &&
		year <= 1541 &&
		DISSOLVED.test(fact.sentence.text) &&
		MONASTIC.test(fact.sentence.text)
	)
		for (let y = 1506; y <= 1571; y++) if (y < 1536 || y > 1541) avoid.add(y);
	// Wrong years stay near the article's own time, so none lies in its future. A birth year is
	// long past whatever the passage's latest year is: capped there, a biography's lone birth year
	// was most often the latest option.
	const latest = birthStem(fact) ? year + 12 : index.latestYear + 3;
	// "a charter dated around 1160": a year said to be approximate is a round one, and so are its
	// wrong options ("around 1162" would be no year anyone writes).
	const hedged = /^(about|around|circa|c)$/.test(
		fact.sentence.tokens[fact.first - 1]?.normal ?? ''
	);
	// "would double the passengers it can handle by 2020": a target is most often a round year, and
	// among 2018, 2019 and 2021 the round one is the answer. Its wrong options are round too.
	const roundTarget =
		/^(by|until)$/.test(fact.sentence.tokens[fact.first - 1]?.normal ?? '') &&
		year % 10 === 0 &&
		year > index.storyYear;
	if (roundTarget)
		return yearsApart(year, 5, random, Math.max(latest, year + 15), avoid).map(String);
	const spread = isCensusYear(fact, year)
		? 10
		: hedged && year % 10 === 0
			? 10
			: hedged && year % 5 === 0
				? 5
				: 1;
	if (spread > 1) return yearsApart(year, spread, random, latest, avoid).map(String);
	return perturbYear(year, random, avoid, latest).map(String);
}

/** The years near a century the sentence names, outside it: none may be an option. */
function outsideCentury(fact: Fact, year: number): Set<number> {
	const century = centuryNamed(fact.sentence.text, year);
	const outside = new Set<number>();
	if (century)
		for (let y = century[0] - 200; y <= century[1] + 200; y++)
			if (y < century[0] || y > century[1]) outside.add(y);
	return outside;
}

/**
 * Wrong years `spread` apart around an approximate one ("about 1135", "dated around 1160"), none
 * after `latest` nor in `avoid`.
 */
function yearsApart(
	year: number,
	spread: number,
	random: Random,
	latest: number,
	avoid: ReadonlySet<number>
): number[] {
	return perturbYear(year, random, new Set([year]), latest)
		.map((wrong) => year + (wrong - year) * spread)
		.filter((wrong) => wrong <= latest && !avoid.has(wrong));
}

/** Whether the article's lead sentence names the date's year. */
function leadGivesYear(fact: Fact, index: ArticleIndex): boolean {
	const year = /\b\d{4}$/.exec(fact.option)?.[0];
	const lead = leadSentenceOf(index);
	return year !== undefined && lead !== undefined && lead.text.includes(year);
}

/** Whether the date's sentence names a year besides the date's own. */
function namesAnotherYear(fact: Fact): boolean {
	return /\b(1[1-9]|20)\d\d\b/.test(fact.sentence.text.replace(fact.text, ''));
}

/**
 * The other end of a range of dates ("from 1 July until 31 August"), as month × 100 + day, and
 * which end it is; the year is left out, so only dates without one are compared, save a year after
 * the end that both share ("from 16 July to 24 September 2005").
 */
function dateRangeOther(fact: Fact): { side: 'start' | 'end'; monthDay: number } | undefined {
	const tokens = fact.sentence.tokens;
	const sharedYear = !/\b\d{4}\b/.test(fact.text);
	const dayMonth = (at: number) => {
		const month = monthIndex(tokens[at + 1]?.text ?? '');
		if (!/^\d{1,2}$/.test(tokens[at]?.text ?? '') || month < 0) return undefined;
		if (/^\d{4}$/.test(tokens[at + 2]?.text ?? '') && !sharedYear) return undefined;
		return month * 100 + Number(tokens[at].text);
	};
	if (/^(until|till|to)$/.test(tokens[fact.last + 1]?.normal ?? '')) {
		const end = dayMonth(fact.last + 2);
		if (end !== undefined) return { side: 'end', monthDay: end };
	}
	if (/^(until|till|to)$/.test(tokens[fact.first - 1]?.normal ?? '')) {
		const start = dayMonth(fact.first - 3);
		if (start !== undefined && tokens[fact.first - 4]?.normal === 'from')
			return { side: 'start', monthDay: start };
	}
	return undefined;
}

/**
 * Another date in the same format: the same words, with the month moved a little (or kept) and, where
 * the date has a day, the day moved as well. Four dates on the same day of different months left the
 * one a player could place by the calendar alone (26 December for a holiday special) standing out,
 * and dates months away from the story's own were ruled out by it (a deadline after the event).
 */
function dateDistractors(
	fact: Fact,
	random: Random,
	blocked: Blocked,
	/** The latest year a wrong date may fall in, when dates should stand years apart. */
	spreadUpTo: number | undefined
): string[] {
	const parts = fact.text.split(/(\s+|,\s*)/);
	const results = new Set<string>();
	const dayPart = parts.findIndex((part) => /^\d{1,2}$/.test(part));
	const yearPart = parts.findIndex((part) => /^\d{4}$/.test(part));
	const day = dayPart >= 0 ? Number(parts[dayPart]) : 1;
	// Without a year, assume a leap year: 29 February is then possible, 30 February never.
	const year = yearPart >= 0 ? Number(parts[yearPart]) : 2000;
	const monthNow = parts.map((part) => monthIndex(part)).find((index) => index >= 0) ?? 0;
	const written = (newDay: number, month: number, newYear: number) =>
		parts
			.map((part, at) => {
				if (at === dayPart) return String(newDay);
				if (at === yearPart) return String(newYear);
				if (monthIndex(part) >= 0 && /^\p{Lu}/u.test(part)) {
					const name = MONTHS[month];
					return MONTHS.includes(part)
						? name
						: name.slice(0, part.replace(/\.$/, '').length) + (part.endsWith('.') ? '.' : '');
				}
				return part;
			})
			.join('');
	// "on Saturday 15 May 2004": the weekday stays in the stem, so every wrong date is a Saturday
	// too, whole weeks away, or the one date that fits it gives itself away. Whole weeks keep the
	// weekday in any year, so a date without one ("on Monday 7 March") moves by weeks as well.
	const weekday = WEEKDAYS.includes(fact.sentence.tokens[fact.first - 1]?.text ?? '');
	if (weekday && dayPart >= 0 && spreadUpTo === undefined) {
		for (const weeks of shuffled([-3, -2, -1, 1, 2, 3], random)) {
			const other = new Date(Date.UTC(year, monthNow, day + weeks * 7));
			// Without a year, a leap day may or may not lie between: keep to one side of February's end.
			if (yearPart < 0 && monthNow <= 1 !== other.getUTCMonth() <= 1) continue;
			const candidate = written(other.getUTCDate(), other.getUTCMonth(), other.getUTCFullYear());
			if (results.size < 3 && !blocked(candidate)) results.add(candidate);
		}
		return [...results];
	}
	// "from 1 July until 31 August": a start stays before the end the sentence gives, an end after
	// its start.
	const range = dateRangeOther(fact);
	const inOrder = (monthDay: number) =>
		!range || (range.side === 'end' ? monthDay < range.monthDay : monthDay > range.monthDay);
	// "from 1 December to 28 February" runs over the new year, where month and day alone cannot order.
	const withinRange = (monthDay: number) => !inOrder(monthNow * 100 + day) || inOrder(monthDay);
	// The same month on another day, or a month either side, before anything further away.
	const shifts = [...shuffled([0, 1, -1], random), ...shuffled([2, -2, 3, -3], random)];
	const days = shuffled(
		Array.from({ length: 28 }, (_, i) => i + 1).filter((other) => Math.abs(other - day) >= 3),
		random
	);
	// A year apart each: four dates of one year ask only the day or the month.
	const yearShifts = spreadUpTo !== undefined ? shuffled([-2, -1, 1, 2], random) : [];
	shifts.forEach((shift, i) => {
		if (results.size === 3) return;
		const target = (monthNow + shift + 12) % 12;
		// "December 2009" a month on is "January 2010".
		const targetYear = year + Math.floor((monthNow + shift) / 12) + (yearShifts[i] ?? 0);
		// "from 1 October": a change dated the first of a month is matched by other firsts, or the
		// one round date among "5 October" and "23 November" gives itself away.
		const newDay = dayPart < 0 ? day : day === 1 ? 1 : days[i % days.length];
		if (newDay === day && shift === 0 && (yearShifts[i] ?? 0) === 0) return;
		// "31 June" or "29 February 1982" would be an impossible date: an absurd, giveaway option.
		if (new Date(Date.UTC(targetYear, target, newDay)).getUTCMonth() !== target) return;
		if (spreadUpTo !== undefined && targetYear > spreadUpTo) return;
		if (yearPart < 0 && !withinRange(target * 100 + newDay)) return;
		const candidate = written(newDay, target, targetYear);
		if (candidate !== fact.text && !blocked(candidate)) results.add(candidate);
	});
	return [...results];
}

function kindOf(fact: Fact): OrganisationKind {
	const tokens = fact.sentence.tokens.slice(fact.first, fact.last + 1);
	return organisationKind(
		fact.option,
		tokens.some((token) => token.tags.has('SportsTeam'))
	);
}

/**
 * Organisations of the same kind: a club for a club, a party for a party. The article's own come
 * first; the built-in lists only serve kinds they cover, and only for short, well-known-style names.
 */
function organisationDistractors(
	fact: Fact,
	index: ArticleIndex,
	random: Random,
	blocked: Blocked
): string[] {
	const kind = kindOf(fact);
	const sameKind = [
		...new Set(
			index.facts
				.filter((other) => other.type === 'organisation' && kindOf(other) === kind)
				.map((other) => other.option)
		)
	];
	// Same form too: a "… Trust" for a "… Trust", so the head noun does not single out the answer.
	const head = organisationHead(fact.option);
	if (head) {
		const sameHead = sameKind.filter((name) => organisationHead(name) === head);
		const builtIn = head === 'party' ? PARTIES_NAMED_PARTY : [];
		return pickDistinct(
			fact.option,
			[shuffled(sameHead, random), shuffled(builtIn, random)],
			blocked
		);
	}
	const headless = sameKind.filter((name) => !organisationHead(name));
	const builtIn = ORGANISATIONS_BY_KIND[kind]
		.map((name) => name.replace(/^the /, ''))
		.filter((name) => !organisationHead(name));
	// Media, companies and public bodies differ in what they do within a kind (a broadcaster is no
	// news agency): only clubs and parties are alike enough for a built-in list.
	const listWorks = kind === 'club' || kind === 'party';
	const shortName = fact.option.split(' ').length <= 3 && listWorks;
	const pools = shortName
		? [shuffled(headless, random), shuffled(builtIn, random)]
		: [shuffled(headless, random)];
	return pickDistinct(fact.option, pools, blocked);
}

/** Returns exactly three distractors, or fewer when no good ones exist (the fact is then dropped). */
export function findDistractors(
	fact: Fact,
	index: ArticleIndex,
	random: Random,
	excluded: Blocked = () => false
): string[] {
	const inSentence = sentenceOptions(fact, index).filter((option) => option !== fact.option);
	const blocked: Blocked = (candidate) =>
		excluded(candidate) ||
		inSentence.some((other) => optionsClash(candidate, other)) ||
		ruledOutBySentence(fact, candidate, index.headline);
	switch (fact.type) {
		case 'person':
			return personDistractors(fact, index, random, blocked);
		case 'country':
			if (TEST_CRICKET.test(fact.sentence.text) && TEST_NATIONS.includes(fact.option))
				return pickDistinct(
					fact.option,
					// "England's squad for a tour of Pakistan": the touring side is no host.
					[
						shuffled(
							TEST_NATIONS.filter((nation) => !fact.sentence.text.includes(nation)),
							random
						)
					],
					blocked
				);
			if (isProductionMove(fact))
				return pickDistinct(fact.option, [shuffled(LOW_COST_MAKERS, random)], blocked);
			if (isMajorCountry(fact.option)) return majorCountryDistractors(fact, index, random, blocked);
			return listDistractors(
				fact,
				index,
				random,
				blocked,
				COUNTRIES_BY_REGION,
				countryRegion(fact.option)
			);
		case 'city':
			if (worldCityPeers(fact.option)) return worldCityDistractors(fact, index, random, blocked);
			return listDistractors(
				fact,
				index,
				random,
				blocked,
				CITIES_BY_REGION,
				cityRegion(fact.option)
			);
		case 'organisation':
			return organisationDistractors(fact, index, random, blocked);
		case 'year':
			return yearDistractors(fact, index, random);
		case 'date':
			// Below a reference passage's lead, a date is one step of a history, which a reader
			// remembers by its year; a news story's dates all fall within weeks of each other.
			// "Filling began in 1875 and it opened on …": a year beside the date fixes the date's own,
			// and so does a lead that gives it ("Comet C/1927 Q1 … discovered on 24 August 1927").
			return dateDistractors(
				fact,
				random,
				blocked,
				!index.isNews &&
					fact.sentence.index !== index.lead &&
					!namesAnotherYear(fact) &&
					!leadGivesYear(fact, index)
					? index.latestYear
					: undefined
			);
		case 'quantity':
		case 'money':
		case 'percent':
			return numberDistractors(fact, index, random);
	}
}

/**
 * Whether a plural noun follows a count, past the words that describe it: "two opening wins",
 * "four new wind farms", and "two water rides", where the tagger reads "rides" after a noun as a verb.
 * Five words at most: "two passenger and freight ferries".
 */
function pluralFollows(tokens: readonly Token[], last: number): boolean {
	for (let i = last + 1; i <= last + 5 && i < tokens.length; i++) {
		const token = tokens[i];
		// "two passenger and freight ferries": nouns joined before the counted one.
		if (/^(and|or)$/.test(token.normal) && i > last + 1 && tokens[i - 1].tags.has('Noun')) continue;
		// "two remote Arctic islands": the tagger may call a plural place word singular.
		if (token.tags.has('Plural') || (token.tags.has('Noun') && /^[a-z]+[^su'’]s$/.test(token.text)))
			return true;
		// "scored two tries": right after a count, an "-s" word the tagger took for a verb is a noun.
		if (i === last + 1 && token.tags.has('PresentTense') && /^[a-z]+[^su'’]s$/.test(token.text))
			return true;
		const previous = tokens[i - 1];
		if (
			i > last + 1 &&
			previous.tags.has('Noun') &&
			!previous.tags.has('ProperNoun') &&
			token.tags.has('PresentTense') &&
			/^[a-z]+[^s']s$/.test(token.text)
		)
			return true;
		// "four other shortlisted works": a participle before the noun describes it like an adjective.
		const participle = token.tags.has('PastTense') && /^[a-z]+ed$/.test(token.text);
		if (
			!(token.tags.has('Adjective') || token.tags.has('Noun') || participle) ||
			/[^\s]/.test(token.post)
		)
			return false;
	}
	return false;
}
