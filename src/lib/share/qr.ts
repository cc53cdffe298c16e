import qrcode from 'qrcode-generator';

/**
 * QR codes for share links and result codes.
 *
 * Error correction: quiz links use level L (7% of the symbol may be damaged), the largest capacity,
 * since they are shown on a clean screen or projector; result codes use level M (15%), as they are
 * short and scanned from a phone held by a student. Capacities below are the ISO/IEC 18004 figures
 * (version 40: 2,953 bytes at L, 2,331 at M; alphanumeric 4,296 at L, 3,391 at M), as used by
 * qrcode-generator; qr.test.ts checks them against the library.
 */

export type QrLevel = 'L' | 'M';
export type QrMode = 'Byte' | 'Alphanumeric';

/** Characters a QR code stores in alphanumeric mode (5.5 bits each instead of 8). */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** Maximum characters (alphanumeric) or bytes (byte mode) for versions 1–40. */
const CAPACITY: Record<QrLevel, Record<QrMode, readonly number[]>> = {
	L: {
		Byte: [
			17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792,
			858, 929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303,
			2431, 2563, 2699, 2809, 2953
		],
		Alphanumeric: [
			25, 47, 77, 114, 154, 195, 224, 279, 335, 395, 468, 535, 619, 667, 758, 854, 938, 1046, 1153,
			1249, 1352, 1460, 1588, 1704, 1853, 1990, 2132, 2223, 2369, 2520, 2677, 2840, 3009, 3183,
			3351, 3537, 3729, 3927, 4087, 4296
		]
	},
	M: {
		Byte: [
			14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
			711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911,
			1989, 2099, 2213, 2331
		],
		Alphanumeric: [
			20, 38, 61, 90, 122, 154, 178, 221, 262, 311, 366, 419, 483, 528, 600, 656, 734, 816, 909,
			970, 1035, 1134, 1248, 1326, 1451, 1542, 1637, 1732, 1839, 1994, 2113, 2238, 2369, 2506, 2632,
			2780, 2894, 3054, 3220, 3391
		]
	}
};

/** Versions above this are hard to scan from a phone at classroom distance; the screen may warn. */
export const QR_COMFORTABLE_VERSION = 25;

export interface QrFit {
	/** True when the text fits in a single QR code at this level. */
	fits: boolean;
	/** Smallest version (1–40) that holds it; null when it does not fit. */
	version: number | null;
	/** Modules per side (version × 4 + 17); null when it does not fit. */
	modules: number | null;
	mode: QrMode;
	/** Characters (alphanumeric) or UTF-8 bytes (byte mode) the text takes. */
	length: number;
	/** The most a single code holds at this level and mode (version 40). */
	capacity: number;
}

const utf8 = new TextEncoder();

export function qrModeFor(text: string): QrMode {
	return ALPHANUMERIC.test(text) ? 'Alphanumeric' : 'Byte';
}

/** Whether `text` fits one QR code, and in which version. */
export function qrFit(text: string, level: QrLevel = 'L'): QrFit {
	const mode = qrModeFor(text);
	const length = mode === 'Alphanumeric' ? text.length : utf8.encode(text).length;
	const table = CAPACITY[level][mode];
	const index = table.findIndex((max) => length <= max);
	const version = index < 0 ? null : index + 1;
	return {
		fits: version !== null,
		version,
		modules: version === null ? null : version * 4 + 17,
		mode,
		length,
		capacity: table[table.length - 1]
	};
}

/** qrcode-generator's byte mode takes one character per byte: give it the UTF-8 bytes. */
function asByteString(text: string): string {
	let out = '';
	for (const byte of utf8.encode(text)) out += String.fromCharCode(byte);
	return out;
}

/**
 * The QR code of `text` as rows of modules (true = dark), without the quiet zone; null when the
 * text does not fit one code.
 */
export function qrMatrix(text: string, level: QrLevel = 'L'): boolean[][] | null {
	const fit = qrFit(text, level);
	if (fit.version === null) return null;
	const code = qrcode(fit.version as Parameters<typeof qrcode>[0], level);
	code.addData(fit.mode === 'Byte' ? asByteString(text) : text, fit.mode);
	code.make();
	const size = code.getModuleCount();
	const rows: boolean[][] = [];
	for (let row = 0; row < size; row++) {
		const cells: boolean[] = [];
		for (let col = 0; col < size; col++) cells.push(code.isDark(row, col));
		rows.push(cells);
	}
	return rows;
}

export interface QrSvg {
	/** Width and height for the SVG viewBox: `0 0 ${size} ${size}` (modules plus quiet zone). */
	size: number;
	/** One path `d` for every dark module, in module units. */
	path: string;
}

/**
 * An SVG drawing of a module matrix: `<svg viewBox="0 0 {size} {size}"><path d={path} /></svg>`,
 * with a white background behind it. `margin` is the quiet zone in modules (the standard asks 4).
 * Each run of dark modules in a row becomes one rectangle, which keeps the path short.
 */
export function qrSvgPath(matrix: readonly (readonly boolean[])[], margin = 4): QrSvg {
	const parts: string[] = [];
	matrix.forEach((cells, row) => {
		let col = 0;
		while (col < cells.length) {
			if (!cells[col]) {
				col++;
				continue;
			}
			const start = col;
			while (col < cells.length && cells[col]) col++;
			parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
		}
	});
	return { size: matrix.length + 2 * margin, path: parts.join('') };
}
