import { describe, expect, it } from 'vitest';
import { cleanName, nameKey, NAME_MAX_CHARS } from './student-name';

describe('cleanName', () => {
	it('collapses spaces and trims', () => {
		expect(cleanName('  Amira \t  K  ')).toBe('Amira K');
	});

	it('removes control and bidi characters', () => {
		expect(cleanName('Ann\u202Eeil\u0007')).toBe('Anneil');
	});

	it('normalises to NFC', () => {
		expect(cleanName('Zoe\u0308')).toBe('Zo\u00eb');
	});

	it('cuts to the limit in characters, not UTF-16 units', () => {
		const long = '😀'.repeat(NAME_MAX_CHARS + 5);
		expect(Array.from(cleanName(long))).toHaveLength(NAME_MAX_CHARS);
		expect(cleanName('a'.repeat(NAME_MAX_CHARS - 1) + ' bcd')).toBe('a'.repeat(NAME_MAX_CHARS - 1));
	});

	it('may come out empty', () => {
		expect(cleanName(' \u200e ')).toBe('');
	});
});

describe('nameKey', () => {
	it('ignores case and spaces', () => {
		expect(nameKey('Amira K')).toBe(nameKey(' amira  k'));
		expect(nameKey('AmiraK')).toBe(nameKey('amira k'));
		expect(nameKey('Amira K')).not.toBe(nameKey('Amira L'));
	});
});
