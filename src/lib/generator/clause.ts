/**
 * A shallow parse of one clause from compromise's tags: an optional leading phrase ("On Monday,"),
 * the subject, the verb group and the rest, plus a trailing attribution (", the minister said").
 * It is deliberately strict: when a sentence does not fit this shape, no wh-question is built from it.
 */
import type { Sentence, Token } from './sentences';
import { AUXILIARIES, CHANGE_VERB } from './verbs';
import { isInsideBrackets } from './token-spans';

export interface Span {
	/** Token indices, `from` inclusive, `to` exclusive. */
	from: number;
	to: number;
}

export interface Clause {
	sentence: Sentence;
	intro?: Span;
	subject: Span;
	verb: Span;
	rest: Span;
	/** ", X said" or ", according to X" after the clause. */
	/** `cut` is the first token after the clause proper (where the attribution's comma ends). */
	attribution?: { speaker: Span; cut: number };
}

const MAX_INTRO_TOKENS = 8;
const MAX_SUBJECT_TOKENS = 16;
const MAX_ATTRIBUTION_TOKENS = 9;

export const SUBORDINATORS = new Set([
	'if',
	'when',
	'while',
	'although',
	'though',
	'because',
	'since',
	'as',
	'after',
	'before',
	'unless',
	'until',
	'whereas',
	'once'
]);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where', 'that']);

export function commaAfter(token: Token): boolean {
	return /,|;|:|\s-\s?|\u2014/.test(token.post);
}

/**
 * "stayed on Kalathos last year, three times the figure in 1995": a comparison or a description set
 * after a comma beside the answer, which a question cannot carry after its own verb.
 */
export function startsAsideAfterComma(tokens: Token[], i: number): boolean {
	if (i === 0 || !commaAfter(tokens[i - 1])) return false;
	// "…, roughly the same as a pound coin", "…, almost three times the figure in 1995".
	if (/^(roughly|about|around|almost|nearly|some)$/.test(tokens[i].normal)) i++;
	const word = tokens[i]?.normal ?? '';
	if (word === 'the' && tokens[i + 1]?.normal === 'same' && tokens[i + 2]?.normal === 'as')
		return true;
	const multiplier =
		/^(twice|double|treble|triple|half)$/.test(word) ||
		(tokens[i + 1]?.normal === 'times' && tokens[i].tags.has('Value'));
	if (multiplier && tokens.slice(i, i + 3).some((token) => token.normal === 'the')) return true;
	// "begin in September 2006, the same month that universities start charging".
	if (word === 'the' && tokens[i + 1]?.normal === 'same' && tokens[i + 2]?.tags.has('Date'))
		return true;
	// "about 1,100 trains a day, used by roughly 160,000 passengers": a description of the answer.
	return tokens[i].tags.has('PastTense') && tokens[i + 1]?.normal === 'by';
}

export function isVerbish(token: Token): boolean {
	// "An award for artists under 25, worth £3,000, was won by …": compromise tags "worth" a verb.
	if (token.normal === 'worth') return false;
	// "Glenrothie won rugby's Scottish Cup": compromise may tag "won" an adjective.
	if (token.normal === 'won') return true;
	// compromise tags a gerund used as a noun ("the building of") as a Noun, not a Verb.
	return AUXILIARIES.has(token.normal) || token.tags.has('Verb');
}

/** A verb that can carry a clause of its own: not a gerund, a participle or a bare base form. */
export function isFiniteVerb(token: Token): boolean {
	return (
		isVerbish(token) && !['Gerund', 'Participle', 'Infinitive'].some((tag) => token.tags.has(tag))
	);
}

function isAdverbBeforeVerb(tokens: Token[], i: number, to: number): boolean {
	const token = tokens[i];
	return (
		(token.tags.has('Adverb') || token.tags.has('Negative')) &&
		i + 1 < to &&
		isVerbish(tokens[i + 1])
	);
}

/** "On Monday," / "In 2019," / "Last year," at the start: a short phrase without a verb, then a comma. */
function findIntro(tokens: Token[], from: number, to: number): Span | undefined {
	const first = tokens[from];
	if (!first) return undefined;
	// "In 1952 she founded …": a year alone needs no comma to end the phrase it opens.
	if (
		first.normal === 'in' &&
		/^1\d{3}$|^20\d\d$/.test(tokens[from + 1]?.text ?? '') &&
		/^(he|she|they|we)$/.test(tokens[from + 2]?.normal ?? '') &&
		from + 3 < to
	)
		return { from, to: from + 2 };
	// "Last year," / "This week," open with a determiner or adjective; "A third defendant," does not.
	const timePhrase =
		(first.tags.has('Adjective') || first.tags.has('Determiner')) &&
		tokens[from + 1]?.tags.has('Date');
	// "Most recently," "More importantly,": an adjective-adverb pair opens like an adverb.
	const adverbPair = first.tags.has('Adjective') && tokens[from + 1]?.tags.has('Adverb');
	const opener =
		adverbPair ||
		first.tags.has('Preposition') ||
		first.tags.has('Adverb') ||
		first.tags.has('Date') ||
		timePhrase;
	if (!opener || SUBORDINATORS.has(first.normal)) return undefined;
	// "Last year," is an intro; "A first generation American of Turkish ancestry," is an apposition.
	const longest = timePhrase && !first.tags.has('Preposition') ? 3 : MAX_INTRO_TOKENS;
	for (let i = from; i < Math.min(to, from + longest); i++) {
		if (isVerbish(tokens[i])) return undefined;
		// "During the Second World War an airfield, RAF Thurnwick Heath, was built": a new "a" after
		// a noun opens the subject, and the comma ends its apposition, not an opening phrase.
		const previous = tokens[i - 1];
		if (
			i > from &&
			/^(a|an)$/.test(tokens[i].normal) &&
			!commaAfter(previous) &&
			!previous.tags.has('Preposition')
		)
			return undefined;
		if (commaAfter(tokens[i])) return { from, to: i + 1 };
	}
	return undefined;
}

/** ", the minister said" / ", said Ms Smith" / ", according to the UN" ending the clause. */
/** "the biggest monthly fall for a year", "its highest level since 2001": a noun phrase, no verb. */
function isDescribingPhrase(tail: readonly Token[]): boolean {
	return (
		/^(the|a|an|its|their|his|her)$/.test(tail[0]?.normal ?? '') &&
		!tail.some((token) => token.tags.has('Verb') && !token.tags.has('Participle'))
	);
}

function findAttribution(
	tokens: Token[],
	from: number,
	to: number
): { speaker: Span; cut: number } | undefined {
	for (let comma = to - 2; comma >= Math.max(from, to - MAX_ATTRIBUTION_TOKENS - 1); comma--) {
		if (!commaAfter(tokens[comma])) continue;
		const tail = tokens.slice(comma + 1, to);
		if (tail.length === 0) return undefined;
		if (tail[0].normal === 'according' && tail[1]?.normal === 'to' && tail.length > 2) {
			return { speaker: { from: comma + 3, to }, cut: comma + 1 };
		}
		const speechAt = tail.findIndex((token) =>
			/^(said|says|added|adds|told|tells|explained|warned|insisted|argued)$/.test(token.normal)
		);
		if (speechAt === 0 && tail.length > 1)
			return { speaker: { from: comma + 2, to }, cut: comma + 1 };
		// ", the company said on Monday": when it was said is not part of the fact.
		const whenSaid = tail
			.slice(speechAt + 1)
			.every(
				(token) =>
					token.tags.has('Date') ||
					/^(on|in|at|last|this|earlier|later|late|yesterday|today)$/.test(token.normal)
			);
		if (speechAt > 0 && whenSaid) {
			// ", the county's beach safety service has said": the speaker ends before its auxiliary.
			const auxiliary = /^(has|have|had)$/.test(tail[speechAt - 1].normal) ? 1 : 0;
			return {
				speaker: { from: comma + 1, to: comma + 1 + speechAt - auxiliary },
				cut: comma + 1
			};
		}
		// "…, the ONS said, the biggest monthly fall for a year.": a closing phrase that only
		// describes the fact is left out with the attribution before it.
		if (speechAt < 0 && isDescribingPhrase(tail)) return findAttribution(tokens, from, comma + 1);
		return undefined;
	}
	return undefined;
}

const LINKING_OPENERS = new Set([
	'but',
	'and',
	'so',
	'yet',
	'however',
	'meanwhile',
	'also',
	'still',
	'moreover',
	'furthermore',
	'nevertheless',
	'nonetheless',
	'indeed'
]);

const CLAUSE_JOINERS = new Set([
	'and',
	'but',
	'or',
	'while',
	'whereas',
	'although',
	'though',
	'as',
	'because',
	'so'
]);

/**
 * "to new and rebuilt secondary schools": the "and" at i joins an adjective and a participle that
 * both describe the noun after them, not a second verb.
 */
export function joinsModifiers(tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	const participle = tokens[i + 1];
	const after = tokens[i + 2];
	return (
		before !== undefined &&
		before.tags.has('Adjective') &&
		!before.tags.has('Verb') &&
		participle !== undefined &&
		participle.tags.has('Participle') &&
		after !== undefined &&
		(after.tags.has('Adjective') || after.tags.has('Plural'))
	);
}

/**
 * Where the main predicate ends: before a second verb phrase ("… and links the harbour"), a
 * non-restrictive relative clause (", which is …") or a trailing participle clause (", saying …").
 * What follows is a separate statement that a question about the first one should not drag along.
 */
function endOfPredicate(tokens: Token[], from: number, to: number): number {
	for (let i = from; i < to; i++) {
		const token = tokens[i];
		const next = tokens[i + 1];
		// "He married Eliza Coombe in 1820; they had five children": a new clause after the break.
		if (/;|\s[-–—]\s/.test(token.post) && !isInsideBrackets(tokens, i)) return i + 1;
		// "sacks sold as 50kg were light": after a participle, "as" is a preposition.
		const asPreposition =
			token.normal === 'as' &&
			(tokens[i - 1]?.tags.has('PastTense') || tokens[i - 1]?.tags.has('Participle'));
		// "one of the first women to be so recognised": after a verb, "so" is an adverb.
		const soAdverb =
			token.normal === 'so' &&
			/^(be|been|being|is|was|are|were)$/.test(tokens[i - 1]?.normal ?? '');
		// "was fined £4,500 with £1,980 costs": the costs are a second penalty, not how the fine came.
		if (/^(with|plus)$/.test(token.normal) && i > from && isCostsAfter(tokens, i + 1)) return i;
		if (
			CLAUSE_JOINERS.has(token.normal) &&
			i > 0 &&
			token.normal !== 'or' &&
			!asPreposition &&
			!soAdverb
		) {
			if (commaAfter(tokens[i - 1]) && token.normal !== 'and') return i;
			// "About 70 residents were moved, and bodies … were reinterred": a clause of its own.
			if (i === from && commaAfter(tokens[i - 1])) return i;
			// ", and 2.8% in 2005": after a comma, "and" joins a long phrase, not one word of a list.
			if (token.normal === 'and' && commaAfter(tokens[i - 1])) {
				let itemStart = i - 1;
				while (itemStart > from && !commaAfter(tokens[itemStart - 1])) itemStart--;
				if (i - itemStart > 3) return i;
			}
			// "founded in 1909 by Harold Stenwick, a bicycle maker, and produced motorcycles": after
			// ", and" a word in -ed is the subject's second verb, though compromise calls it an adjective.
			if (
				token.normal === 'and' &&
				commaAfter(tokens[i - 1]) &&
				/^\p{Ll}+ed$/u.test(next?.text ?? '') &&
				!next?.tags.has('Noun')
			)
				return i;
			// "with witches' hats, vampire capes and plastic pumpkins selling out": the last item of a
			// list, which the verb after it governs with the rest.
			if (token.normal === 'and' && closesList(tokens, from, i)) continue;
			// "after the wholesale cost of cod and haddock climbed": two nouns of a subordinate clause's
			// subject, whose verb is still to come.
			if (token.normal === 'and' && joinsSubordinateSubject(tokens, from, i)) continue;
			if (token.normal === 'and' && sharesNoun(tokens, i)) continue;
			if (token.normal === 'and' && joinsModifiers(tokens, i)) continue;
			// "as one of its first women pilots and rose to the rank": the tagger took "rose" for
			// the flower.
			if (
				token.normal === 'and' &&
				CHANGE_VERB.test(next?.normal ?? '') &&
				/^(to|by)$/.test(tokens[i + 2]?.normal ?? '')
			)
				return i;
			// "… and links the harbour", "… and another loss would be …": a second verb soon after.
			for (let j = i + 1; j < Math.min(to, i + 6); j++) {
				const ahead = tokens[j];
				// "in fines and costs and have lost": a plural noun the tagger reads as a verb.
				if (j === i + 1 && pairedPlural(tokens, i)) continue;
				if (isVerbish(ahead)) return i;
				// "and queues at the main counter often stretched to 20 people": a subject of its own
				// with a phrase after it, then its verb.
				if (ahead.tags.has('Preposition') && subjectWithPhraseAhead(tokens, i, to)) return i;
				// "in England and Wales and hired …": the verb belongs to the later "and".
				// "by the engineers Geoffrey Tressider and Alan Blakemore to make …", "from the Heritage
				// Lottery Fund and private donors to pay for …": an infinitive is no second clause.
				if (
					ahead.tags.has('Preposition') ||
					commaAfter(ahead) ||
					CLAUSE_JOINERS.has(ahead.normal) ||
					(ahead.normal === 'to' && j > i + 1)
				)
					break;
			}
		}
		if (
			next &&
			commaAfter(token) &&
			(RELATIVE.has(next.normal) ||
				// "towards travel, training and living costs": a gerund an "and" follows is an item of a
				// list, not a clause of its own (", saying …").
				(next.tags.has('Gerund') && tokens[i + 2]?.normal !== 'and') ||
				SUBORDINATORS.has(next.normal) ||
				// ", even though the congregation has stayed at 120": "even" opens the clause.
				(next.normal === 'even' && SUBORDINATORS.has(tokens[i + 2]?.normal ?? '')) ||
				// "The Corsican Brothers, chosen because it …", "a pier, built by …".
				(next.tags.has('Participle') &&
					/^(because|by|for|as|to)$/.test(tokens[i + 2]?.normal ?? '')))
		)
			return i + 1;
		if (commaAfter(token) && startsNewClause(tokens, i + 1, to)) return i + 1;
		// "won the Kingsmere Trophy in 1934, flew more than 400 aircraft …, and later ran …": a
		// second verb of the same subject after a comma starts a predicate of its own.
		if (
			next &&
			commaAfter(token) &&
			next.tags.has('PastTense') &&
			!next.tags.has('Participle') &&
			!/^(said|added|told)$/.test(next.normal) &&
			// Not where the verb itself sits inside an apposition ("the Trust, a charity formed by
			// residents in 1994, secured …"): the sentence's own verb is the one after the comma.
			!tokens.slice(0, from).some(commaAfter) &&
			// ", compared with 2,400", ", helped by …", ", based on …": a participle phrase, no verb.
			!tokens[i + 2]?.tags.has('Preposition') &&
			!/^(with|by|to|as|on|in|from|for)$/.test(tokens[i + 2]?.normal ?? '')
		)
			return i + 1;
		// "covers about 52 hectares, most of it low-lying marsh …": a description of the answer.
		if (
			commaAfter(token) &&
			/^(most|much|some|many|all|half|part)$/.test(next?.normal ?? '') &&
			tokens[i + 2]?.normal === 'of' &&
			/^(it|them)$/.test(tokens[i + 3]?.normal ?? '')
		)
			return i + 1;
	}
	return to;
}

/** "£1,980 costs", "£85 court costs": a sum a court orders paid beside a fine. */
function isCostsAfter(tokens: readonly Token[], at: number): boolean {
	if (!tokens[at]?.tags.has('Money') && !/^[£$€]\d/.test(tokens[at]?.text ?? '')) return false;
	return tokens.slice(at + 1, at + 3).some((token) => token.normal === 'costs');
}

/**
 * "reached the island in 1961, a concrete pier was completed in 1962, and …": after a comma, a
 * short noun phrase with its own finite verb is a second sentence run on, not part of the first.
 */
function startsNewClause(tokens: Token[], from: number, to: number): boolean {
	if (!/^(a|an|the)$/.test(tokens[from]?.normal ?? '')) return false;
	for (let j = from + 1; j < Math.min(to, from + 5); j++) {
		const token = tokens[j];
		if (AUXILIARIES.has(token.normal) || (token.tags.has('Verb') && token.tags.has('PastTense')))
			return j > from + 1;
		if (commaAfter(token) || token.tags.has('Preposition') || isVerbish(token)) return false;
	}
	return false;
}

/**
 * After the "and" at \`and\`: a plural noun, one phrase of a preposition and its noun, then a
 * finite verb with at most an adverb before it ("and queues at the main counter often stretched").
 */
function subjectWithPhraseAhead(tokens: readonly Token[], and: number, to: number): boolean {
	const noun = tokens[and + 1];
	if (!noun?.tags.has('Plural') || noun.tags.has('ProperNoun') || isVerbish(noun)) return false;
	const preposition = and + 2;
	// compromise tags "who" a preposition: "and women who had been treated" is no new subject.
	if (!tokens[preposition]?.tags.has('Preposition') || RELATIVE.has(tokens[preposition].normal))
		return false;
	for (let j = preposition + 2; j < Math.min(to, preposition + 7); j++) {
		const token = tokens[j];
		if (commaAfter(tokens[j - 1]) || token.tags.has('Preposition')) return false;
		if (isVerbish(token))
			return (
				isFiniteVerb(token) &&
				!/^(said|says)$/.test(token.normal) &&
				(tokens[j - 1].tags.has('Noun') || tokens[j - 1].tags.has('Adverb'))
			);
	}
	return false;
}

/** "fines and costs", "licences and training": after a plural noun, a noun the tagger took for a verb. */
export function pairedPlural(tokens: readonly Token[], and: number): boolean {
	const [before, word, after] = [tokens[and - 1], tokens[and + 1], tokens[and + 2]];
	if (!before || !word || !before.tags.has('Plural')) return false;
	// "on licences and training for the trial": a gerund before a preposition is a noun too.
	if (word.tags.has('Gerund')) return !after || after.tags.has('Preposition');
	return (
		word.tags.has('PresentTense') &&
		/s$/.test(word.normal) &&
		(commaAfter(word) || !after || CLAUSE_JOINERS.has(after.normal))
	);
}

/**
 * "the cost of hiring and installing the bridge", "to ferry new and repaired military aircraft": two
 * gerunds, or two adjectives, that share the noun after them.
 */
export function sharesNoun(tokens: readonly Token[], and: number): boolean {
	const [before, after, then] = [tokens[and - 1], tokens[and + 1], tokens[and + 2]];
	if (!before || !after || commaAfter(before)) return false;
	const gerund = (token: Token) => token.tags.has('Gerund') || /\p{Ll}ing$/u.test(token.normal);
	if (gerund(before) && gerund(after)) return true;
	return (
		before.tags.has('Adjective') &&
		(after.tags.has('Adjective') || (after.tags.has('PastTense') && /ed$/.test(after.normal))) &&
		Boolean(then && (then.tags.has('Adjective') || then.tags.has('Noun')))
	);
}

/** Whether "and" falls between "after the …" (a subordinator and its subject) and that clause's verb. */
function joinsSubordinateSubject(tokens: Token[], from: number, and: number): boolean {
	for (let j = and - 1; j > from; j--) {
		const token = tokens[j];
		if (isVerbish(token) || commaAfter(token)) return false;
		if (SUBORDINATORS.has(token.normal)) return tokens[j + 1]?.tags.has('Determiner') ?? false;
	}
	return false;
}

/** "hats, vampire capes and …": a short item without a verb, after a comma, runs up to the "and". */
export function closesList(tokens: readonly Token[], from: number, and: number): boolean {
	let itemStart = and - 1;
	while (itemStart > from && and - itemStart < 4 && !commaAfter(tokens[itemStart - 1])) itemStart--;
	// "handsets, network equipment and training": a bare verb form before a noun in an item is the
	// noun's modifier ("network", "file", "test").
	// "towards travel, training and living costs": a gerund alone between the comma and the "and"
	// is a noun of the list.
	const modifiesNoun = (k: number) =>
		(tokens[k].tags.has('Infinitive') && k + 1 < and && tokens[k + 1].tags.has('Noun')) ||
		(tokens[k].tags.has('Gerund') && k === itemStart && k + 1 === and);
	return (
		itemStart > from &&
		commaAfter(tokens[itemStart - 1]) &&
		tokens
			.slice(itemStart, and)
			.every((token, k) => !isVerbish(token) || modifiesNoun(itemStart + k))
	);
}

/** A proper noun comes before any verb in tokens [from, to): "Finance chief Omar Haddad said". */
function nameBeforeVerb(tokens: Token[], from: number, to: number): boolean {
	for (let j = from; j < to; j++) {
		if (tokens[j].tags.has('ProperNoun')) return true;
		if (isVerbish(tokens[j])) return false;
	}
	return false;
}

/**
 * Whether the gerund at i follows a common plural noun and a finite verb comes later before any
 * comma: "teenagers living in foster homes … have spent", not "Residents living nearby." alone.
 */
function reducedRelativeAt(tokens: Token[], i: number, to: number): boolean {
	const previous = tokens[i - 1];
	if (!previous || !tokens[i].tags.has('Gerund') || commaAfter(previous)) return false;
	if (!previous.tags.has('Plural') || previous.tags.has('ProperNoun')) return false;
	for (let j = i + 1; j < Math.min(to, i + MAX_SUBJECT_TOKENS); j++) {
		const token = tokens[j];
		if (isFiniteVerb(token)) return j > i + 1 && !tokens[j - 1].tags.has('Preposition');
		if (commaAfter(token) || isVerbish(token)) return false;
	}
	return false;
}

/**
 * "Three plays written by a County Durham miner in the 1930s, which …, are to be performed": a
 * passive participle and its agent after the subject's noun describe it when a finite verb of the
 * sentence's own follows.
 */
export function agentParticipleAt(tokens: readonly Token[], i: number, to: number): boolean {
	const previous = tokens[i - 1];
	const token = tokens[i];
	if (!previous?.tags.has('Noun') || previous.tags.has('Pronoun') || commaAfter(previous))
		return false;
	if (!(token.tags.has('Passive') || token.tags.has('Participle')) || !token.tags.has('PastTense'))
		return false;
	if (tokens[i + 1]?.normal !== 'by') return false;
	for (let j = i + 2; j < to; j++) {
		// ", which were thought to have been lost,": a relative clause inside the subject.
		if (commaAfter(tokens[j - 1]) && RELATIVE.has(tokens[j].normal)) {
			while (j < to && !commaAfter(tokens[j])) j++;
			continue;
		}
		if (isFiniteVerb(tokens[j])) return !/^(said|says)$/.test(tokens[j].normal);
	}
	return false;
}

/**
 * After the subject's noun, a past participle with its agent or date ("a bottling plant opened by
 * the firm in 1987"), then a word straight after the date: the clause's own verb ("employs"), which
 * the tagger may read as a noun. Returns that word's index, or -1.
 */
function verbAfterDatedParticiple(tokens: Token[], i: number, to: number): number {
	const previous = tokens[i - 1];
	if (!previous?.tags.has('Noun') || previous.tags.has('Pronoun') || commaAfter(previous))
		return -1;
	if (!tokens[i].tags.has('PastTense') || !/^(in|on|by)$/.test(tokens[i + 1]?.normal ?? ''))
		return -1;
	// "A census conducted by the society in 1936 recorded …": a bare year is a date too.
	const dated = (token: Token | undefined) =>
		token !== undefined && (token.tags.has('Date') || /^(1[1-9]|20)\d\d$/.test(token.text));
	let j = i + 1;
	while (j < to && !commaAfter(tokens[j]) && j - i < 8 && !dated(tokens[j])) j++;
	const date = tokens[j];
	const next = tokens[j + 1];
	if (!dated(date) || !next || commaAfter(date) || !/^\p{Ll}/u.test(next.text)) return -1;
	if (next.tags.has('Date') || next.tags.has('Preposition') || next.tags.has('Conjunction'))
		return -1;
	// The tagger may read the past-tense verb after the year as an adjective ("1936 recorded").
	const untaggedPast =
		/^\p{Ll}+ed$/u.test(next.text) &&
		!['Noun', 'Verb'].some((tag) => next.tags.has(tag)) &&
		!tokens[j + 2]?.tags.has('Noun');
	const verb = (next.tags.has('PresentTense') && isFiniteVerb(next)) || untaggedPast;
	const misreadVerb = next.tags.has('Noun') && !next.tags.has('Pronoun');
	return verb || misreadVerb ? j + 1 : -1;
}

/**
 * Parses tokens [from, to) of a sentence. Returns undefined when the clause does not start with a
 * subject followed by a finite verb group.
 */
export function parseClause(
	sentence: Sentence,
	from = 0,
	to = sentence.tokens.length
): Clause | undefined {
	const tokens = sentence.tokens;
	// "But", "However," and the like only link to the sentence before; the clause starts after them.
	while (from < to && LINKING_OPENERS.has(tokens[from].normal)) from++;
	if (to - from < 3) return undefined;
	const intro = findIntro(tokens, from, to);
	const subjectFrom = intro ? intro.to : from;
	const firstSubject = tokens[subjectFrom];
	if (!firstSubject || firstSubject.tags.has('Preposition') || firstSubject.tags.has('Conjunction'))
		return undefined;
	if (SUBORDINATORS.has(firstSubject.normal) || RELATIVE.has(firstSubject.normal)) return undefined;
	let i = subjectFrom;
	let sawNoun = false;
	while (i < to) {
		const token = tokens[i];
		// "A bid to lower the voting age … has been defeated": an infinitive after the subject's noun
		// belongs to the subject; the clause's own verb comes later.
		if (sawNoun && token.normal === 'to' && tokens[i + 1] && isVerbish(tokens[i + 1])) {
			i += 2;
			continue;
		}
		// "Forty teenagers living in foster homes and children's homes have spent …": a gerund
		// after the subject's noun describes it when a finite verb still follows.
		if (reducedRelativeAt(tokens, i, to) || agentParticipleAt(tokens, i, to)) {
			i++;
			continue;
		}
		// "A survey of the manor made in 1612 refers to …": the verb after the date is the clause's
		// own; read as a noun, it leaves no verb group, and nothing is asked.
		const ownVerb = i > subjectFrom ? verbAfterDatedParticiple(tokens, i, to) : -1;
		if (ownVerb >= 0) {
			i = ownVerb;
			break;
		}
		if (i > subjectFrom && (isVerbish(token) || isAdverbBeforeVerb(tokens, i, to))) break;
		// "Engineer Jane Smith designed …": a capitalised first word before a name is a title, not a verb.
		const titleBeforeName =
			i === subjectFrom &&
			/^\p{Lu}/u.test(token.text) &&
			nameBeforeVerb(tokens, i + 1, Math.min(to, i + 4));
		if (i === subjectFrom && isVerbish(token) && !token.tags.has('Noun') && !titleBeforeName)
			return undefined;
		if (token.tags.has('Noun') || token.tags.has('Pronoun') || token.tags.has('Value'))
			sawNoun = true;
		// A relative or participle clause inside the subject ("X, who …, said", "X, representing
		// England, won") is skipped to its closing comma.
		const nextWord = tokens[i + 1];
		if (
			commaAfter(token) &&
			nextWord &&
			(RELATIVE.has(nextWord.normal) || nextWord.tags.has('Gerund'))
		) {
			let j = i + 1;
			while (j < to && !commaAfter(tokens[j])) j++;
			i = j + 1;
			continue;
		}
		i++;
		if (i - subjectFrom > MAX_SUBJECT_TOKENS) return undefined;
	}
	if (!sawNoun || i >= to || i === subjectFrom) return undefined;
	const verbFrom = i;
	let verbTo = verbFrom;
	let lastVerb = -1;
	while (verbTo < to) {
		const token = tokens[verbTo];
		const isTo = token.normal === 'to' && verbTo + 1 < to && isVerbish(tokens[verbTo + 1]);
		if (isVerbish(token)) lastVerb = verbTo;
		else if (!(token.tags.has('Adverb') || token.tags.has('Negative') || isTo)) break;
		verbTo++;
		if (commaAfter(token)) break;
	}
	if (lastVerb < 0) return undefined;
	verbTo = lastVerb + 1;
	const attribution = findAttribution(tokens, verbTo, to);
	const restTo = endOfPredicate(tokens, verbTo, attribution ? attribution.cut : to);
	return {
		sentence,
		intro,
		subject: { from: subjectFrom, to: verbFrom },
		verb: { from: verbFrom, to: verbTo },
		rest: { from: verbTo, to: restTo },
		attribution: attribution ? { speaker: attribution.speaker, cut: attribution.cut } : undefined
	};
}

/** The text of a token span as written, inner punctuation included, outer punctuation dropped. */
export function spanText(sentence: Sentence, span: Span): string {
	if (span.to <= span.from) return '';
	const tokens = sentence.tokens;
	let start = tokens[span.from].start - sentence.start;
	let end = tokens[span.to - 1].end - sentence.start;
	// "Grade II*", "A+": a mark the tagger leaves outside the word is part of it.
	end += /^[*+]*/.exec(tokens[span.to - 1].post)![0].length;
	const text = sentence.text.slice(start, end);
	// Keep quotation marks paired: take the closing (or opening) mark that sits just outside the span.
	if ((text.match(/"/g) ?? []).length % 2 === 1) {
		if (tokens[span.to - 1].post.startsWith('"')) end += 1;
		else if (tokens[span.from].pre.endsWith('"')) start -= 1;
	}
	return sentence.text.slice(start, end);
}

/** Text of a span with some inner token spans cut out, joined with single spaces. */
export function spanTextWithout(sentence: Sentence, span: Span, cut: Span): string {
	const before = spanText(sentence, { from: span.from, to: Math.max(span.from, cut.from) });
	const after = spanText(sentence, { from: Math.min(span.to, cut.to), to: span.to });
	// "elected a Fellow in 1947, one of the first women": the comma after the cut stays.
	const comma = cut.to < span.to && /^,/.test(sentence.tokens[cut.to - 1]?.post ?? '') ? ',' : '';
	return [before + (after.trim() !== '' ? comma : ''), after]
		.filter((part) => part.trim() !== '')
		.join(' ');
}

/**
 * Where the question's predicate stops at an "and" that joins less than two clauses: "used by 64
 * passenger [and freight trains]", "trained in Antwerp to grade [and price the stones]", "has sent
 * 300 soldiers [and police officers]" (the count is of both), "weighed 1,570 lb (712 kg) [and
 * had …]" (the conversion left in the stem would give the answer away).
 */
export function endsInsidePhrase(tokens: readonly Token[], predicate: Span, cut: Span): boolean {
	if (!/^(and|or)$/.test(tokens[predicate.to]?.normal ?? '')) return false;
	const last = tokens[predicate.to - 1];
	const beforeLast = tokens[predicate.to - 2];
	const [joined, second] = [tokens[predicate.to + 1], tokens[predicate.to + 2]];
	const afterFigure = /\d/.test(beforeLast?.text ?? '');
	if (afterFigure && /\)/.test(last.post)) return true;
	if (
		afterFigure &&
		/^\p{Ll}+$/u.test(last.text) &&
		!last.tags.has('Plural') &&
		/^\p{Ll}+$/u.test(joined?.text ?? '') &&
		// compromise may take "trains" for a verb.
		(Boolean(second?.tags.has('Plural')) || /^\p{Ll}+s$/u.test(second?.text ?? ''))
	)
		return true;
	// "to buy and needs two pilots" is a second verb of the subject's own.
	if (beforeLast?.normal === 'to' && joined?.tags.has('Infinitive')) return true;
	// "at the Colombo [and Mombasa auctions]": two names before the noun they both qualify.
	const name = (token: Token | undefined) => /^\p{Lu}/u.test(token?.text ?? '');
	if (name(last) && name(joined) && /^\p{Ll}+s$/u.test(second?.text ?? '')) return true;
	return (
		cut.to === predicate.to &&
		last.tags.has('Plural') &&
		joined !== undefined &&
		/^\p{Ll}+$/u.test(joined.text) &&
		// "and employs 40 people", "and opened two shops": a verb of its own, not a second noun.
		!/(ed|s)$/.test(joined.text) &&
		!['Value', 'Determiner', 'Pronoun', 'PastTense'].some((tag) => joined.tags.has(tag)) &&
		Boolean(second?.tags.has('Plural'))
	);
}
