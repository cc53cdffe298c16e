import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter, OutOfBitsError } from './bits';

describe('BitWriter and BitReader', () => {
	it('round-trip fields of any width', () => {
		const fields: [number, number][] = [
			[1, 1],
			[5, 3],
			[200, 8],
			[0, 7],
			[2 ** 40 - 3, 40],
			[37, 6]
		];
		const writer = new BitWriter();
		for (const [value, width] of fields) writer.write(value, width);
		const reader = new BitReader(writer.toFiveBitValues());
		for (const [value, width] of fields) expect(reader.read(width)).toBe(value);
		expect(reader.remaining).toBeLessThan(5);
		expect(reader.restIsZero()).toBe(true);
	});

	it('pads the last symbol with zeros', () => {
		const writer = new BitWriter();
		writer.write(1, 1);
		expect(writer.toFiveBitValues()).toEqual([16]);
	});

	it('throws OutOfBitsError past the end, and sees set padding', () => {
		const reader = new BitReader([0b00001]);
		expect(reader.read(3)).toBe(0);
		expect(reader.restIsZero()).toBe(false);
		expect(() => reader.read(3)).toThrow(OutOfBitsError);
	});
});
