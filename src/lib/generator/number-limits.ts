/**
 * Bounds on a figure's wrong options that the sentence itself sets: a route number's digits, a share
 * said in words, the number a survey asked, the length of a week, the year a passage's subject began.
 */
import type { ArticleIndex } from './article';
import { leadSentenceOf } from './article';
import type { Fact } from './facts';
import type { WrittenNumber } from './numbers';
import type { Token } from './sentences';

const LABELLED = /^(service|services|route|bus|buses|flight|line|road|platform)$/;

/**
 * "The 812 service", "route 47", "flight 203": a number that names a route is no count, and a
 * "1,090" among three-figure route numbers gives itself away; the options keep its digits.
 */
export function labelDigits(
	tokens: readonly Token[],
	number: number
): [number, number] | undefined {
	const before = tokens[number - 1]?.normal ?? '';
	const after = tokens[number + 1]?.normal ?? '';
	const label =
		(before === 'the' && LABELLED.test(after)) || /^(route|bus|flight|no|number)$/.test(before);
	const digits = tokens[number].text.replace(/\D/g, '').length;
	if (!label || !/^\d+$/.test(tokens[number].text)) return undefined;
	return [10 ** (digits - 1), 10 ** digits - 1];
}

const FRACTIONS: Record<string, number> = {
	'a tenth': 10,
	'a fifth': 20,
	'a quarter': 25,
	'a third': 100 / 3,
	half: 50,
	'two-thirds': 200 / 3,
	'two thirds': 200 / 3,
	'three-quarters': 75,
	'three quarters': 75
};
const SHARE_BOUND =
	/\b(more than|over|above|less than|under|below|fewer than) (a tenth|a fifth|a quarter|a third|half|two-thirds|two thirds|three-quarters|three quarters)\b/i;

/**
 * "More than a quarter of the uneaten meals, _____, were …": a share the sentence bounds in words
 * keeps every option within the bound, or the words give it away.
 */
export function shareBound(fact: Fact, written: WrittenNumber): [number, number] {
	if (written.suffix !== '%') return [0, Infinity];
	const match = SHARE_BOUND.exec(fact.sentence.text);
	if (!match) return [0, Infinity];
	const bound = FRACTIONS[match[2].toLowerCase()];
	const above = /^(more than|over|above)$/i.test(match[1]);
	if (above && written.value > bound) return [bound + 1e-9, Infinity];
	if (!above && written.value < bound) return [0, bound - 1e-9];
	return [0, Infinity];
}

const MULTIPLES: Record<string, number> = {
	'a quarter': 0.25,
	'a third': 1 / 3,
	half: 0.5,
	twice: 2,
	double: 2,
	'three times': 3,
	'four times': 4
};
const MULTIPLE_AFTER =
	/^[^;]{0,40}?\b(less than|under|more than|over|almost|nearly)\s+(a quarter|a third|half|twice|double|three times|four times)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?[£$€]?(\d[\d,]*(?:\.\d+)?)/i;

const MULTIPLE_BEFORE =
	/(\d[\d,]*(?:\.\d+)?)[\p{L}]*[^;\d]{0,40}?\b(less than|under|more than|over|almost|nearly)\s+(a quarter|a third|half|twice|double|three times|four times)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?[£$€]?$/iu;

/**
 * "as little as 15 tetri a kilogram, less than half the 40 tetri paid last season": the stem sets
 * the answer against a multiple of another figure, and every option keeps to the same side of it.
 * "£46m, more than three times the _____ it processed": the figure a multiple is taken of keeps to
 * its side too.
 */
export function multipleBound(fact: Fact, number: Token, value: number): [number, number] {
	const offset = number.start - fact.sentence.start;
	const after = MULTIPLE_AFTER.exec(fact.sentence.text.slice(offset + number.text.length));
	const before = MULTIPLE_BEFORE.exec(fact.sentence.text.slice(0, offset));
	const match = after ?? before;
	if (!match) return [0, Infinity];
	const [other, relation, multiple] = after
		? [after[3], after[1], after[2]]
		: [before![1], before![2], before![3]];
	const factor = MULTIPLES[multiple.toLowerCase()];
	const otherValue = Number(other.replace(/,/g, ''));
	// After: answer < factor × other. Before: other < factor × answer, so answer > other / factor.
	const bound = after ? factor * otherValue : otherValue / factor;
	const answerBelow = !/^(more than|over)$/i.test(relation) === Boolean(after);
	// "_____ web pages, almost three times the 1.8 billion": near the multiple, not anywhere under it
	// (2.2 billion is no "almost three times").
	const near = /^(almost|nearly)$/i.test(relation) ? NEAR_MULTIPLE : 0;
	if (answerBelow && value < bound) return [near * bound, bound - 1e-9];
	if (!answerBelow && value > bound) return [bound + 1e-9, near ? bound / near : Infinity];
	return [0, Infinity];
}

/** How near "almost three times" is to three times. */
const NEAR_MULTIPLE = 0.8;

const VERB_MULTIPLES: Record<string, number> = { double: 2, treble: 3, triple: 3, quadruple: 4 };

const MULTIPLIED_CHANGE =
	/\b(more than|over|almost|nearly)\s+(double|treble|triple|quadruple)d?\b[^;]{0,100}?\bfrom\s+[£$€]?(\d[\d,]*(?:\.\d+)?)[^\s\d]*(?:\s+[a-z]+)?\s+to\s+[£$€]?$/i;

/**
 * "plans to more than double the cost of parking, with daily charges rising from 2.60 to _____
 * pounds": the stem says how far the figure moved, and every option moves as far ("4.50" would be
 * no doubling).
 */
export function multipliedChangeBound(fact: Fact, number: Token, value: number): [number, number] {
	const offset = number.start - fact.sentence.start;
	const before = fact.sentence.text.slice(0, offset);
	const to = MULTIPLIED_CHANGE.exec(before);
	// "… from _____ to 5.50 pounds": the start is below the end divided by the multiple.
	const from = MULTIPLIED_FROM.exec(before);
	const end = from && CHANGE_END.exec(fact.sentence.text.slice(offset + number.text.length));
	if (!to && !end) return [0, Infinity];
	const [relation, verb, other] = to ? [to[1], to[2], to[3]] : [from![1], from![2], end![1]];
	const factor = VERB_MULTIPLES[verb.toLowerCase()];
	const otherValue = Number(other.replace(/,/g, ''));
	const bound = to ? factor * otherValue : otherValue / factor;
	// More than doubled: the end is above twice the start, the start below half the end.
	const answerAbove = /^(more than|over)$/i.test(relation) === Boolean(to);
	if (answerAbove && value > bound) return [bound + 1e-9, Infinity];
	if (!answerAbove && value < bound) return [0, bound - 1e-9];
	return [0, Infinity];
}

const MULTIPLIED_FROM =
	/\b(more than|over|almost|nearly)\s+(double|treble|triple|quadruple)d?\b[^;]{0,100}?\bfrom\s+[£$€]?$/i;
const CHANGE_END = /^[^\s\d]*(?:\s+[a-z]+)?\s+to\s+[£$€]?(\d[\d,]*(?:\.\d+)?)/;

const CAREER_BEFORE =
	/\b(?:career|service|working life)\s+(?:of|spanning|lasting)\s+(?:almost\s+|nearly\s+|more than\s+)?$/i;
/** "who served on the lifeboat for", "has played bowls for": years of a grown-up's service. */
const SERVED_FOR =
	/\b(?:served|worked|played|taught|coached|managed|crewed|volunteered|preached|farmed)\b[^.;:]{0,60}\bfor\s+(?:almost\s+|nearly\s+|more than\s+)?$/i;
/** "who spent more than 30 years as chaplain": years spent, after childhood, as a grown-up's are. */
const SPENT = /\bspent\s+(?:almost\s+|nearly\s+|more than\s+|about\s+|some\s+)?$/i;
/** "(14 May 1831 – 2 November 1904)": a life's years in brackets. */
const LIFE_YEARS = /\([^()]*?\b(1[5-9]\d\d|20\d\d)\s*[–-]\s*[^()]*?\b(1[5-9]\d\d|20\d\d)\)/;
const AGE_GIVEN = /\b(?:at the age of|aged)\s+(\d{1,2})\b|\b(\d{1,2})-year-old\b|,\s(\d{1,2}),/;

/** The age a text gives ("aged 81", "A 99-year-old", "Smith, 64,"), if any. */
export function ageGiven(text: string): number | undefined {
	const age = AGE_GIVEN.exec(text);
	return age ? Number(age[1] ?? age[2] ?? age[3]) : undefined;
}

/** The years of a life a text gives in brackets ("(1824 – 1898)" → 74), if any. */
export function lifeYears(text: string): number | undefined {
	const life = LIFE_YEARS.exec(text);
	return life ? Number(life[2]) - Number(life[1]) : undefined;
}

/** The age a span of years written after `before` starts at, if it is a career or a service. */
export function serviceStart(before: string): number | undefined {
	if (CAREER_BEFORE.test(before)) return 14;
	return SERVED_FOR.test(before) || SPENT.test(before) ? 18 : undefined;
}

/**
 * "retirement at the age of 41, ending a career of _____ years": nobody works from the age of
 * seven, so a career is at most the age the sentence gives less fourteen years. "Who served on the
 * lifeboat for _____ years …, has died aged 81": service named by its verb starts later, at
 * eighteen, as reviewers read it (64 years' service at 81 was called impossible).
 */
export function careerCeiling(fact: Fact, number: Token, value: number): number {
	const offset = number.start - fact.sentence.start;
	const after = fact.sentence.text.slice(offset + number.text.length);
	if (!/^\s+years?\b/.test(after)) return Infinity;
	const start = serviceStart(fact.sentence.text.slice(0, offset));
	if (start === undefined) return Infinity;
	// "Josiah Trevenna (3 March 1824 - 11 November 1898) … served for _____ years": the life's
	// years in brackets give the age as well.
	const years = ageGiven(fact.sentence.text) ?? lifeYears(fact.sentence.text);
	if (years === undefined) return Infinity;
	const most = years - start;
	// A career longer than that (a jockey apprenticed at twelve) sets no ceiling the answer breaks.
	return most >= value ? most : Infinity;
}

const DECADES: Record<string, number> = {
	twenties: 20,
	thirties: 30,
	forties: 40,
	fifties: 50,
	sixties: 60,
	seventies: 70,
	eighties: 80,
	nineties: 90
};
const DECADE_OF_LIFE =
	/\b(?:in|into|until|through|throughout) (?:his|her|their) (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;

/**
 * "continued to climb into her sixties, … at the age of _____": an age within the decade the
 * sentence names keeps every option there.
 */
export function decadeOfLifeBound(fact: Fact, value: number): [number, number] {
	const match = DECADE_OF_LIFE.exec(fact.sentence.text);
	if (!match) return [0, Infinity];
	const decade = DECADES[match[1].toLowerCase()];
	return value >= decade && value < decade + 10 ? [decade, decade + 9] : [0, Infinity];
}

const EARLIER_AGE = /\b(?:at the age of|aged) (\d{1,2})\b/;

/**
 * "climbed Scafell Pike for the first time at the age of 14, and by _____ had climbed most of the
 * high peaks": an age the sentence reaches "by" after an age it told first is the later one.
 */
export function laterAgeFloor(fact: Fact, number: Token): number {
	const sentence = fact.sentence;
	const before = sentence.text.slice(0, number.start - sentence.start);
	if (!/\bby (?:the age of )?$/.test(before)) return 0;
	const earlier = EARLIER_AGE.exec(before);
	return earlier ? Number(earlier[1]) + 1e-9 : 0;
}

const SURVEYED =
	/\b(?:questioned|surveyed|asked|polled|tested|checked|inspected|visited|examined|contacted|sampled|studied)\s+(?:about |some |nearly |almost |over )?(\d[\d,]*)\b/;

/**
 * "which questioned 146 trusts, found that _____ charged": the answer counts some of those asked,
 * and an option above them is ruled out by the stem.
 */
export function surveyedCeiling(fact: Fact, value: number): number {
	const match = SURVEYED.exec(fact.sentence.text);
	if (!match || match.index + fact.sentence.start > fact.sentence.tokens[fact.first].start)
		return Infinity;
	const asked = Number(match[1].replace(/,/g, ''));
	return asked > value ? asked - 1e-9 : Infinity;
}

const PERIODS: ReadonlyArray<[RegExp, number]> = [
	[/^(?:days?|nights?|evenings?|mornings?|afternoons?|shifts?) (?:a|per|each) week\b/, 7],
	[/^hours? (?:a|per|each) day\b/, 24],
	[/^hours? (?:a|per|each) week\b/, 168],
	[/^days? (?:a|per|each) month\b/, 31],
	[/^(?:days?|nights?) (?:a|per|each) year\b/, 366],
	[/^weeks? (?:a|per|each) year\b/, 52],
	[/^months? (?:a|per|each) year\b/, 12],
	// "over a period of ten months in 2004": a calendar year holds twelve.
	[/^months? (?:in|during) (?:1[5-9]\d\d|20\d\d)\b/, 12],
	[/^weeks? (?:in|during) (?:1[5-9]\d\d|20\d\d)\b/, 52]
];

/** "films will be shown five nights a week": no week has eight nights, and no day 25 hours. */
export function periodMaximum(fact: Fact, number: Token): number {
	const after = fact.sentence.text
		.slice(number.end - fact.sentence.start)
		.trimStart()
		.toLowerCase();
	return PERIODS.find(([pattern]) => pattern.test(after))?.[1] ?? Infinity;
}

const ORIGIN =
	/\b(?:built|launched|founded|established|formed|opened|completed|commissioned|incorporated|born)\b(?:[^.;]{0,30}?\bin\b)?[^.;\d]{0,12}\b(1[5-9]\d\d|20\d\d)\b/;
/** "a small tractor built by Mardon & Hesketh … between 1948 and 1961": the years a thing was made. */
const YEARS_MADE = /\b(?:between|from) (1[5-9]\d\d|20\d\d) (?:and|to|until) (1[5-9]\d\d|20\d\d)\b/;
const LIFESPAN = /\((?:[^()]*?\s)?(1[5-9]\d\d)\s*[–-]/;

/** "(14 March 1831 – 2 November 1902)", "(1831–1902)": the second year of a life in brackets. */
const DEATH = /\((?:[^()]*?\s)?1[5-9]\d\d\s*[–-]\s*(?:[^()]*?\s)?(1[5-9]\d\d|20\d\d)\)/;

/** The year a reference passage's lead says its subject, a person, died. */
export function deathYear(fact: Fact, index: ArticleIndex): number | undefined {
	if (index.isNews || fact.sentence.index === index.lead) return undefined;
	const match = DEATH.exec(leadSentenceOf(index)?.text ?? '');
	return match ? Number(match[1]) : undefined;
}

/**
 * "Founded in 1882, it is one of the oldest …", "It was built in 1934": a later sentence of the
 * lead's paragraph that opens on its subject's origin.
 */
const ORIGIN_OPENING =
	/^(?:(?:It|She|He) was )?(?:built|launched|founded|established|formed|opened|completed)\b[^.;\d]{0,12}\b(1[5-9]\d\d|20\d\d)\b/i;

/** The year a reference passage's lead says its subject was born, built or founded. */
export function originYear(fact: Fact, index: ArticleIndex): number | undefined {
	if (index.isNews || fact.sentence.index === index.lead) return undefined;
	const lead = leadSentenceOf(index);
	const text = lead?.text ?? '';
	const match = LIFESPAN.exec(text) ?? ORIGIN.exec(text) ?? YEARS_MADE.exec(text);
	if (match) return Number(match[1]);
	const opening = index.sentences
		.filter((s) => s.paragraph === lead?.paragraph && s.index > index.lead)
		.map((s) => ORIGIN_OPENING.exec(s.text))
		.find((found) => found !== null);
	return opening ? Number(opening[1]) : undefined;
}

/**
 * The years a reference passage's lead says its subject was made or used: "manufactured … from
 * 1956 to 1963", "served … between 1887 and 1961".
 */
export function leadSpan(fact: Fact, index: ArticleIndex): [number, number] | undefined {
	if (index.isNews || fact.sentence.index === index.lead) return undefined;
	const match = YEARS_MADE.exec(leadSentenceOf(index)?.text ?? '');
	return match ? [Number(match[1]), Number(match[2])] : undefined;
}

const SEATS_OF = /\bof (?:the )?(?:[\p{L}'’ ]+?['’]s )?(\d+) seats\b/u;

/**
 * "will head a minority administration, with her group holding _____ of the council's 48 seats":
 * a minority holds half the seats at most, and 29 of 48 is ruled out by the stem.
 */
export function minorityCeiling(fact: Fact, value: number): number {
	if (!/\bminority\b/i.test(fact.sentence.text)) return Infinity;
	const seats = SEATS_OF.exec(fact.sentence.text);
	if (!seats) return Infinity;
	const half = Number(seats[1]) / 2;
	return value <= half ? half : Infinity;
}

const ALL_OUT = /\b(?:bowled out|all out|dismissed) for $/;
const CHASED = /\b(?:in reply to|chasing)\b[^.;]{0,40}?\b(\d{2,3})(?:-\d{1,2}|\s+for\s+\d{1,2})?\b/;

/**
 * "were bowled out for _____ in reply to Wickenby's 187-6": a side all out in a chase made no more
 * than its target, and 188 or 208 is ruled out by the stem.
 */
export function chaseCeiling(fact: Fact, number: Token): number {
	const text = fact.sentence.text;
	if (!ALL_OUT.test(text.slice(0, number.start - fact.sentence.start))) return Infinity;
	const target = CHASED.exec(text);
	return target ? Number(target[1]) : Infinity;
}
