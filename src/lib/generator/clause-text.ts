/**
 * The pieces of a clause as a question needs them: the subject after an inverted auxiliary ("does
 * the mission"), do-support, agreement with "Who", the leading phrase moved to the end, and
 * "according to X". Each returns undefined when the piece cannot be written with confidence.
 */
import { MEASURE_WORDS, type ArticleIndex } from './article';
import { isVerbish, spanText, type Clause, type Span } from './clause';
import { resolveDefiniteReference, resolvePersonPronoun } from './coref';
import { tidySpaces } from './normalise';
import type { Token } from './sentences';
import { INVERTIBLE, SPEECH_VERBS, toInfinitive, toThirdPersonPresent } from './verbs';

const SUBJECT_PRONOUNS_UNRESOLVABLE = new Set([
	'it',
	'they',
	'we',
	'i',
	'you',
	'this',
	'that',
	'these',
	'those',
	'there',
	'one'
]);

/** Descriptions written before a name that are not formal titles ("rapper", not "President"). */
const ROLE_NOT_TITLE =
	/^(rapper|singer|star|striker|keeper|skipper|substitute|veteran|producer|actor|actress|author|writer|engineer|economist|analyst|lawyer|coach|manager|chef|founder|owner|boss|guard|forward|winger|flanker|hooker|prop|midfielder|defender|goalkeeper|batsman|bowler|seamer|spinner|paceman|opener|wicketkeeper|all-rounder|jockey|trainer|golfer|weightlifter|sprinter|hurdler|swimmer|diver|cyclist|rider|boxer|wrestler|gymnast|fencer|rower|sailor|climber|runner|skater|skier|teenager|choreographer|composer|conductor|photographer|novelist|playwright|architect|sculptor|painter|farmer|shepherd|teacher|pensioner|firefighter|fireman|postman|postwoman|nurse|midwife|paramedic|plumber|builder|electrician|vet|accountant|student|schoolboy|schoolgirl|grandmother|grandfather|housewife|mechanic|miner|fisherman|soldier|policeman|policewoman)$/;

const DEFINITE_COMMON_SUBJECT =
	/^the (firm|company|group|film|band|club|team|side|party|government|move|deal|plan|report|study|book|show|series|album|game|decision|case|man|woman|pair|body|organisation|organization|bank|agency|network|side|country|city|town|star|singer|actor|player|minister|official|spokesman|spokeswoman|chairman|chief)$/i;

function isProperToken(token: Token): boolean {
	return (
		token.tags.has('ProperNoun') ||
		token.tags.has('Person') ||
		token.tags.has('Acronym') ||
		token.tags.has('Organization') ||
		token.tags.has('Place') ||
		/^\p{Lu}{2,}/u.test(token.text)
	);
}

/** The subject as it reads after an auxiliary: "the mission", "Jane Smith", or a resolved pronoun. */
export function subjectAfterInversion(clause: Clause, index: ArticleIndex): string | undefined {
	const sentence = clause.sentence;
	const tokens = sentence.tokens;
	const subject = clause.subject;
	const first = tokens[subject.from];
	if (subject.to - subject.from === 1 && first.tags.has('Pronoun')) {
		const antecedent =
			subject.from === 0 ? index.pronounAntecedents.get(sentence.index) : undefined;
		// "In what year was the Ashdown Museum founded?": "The" of a name is lower case mid-question.
		if (first.text === 'It' && antecedent) {
			if (/^The /.test(antecedent)) return 'the' + antecedent.slice(3);
			// "Tandy's opened 41 shops": a name the article capitalises mid-sentence keeps its capital.
			const opening = antecedent
				.split(' ')[0]
				.toLowerCase()
				.replace(/['’]s$/, '');
			if (index.capitalisedWords.has(opening)) return antecedent;
			return lowerFirstUnlessName(first, antecedent, index);
		}
		// "Researchers at Northgate University" opens with a common noun, lower case mid-question.
		if (first.text === 'They' && antecedent)
			return antecedent[0].toLowerCase() + antecedent.slice(1);
		if (SUBJECT_PRONOUNS_UNRESOLVABLE.has(first.normal)) return undefined;
		return resolvePersonPronoun(first.normal, sentence, index)?.fullName;
	}
	const text = spanText(sentence, subject);
	// "A first generation American of Turkish ancestry, Onaral" / "Jane Smith, the mayor,": the
	// question keeps only the name, not the apposition.
	if (/,/.test(text)) {
		const person = (index.factsBySentence.get(sentence.index) ?? []).find(
			(fact) => fact.type === 'person' && fact.first >= subject.from && fact.last < subject.to
		);
		if (!person) return undefined;
		// "Shares in Ashby Rowe, the UK's … operator,": the name is not the subject's head.
		const lead = tokens.slice(subject.from, person.first);
		if (lead.some((token) => !/^\p{Lu}/u.test(token.text))) return undefined;
		return person.option;
	}
	// "the firm" of a story about one firm: the stem names it once built (see described-subject.ts).
	const described = index.describedSubjects.get(sentence.index);
	if (described && subject.from === 0 && text.toLowerCase() === described.phrase.toLowerCase())
		return lowerFirstUnlessName(first, text, index);
	if (DEFINITE_COMMON_SUBJECT.test(text)) {
		return resolveDefiniteReference(text.replace(/^the\s+/i, ''), sentence, index);
	}
	if (/^(this|that|these|those|such|another|other|both|its|their|his|her)\b/i.test(text))
		return undefined;
	return lowerFirstUnlessName(first, text, index);
}

/**
 * Sentence-initial capitals go, names keep theirs: "The mission" → "the mission", "Okonkwo" stays.
 * A word counts as a name when compromise tags it so or the article capitalises it mid-sentence.
 */
function lowerFirstUnlessName(first: Token, text: string, index: ArticleIndex): string {
	// "Calverdon's 14 libraries": the name without its possessive is what the article capitalises.
	const capitalised =
		index.capitalisedWords.has(first.normal) ||
		index.capitalisedWords.has(first.normal.replace(/['’]s$/, ''));
	const named = isProperToken(first) || capitalised;
	// "Its shares" is lowered; "Kestrel's shares" keeps the capital of its name.
	if (
		first.tags.has('Determiner') ||
		(first.tags.has('Possessive') && !named) ||
		/^(the|a|an)$/.test(first.normal)
	)
		return text[0].toLowerCase() + text.slice(1);
	// "Rapper Eminem" → "rapper Eminem": a role word is not part of the name.
	// "Fifteen-year-old Rowena Callister": an age before a name is no part of it either.
	// "Leg-spinner Tom Haig", "Left-hander Tom Ogden", "Scrum-half Craig Fothergill": a player's
	// role joined by a hyphen too.
	if (
		ROLE_NOT_TITLE.test(first.normal) ||
		/^\p{Lu}\p{Ll}+-(year-old|spinner|armer|hander|rounder|keeper|half|back|off|arm (?:seamer|spinner|bowler))\b/u.test(
			text
		)
	)
		return text[0].toLowerCase() + text.slice(1);
	// "Membership reached a peak": a measure opening two sentences of a passage is still no name.
	if (MEASURE_WORDS.test(first.normal) && !isProperToken(first))
		return text[0].toLowerCase() + text.slice(1);
	// "Bangor-based Cwmni Tŵr": a place joined to what it describes keeps its capital.
	if (
		/^-$/.test(first.post) &&
		/^(based|born|bred|listed|owned|headquartered|registered)\b/.test(
			text.slice(first.text.length + 1)
		)
	)
		return text;
	// "Retailers would have to pay": a plural compromise knows as a common noun is lowered, though
	// the article capitalises it inside a name ("the British Fireworks Retailers' Federation").
	// "Fish and chip shop owners" beside "The Fish Friers' Guild": a word the article also writes in
	// lower case is a common one where a lower-case word follows it.
	// "Thistle joined the Ayrshire Junior League" under "Easdane Thistle F.C.": a word of the title's
	// name, past its first word, is the name however often the article writes the plant.
	const titleWords = (index.headline ?? '').split(/\s+/).slice(1);
	if (named && titleWords.includes(first.text)) return text;
	const commonPlural =
		(first.tags.has('Plural') || index.lowercaseWords.has(first.normal)) &&
		!first.tags.has('ProperNoun') &&
		!index.people.has(first.normal) &&
		/^\S+($| \p{Ll})/u.test(text);
	if (!commonPlural && named) return text;
	// "British Rail", "Welsh ministers": a people's name keeps its capital anywhere (compromise tags
	// "British" before a name as a plain adjective).
	const demonym =
		/^\p{Lu}\p{Ll}+(ish|ese|ian|an|ch|sh|i)$/u.test(first.text) && /^\S+ \p{Lu}/u.test(text);
	if (first.tags.has('Demonym') || demonym) return text;
	// "Kestrel Air will …": a capital word before another capital word is the start of a name.
	// "North Sea output": a compass word before a capital is part of a place's name.
	const compass = /^(north|south|east|west|north-east|north-west|south-east|south-west)$/.test(
		first.normal
	);
	const startsName =
		/^\S+ \p{Lu}/u.test(text) &&
		(compass ||
			!['Adjective', 'Value', 'Preposition', 'Adverb'].some((tag) => first.tags.has(tag)));
	if (startsName) return text;
	return text[0].toLowerCase() + text.slice(1);
}

export interface Inverted {
	/** "did", "does", "is", "will"… */
	auxiliary: string;
	/** What follows the subject: "currently count", "founded", "to rise". */
	verbTail: string;
}

/** Do-support and inversion for the clause's verb group. */
/** Verbs whose past is their present: "cost", "put", "cut". */
const INVARIANT_PAST = /^(put|set|cut|hit|let|cost|beat|shut|spread|quit|bet|hurt|read)$/;

/**
 * "in 2004", "last year", "two days ago": a clause dated by a year or a time gone by tells the past.
 */
const PAST_TIME =
	/\b(in (1[5-9]|20)\d\d|last (year|week|month|season|night|summer|winter|spring|autumn)|yesterday|ago)\b/;

export function invert(clause: Clause): Inverted | undefined {
	const tokens = clause.sentence.tokens;
	const group = tokens.slice(clause.verb.from, clause.verb.to);
	const firstVerb = group.findIndex(
		(token) => token.tags.has('Verb') || INVERTIBLE.has(token.normal)
	);
	if (firstVerb < 0) return undefined;
	const head = group[firstVerb];
	const before = group.slice(0, firstVerb).map((token) => token.text);
	const after = group.slice(firstVerb + 1).map((token) => token.text);
	const verbsAfter = group.slice(firstVerb + 1).filter((token) => token.tags.has('Verb'));
	const possessionHave = /^(has|have|had)$/.test(head.normal) && verbsAfter.length === 0;
	// "Lockside had to cancel 1,200 holidays": "How many holidays did Lockside have to cancel?",
	// not "had Lockside to cancel".
	if (/^(has|have|had)$/.test(head.normal) && group[firstVerb + 1]?.normal === 'to') {
		const auxiliary = head.normal === 'had' ? 'did' : head.normal === 'has' ? 'does' : 'do';
		return { auxiliary, verbTail: [...before, 'have', ...after].join(' ') };
	}
	if (INVERTIBLE.has(head.normal) && !possessionHave) {
		return { auxiliary: head.normal, verbTail: [...before, ...after].join(' ') };
	}
	if (after.length > 0 && verbsAfter.length > 0) return undefined;
	// "The opera cost £1.2m": an unchanging verb without "-s" after a singular subject is past.
	const subjectHead = tokens[clause.subject.to - 1];
	// By its ending, not its tag: compromise files "opera" as the plural of "opus".
	const singular =
		subjectHead !== undefined &&
		!/s$/i.test(subjectHead.text) &&
		!/^(they|we|i|you|people|children|men|women|police|staff)$/.test(subjectHead.normal);
	// "drivers hit about 5,600 moose in 2004": a time gone by says so after a plural subject too.
	const pastTime = PAST_TIME.test(
		tokens
			.slice(clause.rest.from, clause.rest.to)
			.map((token) => token.normal)
			.join(' ')
	);
	const unchangedPast =
		(singular || pastTime) && INVARIANT_PAST.test(head.normal) && !head.tags.has('PastTense');
	// "Thurlby drew up the school's statutes": a singular subject takes no bare present verb, so a
	// verb read as present there is a past form the tagger missed ("In what year do … drew up").
	const missedPast =
		!unchangedPast &&
		singular &&
		!head.tags.has('PastTense') &&
		head.tags.has('PresentTense') &&
		!/s$/.test(head.normal) &&
		!/^(have|do)$/.test(head.normal);
	if (missedPast && toInfinitive(head.normal, 'PastTense') === head.normal) return undefined;
	const past =
		head.tags.has('PastTense') || /^(had)$/.test(head.normal) || unchangedPast || missedPast;
	const present =
		!missedPast && (head.tags.has('PresentTense') || /^(has|have)$/.test(head.normal));
	if (!past && !present) return undefined;
	if (head.tags.has('Gerund') || head.tags.has('Participle')) return undefined;
	const infinitive = toInfinitive(head.normal, past ? 'PastTense' : 'PresentTense');
	if (!infinitive || (infinitive === head.normal && past && !INVARIANT_PAST.test(infinitive))) {
		// A "past" verb that does not change is probably mis-tagged; do not guess.
		return undefined;
	}
	const auxiliary = past ? 'did' : /s$/.test(head.normal) ? 'does' : 'do';
	return { auxiliary, verbTail: [...before, infinitive, ...after].join(' ') };
}

/** The verb group agreeing with a singular "Who"/"Which company": "have said" → "has said". */
/** Whether the clause's subject is one person's name, all its words capitalised and tagged a person. */
function namesOnePerson(clause: Clause): boolean {
	const words = clause.sentence.tokens.slice(clause.subject.from, clause.subject.to);
	return (
		words.length >= 2 &&
		words.length <= 4 &&
		words.every((word) => word.tags.has('Person') && /^\p{Lu}/u.test(word.text))
	);
}

export function verbForSingularSubject(clause: Clause): string {
	const tokens = clause.sentence.tokens;
	const words: string[] = [];
	let agreed = false;
	for (let i = clause.verb.from; i < clause.verb.to; i++) {
		const token = tokens[i];
		if (!agreed && (token.tags.has('Verb') || INVERTIBLE.has(token.normal))) {
			if (token.tags.has('Gerund')) return '';
			agreed = true;
			// "Tom Brackenridge beat the previous best": after one person's name a verb without its
			// "-s" is past, though "beat" reads as present too.
			const plainPresent =
				token.tags.has('PresentTense') &&
				!/s$/.test(token.normal) &&
				!token.tags.has('Modal') &&
				!/^(must|can|will|shall|may)$/.test(token.normal) &&
				!namesOnePerson(clause);
			words.push(
				/^(are|were|have|do)$/.test(token.normal) || plainPresent
					? toThirdPersonPresent(token.normal)
					: token.text
			);
			continue;
		}
		words.push(token.text);
	}
	return words.join(' ');
}

export function introText(clause: Clause, index: ArticleIndex): string {
	if (!clause.intro) return '';
	const sentence = clause.sentence;
	const text = spanText(sentence, clause.intro);
	const first = sentence.tokens[clause.intro.from];
	// Connectives and hedges ("However,", "Most recently,") add nothing at the end of a question.
	if (first.tags.has('Adverb') && clause.intro.to - clause.intro.from <= 2) return '';
	return ' ' + lowerFirstUnlessName(first, text, index);
}

export function accordingTo(clause: Clause, index: ArticleIndex): string | undefined {
	if (!clause.attribution) return '';
	const sentence = clause.sentence;
	const speaker = clause.attribution.speaker;
	const tokens = sentence.tokens;
	if (speaker.to - speaker.from === 1 && tokens[speaker.from].tags.has('Pronoun')) {
		const person = resolvePersonPronoun(tokens[speaker.from].normal, sentence, index);
		return person ? `, according to ${person.fullName}` : undefined;
	}
	const text = spanText(sentence, speaker);
	if (DEFINITE_COMMON_SUBJECT.test(text)) return undefined;
	return `, according to ${lowerFirstUnlessName(tokens[speaker.from], text, index)}`;
}

export function isSpeechVerb(clause: Clause): boolean {
	const verb = clause.sentence.tokens[clause.verb.to - 1];
	const tense = verb.tags.has('PastTense') ? 'PastTense' : 'PresentTense';
	return SPEECH_VERBS.has(toInfinitive(verb.normal, tense));
}

export function hasVerbIn(clause: Clause, span: Span): boolean {
	for (let i = span.from; i < span.to; i++) if (isVerbish(clause.sentence.tokens[i])) return true;
	return false;
}

/** A question may quote, but never cut a quotation in half. */
export function cutsQuotation(clause: Clause): boolean {
	const sentence = clause.sentence;
	const lastToken = sentence.tokens[clause.rest.to - 1];
	if (!lastToken) return false;
	const upTo = sentence.text.slice(0, lastToken.end - sentence.start);
	const opened = (upTo.match(/"/g) ?? []).length % 2 === 1;
	return opened && !lastToken.post.startsWith('"');
}

/** Rest text must not start with a verb: that means the verb group was split by a mis-tag. */
export function startsWithVerb(clause: Clause): boolean {
	const first = clause.sentence.tokens[clause.rest.from];
	return (
		first !== undefined &&
		clause.rest.to > clause.rest.from &&
		isVerbish(first) &&
		!first.tags.has('Adjective')
	);
}

export function finish(body: string): string | undefined {
	// Asides in brackets add length, not meaning, to a question; unpaired brackets mean a cut went wrong.
	const withoutAsides = body.replace(/\s*\([^()]*\)/g, '');
	if (/[()]/.test(withoutAsides)) return undefined;
	let text = tidySpaces(withoutAsides)
		.replace(/\s+([,;:])/g, '$1')
		.replace(/[,;:]+(\s*[,;:])+/g, ',')
		.replace(/[\s,;:.!-]+$/, '')
		.replace(/,\s*,/g, ',');
	// "How many fencers aged between 15?": the cut took the range's other end away.
	if (/\bbetween\s+[^\s]+$/i.test(text)) return undefined;
	text = text[0].toUpperCase() + text.slice(1);
	return text + '?';
}

/** Who is speaking, by full name when the subject names a person ("Ms Smith" → "Jane Smith"). */
export function speakerOf(clause: Clause, index: ArticleIndex): string | undefined {
	const person = (index.factsBySentence.get(clause.sentence.index) ?? []).find(
		(fact) =>
			fact.type === 'person' && fact.first >= clause.subject.from && fact.last < clause.subject.to
	);
	// The name ends the subject ("U.S. Assistant Secretary … James O'Brien") or nearly fills it.
	if (
		person &&
		(person.last === clause.subject.to - 1 ||
			clause.subject.to - clause.subject.from <= person.last - person.first + 3)
	)
		return person.option;
	return subjectAfterInversion(clause, index);
}
