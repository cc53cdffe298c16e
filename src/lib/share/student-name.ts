/** A student's name as it travels in a result code and appears in the class report. */

/** Longest name kept, in characters (code points); longer names are cut. */
export const NAME_MAX_CHARS = 24;

// Control characters and the invisible bidi marks and overrides that could make a name display
// as something else in the report (they are never needed in a name).
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * The canonical form of a name: NFC, no control or bidi characters, single spaces, trimmed, at
 * most NAME_MAX_CHARS characters. May be '' (the screen must then ask again).
 */
export function cleanName(name: string): string {
	const flat = name.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
	const chars = Array.from(flat);
	return chars.length <= NAME_MAX_CHARS ? flat : chars.slice(0, NAME_MAX_CHARS).join('').trim();
}

/** Two names with the same key are the same student: case, spaces and Unicode form ignored. */
export function nameKey(name: string): string {
	return cleanName(name).replace(/\s/gu, '').toLowerCase();
}
