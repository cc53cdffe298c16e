/**
 * One quiz never asks the same fact twice, and never lets one question's stem hand over another
 * question's answer ("… grew by 2.5%" in one stem, "What percentage …? 2.5%" in the next).
 */
import { surnameOf } from './article';
import { parseWrittenNumber } from './numbers';
import { CITIES_OF_NATIONS, REGIONS_OF_NATIONS } from './lists/places';
import { escapeRegExp } from './regexp';

export interface AskedQuestion {
	prompt: string;
	answer: string;
	/** People are recognised by surname alone: "Mr Kerry" in a stem gives away "John Kerry". */
	isPerson: boolean;
	/** A country is given away by its people's name too: "the Dutch city" → "the Netherlands". */
	isCountry?: boolean;
	/** A count, a sum or a share, which another question may give in other words. */
	isAmount?: boolean;
}

/** Demonyms not made by adding an ending to the country's name. */
const IRREGULAR_DEMONYMS: Record<string, string> = {
	netherlands: 'dutch',
	france: 'french',
	spain: 'spanish',
	england: 'english',
	wales: 'welsh',
	scotland: 'scottish|scots',
	uk: 'british',
	'united kingdom': 'british',
	britain: 'british',
	'great britain': 'british',
	us: 'american',
	usa: 'american',
	'united states': 'american',
	switzerland: 'swiss',
	greece: 'greek',
	denmark: 'danish',
	sweden: 'swedish',
	finland: 'finnish',
	poland: 'polish',
	turkey: 'turkish',
	ireland: 'irish',
	thailand: 'thai',
	philippines: 'filipino',
	iceland: 'icelandic',
	'czech republic': 'czech',
	china: 'chinese',
	japan: 'japanese',
	vietnam: 'vietnamese',
	norway: 'norwegian',
	portugal: 'portuguese',
	belgium: 'belgian',
	cyprus: 'cypriot',
	'new zealand': 'new zealander',
	'south africa': 'south african',
	lebanon: 'lebanese',
	sudan: 'sudanese',
	malta: 'maltese',
	'the netherlands': 'dutch'
};

/** "Iranian", "German", "Kosovan": the name's stem with an ending; or a form listed above. */
function demonymPattern(country: string): string {
	const name = country.toLowerCase().replace(/^the\s+/, '');
	const irregular = IRREGULAR_DEMONYMS[name];
	const root = name.replace(/[aeiouy]$/, '');
	const regular =
		root.length >= 4 && !name.includes(' ')
			? `${escapeRegExp(root)}(?:an|ian|n|ese|i|ish|ic|ean|ar)?`
			: undefined;
	return [irregular, regular].filter(Boolean).join('|') || escapeRegExp(name);
}

/** Capitals any reader places in their country. */
const CAPITALS: Record<string, string> = {
	france: 'Paris',
	italy: 'Rome',
	spain: 'Madrid',
	germany: 'Berlin',
	ireland: 'Dublin',
	scotland: 'Edinburgh',
	wales: 'Cardiff',
	'northern ireland': 'Belfast',
	england: 'London',
	portugal: 'Lisbon',
	greece: 'Athens',
	russia: 'Moscow',
	japan: 'Tokyo',
	austria: 'Vienna',
	netherlands: 'Amsterdam',
	belgium: 'Brussels',
	denmark: 'Copenhagen',
	norway: 'Oslo',
	sweden: 'Stockholm',
	poland: 'Warsaw',
	hungary: 'Budapest',
	egypt: 'Cairo',
	argentina: 'Buenos Aires',
	kenya: 'Nairobi'
};

/** Institutions whose name says which country they are in. */
const NATIONAL_INSTITUTIONS: Record<string, RegExp> = {
	uk: /\b(House of Commons|House of Lords|Westminster|Downing Street|Whitehall)\b/,
	// "a cross-party group of MSPs has said … island communities in _____".
	scotland: /\b(MSPs?|Holyrood|Scottish Executive)\b/,
	wales: /\b(Welsh Assembly|Senedd)\b/,
	'northern ireland': /\b(Stormont|MLAs?)\b/,
	us: /\b(White House|Congress|Capitol Hill|Senate|Pentagon)\b/,
	germany: /\b(Bundestag|Bundesbank)\b/,
	russia: /\b(Kremlin|Duma)\b/,
	ireland: /\b(Dail|Dáil|Taoiseach)\b/,
	france: /\b(Elysee|Élysée|National Assembly)\b/
};

/**
 * Whether `text` names `country`, its people or an institution only it has: "Scottish Gaelic" names
 * Scotland, "the House of Commons" the UK.
 */
export function namesCountry(text: string, country: string): boolean {
	const name = country.toLowerCase().replace(/^the\s+/, '');
	if (NATIONAL_INSTITUTIONS[name]?.test(text)) return true;
	// "his debut against _____ in Rome": the capital names its country.
	const capital = CAPITALS[name];
	if (capital && new RegExp(`\\b${capital}\\b`).test(text)) return true;
	// "researchers in Aberdeen … off the coast of _____": a UK nation's city names the nation.
	const nation = CITIES_OF_NATIONS.find((entry) => entry.nation.toLowerCase() === name);
	if (nation && new RegExp(`\\b(?:${nation.cities.join('|')})\\b`).test(text)) return true;
	// "a scheme in a Lancashire borough … the first of its kind in _____": a county names its nation.
	if (REGIONS_OF_NATIONS[name]?.test(text)) return true;
	return new RegExp(
		`(?<![\\p{L}])(?:${escapeRegExp(name)}|${demonymPattern(name)})(?![\\p{L}])`,
		'iu'
	).test(text);
}

/**
 * Whether `text` names the nation a UK city is in ("the Welsh legend … premiere in _____", Cardiff)
 * or the country a capital is the capital of.
 */
export function namesCityNation(text: string, city: string): boolean {
	// "contract in Fife and Tayside … 300 jobs in _____": Glasgow is given away as well.
	if (
		CITIES_OF_NATIONS.some(
			({ nation, cities, people }) =>
				cities.includes(city) &&
				(people.test(text) || REGIONS_OF_NATIONS[nation.toLowerCase()]?.test(text))
		)
	)
		return true;
	// "against Italy in _____": the country names its capital.
	return Object.entries(CAPITALS).some(
		([country, capital]) => capital === city && namesCountry(text, country)
	);
}

/** The words that, standing in a stem, give the answer away. */
function telltale(question: AskedQuestion): RegExp {
	const words = question.isPerson ? surnameOf(question.answer) : question.answer.toLowerCase();
	if (question.isCountry)
		return new RegExp(
			`(?<![\\p{L}])(?:${escapeRegExp(words)}|${demonymPattern(words)})(?![\\p{L}])`,
			'iu'
		);
	// Whole words or numbers only: "2.5" is not in "12.5", "Iran" is not in "Iranian".
	return new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(words)}(?![\\p{L}]|[.,]?\\p{N})`, 'iu');
}

const SCALES: Record<string, number> = {
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	billion: 1e9,
	bn: 1e9
};

/** Modifiers that round an amount without changing what it measures: "almost nine million". */
const ROUNDING_WORDS =
	/^(?:about|around|almost|nearly|some|roughly|approximately|over|more than|less than|fewer than|under|up to|only|just)\s+/i;

interface Amount {
	value: number;
	/** The step the figure is given to: 0.1 million for "8.9 million", 1 million for "nine million". */
	precision: number;
	/** What it is measured in: "£", "%" or a plain count. */
	kind: string;
}

/** "almost nine million" → 9e6 to the million, "£8.9m" → 8.9e6 to 0.1m in £, "36%" → 36 in %. */
function amountOf(answer: string): Amount | undefined {
	const rounded = ROUNDING_WORDS.test(answer);
	const text = answer.replace(ROUNDING_WORDS, '').trim();
	const match = /^(.*?)(?:\s*(thousand|million|billion|m|bn|k))?$/i.exec(text);
	if (!match) return undefined;
	const number = parseWrittenNumber(match[1]);
	if (!number) return undefined;
	const scale = SCALES[(match[2] ?? number.suffix).toLowerCase()] ?? 1;
	// "about 1,400" is given to the hundred; "1,412" to the unit.
	const zeros = rounded && number.decimals === 0 ? /0*$/.exec(String(number.value))![0].length : 0;
	const precision = 10 ** (zeros - number.decimals) * scale;
	const kind = number.prefix + (number.suffix === '%' ? '%' : '');
	return { value: number.value * scale, precision, kind };
}

/** "almost nine million" and "8.9 million" in one quiz: the finer figure rounds to the coarser. */
function sameAmount(a: string, b: string): boolean {
	const first = amountOf(a);
	const second = amountOf(b);
	if (!first || !second || first.kind !== second.kind) return false;
	const step = Math.max(first.precision, second.precision);
	return Math.round(first.value / step) === Math.round(second.value / step);
}

const HEADLINE_AMOUNT = /[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|thousand)\b)?%?/gi;

/**
 * "Buckie boatyard wins £9m patrol boat order" over "… worth _____" (£9.2m): the headline on screen
 * gives the answer rounded, so the wrong options must round to it too (£8.8m, £9.4m), or the
 * headline rules them out. The range, as a share of the answer, that every option must keep to.
 */
export function headlineRange(headline: string, answer: string): [number, number] | undefined {
	const given = amountOf(answer);
	if (!given || given.value === 0) return undefined;
	for (const match of headline.matchAll(HEADLINE_AMOUNT)) {
		const rounded = amountOf(match[0]);
		if (!rounded || !sameAmount(match[0], answer) || rounded.precision <= given.precision) continue;
		const centre = Math.round(given.value / rounded.precision) * rounded.precision;
		const half = rounded.precision / 2;
		return [(centre - half) / given.value, (centre + half) / given.value];
	}
	return undefined;
}

export function repeatsAnotherQuestion(
	candidate: AskedQuestion,
	asked: readonly AskedQuestion[]
): boolean {
	const candidateTell = telltale(candidate);
	return asked.some(
		(other) =>
			other.answer.toLowerCase() === candidate.answer.toLowerCase() ||
			(Boolean(other.isAmount && candidate.isAmount) &&
				sameAmount(other.answer, candidate.answer)) ||
			telltale(other).test(candidate.prompt) ||
			candidateTell.test(other.prompt)
	);
}
