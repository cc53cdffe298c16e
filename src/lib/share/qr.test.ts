import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { addResult, emptyClassReport } from './class-report';
import { quizFingerprint } from './fingerprint';
import { qrFit, qrMatrix, qrModeFor, qrSvgPath, type QrLevel, type QrMode } from './qr';
import { decodeQuizLink, encodeQuizLink } from './quiz-link';
import { decodeResult, encodeResult } from './result-code';
import { quizOf } from './test-fixtures';

/** Whether qrcode-generator can put `length` characters into this exact version. */
function libraryFits(version: number, level: QrLevel, mode: QrMode, length: number): boolean {
	try {
		const code = qrcode(version as Parameters<typeof qrcode>[0], level);
		code.addData((mode === 'Byte' ? 'a' : 'A').repeat(length), mode);
		code.make();
		return true;
	} catch {
		return false;
	}
}

/** Draws a matrix as an RGBA image (4 px per module, 4-module quiet zone) and reads it back. */
function scan(matrix: boolean[][]): string | null {
	const scale = 4;
	const size = (matrix.length + 8) * scale;
	const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
	matrix.forEach((cells, row) =>
		cells.forEach((dark, col) => {
			if (!dark) return;
			for (let y = 0; y < scale; y++) {
				for (let x = 0; x < scale; x++) {
					const at = (((row + 4) * scale + y) * size + (col + 4) * scale + x) * 4;
					pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
				}
			}
		})
	);
	return jsQR(pixels, size, size)?.data ?? null;
}

describe('qrFit', () => {
	it('knows the version 40 capacities', () => {
		expect(qrFit('a'.repeat(2953), 'L')).toMatchObject({ fits: true, version: 40, capacity: 2953 });
		expect(qrFit('a'.repeat(2954), 'L')).toMatchObject({ fits: false, version: null });
		expect(qrFit('a'.repeat(2331), 'M')).toMatchObject({ fits: true, version: 40 });
		expect(qrFit('a'.repeat(2332), 'M').fits).toBe(false);
		expect(qrFit('A'.repeat(4296), 'L')).toMatchObject({ fits: true, mode: 'Alphanumeric' });
		expect(qrFit('A'.repeat(3392), 'M').fits).toBe(false);
	});

	it.each([
		['L', 'Byte'],
		['M', 'Byte'],
		['L', 'Alphanumeric'],
		['M', 'Alphanumeric']
	] as const)('agrees with qrcode-generator at every version boundary (%s, %s)', (level, mode) => {
		const char = mode === 'Byte' ? 'a' : 'A';
		const versionOf = (length: number) => qrFit(char.repeat(length), level).version ?? Infinity;
		for (const version of [1, 9, 10, 26, 27, 40]) {
			// The longest text qrFit puts in this version or a smaller one (binary search).
			let max = 0;
			let over = 5000;
			while (over - max > 1) {
				const mid = (max + over) >> 1;
				if (versionOf(mid) <= version) max = mid;
				else over = mid;
			}
			expect(versionOf(max)).toBe(version);
			expect(libraryFits(version, level, mode, max)).toBe(true);
			expect(libraryFits(version, level, mode, max + 1)).toBe(false);
		}
	});

	it('counts UTF-8 bytes in byte mode', () => {
		expect(qrFit('é'.repeat(10)).length).toBe(20);
	});

	it('uses alphanumeric mode only for its character set', () => {
		expect(qrModeFor('12HN-53AF')).toBe('Alphanumeric');
		expect(qrModeFor('12hn-53af')).toBe('Byte');
		expect(qrModeFor('https://x.example/join#q=A')).toBe('Byte');
	});
});

describe('qrMatrix', () => {
	it.each([
		['a link', 'https://factdeck.example/join#q=AQAAHxyz-_09', 'L'],
		['a result code', '12HN-53AF-Z195-VSEY-07D3-1120-Z90H-WN7', 'M'],
		['non-ASCII text', 'Zoë Łukasz ✓', 'M']
	] as const)('draws %s that a QR reader reads back', (_, text, level) => {
		const matrix = qrMatrix(text, level)!;
		expect(matrix).toHaveLength(qrFit(text, level).modules!);
		expect(scan(matrix)).toBe(text);
	});

	it('reads back a large link', () => {
		const text = 'https://factdeck.example/join#q=' + 'Ab3_-x'.repeat(300);
		const matrix = qrMatrix(text, 'L')!;
		expect(scan(matrix)).toBe(text);
	});

	it('returns null when the text does not fit', () => {
		expect(qrMatrix('a'.repeat(2954), 'L')).toBeNull();
	});
});

describe('qrSvgPath', () => {
	it('covers exactly the dark modules, offset by the quiet zone', () => {
		const matrix = [
			[true, true, false],
			[false, true, false],
			[true, false, true]
		];
		const svg = qrSvgPath(matrix, 2);
		expect(svg.size).toBe(7);
		expect(svg.path).toBe('M2 2h2v1h-2zM3 3h1v1h-1zM2 4h1v1h-1zM4 4h1v1h-1z');
	});

	it('draws nothing for an empty matrix row', () => {
		expect(qrSvgPath([[false, false]]).path).toBe('');
	});
});

describe('the whole trip through QR codes', () => {
	it('carries a quiz to a student and the result back to the teacher', () => {
		const quiz = quizOf(8);
		const link = encodeQuizLink(quiz, 'https://factdeck.example');
		const scannedLink = scan(qrMatrix(link, 'L')!);
		const opened = decodeQuizLink(scannedLink!);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;

		const choices = opened.quiz.questions.map((q, i) => (i === 0 ? (q.answer + 1) % 4 : q.answer));
		const code = encodeResult({ fingerprint: quizFingerprint(opened.quiz), name: 'Noor', choices });
		expect(qrFit(code, 'M').mode).toBe('Alphanumeric');
		const scannedCode = scan(qrMatrix(code, 'M')!);

		const report = emptyClassReport(quiz);
		const read = decodeResult(scannedCode!, report.fingerprint);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		const added = addResult(report, read.result);
		expect(added.ok && added.report.students[0]).toMatchObject({ name: 'Noor', score: 7 });
		expect(added.ok && added.report.questions[0].wrongOptions[0].count).toBe(1);
	});
});
