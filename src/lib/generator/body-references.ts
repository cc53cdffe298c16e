/**
 * "Pendlebrook Borough Council voted … The homes would need £4.1m spent on them, the council said":
 * once an article has named one council, one club or one trust, "the council" means it. Asked on its
 * own, "the council" names nobody, so the stem names the body instead. A head word two bodies in the
 * article share ("Kellerby Town Football Club" and "Marsden Vale Football Club") names neither.
 */
import type { DescribedSubject } from './described-subject';
import type { Sentence } from './sentences';

/** The last word of a body's name that the article may shorten the name to. */
const HEADS =
	'Council|Club|Society|Trust|Union|Association|Authority|Agency|Commission|Committee|Board|' +
	'Federation|Institute|Foundation|University|College|School|Hospital|Museum|Gallery|Orchestra|' +
	'Theatre|Festival|Party|League|Company|Corporation|Bank';

/** Places a story names with a lower-case head as often as not: "Penmarsh airport". */
const PLACE_HEADS =
	'Airport|Station|Prison|Stadium|Harbour|Colliery|Refinery|Shipyard|Cathedral|Castle|Zoo';

/**
 * "the Pennine College of Land Studies": what the body is of, in two or more capitalised words, is
 * part of its name. One word is most often where it is ("the Tallowfield Cycle Company of Coventry",
 * which the article goes on to call "the Tallowfield Cycle Company").
 */
const OF_TAIL = `(?:\\s+(?:of|for)\\s+(?:\\p{Lu}[\\p{L}'’&.-]*\\s+(?:and\\s+)?){1,3}\\p{Lu}[\\p{L}'’&.-]*)?`;

/** "Environment Agency Wales": a body's branch for a nation is named after its head. */
const NATION_TAIL = '(?:\\s+(?:Wales|Scotland|England|Northern Ireland))?';

/**
 * "Pendlebrook Borough Council", "the Transport and Distribution Workers' Union": capitalised words
 * with "and" or "of" between them, ending in the head, and not going on ("Commercial Bank of China").
 * A name may follow "of" ("The leader of Haldmoor Borough Council") but not start inside another.
 */
const BODY_NAME = new RegExp(
	`(?<![\\p{L}]|\\p{Lu}[\\p{L}'’&.-]*\\s+(?:and|of|for|&) )((?:\\p{Lu}[\\p{L}'’&.-]*\\s+(?:(?:and|of|for|&)\\s+)?){1,6}(${HEADS}|${PLACE_HEADS}|${PLACE_HEADS.toLowerCase()})${OF_TAIL}${NATION_TAIL})(?![\\p{L}]|\\s+(?:of|for)\\s)`,
	'gu'
);

/** A people's adjective before the head: "a British airport", "the Spanish bank". */
const PEOPLES =
	/^(British|English|Scottish|Welsh|Irish|European|American|Spanish|French|German|Italian|Dutch|Chinese|Japanese|Indian|Russian|Australian|Canadian|Swiss|Swedish|Norwegian|Danish|Polish|Greek|Portuguese|Belgian|Austrian)\s/;

interface Body {
	/** As the article writes it mid-sentence: "Pendlebrook Borough Council", "the Royal Hospital". */
	name: string;
	/** The sentence that first names it. */
	at: number;
}

function bodiesByHead(sentences: readonly Sentence[]): Map<string, Body> {
	const names = new Map<string, Body | null>();
	for (const sentence of sentences) {
		for (const match of sentence.text.matchAll(BODY_NAME)) {
			// "The Tern Island Trust" at a sentence's start: "The" goes with the name, in lower case.
			// "Members of Pendlebrook Borough Council voted …": a sentence's first word may be no name,
			// nor its opening preposition ("At Moorside School in Tansford, 212 pupils …").
			const opening =
				match.index === 0
					? /^(?:\p{Lu}\p{Ll}+\s+(?:of|for)|At|In|On|From|By|With|Under|Near|Outside|Inside)\s+/u
					: /^$/;
			const bare = match[1].replace(/^The\s+/, '').replace(opening, '');
			if (!/\s/.test(bare)) continue;
			// "a category C prison": a grade's single letter is no name.
			if (/^\p{Lu}\s/u.test(bare)) continue;
			// "a British airport" is a kind of airport, not one named.
			if (PEOPLES.test(bare)) continue;
			const before = sentence.text.slice(0, match.index);
			// "was a Royal Air Force station": after "a" the words describe a kind, and name nothing.
			if (/\b(?:a|an)\s+$/i.test(before)) continue;
			const article = /^The\s/.test(match[1]) || /\bthe\s+$/.test(before) ? 'the ' : '';
			const name = article + bare;
			const head = match[2].toLowerCase();
			const known = names.get(head);
			if (known === undefined) names.set(head, { name, at: sentence.index });
			else if (known !== null && !known.name.toLowerCase().endsWith(bare.toLowerCase()))
				names.set(head, null);
		}
	}
	const unique = new Map<string, Body>();
	for (const [head, body] of names) if (body) unique.set(head, body);
	return unique;
}

/** Whether a capitalised word of `name` other than its head is in `headline`. */
function sharesNameWord(name: string, headline: string): boolean {
	const words = name.split(/\s+/).slice(0, -1);
	return words.some((word) => /^\p{Lu}/u.test(word) && headline.includes(word));
}

/** By sentence index, the first "the council" (or club, trust …) after its body was named. */
export function bodyReferences(sentences: readonly Sentence[]): Map<number, DescribedSubject> {
	const found = new Map<number, DescribedSubject>();
	const headline = sentences.find((sentence) => sentence.heading)?.text ?? '';
	const bodies = bodiesByHead(sentences);
	if (bodies.size === 0) return found;
	const pattern = new RegExp(
		`(?<![\\p{L}])the (${[...bodies.keys()].join('|')})(?![\\p{L}-]| of\\b)`,
		'iu'
	);
	// "The company became a limited company in 1889 and expanded by acquiring the Leek Brewery
	// Company": a sentence about "the company" before the body is named means something else, and
	// "the company" goes on meaning it.
	const meantBefore = new Set<string>();
	for (const sentence of sentences) {
		const match = pattern.exec(sentence.text);
		if (!match || !/^[Tt]he \p{Ll}/u.test(match[0])) continue;
		const head = match[1].toLowerCase();
		const body = bodies.get(head)!;
		if (body.at >= sentence.index) {
			// "forced to quit the stadium they have raced at": a lead may name it a sentence later.
			if (match.index === 0) meantBefore.add(head);
			continue;
		}
		if (meantBefore.has(head)) continue;
		// "the company's works" in the life of a railway's engineer: any firm may be "the company",
		// so it is the named one only where the headline names it too.
		if (head === 'company' && !sharesNameWord(body.name, headline)) continue;
		found.set(sentence.index, { phrase: match[0], name: body.name });
	}
	return found;
}
