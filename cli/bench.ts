/**
 * `npm run bench [-- <folder>]` — how fast the generator is, against compromise's own parse of the
 * same texts, and how its cost per word grows with length. Texts come from a folder of .txt
 * articles (../shared/corpus by default); the long texts are those articles joined end to end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { countWords } from '../src/lib/core/article-text';
import { generateQuiz } from '../src/lib/generator/index';

const WARM_RUNS = 2;
const TIMED_RUNS = 7;

function median(values: number[]): number {
	const sorted = values.slice().sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median CPU time of this process for `work`, in ms. CPU time rather than wall-clock time, so other
 * programs busy on the same machine do not inflate the figures (wall time is printed beside it).
 */
function timeMedian(work: () => void, runs = TIMED_RUNS, warm = WARM_RUNS): number {
	return timeBoth(work, runs, warm).cpu;
}

function timeBoth(
	work: () => void,
	runs = TIMED_RUNS,
	warm = WARM_RUNS
): { cpu: number; wall: number } {
	for (let i = 0; i < warm; i++) work();
	const cpu: number[] = [];
	const wall: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const before = process.cpuUsage();
		work();
		const used = process.cpuUsage(before);
		wall.push(performance.now() - started);
		cpu.push((used.user + used.system) / 1000);
	}
	return { cpu: median(cpu), wall: median(wall) };
}

/** compromise's full parse of the same text, one call per paragraph as the generator does. */
function compromiseParse(text: string): void {
	for (const paragraph of text.split(/\n\s*\n/)) if (paragraph.trim() !== '') nlp(paragraph);
}

/** About `words` words made by joining the articles end to end (repeating them when needed). */
function textOfLength(articles: string[], words: number): string {
	const parts: string[] = [];
	let total = 0;
	for (let i = 0; total < words; i++) {
		const article = articles[i % articles.length];
		parts.push(article);
		total += countWords(article);
	}
	return parts.join('\n\n');
}

function loadArticles(folder: string): string[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file) => readFileSync(join(folder, file), 'utf8'));
}

function main(args: string[]): number {
	const folder = args[0] ?? '../shared/corpus';
	let articles: string[];
	try {
		articles = loadArticles(folder);
	} catch {
		console.error(`Cannot read the folder ${folder}`);
		return 2;
	}
	if (articles.length === 0) {
		console.error(`No .txt files in ${folder}`);
		return 2;
	}
	console.log(
		`Factdeck bench: ${articles.length} articles from ${folder}; Node ${process.version}; median of ${TIMED_RUNS} warm runs each`
	);
	// Warm both libraries' code paths first.
	for (const article of articles.slice(0, 3)) {
		generateQuiz(article);
		compromiseParse(article);
	}

	const rows: Array<{ words: number; generator: number; parse: number; wall: number }> = [];
	for (const article of articles) {
		const generator = timeBoth(() => generateQuiz(article));
		rows.push({
			words: countWords(article),
			generator: generator.cpu,
			wall: generator.wall,
			parse: timeMedian(() => compromiseParse(article))
		});
	}
	const totalWords = rows.reduce((sum, row) => sum + row.words, 0);
	const totalGenerator = rows.reduce((sum, row) => sum + row.generator, 0);
	const totalParse = rows.reduce((sum, row) => sum + row.parse, 0);
	const medianGenerator = median(rows.map((row) => row.generator));
	const medianParse = median(rows.map((row) => row.parse));
	const near400 = rows.filter((row) => row.words >= 350 && row.words <= 470);
	console.log('');
	console.log(
		'times are CPU time of this process (median of the runs); load average now: ' +
			loadavg()
				.map((n) => n.toFixed(1))
				.join(' ')
	);
	console.log(
		`generator, median wall-clock time per article: ${median(rows.map((row) => row.wall)).toFixed(1)} ms`
	);
	console.log(
		`generator, median per article:      ${medianGenerator.toFixed(1)} ms  (${((totalWords / totalGenerator) * 1000).toFixed(0)} words/s over all articles)`
	);
	console.log(
		`compromise parse, median per article: ${medianParse.toFixed(1)} ms  (${((totalWords / totalParse) * 1000).toFixed(0)} words/s)`
	);
	console.log(
		`ratio generator / compromise parse:  ${(totalGenerator / totalParse).toFixed(2)} (sum over articles); ${(medianGenerator / medianParse).toFixed(2)} (medians)`
	);
	if (near400.length > 0) {
		console.log(
			`articles of 350-470 words (${near400.length}): generator median ${median(near400.map((row) => row.generator)).toFixed(1)} ms, compromise median ${median(near400.map((row) => row.parse)).toFixed(1)} ms`
		);
	}

	console.log('');
	console.log('cost per word as the text grows (articles joined end to end):');
	const perWord: number[] = [];
	for (const target of [400, 4000, 40000]) {
		const text = textOfLength(articles, target);
		const words = countWords(text);
		const runs = target >= 40000 ? 3 : TIMED_RUNS;
		const ms = timeMedian(() => generateQuiz(text), runs, 1);
		const quiz = generateQuiz(text);
		const microsPerWord = (ms * 1000) / words;
		perWord.push(microsPerWord);
		console.log(
			`  ${String(words).padStart(6)} words, ${String(text.length).padStart(7)} chars: ${ms.toFixed(1).padStart(8)} ms, ${microsPerWord.toFixed(1)} µs/word, ${quiz.questions.length} questions${quiz.reason ? ' (' + quiz.reason + ')' : ''}`
		);
	}
	console.log(
		`  per-word cost at 40,000 words / at 400 words: ${(perWord[2] / perWord[0]).toFixed(2)}`
	);

	console.log('');
	const megabyte = textOfLength(articles, 200000).slice(0, 1_000_000).padEnd(1_000_000, ' ');
	const before = process.memoryUsage().rss;
	const started = performance.now();
	const big = generateQuiz(megabyte);
	const ms = performance.now() - started;
	const peak = process.resourceUsage().maxRSS / 1024;
	if (big.questions.length === 0 && big.reason) {
		console.log(
			`1 MB text (${megabyte.length.toLocaleString('en-GB')} chars): refused up front in ${ms.toFixed(1)} ms: "${big.reason}"`
		);
	} else {
		console.log(`1 MB text: ${big.questions.length} questions in ${ms.toFixed(0)} ms`);
	}
	console.log(
		`peak memory (max RSS) of this bench process: ${peak.toFixed(0)} MB (RSS before the 1 MB run: ${(before / 1048576).toFixed(0)} MB)`
	);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
