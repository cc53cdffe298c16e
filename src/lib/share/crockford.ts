/**
 * Crockford base32: digits and upper-case letters without I, L, O and U, so a code read aloud or
 * typed from a phone screen survives case changes and the usual look-alike mistakes.
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE_OF = new Map<string, number>();
for (let i = 0; i < CROCKFORD_ALPHABET.length; i++) VALUE_OF.set(CROCKFORD_ALPHABET[i], i);
// Look-alikes a person may type for a digit.
VALUE_OF.set('O', 0);
VALUE_OF.set('I', 1);
VALUE_OF.set('L', 1);

/** Characters a person may put between groups, or that a paste may bring along. */
const SEPARATORS = /[\s\-–—_.]/g;

/** One symbol per 5-bit value. */
export function toCrockford(values: readonly number[]): string {
	let out = '';
	for (const value of values) out += CROCKFORD_ALPHABET[value & 31];
	return out;
}

/**
 * The 5-bit values of a typed code: case-insensitive, separators ignored, O/I/L read as 0/1.
 * Null when any other character is present.
 */
export function fromCrockford(text: string): number[] | null {
	const values: number[] = [];
	for (const char of text.replace(SEPARATORS, '').toUpperCase()) {
		const value = VALUE_OF.get(char);
		if (value === undefined) return null;
		values.push(value);
	}
	return values;
}

/** Encodes a non-negative integer below 2^53 in exactly `length` symbols. */
export function numberToCrockford(value: number, length: number): string {
	const values: number[] = [];
	let rest = value;
	for (let i = 0; i < length; i++) {
		values.unshift(rest % 32);
		rest = Math.floor(rest / 32);
	}
	return toCrockford(values);
}

/** Splits a code into dash-separated groups for reading and typing. */
export function groupCode(code: string, size = 4): string {
	const groups: string[] = [];
	for (let i = 0; i < code.length; i += size) groups.push(code.slice(i, i + size));
	return groups.join('-');
}
