/**
 * The cloze stem: the sentence with the whole answer span blanked (never part of a name). "a"/"an"
 * before the blank becomes "a(n)" so grammar does not point at one option, and a "He"/"She" opening
 * the sentence is replaced by the person it refers to, so the stem stands on its own.
 */
import type { QuestionKind } from '../core/quiz';
import type { ArticleIndex } from './article';
import { resolveDefiniteReference, resolvePersonPronoun } from './coref';
import { isEmptyIt, itSubjectAt } from './it-subject';
import type { Fact } from './facts';
import type { Sentence } from './sentences';
import { tidySpaces } from './normalise';
import { DROPPABLE_OPENING, opensWithBackReference } from './filters';
import { commaAfter } from './clause';

export interface Stem {
	kind: QuestionKind;
	prompt: string;
}

export const BLANK = '_____';

/** Words of a short opening time phrase: "In 1867", "Six years later", "In the spring of 1885". */
const OPENING_TIME_WORD =
	/^(in|on|by|during|after|before|from|the|early|late|spring|summer|autumn|winter|of|years?|months?|later|earlier|\d{4}|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * Where "he" or "she" is the subject: opening the sentence, right after an opening phrase and its
 * comma ("Born in Tonypandy, the son of a miner, he left school at 14"), or after a short time
 * phrase with none ("In 1867 she was approached …").
 */
function subjectPronounAt(tokens: Sentence['tokens']): number | undefined {
	const at = tokens.findIndex((token) => /^(he|she)$/.test(token.normal));
	if (at < 0 || !tokens[at].tags.has('Pronoun')) return undefined;
	if (at === 0 || /,/.test(tokens[at - 1].post)) return at;
	if (at <= 5 && tokens.slice(0, at).every((token) => OPENING_TIME_WORD.test(token.normal)))
		return at;
	return undefined;
}

/** "Her first plates appeared in 1862": an owner's pronoun opening the sentence. */
function openingPossessiveAt(tokens: Sentence['tokens']): number | undefined {
	return /^(his|her)$/.test(tokens[0]?.normal ?? '') ? 0 : undefined;
}

/** "Hester Wraycroft's", and after a final s a bare apostrophe: "Edith Jones'". */
function possessiveOf(name: string): string {
	return name + (/s$/.test(name) ? "'" : "'s");
}

export function clozeStem(fact: Fact, index: ArticleIndex): Stem | undefined {
	const sentence = fact.sentence;
	const tokens = sentence.tokens;
	const from = tokens[fact.first].start - sentence.start;
	const to = tokens[fact.last].end - sentence.start;
	let before = sentence.text.slice(0, from);
	// "$27bn (£14bn)": a conversion in brackets right after the blank would give the answer away.
	// "14.2 square kilometres (5.5 sq mi)": the unit may be a word or two long, and hold a figure
	// ("96 km2 (37 sq mi)").
	const rest = sentence.text.slice(to);
	let after = rest
		.replace(/^((?:\s+\p{L}[\p{L}\d²³]*){0,2})\s*\([^()]*\d[^()]*\)/u, '$1')
		// "a fine of _____ rupees, about £6, and …": a conversion set off by commas gives it away too.
		.replace(
			/^((?:\s+\p{L}[\p{L}\d²³]*){1,2}),\s+(?:about |around |roughly |some |nearly |almost )?[£$€][\d.,]*\d(?:m|bn|k)?(?=[,.;])/u,
			'$1'
		);
	before = before.replace(
		/\b([Aa])n?(\s+)$/,
		(_match, a: string, space: string) => `${a}(n)${space}`
	);
	// Puts `name` in place of the pronoun at token `at`, on whichever side of the blank it stands.
	const rename = (at: number, name: string): boolean => {
		const start = tokens[at].start - sentence.start;
		const end = tokens[at].end - sentence.start;
		if (at < fact.first) before = before.slice(0, start) + name + before.slice(end);
		else if (at > fact.last && after === rest)
			after = after.slice(0, start - to) + name + after.slice(end - to);
		else return false;
		return true;
	};
	const antecedent = index.pronounAntecedents.get(sentence.index);
	const it = itSubjectAt(tokens);
	// "Founded in _____, it is devoted to …" with nothing for "it" to name.
	if (it !== undefined && it > 0 && !antecedent && !isEmptyIt(tokens.slice(it))) return undefined;
	if (antecedent && tokens[0]?.text === 'They') {
		// "They found that …": the group the sentence before opened with (they-subject.ts).
		if (!rename(0, antecedent)) return undefined;
	} else if (antecedent && it !== undefined) {
		const name =
			it === 0
				? antecedent[0].toUpperCase() + antecedent.slice(1)
				: antecedent.replace(/^The /, 'the ');
		if (!rename(it, name)) return undefined;
	} else {
		const at = subjectPronounAt(tokens);
		const person =
			at === undefined ? undefined : resolvePersonPronoun(tokens[at].normal, sentence, index);
		// "Now 79, he is giving …" in news keeps its pronoun when the blank takes the opening phrase's
		// figure; a biography's "Six years later, in _____, she sailed …" is its subject.
		if (
			at !== undefined &&
			(at < fact.first ||
				!commaAfter(tokens[at - 1]) ||
				(person !== undefined && person === index.passageSubject))
		) {
			if (!person || !rename(at, person.fullName)) return undefined;
		}
		const owner = openingPossessiveAt(tokens);
		if (owner !== undefined && owner < fact.first) {
			const pronoun = tokens[owner].normal === 'his' ? 'he' : 'she';
			// Only a biography's own subject is sure enough to own what "her" opens with.
			const person = resolvePersonPronoun(pronoun, sentence, index);
			if (!person || person !== index.passageSubject) return undefined;
			if (!rename(owner, possessiveOf(person.fullName))) return undefined;
		}
	}
	let prompt = tidySpaces(before + BLANK + after).replace(DROPPABLE_OPENING, '');
	// "The firm is raising …" in a story about one firm: named after the stem is built.
	if (opensWithBackReference(prompt) && !index.describedSubjects.has(sentence.index)) {
		const phrase = /^the (\w+)/i.exec(prompt);
		const name = phrase ? resolveDefiniteReference(phrase[1], sentence, index) : undefined;
		if (!phrase || !name) return undefined;
		prompt = name + prompt.slice(phrase[0].length);
	}
	if (prompt.startsWith(BLANK)) return { kind: 'cloze', prompt };
	return { kind: 'cloze', prompt: prompt[0].toUpperCase() + prompt.slice(1) };
}

/** ", announced on Monday," would leave a bare "announced": the whole aside goes. */
const WEEKDAY_ASIDE =
	/,\s+\p{Ll}+ed on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:,(?=\s)|(?=[?.]))/gu;

/** A participle, or a past tense a day completes: "released", "held", "published", "began". */
const PARTICIPLE =
	/^(\p{Ll}+ed|held|made|set|sold|won|shown|seen|given|taken|begun|began|written|broke|came|met|ran|rose|fell)$/u;

/**
 * "came into force on Saturday", "took effect", "took place", ", starting on Thursday": a phrase
 * whose time is its point.
 */
const TIMED_PHRASE_END = /^(force|effect|place|starting|beginning|ending|finishing)$/;

/** A verb right after "published on Wednesday": the participle before the day was no main verb. */
const VERB_AFTER =
	/^(found|finds|find|showed|shows|show|said|says|say|warned|warns|warn|revealed|reveals|reveal|suggested|suggests|suggest|concluded|criticised|called)$/;

/**
 * "… said on Wednesday that …": the weekday only makes sense beside the article's date, and a quiz
 * is played long after it. Left out of the stem unless the answer sits right beside it.
 */
export function withoutWeekday(prompt: string): string {
	return (
		prompt
			.replace(WEEKDAY_ASIDE, '')
			// "its first performance on Thursday night, 15 September 2005, in front of …": the date in
			// apposition takes the day's place, its commas with it.
			.replace(
				/ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?, (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?),/g,
				' on $1'
			)
			// "at 0200 GMT on Sunday 16 January 2005": the date keeps its "on" when the day goes.
			.replace(
				/ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?=\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
				' on '
			)
			// "escaped from a tank near Hesketh Moor late on Monday night.": "late" goes with its day,
			// unless it tells of the verb ("talks ended late").
			.replace(
				/(?<!ed)(?<!,) (?:early|late) on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?(?=[.?])/g,
				''
			)
			// "was found … early on Monday morning by caretaker …": so does "early" with a day's morning.
			.replace(
				/ (?:early|late) on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)(?= (?:by|after|when|as|in|at|near|outside)\b)/g,
				''
			)
			// "picked up a signal late on Sunday using a dish": mid-sentence, "late" goes with its day.
			.replace(
				/ (?:early|late) on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?= \p{Ll})(?! (?:morning|afternoon|evening|night)\b)/gu,
				''
			)
			.replace(
				// "on Saturday mornings" is a habit, the point of the sentence, and stays; so does "on
				// Sunday night" right before the blank, whole ("the storm night _____" is no English).
				/(?<!_)(?<=(\S+)) on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?! (?:morning|afternoon|evening|night) _)(?: (?:morning|afternoon|evening|night))?\b(?!['’]s\b| _| (?:mornings|afternoons|evenings|nights|week|alone)\b| (?:and|or|to) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(,?)(?=(.?)([a-z]*)((?: [a-z]+){0,2}))/g,
				(phrase: string, before: string, comma: string, next: string, word: string, then: string) =>
					// "which were released on Tuesday,", "in a referendum held on Sunday.", "a report
					// published on Wednesday found": a participle whose only complement is the day
					// would be left bare.
					((PARTICIPLE.test(before) || TIMED_PHRASE_END.test(before)) &&
						(comma !== '' || /^[.?]?$/.test(next) || VERB_AFTER.test(word))) ||
					// "welcomed 8,000 visitors on Saturday, the first day of trading": the day is what
					// the apposition after it describes.
					(comma !== '' && word === 'the' && / day$/.test(then))
						? phrase
						: comma
			)
			// "gave way beneath …, early on Wednesday": "early" goes with its day.
			.replace(/, (early|late)(?=[,.?])/g, '')
			.replace(/ +([?.,])/g, '$1')
			// "near Builth Wells, on Monday, with …": the day's two commas close up into one.
			.replace(/,,/g, ',')
			// "… in Potosí department, on Monday?": the day's comma goes with it at the end.
			.replace(/,([?.])$/, '$1')
	);
}

/**
 * "Vowles instead proposed an inclined plane": "instead" answers a plan the sentence before told,
 * which the quiz does not show; the stem says what was done without it.
 */
export function withoutInstead(prompt: string): string {
	return prompt.replace(/, instead,/g, '').replace(/ instead\b(?! of\b)/g, '');
}
