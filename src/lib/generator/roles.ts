/**
 * What a person does, as the article says it next to the name ("winger Shane Williams", "Zack
 * Clement, a lawyer for Yukos"). A wrong option for "Who …?" must be someone of the same kind: a
 * director offered for a best-actor nomination, or a lawyer for a goal, is ruled out at a glance.
 */
import type { Fact } from './facts';
import type { Token } from './sentences';

/** Role words, grouped by what the people in a group could plausibly have done in each other's place. */
const ROLE_GROUPS: Record<string, readonly string[]> = {
	player: [
		'player',
		'striker',
		'winger',
		'midfielder',
		'defender',
		'forward',
		'full-back',
		'fly-half',
		'scrum-half',
		'centre',
		'flanker',
		'prop',
		'lock',
		'hooker',
		'substitute',
		'skipper',
		'captain',
		'international',
		'batsman',
		'bowler',
		'all-rounder'
	],
	keeper: ['keeper', 'goalkeeper', 'goalie'],
	coach: ['coach', 'manager', 'boss', 'trainer'],
	referee: ['referee', 'umpire', 'official'],
	athlete: [
		'runner',
		'champion',
		'athlete',
		'sprinter',
		'cyclist',
		'rider',
		'jockey',
		'driver',
		'swimmer'
	],
	politician: [
		'mp',
		'mep',
		'minister',
		'secretary',
		'senator',
		'chancellor',
		'president',
		'leader',
		'governor',
		'mayor',
		'councillor',
		'candidate',
		'challenger',
		'spokesman',
		'spokeswoman',
		'congressman',
		'congresswoman'
	],
	executive: ['executive', 'chairman', 'chairwoman', 'founder', 'ceo', 'boss', 'head'],
	legal: ['lawyer', 'attorney', 'prosecutor', 'judge', 'solicitor', 'barrister'],
	analyst: ['analyst', 'economist', 'strategist', 'expert', 'researcher', 'professor'],
	actor: ['actor', 'actress', 'star'],
	filmmaker: ['director', 'producer', 'filmmaker', 'screenwriter', 'writer'],
	musician: ['singer', 'rapper', 'musician', 'guitarist', 'drummer', 'bassist', 'dj', 'songwriter'],
	author: ['author', 'novelist', 'poet', 'journalist', 'editor'],
	scientist: ['scientist', 'engineer', 'inventor', 'doctor', 'surgeon']
};

const GROUP_OF = new Map<string, string>();
for (const [group, words] of Object.entries(ROLE_GROUPS)) {
	for (const word of words) if (!GROUP_OF.has(word)) GROUP_OF.set(word, group);
}

function groupOfWord(word: string): string | undefined {
	// "actresses Cate Blanchett and …", "directors Ana Ruiz and …": a plural role names a group.
	const singular = word.replace(/(ss)es$/, '$1').replace(/([^s])s$/, '$1');
	return GROUP_OF.get(word) ?? GROUP_OF.get(singular);
}

/** Role words that describe firms, horses or places too: "oil producer Cromore Energy". */
const NOT_ONLY_PEOPLE = new Set([
	'producer',
	'international',
	'official',
	'head',
	'centre',
	'champion'
]);

/** Whether a lower-case word is a person's role ("winger", "jockey"): what it stands before is a person. */
export function isRoleWord(word: string): boolean {
	return groupOfWord(word) !== undefined && !NOT_ONLY_PEOPLE.has(word);
}

/** The role group of the word at `i`, or of it joined to the word before ("film-makers" is split). */
function groupAt(tokens: readonly Token[], i: number): string | undefined {
	const token = tokens[i];
	if (!token) return undefined;
	const word = token.normal.replace(/'s$/, '');
	const joined = i > 0 && tokens[i - 1].post === '-' ? tokens[i - 1].normal + word : undefined;
	return groupOfWord(word) ?? (joined ? groupOfWord(joined) : undefined);
}

/** A word of a name in a list of names: "Roger Michell," or "and" before the next one. */
function isListedNameWord(token: Token): boolean {
	return token.normal === 'and' || (token.tags.has('Person') && /^\p{Lu}/u.test(token.text));
}

/**
 * The role group of a person where this fact names them: a role word just before the name, past
 * at most two modifiers ("Green MEP", "Yukos chief executive"), or an apposition after it ("X, a
 * lawyer for Y,").
 */
export function roleOf(fact: Fact): string | undefined {
	const tokens = fact.sentence.tokens;
	// The names listed before this one share its role word: "film-makers Roger Michell, Mike Leigh and
	// Pavel Pavlikowsky".
	let start = fact.first;
	while (start > 0 && fact.first - start < 12 && isListedNameWord(tokens[start - 1])) {
		const group = groupAt(tokens, start - 1);
		if (group) return group;
		start--;
	}
	if (start < fact.first && tokens[start].normal === 'and') return undefined;
	for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
		const group = groupAt(tokens, i);
		if (group) return group;
		if (/[,;:.]/.test(tokens[i].post)) break;
	}
	if (!/,/.test(tokens[fact.last].post)) return undefined;
	for (let i = fact.last + 1; i < Math.min(tokens.length, fact.last + 6); i++) {
		const group = groupAt(tokens, i);
		if (group) return group;
		if (/,/.test(tokens[i].post) || tokens[i].tags.has('Verb')) break;
	}
	return undefined;
}

/**
 * The role a sentence gives its subject through what it did ("Ana Ruiz wins a best actress
 * nomination"): a role word after the name that is not itself before another name ("beat Irish
 * international Jo Byrne" is Jo Byrne's role).
 */
export function roleInPredicate(fact: Fact): string | undefined {
	const tokens = fact.sentence.tokens;
	for (let i = fact.last + 1; i < tokens.length; i++) {
		const group = groupAt(tokens, i);
		if (!group) continue;
		const beforeName = [1, 2].some((step) => isListedNameWord(tokens[i + step] ?? tokens[i]));
		if (!beforeName) return group;
	}
	return undefined;
}
