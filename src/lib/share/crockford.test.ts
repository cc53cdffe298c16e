import { describe, expect, it } from 'vitest';
import {
	CROCKFORD_ALPHABET,
	fromCrockford,
	groupCode,
	numberToCrockford,
	toCrockford
} from './crockford';

describe('Crockford base32', () => {
	it('has 32 symbols without I, L, O and U', () => {
		expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
		expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
	});

	it('round-trips every value', () => {
		const values = Array.from({ length: 32 }, (_, i) => i);
		expect(fromCrockford(toCrockford(values))).toEqual(values);
	});

	it('reads lower case, separators and look-alikes as a person means them', () => {
		expect(fromCrockford('ab-cd ef')).toEqual(fromCrockford('ABCDEF'));
		expect(fromCrockford('O0 iI lL1')).toEqual([0, 0, 1, 1, 1, 1, 1]);
	});

	it('refuses U and anything outside the alphabet', () => {
		expect(fromCrockford('ABU')).toBeNull();
		expect(fromCrockford('AB#')).toBeNull();
		expect(fromCrockford('ÅB')).toBeNull();
	});

	it('writes numbers in a fixed width, most significant first', () => {
		expect(numberToCrockford(0, 3)).toBe('000');
		expect(numberToCrockford(33, 2)).toBe('11');
		expect(numberToCrockford(2 ** 40 - 1, 8)).toBe('ZZZZZZZZ');
	});

	it('groups by four with dashes', () => {
		expect(groupCode('ABCDEFGHJ')).toBe('ABCD-EFGH-J');
		expect(groupCode('')).toBe('');
	});
});
