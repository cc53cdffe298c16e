/**
 * `npm run eval -- <folder> [--out eval-out/review.md] [--count N] [--seed S]`
 * Runs the generator over every .txt in a folder, prints the structural checks per article and
 * writes a markdown review sheet (each question beside its source sentence) for judging by hand.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { countWords } from '../src/lib/core/article-text';
import type { Question } from '../src/lib/core/quiz';
import { generateQuiz } from '../src/lib/generator/index';
import { parseWrittenNumber } from '../src/lib/generator/numbers';
import { withPlainQuotesAndSpaces } from './review-sheet';

export interface ArticleReport {
	name: string;
	words: number;
	questions: number;
	/** Questions with four distinct, non-empty options. */
	distinctOptions: number;
	/** Questions whose right answer occurs in the article text. */
	answerInText: number;
	/** Questions whose prompt does not contain the right answer. */
	answerNotInStem: number;
	/** How often the right answer sits at each of the four positions. */
	positions: [number, number, number, number];
	/** Questions where the right answer is the strictly longest option. */
	answerLongest: number;
	/** Questions whose four options are four different numbers. */
	numeric: number;
	/** Of those, where the right answer is the lowest or the highest (chance: half). */
	answerAtEnd: number;
	kinds: Record<string, number>;
	ms: number;
	reason?: string;
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** The value of an option that holds one number ("about £3.8 million", "1,050", "five"), if any. */
export function optionValue(option: string): number | undefined {
	const words = option.trim().split(/\s+/);
	const numbers = words.flatMap((word, i) => {
		const written = parseWrittenNumber(word.replace(/[,;:]$/, ''));
		return written ? [{ i, written }] : [];
	});
	if (numbers.length !== 1) return undefined;
	const { i, written } = numbers[0];
	const scale = SCALE[written.suffix.toLowerCase()] ?? SCALE[words[i + 1]?.toLowerCase() ?? ''];
	return written.value * (scale ?? 1);
}

function squash(text: string): string {
	return withPlainQuotesAndSpaces(text).toLowerCase();
}

export function checkQuestions(
	text: string,
	questions: Question[]
): Omit<ArticleReport, 'name' | 'words' | 'ms'> {
	const article = squash(text);
	const report: Omit<ArticleReport, 'name' | 'words' | 'ms'> = {
		questions: questions.length,
		distinctOptions: 0,
		answerInText: 0,
		answerNotInStem: 0,
		positions: [0, 0, 0, 0],
		answerLongest: 0,
		numeric: 0,
		answerAtEnd: 0,
		kinds: {}
	};
	for (const question of questions) {
		const options = question.options.map((option) => option.trim().toLowerCase());
		if (
			options.length === 4 &&
			new Set(options).size === 4 &&
			options.every((option) => option !== '')
		)
			report.distinctOptions++;
		const answer = question.options[question.answer] ?? '';
		if (article.includes(squash(answer))) report.answerInText++;
		if (!squash(question.prompt).includes(squash(answer))) report.answerNotInStem++;
		report.positions[question.answer]++;
		const longest = Math.max(
			...question.options.filter((_, i) => i !== question.answer).map((option) => option.length)
		);
		if (answer.length > longest) report.answerLongest++;
		// Wrong numbers on one side of the answer would make the end values a guess worth taking.
		const values = question.options.map(optionValue);
		if (values.every((value) => value !== undefined) && new Set(values).size === 4) {
			report.numeric++;
			const value = values[question.answer] as number;
			const numbers = values as number[];
			if (value === Math.min(...numbers) || value === Math.max(...numbers)) report.answerAtEnd++;
		}
		report.kinds[question.kind] = (report.kinds[question.kind] ?? 0) + 1;
	}
	return report;
}

function reviewEntry(name: string, question: Question, number: number): string {
	const options = question.options
		.map((option, i) => `   ${'ABCD'[i]}) ${option}${i === question.answer ? ' **(right)**' : ''}`)
		.join('\n');
	return [
		`### ${name} #${number} [${question.kind}]`,
		'',
		`**Q:** ${question.prompt}`,
		'',
		options,
		'',
		`> ${question.source.text.replace(/\s+/g, ' ').trim()}`,
		'',
		'c1 well formed: _ · c2 right key: _ · c3 one right: _ · c4 distractors: _ · c5 not guessable: _ · c6 central: _',
		''
	].join('\n');
}

function pad(value: string | number, width: number): string {
	return String(value).padStart(width);
}

interface EvalArgs {
	folder: string;
	out: string;
	count?: number;
	seed?: number;
}

function parseArgs(args: readonly string[]): EvalArgs | string {
	let folder: string | undefined;
	let out = 'eval-out/review.md';
	let count: number | undefined;
	let seed: number | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--out') out = args[++i] ?? out;
		else if (arg === '--count') count = Number(args[++i]);
		else if (arg === '--seed') seed = Number(args[++i]);
		else if (folder === undefined) folder = arg;
		else return `Unexpected argument ${arg}`;
	}
	if (!folder) return 'Usage: npm run eval -- <folder> [--out file.md] [--count N] [--seed S]';
	return { folder, out, count, seed };
}

export function runEval(args: readonly string[]): number {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(parsed);
		return 2;
	}
	let files: string[];
	try {
		files = readdirSync(parsed.folder)
			.filter((file) => file.endsWith('.txt'))
			.sort();
	} catch {
		console.error(`Cannot read the folder ${parsed.folder}`);
		return 2;
	}
	if (files.length === 0) {
		console.error(`No .txt files in ${parsed.folder}`);
		return 2;
	}
	// Warm up once so the first article's time is not the library's start-up.
	generateQuiz(readFileSync(join(parsed.folder, files[0]), 'utf8'));
	const reports: ArticleReport[] = [];
	const sheet: string[] = [
		`# Factdeck review sheet`,
		'',
		`Folder: ${parsed.folder}. For each question, mark each criterion y/n (DESIGN.md, "How question quality is judged").`,
		''
	];
	for (const file of files) {
		const text = readFileSync(join(parsed.folder, file), 'utf8');
		const started = performance.now();
		const quiz = generateQuiz(text, { count: parsed.count, seed: parsed.seed });
		const ms = performance.now() - started;
		const name = basename(file, '.txt');
		reports.push({
			name,
			words: countWords(text),
			ms,
			reason: quiz.reason,
			...checkQuestions(text, quiz.questions)
		});
		sheet.push(`## ${name}: ${quiz.title}`, '');
		if (quiz.reason) sheet.push(`_No questions: ${quiz.reason}_`, '');
		quiz.questions.forEach((question, i) => sheet.push(reviewEntry(name, question, i + 1)));
	}
	const header = `${'article'.padEnd(24)} ${pad('words', 6)} ${pad('qs', 4)} ${pad('min', 4)} ${pad('4dist', 6)} ${pad('inText', 7)} ${pad('notStem', 8)} ${pad('pos A/B/C/D', 12)} ${pad('longest', 8)} ${pad('ms', 7)}  kinds`;
	console.log(header);
	console.log('-'.repeat(header.length + 20));
	const total = {
		words: 0,
		questions: 0,
		wanted: 0,
		distinct: 0,
		inText: 0,
		notStem: 0,
		longest: 0,
		numeric: 0,
		atEnd: 0,
		ms: 0,
		short: 0
	};
	const positions = [0, 0, 0, 0];
	for (const report of reports) {
		const wanted = Math.min(parsed.count ?? 10, Math.floor(report.words / 45));
		const kinds = Object.entries(report.kinds)
			.map(([kind, n]) => `${kind}:${n}`)
			.join(' ');
		console.log(
			`${report.name.padEnd(24)} ${pad(report.words, 6)} ${pad(report.questions, 4)} ${pad(wanted, 4)} ${pad(report.distinctOptions, 6)} ${pad(report.answerInText, 7)} ${pad(report.answerNotInStem, 8)} ${pad(report.positions.join('/'), 12)} ${pad(report.answerLongest, 8)} ${pad(report.ms.toFixed(1), 7)}  ${kinds}${report.reason ? '  (' + report.reason + ')' : ''}`
		);
		total.words += report.words;
		total.questions += report.questions;
		total.wanted += wanted;
		total.distinct += report.distinctOptions;
		total.inText += report.answerInText;
		total.notStem += report.answerNotInStem;
		total.longest += report.answerLongest;
		total.numeric += report.numeric;
		total.atEnd += report.answerAtEnd;
		total.ms += report.ms;
		if (report.questions < wanted) total.short++;
		report.positions.forEach((n, i) => (positions[i] += n));
	}
	const q = Math.max(1, total.questions);
	const percent = (n: number) => `${((100 * n) / q).toFixed(1)}%`;
	console.log('-'.repeat(header.length + 20));
	console.log(
		`${reports.length} articles, ${total.words} words, ${total.questions} questions (yield target ≥ 1 per 45 words up to the count: ${total.wanted}; articles below it: ${total.short})`
	);
	console.log(
		`4 distinct options: ${percent(total.distinct)} · answer in text: ${percent(total.inText)} · answer not in stem: ${percent(total.notStem)} · answer is the longest option: ${percent(total.longest)} (chance ≈ 25%) · positions A/B/C/D: ${positions.join('/')} · total ${total.ms.toFixed(0)} ms`
	);
	const atEnd = ((100 * total.atEnd) / Math.max(1, total.numeric)).toFixed(1);
	console.log(
		`options that are four numbers: ${total.numeric} questions; the right one the lowest or highest: ${total.atEnd} (${atEnd}%, chance 50%)`
	);
	mkdirSync(dirname(parsed.out), { recursive: true });
	const ignore = join(dirname(parsed.out), '.gitignore');
	if (dirname(parsed.out).startsWith('eval-out')) writeFileSync(ignore, '*\n');
	writeFileSync(parsed.out, sheet.join('\n'));
	console.log(`Review sheet: ${parsed.out}`);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = runEval(process.argv.slice(2));
}
