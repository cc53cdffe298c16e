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
	isVerbish,
	parseClause,
	spanText,
	spanTextWithout,
	type Clause,
	type Span
} from './clause';
import { resolvePersonPronoun } from './coref';
import type { Fact } from './facts';
import { KIND_NOUN, organisationKind } from './lists/organisations';
import { tidySpaces } from './normalise';
import type { Sentence, Token } from './sentences';
import type { Stem } from './stems';
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
function subjectAfterInversion(clause: Clause, index: ArticleIndex): string | undefined {
	const sentence = clause.sentence;
	const tokens = sentence.tokens;
	const subject = clause.subject;
	const first = tokens[subject.from];
	if (subject.to - subject.from === 1 && first.tags.has('Pronoun')) {
		if (SUBJECT_PRONOUNS_UNRESOLVABLE.has(first.normal)) return undefined;
		return resolvePersonPronoun(first.normal, sentence, index)?.fullName;
	}
	const text = spanText(sentence, subject);
	if (DEFINITE_COMMON_SUBJECT.test(text)) return undefined;
	if (/^(this|that|these|those|such|another|other|both|its|their|his|her)\b/i.test(text))
		return undefined;
	return lowerFirstUnlessName(first, text, index);
}

/**
 * Sentence-initial capitals go, names keep theirs: "The mission" → "the mission", "Okonkwo" stays.
 * A word counts as a name when compromise tags it so or the article capitalises it mid-sentence.
 */
function lowerFirstUnlessName(first: Token, text: string, index: ArticleIndex): string {
	if (first.tags.has('Determiner') || first.tags.has('Possessive'))
		return text[0].toLowerCase() + text.slice(1);
	if (isProperToken(first) || index.capitalisedWords.has(first.normal)) return text;
	return text[0].toLowerCase() + text.slice(1);
}

interface Inverted {
	/** "did", "does", "is", "will"… */
	auxiliary: string;
	/** What follows the subject: "currently count", "founded", "to rise". */
	verbTail: string;
}

/** Do-support and inversion for the clause's verb group. */
function invert(clause: Clause): Inverted | undefined {
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
	if (INVERTIBLE.has(head.normal) && !possessionHave) {
		return { auxiliary: head.normal, verbTail: [...before, ...after].join(' ') };
	}
	if (after.length > 0 && verbsAfter.length > 0) return undefined;
	const past = head.tags.has('PastTense') || /^(had)$/.test(head.normal);
	const present = head.tags.has('PresentTense') || /^(has|have)$/.test(head.normal);
	if (!past && !present) return undefined;
	if (head.tags.has('Gerund') || head.tags.has('Participle')) return undefined;
	const infinitive = toInfinitive(head.normal, past ? 'PastTense' : 'PresentTense');
	if (
		!infinitive ||
		(infinitive === head.normal &&
			past &&
			!/^(put|set|cut|hit|let|cost|beat|shut|spread|quit|bet|hurt|read)$/.test(infinitive))
	) {
		// A "past" verb that does not change is probably mis-tagged; do not guess.
		return undefined;
	}
	const auxiliary = past ? 'did' : /s$/.test(head.normal) ? 'does' : 'do';
	return { auxiliary, verbTail: [...before, infinitive, ...after].join(' ') };
}

/** The verb group agreeing with a singular "Who"/"Which company": "have said" → "has said". */
function verbForSingularSubject(clause: Clause): string {
	const tokens = clause.sentence.tokens;
	const words: string[] = [];
	let agreed = false;
	for (let i = clause.verb.from; i < clause.verb.to; i++) {
		const token = tokens[i];
		if (!agreed && (token.tags.has('Verb') || INVERTIBLE.has(token.normal))) {
			if (token.tags.has('Gerund')) return '';
			agreed = true;
			const plainPresent =
				token.tags.has('PresentTense') &&
				!/s$/.test(token.normal) &&
				!token.tags.has('Modal') &&
				!/^(must|can|will|shall|may)$/.test(token.normal);
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

function introText(clause: Clause, index: ArticleIndex): string {
	if (!clause.intro) return '';
	const sentence = clause.sentence;
	const text = spanText(sentence, clause.intro);
	const first = sentence.tokens[clause.intro.from];
	// Connectives and hedges ("However,", "Most recently,") add nothing at the end of a question.
	if (first.tags.has('Adverb') && clause.intro.to - clause.intro.from <= 2) return '';
	return ' ' + lowerFirstUnlessName(first, text, index);
}

function accordingTo(clause: Clause, index: ArticleIndex): string | undefined {
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

function isSpeechVerb(clause: Clause): boolean {
	const verb = clause.sentence.tokens[clause.verb.to - 1];
	const tense = verb.tags.has('PastTense') ? 'PastTense' : 'PresentTense';
	return SPEECH_VERBS.has(toInfinitive(verb.normal, tense));
}

function hasVerbIn(clause: Clause, span: Span): boolean {
	for (let i = span.from; i < span.to; i++) if (isVerbish(clause.sentence.tokens[i])) return true;
	return false;
}

/** A question may quote, but never cut a quotation in half. */
function cutsQuotation(clause: Clause): boolean {
	const sentence = clause.sentence;
	const lastToken = sentence.tokens[clause.rest.to - 1];
	if (!lastToken) return false;
	const upTo = sentence.text.slice(0, lastToken.end - sentence.start);
	const opened = (upTo.match(/"/g) ?? []).length % 2 === 1;
	return opened && !lastToken.post.startsWith('"');
}

/** Rest text must not start with a verb: that means the verb group was split by a mis-tag. */
function startsWithVerb(clause: Clause): boolean {
	const first = clause.sentence.tokens[clause.rest.from];
	return (
		first !== undefined &&
		clause.rest.to > clause.rest.from &&
		isVerbish(first) &&
		!first.tags.has('Adjective')
	);
}

function finish(body: string): string | undefined {
	// Asides in brackets add length, not meaning, to a question; unpaired brackets mean a cut went wrong.
	const withoutAsides = body.replace(/\s*\([^()]*\)/g, '');
	if (/[()]/.test(withoutAsides)) return undefined;
	let text = tidySpaces(withoutAsides)
		.replace(/\s+([,;:])/g, '$1')
		.replace(/[,;:]+(\s*[,;:])+/g, ',')
		.replace(/[\s,;:.!-]+$/, '')
		.replace(/,\s*,/g, ',');
	text = text[0].toUpperCase() + text.slice(1);
	return text + '?';
}

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

/** What to ask and what to cut when the answer is in the predicate. */
function askAbout(clause: Clause, fact: Fact): Asked | undefined {
	const tokens = clause.sentence.tokens;
	const direct = fact.first === clause.rest.from;
	const prepIndex = fact.first - 1;
	const prep = prepIndex >= clause.rest.from ? tokens[prepIndex] : undefined;
	const preposition =
		prep && prep.tags.has('Preposition') && !/,/.test(prep.post) ? prep.normal : undefined;
	const withPrep = { from: prepIndex, to: fact.last + 1 };
	const bare = { from: fact.first, to: fact.last + 1 };
	// The answer must hang on the main verb itself, not on a later verb or clause in the predicate.
	for (let i = clause.rest.from; i < fact.first; i++) {
		const token = tokens[i];
		if (
			isVerbish(token) ||
			commaAfter(token) ||
			token.tags.has('Gerund') ||
			token.normal === 'that'
		)
			return undefined;
	}
	// The place or time of a speech act ("Where did X say …") is never the point of the sentence.
	if (isSpeechVerb(clause)) return undefined;
	// "closed 1% higher", "rose 3% on the day": a measure of change, not an object.
	const after = tokens[fact.last + 1];
	if (
		after &&
		/^(higher|lower|up|down|more|less|ahead|behind|above|below|better|worse|over)$/.test(
			after.normal
		)
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
			if ((preposition === 'in' || preposition === 'at') && fact.type !== 'organisation')
				return { wh: 'Where', kind: 'where', cut: withPrep };
			const capital = preposition[0].toUpperCase() + preposition.slice(1);
			return { wh: `${capital} which ${noun}`, kind: 'which', cut: withPrep };
		}
		case 'year':
			if (preposition === 'in') return { wh: 'In what year', kind: 'when', cut: withPrep };
			if (preposition === 'by' || preposition === 'until' || preposition === 'since')
				return {
					wh: `${preposition[0].toUpperCase()}${preposition.slice(1)} what year`,
					kind: 'when',
					cut: withPrep
				};
			return undefined;
		case 'date':
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
			const unitCut = { from: direct ? fact.first : prepIndex, to: fact.last + 2 };
			const unit = fact.unit.toLowerCase();
			if (direct) return { wh: `How many ${unit}`, kind: 'how-many', cut: unitCut };
			if (preposition === 'by')
				return { wh: `By how many ${unit}`, kind: 'how-many', cut: unitCut };
			return undefined;
		}
		case 'money':
			if (direct) return { wh: 'How much', kind: 'how-much', cut: bare };
			if (preposition === 'by' || preposition === 'for')
				return {
					wh: `${preposition === 'by' ? 'By' : 'For'} how much`,
					kind: 'how-much',
					cut: withPrep
				};
			return undefined;
		case 'percent':
			if (direct) return { wh: 'What percentage', kind: 'how-much', cut: bare };
			if (preposition === 'by')
				return { wh: 'By what percentage', kind: 'how-much', cut: withPrep };
			return undefined;
	}
}

/** The answer is in the predicate: wh-word first, then auxiliary, subject, verb and what is left. */
function predicateQuestion(
	clause: Clause,
	fact: Fact,
	index: ArticleIndex,
	according: string
): Stem | undefined {
	const asked = askAbout(clause, fact);
	if (!asked) return undefined;
	const inverted = invert(clause);
	const subject = subjectAfterInversion(clause, index);
	if (!inverted || !subject || startsWithVerb(clause) || cutsQuotation(clause)) return undefined;
	const rest = spanTextWithout(clause.sentence, clause.rest, asked.cut);
	// A bare count after the cut ("How many troops does it count more than") means the cut went wrong.
	if (/^(than|of|and|or)\b/i.test(rest.trim())) return undefined;
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
	if (tokens[from]?.normal === 'that') from++;
	else if (verb.normal === 'told' || verb.normal === 'tells') return undefined;
	const inner = parseClause(clause.sentence, from, clause.rest.to);
	if (!inner || inner.intro) return undefined;
	return inner;
}

function speakerOf(clause: Clause, index: ArticleIndex): string | undefined {
	return subjectAfterInversion(clause, index);
}

export function whStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	const sentence: Sentence = fact.sentence;
	const clause = parseClause(sentence);
	if (!clause) return undefined;
	if (within(clause.subject, fact)) return subjectQuestion(clause, fact, index);
	if (within(clause.rest, fact)) {
		const inner = reportedClause(clause);
		if (inner) {
			if (!within(inner.rest, fact)) return undefined;
			const speaker = speakerOf(clause, index);
			if (!speaker) return undefined;
			const stem = predicateQuestion(inner, fact, index, `, according to ${speaker}`);
			return stem;
		}
		const according = accordingTo(clause, index);
		if (according === undefined) return undefined;
		return predicateQuestion(clause, fact, index, according);
	}
	return undefined;
}
