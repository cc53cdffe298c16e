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
	athlete: ['runner', 'champion', 'athlete', 'sprinter', 'cyclist', 'rider', 'driver', 'swimmer'],
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

function groupOfToken(token: Token | undefined): string | undefined {
	return token ? GROUP_OF.get(token.normal.replace(/'s$/, '')) : undefined;
}

/**
 * The role group of a person where this fact names them: a role word just before the name, past
 * at most two modifiers ("Green MEP", "Yukos chief executive"), or an apposition after it ("X, a
 * lawyer for Y,").
 */
export function roleOf(fact: Fact): string | undefined {
	const tokens = fact.sentence.tokens;
	for (let i = fact.first - 1; i >= Math.max(0, fact.first - 3); i--) {
		const group = groupOfToken(tokens[i]);
		if (group) return group;
		if (/[,;:.]/.test(tokens[i].post)) break;
	}
	if (!/,/.test(tokens[fact.last].post)) return undefined;
	for (let i = fact.last + 1; i < Math.min(tokens.length, fact.last + 6); i++) {
		const group = groupOfToken(tokens[i]);
		if (group) return group;
		if (/,/.test(tokens[i].post) || tokens[i].tags.has('Verb')) break;
	}
	return undefined;
}
