/** Reads an article for the command-line tools: a file path, or `-` for standard input. */
import { readFileSync } from 'node:fs';

export type InputResult = { ok: true; text: string } | { ok: false; reason: string };

function decode(bytes: Uint8Array, name: string): InputResult {
	if (bytes.includes(0)) return { ok: false, reason: `${name} is a binary file, not text.` };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, reason: `${name} is not UTF-8 text (binary or another encoding).` };
	}
}

export function readInput(path: string, readStdin: () => Uint8Array): InputResult {
	if (path === '-') return decode(readStdin(), 'Standard input');
	try {
		return decode(readFileSync(path), path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { ok: false, reason: `No such file: ${path}` };
		if (code === 'EISDIR') return { ok: false, reason: `${path} is a folder, not a file.` };
		return { ok: false, reason: `Cannot read ${path}: ${code ?? 'unknown error'}` };
	}
}

export function readStdinSync(): Uint8Array {
	try {
		return readFileSync(0);
	} catch {
		return new Uint8Array();
	}
}
