/**
 * "The program aired …", "the constitution", "A third defendant", "such a size": a noun phrase that
 * only says which one by pointing back to something the article named before. Asked on its own, the
 * question leaves the player guessing what it is about, so such stems are dropped.
 */
import type { ArticleIndex } from './article';
import type { Sentence } from './sentences';
import { withoutQuotations } from './filters';
import { crudeStem, headlineStems } from './word-stem';
import { isVerbish } from './clause';
import { BLANK } from './stems';

/** Nouns that name one thing everyone knows without being told which. */
const SELF_EXPLAINING = new Set(
	(
		'world public internet web economy weather council environment media press police military army navy ' +
		'government opposition moon sun sea ocean coast north south east west future past present ' +
		'morning afternoon evening night weekend beginning end rest start top bottom middle time ' +
		'year month week day season century decade summer winter spring autumn'
	).split(' ')
);

/** Modifiers that make a description unique on its own: "the first", "the largest", "the same". */
const IDENTIFYING_MODIFIER = /^(first|second|third|last|next|only|same|latest|\p{Ll}+est)$/u;

/** What may follow a noun to say which one it is: "the price of oil", "the man who …". */
const RESTRICTIVE_FOLLOWER =
	/^(of|in|at|for|from|on|that|which|who|whose|where|between|against|called|named|known)$/;

/** The word without punctuation or a possessive ending. */
function bare(word: string): string {
	return word
		.replace(/[,.;:?!]+$/, '')
		.replace(/['’]s?$/, '')
		.replace(/[^\p{L}\d-]/gu, '');
}

/**
 * "A third defendant", "another runner", "such a size", "an earlier clash", "the other", "the
 * resulting penalty" (the result of something the sentence before told).
 */
const POINTING_PHRASE =
	/\b(?:a (?:second|third|fourth|fifth)|another|such an?|an earlier|a later|the latter|the former|the other|the rest|the resulting|the ensuing)\b/i;

/**
 * "The remaining _____ belongs to …", "made up a further _____", "a further _____ lengths back in
 * third": the answer is what is left beside a figure the sentence before gave (both reviewers
 * rejected most such questions; "spend a further _____" and "with the remaining _____ coming
 * from …" read on their own, and most were kept).
 */
const BLANK_BESIDE_EARLIER = new RegExp(
	`^The remaining ${BLANK}|\\b(?:made up|makes up|accounted for|accounts for) a further ${BLANK}|\\ba further ${BLANK} lengths\\b`
);

/** "its president": a role in a body the stem must have named before the "its". */
const ITS_ROLE =
	/\bits (?:first |founding |honorary |chief |joint )?(?:president|secretary|treasurer|chairman|chairwoman|chair|captain|patron|director|editor|conductor|organist|curator|warden|leader)\b/i;
const BODY_WORD =
	/\b(?:club|society|association|union|league|company|firm|group|trust|council|committee|institute|institution|board|school|college|museum|team|church|federation|guild|party|band|choir|orchestra|magazine|journal|newspaper|fund|foundation|charity|movement|network|academy|hospital|bank|university|Club|Society|Association|Union|League|Company|Trust|Council|Committee|Institute|Institution|Board|School|College|Museum|Federation|Guild|Party|Choir|Orchestra|Fund|Foundation|Academy|Hospital|Bank|University)\b/;

/** "Until what year did Agnes Wharrington serve as its president?": nothing before says whose. */
function namesNoBodyBeforeIts(text: string): boolean {
	const role = ITS_ROLE.exec(text);
	return role !== null && !BODY_WORD.test(text.slice(0, role.index));
}

/**
 * "Who converted both?", "Each will receive a retainer of …", "Both men fell …", "Four of them were
 * taken to hospital": a quantifier standing for people or things named in an earlier sentence.
 */
const BARE_QUANTIFIER =
	/^(?:both|each|either|neither)(?: men| women| sides| teams)? (?:was|were|will|would|had|has|have|is|are|fell|received)\b|\b(?:both|either|neither)\?$|^(?:[\w-]+|_____) of them\b/i;

/** The first sentence each lower-case noun appears in, computed once per article. */
const firstMentions = new WeakMap<ArticleIndex, Map<string, number>>();

function firstMentionOf(index: ArticleIndex): Map<string, number> {
	let first = firstMentions.get(index);
	if (first) return first;
	first = new Map();
	for (const sentence of index.sentences) {
		for (const token of sentence.tokens) {
			if (!token.tags.has('Noun') || !/^\p{Ll}/u.test(token.text)) continue;
			const stem = crudeStem(token.normal.replace(/'s?$/, ''));
			if (!first.has(stem)) first.set(stem, sentence.index);
		}
	}
	firstMentions.set(index, first);
	return first;
}

/**
 * True when the stem holds "the <noun>" whose noun the article used before and nothing after it
 * says which one is meant, or a phrase like "another" or "such a" that points back by itself.
 */
export function pointsBackWithoutName(
	prompt: string,
	sentence: Sentence,
	index: ArticleIndex
): boolean {
	const text = withoutQuotations(prompt);
	if (POINTING_PHRASE.test(text) || BARE_QUANTIFIER.test(text)) return true;
	if (BLANK_BESIDE_EARLIER.test(text) || namesNoBodyBeforeIts(text)) return true;
	if (opensWithUnanchoredDescription(prompt, sentence, index)) return true;
	const lowerPrompt = text.toLowerCase();
	const tokens = sentence.tokens;
	const headlineWords = headlineStems(index.headline);
	for (let i = 0; i < tokens.length - 1; i++) {
		if (tokens[i].normal !== 'the' || /[,;:]/.test(tokens[i].post)) continue;
		// The noun phrase: lower-case adjectives, numbers and nouns up to its last noun.
		let head = -1;
		let identifying = false;
		for (let j = i + 1; j < tokens.length; j++) {
			const token = tokens[j];
			if (!/^[\p{Ll}\d]/u.test(token.text)) break;
			if (!(token.tags.has('Noun') || token.tags.has('Adjective') || token.tags.has('Value')))
				break;
			if (token.tags.has('Pronoun')) break;
			// "The prototype first flew": an ordinal after the noun is an adverb, not a modifier.
			if (head >= 0 && token.tags.has('Value')) break;
			// "the firm employed": compromise may tag the head an adjective; a verb after it says not.
			const next = tokens[j + 1];
			if (token.tags.has('Adjective') && next && isVerbish(next)) head = j;
			if (IDENTIFYING_MODIFIER.test(token.normal) || token.tags.has('Superlative'))
				identifying = true;
			if (token.tags.has('Noun')) head = j;
			// "the expedition's lead chemist": "the" belongs to the owner, which says which one.
			if (token.tags.has('Possessive') || /['’]s?$/.test(token.text)) break;
			if (/[^\s'’]/.test(token.post)) break;
		}
		if (head < 0 || identifying) continue;
		const follower = tokens[head + 1];
		// "in 2021", "on Sunday" say when, not which one.
		const saysWhen = tokens[head + 2]?.tags.has('Date') ?? false;
		if (
			follower &&
			!/[^\s'’]/.test(tokens[head].post) &&
			RESTRICTIVE_FOLLOWER.test(follower.normal) &&
			!saysWhen
		)
			continue;
		// "an assistant to the engineer Nathaniel Crowther": the name right after says which one.
		if (follower && /^\s+$/.test(tokens[head].post) && /^\p{Lu}/u.test(follower.text)) continue;
		// Possessive ("the men's race") or not, the phrase must still be in the stem to matter.
		const phrase = tokens
			.slice(i, head + 1)
			.map((token) => token.text)
			.join(' ')
			.toLowerCase();
		if (!lowerPrompt.includes(phrase)) continue;
		// "Kestle Blue has been produced … where the cheese is made": the stem names what it means.
		const described = index.describedSubjects.get(sentence.index);
		if (described?.phrase.toLowerCase() === phrase && prompt.includes(described.name)) continue;
		const noun = bare(tokens[head].normal).toLowerCase();
		if (noun === '' || SELF_EXPLAINING.has(noun)) continue;
		// The headline is the quiz title, on screen beside every question: "the bridge" of "Town
		// opens new bridge" and "the expedition team" of "Ice core expedition returns" are known.
		// Not so for a bare subject that opens a stem after the lead: "The refinery is one of the
		// largest employers …" under "Refinery staff accept pay deal" reads as a sentence out of its
		// story (the stems it removed had drawn 63 acceptances in 128 verdicts). "The vaccine,
		// developed by …, was given to …" says which one itself, and "The expedition's lead chemist,
		// Tomas Ribeiro," names its person.
		const phraseWords = tokens.slice(i + 1, head + 1).map((token) => crudeStem(bare(token.normal)));
		const opensStemBare =
			i === 0 &&
			sentence.index !== index.lead &&
			!/,/.test(tokens[head].post) &&
			!/['’]s?$/.test(tokens[head].text) &&
			lowerPrompt.startsWith(phrase);
		if (!opensStemBare && phraseWords.some((word) => headlineWords.has(word))) continue;
		// Used in an earlier sentence: the noun points back to it.
		if ((firstMentionOf(index).get(crudeStem(noun)) ?? Infinity) < sentence.index) return true;
		// "By 1914 the firm employed …", "The prototype first flew …": as the whole subject after the
		// lead, "the firm" is one the reader was told about before, even under another word.
		if (sentence.index !== index.lead && isSubjectAt(tokens, i, head, sentence)) return true;
	}
	return false;
}

/** "By 1914", "In 1996,": a short time or place phrase a sentence may open with before its subject. */
const OPENING_PHRASE =
	/^(?:(?:by|in|on|at|after|before|during|since|from|until|under|following)\b[^,]{0,40},?\s+)?$/i;
/** Adverbs between a subject and its verb: "The prototype first flew". */
const BEFORE_VERB = /^(first|also|now|then|later|still|only|soon|finally|eventually)$/;

/** Whether tokens `from`…`head` are the sentence's subject: at its start, then a verb. */
function isSubjectAt(tokens: Sentence['tokens'], from: number, head: number, sentence: Sentence) {
	const before = sentence.text.slice(0, tokens[from].start - sentence.start);
	if (!OPENING_PHRASE.test(before)) return false;
	let next = head + 1;
	while (tokens[next] && BEFORE_VERB.test(tokens[next].normal)) next++;
	return tokens[next] !== undefined && isVerbish(tokens[next]);
}

/**
 * "The finished image is …", "The percentage of non-performing loans dropped …": after the lead, a
 * sentence that opens with a description made only of common words is about something the sentences
 * before introduced (which image? whose loans?), unless the quiz title names it.
 */
function opensWithUnanchoredDescription(
	prompt: string,
	sentence: Sentence,
	index: ArticleIndex
): boolean {
	const tokens = sentence.tokens;
	if (sentence.index === index.lead || tokens[0]?.normal !== 'the') return false;
	const words: string[] = [];
	let head = '';
	for (let j = 1; j < tokens.length; j++) {
		const token = tokens[j];
		const linking = /^(of|in)$/.test(token.normal) && words.length > 0;
		if (!linking) {
			// "The huge image of Delft": a name in the phrase says which one.
			if (/^\p{Lu}/u.test(token.text) && /^(of|in)$/.test(tokens[j - 1].normal)) return false;
			// "The £28m site", "The 11-minute film": a price or a length says no more which one.
			if (!/^[\p{Ll}\d£$€]/u.test(token.text) || token.tags.has('Pronoun')) break;
			// "The seedling first fruited": straight after "the", an -ing word is a noun.
			const noun = token.tags.has('Noun') || (j === 1 && token.tags.has('Gerund'));
			if (!(noun || token.tags.has('Adjective') || token.tags.has('Value'))) break;
			// "The seedling first fruited": an ordinal after the noun is an adverb, not a modifier.
			if (head !== '' && token.tags.has('Value')) break;
			if (IDENTIFYING_MODIFIER.test(token.normal) || token.tags.has('Superlative')) return false;
			words.push(crudeStem(bare(token.normal)));
			// The last noun is the head: "eight-week" and "11-minute" only say what kind of series or film.
			if (noun && !/-$/.test(token.post)) head = bare(token.normal);
		}
		if (/[^\s'’-]/.test(token.post)) break;
	}
	if (head === '' || SELF_EXPLAINING.has(head)) return false;
	// "The 26-year-old from Leeds": a news story's one player, which reviews took as known.
	if (/^the \d+-year-old\b/i.test(sentence.text)) return false;
	const headlineWords = headlineStems(index.headline);
	if (words.some((word) => headlineWords.has(word))) return false;
	// Words as joined in the sentence only where a hyphen joins them ("The 11-minute film").
	const opening = tokens
		.slice(0, Math.min(tokens.length, 3))
		.map((token, i) => (i > 0 && tokens[i - 1].post === '-' ? '-' : ' ') + token.text)
		.join('')
		.trim()
		.toLowerCase();
	// "The _____ site will …", "The _____ vehicle, fitted with a scanner, will …": the blank took
	// the price, and the thing is still unnamed; "The _____ scheme at Harrow Fell" says which one.
	const blanked = new RegExp(
		`^the ${BLANK} (\\S+ ){0,2}${head}(,[^,]*,)? (will|would|is|was|has|had)\\b`,
		'i'
	);
	return prompt.toLowerCase().includes(opening) || blanked.test(prompt);
}
