/**
 * `npm run --silent generate -- <file|-> [--count N] [--seed S] [--asides] [--json] [--format F]`
 * Prints the quiz the app would make from an article; `--format gift|aiken|csv|csv-quizizz|anki|json`
 * prints it as the file the app's Export screen would give. Exit status 2, with one line on stderr, when
 * the input is missing, empty, binary or has no sentences; 1 when valid text yields no question.
 */
import { pathToFileURL } from 'node:url';
import { checkArticleText } from '../src/lib/core/article-text';
import type { Question } from '../src/lib/core/quiz';
import { exportQuiz, parseExportFormat, type ExportFormat } from '../src/lib/formats/export';
import { generateQuiz, type GeneratedQuiz } from '../src/lib/generator/index';
import { readInput, readStdinSync } from './read-input';

export interface CliIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => Uint8Array;
}

interface GenerateArgs {
	path: string;
	count?: number;
	seed?: number;
	json: boolean;
	/** Also ask about what the article mentions in passing (the engine's `asides`). */
	asides: boolean;
	format?: ExportFormat;
}

const USAGE =
	'Usage: npm run --silent generate -- <file|-> [--count N] [--seed S] [--asides] [--json] [--format gift|aiken|csv|csv-quizizz|anki|json]';

function parseArgs(args: readonly string[]): GenerateArgs | string {
	let path: string | undefined;
	let count: number | undefined;
	let seed: number | undefined;
	let json = false;
	let asides = false;
	let format: ExportFormat | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--json') json = true;
		else if (arg === '--asides') asides = true;
		else if (arg === '--format') {
			format = parseExportFormat(args[++i] ?? '');
			if (!format) return `Unknown format ${args[i] ?? '(none)'}. ${USAGE}`;
		} else if (arg === '--count' || arg === '--seed') {
			const value = Number(args[++i]);
			if (!Number.isInteger(value) || value < (arg === '--count' ? 1 : 0))
				return `${arg} needs a whole number. ${USAGE}`;
			if (arg === '--count') count = value;
			else seed = value;
		} else if (arg.startsWith('--')) return `Unknown option ${arg}. ${USAGE}`;
		else if (path === undefined) path = arg;
		else return `Only one input file, please. ${USAGE}`;
	}
	if (path === undefined) return `No input given. ${USAGE}`;
	return { path, count, seed, json, asides, format };
}

const LETTERS = ['A', 'B', 'C', 'D'];

export function formatReadable(quiz: GeneratedQuiz): string {
	const lines = [quiz.title, ''];
	quiz.questions.forEach((question: Question, i) => {
		lines.push(`${i + 1}. [${question.kind}] ${question.prompt}`);
		question.options.forEach((option, j) => {
			lines.push(`   ${LETTERS[j]}) ${option}${j === question.answer ? '   <- right answer' : ''}`);
		});
		lines.push(`   Source: ${question.source.text.replace(/\s+/g, ' ').trim()}`, '');
	});
	return lines.join('\n');
}

export function runGenerate(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		io.stderr(parsed);
		return 2;
	}
	const input = readInput(parsed.path, io.readStdin);
	if (!input.ok) {
		io.stderr(input.reason);
		return 2;
	}
	const check = checkArticleText(input.text);
	if (!check.ok) {
		io.stderr(check.reason);
		return 2;
	}
	const quiz = generateQuiz(input.text, {
		count: parsed.count,
		seed: parsed.seed,
		asides: parsed.asides
	});
	if (parsed.format && quiz.questions.length > 0) {
		io.stdout(exportQuiz({ title: quiz.title, questions: quiz.questions }, parsed.format).content);
	} else if (parsed.json) {
		io.stdout(JSON.stringify({ title: quiz.title, questions: quiz.questions }, null, 2));
	} else {
		io.stdout(formatReadable(quiz));
	}
	if (quiz.questions.length === 0) {
		io.stderr(quiz.reason ?? 'No questions could be made from this text.');
		return 1;
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = runGenerate(process.argv.slice(2), {
		stdout: (text) => process.stdout.write(text + '\n'),
		stderr: (text) => process.stderr.write(text.replace(/\s+/g, ' ').trim() + '\n'),
		readStdin: readStdinSync
	});
}
