import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerate, type CliIo } from './generate';
import { HARBOUR_ARTICLE } from '../src/lib/generator/fixtures.test-data';

function run(args: string[], stdin = ''): { code: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = {
		stdout: (text) => out.push(text),
		stderr: (text) => err.push(text),
		readStdin: () => new TextEncoder().encode(stdin)
	};
	return { code: runGenerate(args, io), out, err };
}

const folder = mkdtempSync(join(tmpdir(), 'factdeck-cli-'));
const write = (name: string, content: string | Uint8Array) => {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
};

describe('generate CLI', () => {
	it('prints a readable quiz with the right answers marked', () => {
		const result = run([write('article.txt', HARBOUR_ARTICLE)]);
		expect(result.code).toBe(0);
		expect(result.out.join('\n')).toContain('<- right answer');
		expect(result.err).toEqual([]);
	});

	it('prints title and questions as JSON with --json, honouring --count', () => {
		const result = run(['-', '--json', '--count', '2', '--seed', '3', '--asides'], HARBOUR_ARTICLE);
		expect(result.code).toBe(0);
		const parsed = JSON.parse(result.out.join('\n')) as { title: string; questions: unknown[] };
		expect(parsed.title).toBe('Harbour town opens new bridge');
		expect(parsed.questions).toHaveLength(2);
	});

	it('asks about what the article mentions in passing only with --asides', () => {
		const prompts = (args: string[]) =>
			(
				JSON.parse(run(['-', '--json', ...args], HARBOUR_ARTICLE).out.join('\n')) as {
					questions: { prompt: string }[];
				}
			).questions.map((question) => question.prompt);
		const strict = prompts([]);
		const all = prompts(['--asides']);
		expect(all.length).toBeGreaterThan(strict.length);
		for (const prompt of strict) expect(all).toContain(prompt);
		expect(strict.some((prompt) => /Priya Raman/.test(prompt))).toBe(false);
		expect(all.some((prompt) => /Priya Raman/.test(prompt))).toBe(true);
	});

	it.each([
		['gift', '::'],
		['aiken', 'ANSWER: '],
		['csv', 'Question'],
		['anki', '#separator:tab'],
		['json', '"format": "factdeck-quiz"']
	])('prints the quiz as a %s file with --format', (format, marker) => {
		const result = run(['-', '--format', format, '--count', '3'], HARBOUR_ARTICLE);
		expect(result.code).toBe(0);
		expect(result.out.join('\n')).toContain(marker);
	});

	it('refuses an unknown format with exit 2', () => {
		const result = run(['-', '--format', 'docx'], HARBOUR_ARTICLE);
		expect(result.code).toBe(2);
		expect(result.err[0]).toContain('Unknown format docx');
	});

	it.each([
		['a missing file', [join(folder, 'nope.txt')], ''],
		['an empty file', [write('empty.txt', '')], ''],
		['empty standard input', ['-'], ''],
		['a binary file', [write('binary.bin', new Uint8Array([0, 159, 146, 150, 0, 1, 2]))], ''],
		['text without sentences', [write('words.txt', 'bridge harbour mayor')], ''],
		['no argument at all', [], ''],
		['a bad --count', [write('ok.txt', HARBOUR_ARTICLE), '--count', 'many'], '']
	])('exits 2 with one line on stderr for %s', (_name, args, stdin) => {
		const result = run(args, stdin);
		expect(result.code).toBe(2);
		expect(result.err).toHaveLength(1);
		expect(result.err[0]).not.toContain('\n');
		expect(result.out).toEqual([]);
	});
});
