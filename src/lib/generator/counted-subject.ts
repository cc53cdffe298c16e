/**
 * A count that opens the sentence as its subject: "About 4,000 people visit the island each year"
 * → "How many people visit the island each year?". The counted noun phrase stays with "How many";
 * no inversion is needed because the answer is the subject.
 */
import type { ArticleIndex } from './article';
import {
	agentParticipleAt,
	commaAfter,
	endsInsidePhrase,
	isVerbish,
	parseClause,
	spanText,
	startsAsideAfterComma
} from './clause';
import { accordingTo, cutsQuotation, finish, introText } from './clause-text';
import type { Fact } from './facts';
import type { Stem } from './stems';

/** Counted nouns that make the figure a span of time or a distance, which open scene-setting. */
const SETTING_NOUNS =
	/^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|laps?|yards?|metres?|miles?|kilometres?|times?)$/;

const MAX_COUNTED_WORDS = 4;

/** A verb that opens a clause of its own after "and". */
const AUXILIARY_VERB = /^(is|are|was|were|has|have|had|will|would|can|could)$/;

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function countedSubjectStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	if (fact.type !== 'quantity' || fact.first !== 0) return undefined;
	const sentence = fact.sentence;
	const tokens = sentence.tokens;
	if (commaAfter(tokens[fact.last])) return undefined;
	// "Two of the biggest firms …" does not parse from "of": a share of a group is not asked so.
	const clause = parseClause(sentence, fact.last + 1);
	if (!clause || clause.intro) return undefined;
	// "teenagers living in foster homes": a gerund's phrase after the counted noun describes it.
	const describedFrom = tokens.findIndex(
		(token, i) =>
			i > clause.subject.from &&
			i < clause.subject.to &&
			(token.tags.has('Gerund') || agentParticipleAt(tokens, i, clause.subject.to + 1)) &&
			!commaAfter(tokens[i - 1])
	);
	const countedTo = describedFrom > 0 ? describedFrom : clause.subject.to;
	const counted = tokens.slice(clause.subject.from, countedTo);
	if (counted.length === 0 || counted.length > MAX_COUNTED_WORDS) return undefined;
	const head = counted[counted.length - 1];
	// Only a plain noun phrase ("digital cameras") goes after "How many".
	if (counted.some((token) => !(token.tags.has('Noun') || token.tags.has('Adjective'))))
		return undefined;
	if (counted.some((token, i) => i < counted.length - 1 && commaAfter(token))) return undefined;
	if (!head.tags.has('Plural') || SETTING_NOUNS.test(head.normal)) return undefined;
	if (!isVerbish(tokens[clause.verb.from]) || cutsQuotation(clause)) return undefined;
	const according = accordingTo(clause, index);
	if (according === undefined) return undefined;
	// "Nine Cornish beaches": a word the article capitalises mid-sentence keeps its capital.
	const words = spanText(sentence, { from: clause.subject.from, to: countedTo }).split(' ');
	const countedText =
		words.length === counted.length
			? words
					.map((word, i) =>
						index.capitalisedWords.has(counted[i].normal) || counted[i].tags.has('Demonym')
							? word
							: word.toLowerCase()
					)
					.join(' ')
			: words.join(' ').toLowerCase();
	// ", which were thought to have been lost, are to be …": the relative clause keeps its commas.
	const closing = describedFrom > 0 && commaAfter(tokens[clause.subject.to - 1]) ? ',' : '';
	const described = spanText(sentence, { from: countedTo, to: clause.subject.to }) + closing;
	const subject = described ? `${countedText} ${described}` : countedText;
	const verb = spanText(sentence, clause.verb);
	let restEnd = clause.rest.from;
	while (restEnd < clause.rest.to && !startsAsideAfterComma(tokens, restEnd)) restEnd++;
	// "passed through its doors on Saturday, the first day it has been open since 2002": the day
	// says which count is meant, and without its apposition the weekday would go too, leaving a
	// count of no time; the blank keeps the sentence whole.
	if (
		WEEKDAY.test(tokens[restEnd - 1]?.text ?? '') &&
		commaAfter(tokens[restEnd - 1]) &&
		tokens[restEnd]?.normal === 'the'
	)
		return undefined;
	const restTokens = tokens.slice(clause.rest.from, restEnd);
	const joined = restTokens.findIndex((token) => token.normal === 'and');
	// "About 170 people work in Widnes and 62 in Newport": a second count shares the verb; "About 40
	// people were injured and more than 300 homes were damaged": a clause of its own.
	if (
		joined >= 0 &&
		(restTokens[joined + 1]?.tags.has('Value') ||
			restTokens.slice(joined + 1).some((token) => AUXILIARY_VERB.test(token.normal)))
	)
		return undefined;
	const predicate = { from: clause.rest.from, to: restEnd };
	if (endsInsidePhrase(tokens, predicate, { from: fact.first, to: fact.last + 1 }))
		return undefined;
	const rest = spanText(sentence, predicate);
	if (rest.trim() === '') return undefined;
	const prompt = finish(
		`How many ${subject} ${verb} ${rest}${introText(clause, index)}${according}`
	);
	return prompt ? { kind: 'how-many', prompt } : undefined;
}
