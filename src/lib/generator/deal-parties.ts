/**
 * The two sides of a deal a news lead reports: the club a signing leaves ("sign … from Kalmarvik
 * FF") and the buyer a takeover names after its description ("taken over by the French dairy group
 * Laiteries Vermandel"), so that "the Swedish club" and "The French group" can be named.
 */
import type { Token } from './sentences';
import { escapeRegExp } from './regexp';

export const CLUB_HEADS = /^(club|side|team|outfit)$/;

/** Words that say where a player comes from, not which club: "Swedish", "South African". */
const DEMONYM = /(ish|ian|ese|an|ic|ch|i)$/;
/** Club names that end like a demonym. */
const CLUB_WORD = /^(Athletic|Celtic|Olympic)$/;

/**
 * The club a lead's player leaves: "sign … from Kalmarvik FF", "sign Oakstead United striker Darren
 * Sellars". Not "sign Swedish striker …", which says only where he is from.
 */
export function sellingClub(leadAfterName: string): string | undefined {
	const name = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*`;
	const from = new RegExp(String.raw`\bfrom (${name})`, 'u').exec(leadAfterName)?.[1];
	const before = new RegExp(String.raw`\bsign\w* (${name}) (${PLAYING_ROLE})\b`, 'u').exec(
		leadAfterName
	)?.[1];
	const club = from ?? before;
	const last = club?.split(' ').at(-1) ?? '';
	if (!club || (DEMONYM.test(last) && !CLUB_WORD.test(last))) return undefined;
	return club;
}

const PLAYING_ROLE =
	'striker|midfielder|defender|winger|forward|goalkeeper|keeper|full-back|centre-back|captain|prop|hooker|fly-half|scrum-half|lock|flanker|centre|batsman|bowler|all-rounder|player';

/** "sign Oakstead United striker Darren Sellars", not "after signing up 200,000 new customers". */
export const SIGNS_PLAYER = new RegExp(
	String.raw`\bsign(s|ed|ing)? [^.]*\b(${PLAYING_ROLE})\b`,
	'u'
);

/** Whether each word between "the" and the head ("League One") is in the subject's own description. */
export function modifiersDescribe(modifiers: readonly Token[], description: string): boolean {
	return modifiers.every((token) =>
		new RegExp(`(^|[^\\p{L}])${escapeRegExp(token.text)}(?![\\p{L}])`, 'iu').test(description)
	);
}

/**
 * The buyer a lead describes before naming it: "taken over by the French dairy group Laiteries
 * Vermandel" → its head "group", its description and its name; "the Swiss precision toolmaker
 * Hofstetter Schneidwaren" → "toolmaker".
 */
export function describedBuyer(
	leadAfterName: string
): { head: string; description: string; name: string } | undefined {
	const match = new RegExp(
		String.raw`\b(?:sold to|taken over by|bought by|acquired by)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(group|giant|firm|company|\p{Ll}*maker|manufacturer|retailer|chain))\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)`,
		'u'
	).exec(leadAfterName);
	if (!match) return undefined;
	return { description: match[1], head: match[2], name: match[3] };
}
