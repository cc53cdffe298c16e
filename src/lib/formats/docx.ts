import { unzipSync } from 'fflate';

/**
 * The text of a Word .docx file, by mammoth's `extractRawText` (one paragraph per Word paragraph).
 * mammoth is loaded with a dynamic import, so it is fetched only when a .docx is opened; its
 * package.json "browser" field swaps its Node file access for an ArrayBuffer reader, which Vite
 * honours in the browser build.
 *
 * Before mammoth runs, the zip's directory is read (without inflating anything) to refuse files that
 * are not Word documents and "zip bombs" whose contents would inflate past MAX_UNZIPPED_BYTES.
 */

export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** The part of mammoth this module uses. */
export interface DocxTextExtractor {
	extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

export async function loadMammoth(): Promise<DocxTextExtractor> {
	const module = await import('mammoth');
	// A CommonJS package: the functions sit on `default` in some bundlings, at the top in others.
	const candidate = (module as { default?: unknown }).default ?? module;
	return candidate as DocxTextExtractor;
}

export type DocxText = { ok: true; text: string } | { ok: false; reason: string };

const NOT_WORD = 'This .docx file could not be read: it is damaged or not a Word document.';

/** Checks the zip directory: a Word body is present and the whole does not inflate too far. */
export function checkDocxZip(bytes: Uint8Array): DocxText | undefined {
	let total = 0;
	let hasBody = false;
	try {
		unzipSync(bytes, {
			filter(file) {
				total += file.originalSize;
				if (file.name === 'word/document.xml') hasBody = true;
				return false;
			}
		});
	} catch {
		return { ok: false, reason: NOT_WORD };
	}
	if (!hasBody) return { ok: false, reason: NOT_WORD };
	if (total > MAX_UNZIPPED_BYTES) {
		return {
			ok: false,
			reason: 'This .docx file unpacks to more than 50 MB, too much to read safely.'
		};
	}
	return undefined;
}

export async function readDocxText(
	bytes: Uint8Array,
	load: () => Promise<DocxTextExtractor> = loadMammoth
): Promise<DocxText> {
	const refused = checkDocxZip(bytes);
	if (refused) return refused;
	const arrayBuffer = bytes.buffer.slice(
		bytes.byteOffset,
		bytes.byteOffset + bytes.byteLength
	) as ArrayBuffer;
	try {
		const mammoth = await load();
		// `arrayBuffer` is what mammoth's browser build reads; its Node build (the CLI, unit tests)
		// reads `buffer`, and the zip library under it takes an ArrayBuffer there too.
		const input = { arrayBuffer, buffer: arrayBuffer };
		const result = await mammoth.extractRawText(input);
		return { ok: true, text: result.value };
	} catch {
		return { ok: false, reason: NOT_WORD };
	}
}
