import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { runKeepSheet } from './keep-sheet';
import { readKeptSheet } from './rejudge';

const FIXTURE = new URL('./fixtures/review-sheet.md', import.meta.url).pathname;

describe('keep-sheet', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'keep-sheet-'));
		vi.spyOn(console, 'log').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterEach(() => {
		rmSync(dir, { recursive: true, force: true });
		vi.restoreAllMocks();
	});

	it('keeps a sheet under its set name, and rejudge reads it back', () => {
		expect(runKeepSheet([FIXTURE, '--dir', dir])).toBe(0);
		const kept = readKeptSheet(readFileSync(join(dir, 'fresh900.jsonl'), 'utf8'));
		expect(kept).not.toBeTypeOf('string');
		expect((kept as { id: string }[]).map((q) => q.id)).toEqual([
			'fresh900-01 #1',
			'fresh900-01 #2'
		]);
	});

	it('writes nothing when one of the sheets is broken', () => {
		const broken = join(dir, 'broken.md');
		const text = readFileSync(FIXTURE, 'utf8')
			.replace('Folder: eval/fresh900', 'Folder: eval/fresh901')
			.replace(' **(right)**', '');
		writeFileSync(broken, text);
		expect(runKeepSheet([FIXTURE, broken, '--dir', dir])).toBe(2);
		expect(console.error).toHaveBeenCalledWith(
			expect.stringMatching(/broken\.md: fresh900-01 #1 lacks/)
		);
		expect(existsSync(join(dir, 'fresh900.jsonl'))).toBe(false);
	});

	it('refuses a file that is not a review sheet', () => {
		const notes = join(dir, 'notes.md');
		writeFileSync(notes, '# Notes\n\nNothing to keep.\n');
		expect(runKeepSheet([notes, '--dir', dir])).toBe(2);
		expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/not a review sheet/));
	});
});
