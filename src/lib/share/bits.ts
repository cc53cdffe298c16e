/** Bit-level packing for the result code, whose fields are not byte-aligned. */

export class BitWriter {
	readonly bits: number[] = [];

	/** Appends `value` as `width` bits, most significant first. */
	write(value: number, width: number): void {
		for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
	}

	/** The bits as 5-bit values, the last one padded with zeros. */
	toFiveBitValues(): number[] {
		const values: number[] = [];
		for (let i = 0; i < this.bits.length; i += 5) {
			let value = 0;
			for (let j = 0; j < 5; j++) value = value * 2 + (this.bits[i + j] ?? 0);
			values.push(value);
		}
		return values;
	}
}

/** Thrown by BitReader when a field runs past the end; callers turn it into a "malformed" result. */
export class OutOfBitsError extends Error {}

export class BitReader {
	private readonly bits: number[] = [];
	private at = 0;

	constructor(fiveBitValues: readonly number[]) {
		for (const value of fiveBitValues) {
			for (let i = 4; i >= 0; i--) this.bits.push((value >> i) & 1);
		}
	}

	read(width: number): number {
		if (this.at + width > this.bits.length) throw new OutOfBitsError('The code ends too early.');
		let value = 0;
		for (let i = 0; i < width; i++) value = value * 2 + this.bits[this.at++];
		return value;
	}

	get remaining(): number {
		return this.bits.length - this.at;
	}

	/** True when every bit left is zero (the padding an encoder writes). */
	restIsZero(): boolean {
		return this.bits.slice(this.at).every((bit) => bit === 0);
	}
}
