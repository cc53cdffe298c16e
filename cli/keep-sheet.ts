/**
 * `npm run --silent keep-sheet -- <sheet.md>... [--dir eval/reviews/sheets]`
 * Keeps the questions of a review sheet, as the reviewers saw them, beside their verdicts: one JSON
 * line per question in `<dir>/<set>.jsonl`, the set named by the sheet's folder. `npm run rejudge`
 * matches today's engine against these.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isWhole, parseReviewSheet, sheetFolder } from './review-sheet';

export const SHEETS_DIR = 'eval/reviews/sheets';

export function runKeepSheet(args: readonly string[]): number {
	let dir = SHEETS_DIR;
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--dir') dir = args[++i] ?? dir;
		else files.push(args[i]);
	}
	if (files.length === 0) {
		console.error('Usage: npm run keep-sheet -- <sheet.md>... [--dir eval/reviews/sheets]');
		return 2;
	}
	// Read and check every sheet before writing any, so a bad one leaves nothing half-kept.
	const kept: { path: string; lines: string }[] = [];
	for (const file of files) {
		let markdown: string;
		try {
			markdown = readFileSync(file, 'utf8');
		} catch {
			console.error(`Cannot read ${file}`);
			return 2;
		}
		const folder = sheetFolder(markdown);
		if (!folder) {
			console.error(`${file} is not a review sheet: it has no "Folder: …" line`);
			return 2;
		}
		const questions = parseReviewSheet(markdown);
		const broken = questions.find((question) => !isWhole(question));
		if (broken) {
			console.error(`${file}: ${broken.id} lacks a prompt, four options or a marked answer`);
			return 2;
		}
		const lines = questions
			.map(({ id, kind, prompt, options, answer }) =>
				JSON.stringify({ id, kind, prompt, options, answer })
			)
			.join('\n');
		kept.push({ path: join(dir, `${basename(folder)}.jsonl`), lines: lines ? lines + '\n' : '' });
	}
	mkdirSync(dir, { recursive: true });
	for (const { path, lines } of kept) {
		writeFileSync(path, lines);
		console.log(`${path}: ${lines.split('\n').filter(Boolean).length} questions`);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = runKeepSheet(process.argv.slice(2));
}
