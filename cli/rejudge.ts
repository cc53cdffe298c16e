/**
 * `npm run --silent rejudge -- <set|first..last>... [--show dropped|new] [--by-answer] [--prompts RE]`
 * Carries the reviewers' verdicts over to today's engine: every question it asks on a reviewed set
 * is matched by article, stem and answer to the sheet the reviewers judged
 * (`eval/reviews/sheets/<set>.jsonl`, kept with `npm run keep-sheet`) and so to their verdicts
 * (`eval/reviews/<set>-a.md`, `-b.md`). It prints, per argument, the verdicts on the questions the
 * engine still asks, those on the questions it no longer asks, and how many it asks that nobody
 * judged; with `--by-answer`, the verdicts on what it still asks by kind of answer; with `--prompts`,
 * the verdicts on the stems a regular expression matches, on the sheets and still asked. Run at two
 * commits, it says what a change did to questions already judged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import type { Question } from '../src/lib/core/quiz';
import { generateQuiz } from '../src/lib/generator/index';
import { countryRegion } from '../src/lib/generator/lists/places';
import { SHEETS_DIR } from './keep-sheet';
import { parseVerdicts, questionKey, type Verdict } from './review-sheet';

const KeptQuestionSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^\S+ #\d+$/)),
	kind: v.string(),
	prompt: v.string(),
	options: v.pipe(v.array(v.string()), v.length(4)),
	answer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))
});
export type KeptQuestion = v.InferOutput<typeof KeptQuestionSchema>;

/** The questions of a kept sheet; a line that is not one is an error naming its line number. */
export function readKeptSheet(jsonl: string): KeptQuestion[] | string {
	const questions: KeptQuestion[] = [];
	const lines = jsonl.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].trim() === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(lines[i]);
		} catch {
			return `line ${i + 1} is not JSON`;
		}
		const parsed = v.safeParse(KeptQuestionSchema, value);
		if (!parsed.success) return `line ${i + 1} is not a kept question`;
		questions.push(parsed.output);
	}
	return questions;
}

export interface Tally {
	accepted: number;
	verdicts: number;
}

export interface AskedQuestion {
	article: string;
	question: Pick<Question, 'prompt' | 'options' | 'answer'>;
}

export interface SetComparison {
	articles: number;
	/** The sheet the reviewers judged. */
	sheet: { questions: number; a: Tally; b: Tally };
	/** Today's questions: those the reviewers judged (same article, stem and answer) and the rest. */
	engine: {
		questions: number;
		judged: number;
		tally: Tally;
		optionsChanged: number;
		unjudged: number;
		/** The verdicts on the judged questions, by what they ask for (`answerClass`). */
		byAnswer: Record<string, Tally>;
	};
	/** Judged questions today's engine no longer asks. */
	dropped: { questions: number; tally: Tally };
	/** The verdicts on stems the `matching` expression finds: as judged, and those still asked. */
	matching: { sheet: Tally; engine: Tally };
	droppedQuestions: KeptQuestion[];
	unjudgedQuestions: AskedQuestion[];
}

/**
 * What a question asks for: its kind, with a country named apart, since a country is often guessable
 * from the stem ("a UK survey" → England) where another place is not.
 */
export function answerClass(question: Pick<KeptQuestion, 'kind' | 'options' | 'answer'>): string {
	const answer = question.options[question.answer];
	return countryRegion(answer) !== undefined ? `${question.kind} (a country)` : question.kind;
}

function tallyOf(ids: readonly string[], ...reviews: ReadonlyMap<string, Verdict>[]): Tally {
	const tally = { accepted: 0, verdicts: 0 };
	for (const id of ids)
		for (const review of reviews) {
			const verdict = review.get(id);
			if (!verdict) continue;
			tally.verdicts++;
			if (verdict === 'ACCEPT') tally.accepted++;
		}
	return tally;
}

export function compareSet(
	articles: number,
	kept: readonly KeptQuestion[],
	reviewA: ReadonlyMap<string, Verdict>,
	reviewB: ReadonlyMap<string, Verdict>,
	asked: readonly AskedQuestion[],
	matching?: RegExp
): SetComparison {
	const byKey = new Map<string, KeptQuestion>();
	for (const question of kept) {
		const article = question.id.split(' #')[0];
		byKey.set(questionKey(article, question.prompt, question.options[question.answer]), question);
	}
	const judgedIds: string[] = [];
	const unjudgedQuestions: AskedQuestion[] = [];
	const byAnswer: Record<string, Tally> = {};
	let optionsChanged = 0;
	for (const entry of asked) {
		const { prompt, options, answer } = entry.question;
		const match = byKey.get(questionKey(entry.article, prompt, options[answer]));
		if (!match) {
			unjudgedQuestions.push(entry);
			continue;
		}
		judgedIds.push(match.id);
		add(
			(byAnswer[answerClass(match)] ??= { accepted: 0, verdicts: 0 }),
			tallyOf([match.id], reviewA, reviewB)
		);
		const sameOptions = [...match.options].sort().join('\n') === [...options].sort().join('\n');
		if (!sameOptions) optionsChanged++;
	}
	const stillAsked = new Set(judgedIds);
	const droppedQuestions = kept.filter((question) => !stillAsked.has(question.id));
	const droppedIds = droppedQuestions.map((question) => question.id);
	const keptIds = kept.map((question) => question.id);
	const matches = (question: KeptQuestion) => matching?.test(question.prompt) ?? false;
	const matchingIds = kept.filter(matches).map((question) => question.id);
	return {
		articles,
		sheet: {
			questions: kept.length,
			a: tallyOf(keptIds, reviewA),
			b: tallyOf(keptIds, reviewB)
		},
		engine: {
			questions: asked.length,
			judged: judgedIds.length,
			tally: tallyOf(judgedIds, reviewA, reviewB),
			optionsChanged,
			unjudged: unjudgedQuestions.length,
			byAnswer
		},
		dropped: { questions: droppedIds.length, tally: tallyOf(droppedIds, reviewA, reviewB) },
		matching: {
			sheet: tallyOf(matchingIds, reviewA, reviewB),
			engine: tallyOf(
				matchingIds.filter((id) => stillAsked.has(id)),
				reviewA,
				reviewB
			)
		},
		droppedQuestions,
		unjudgedQuestions
	};
}

function add(into: Tally, from: Tally): void {
	into.accepted += from.accepted;
	into.verdicts += from.verdicts;
}

export function sumComparisons(comparisons: readonly SetComparison[]): SetComparison {
	const sum: SetComparison = {
		articles: 0,
		sheet: { questions: 0, a: { accepted: 0, verdicts: 0 }, b: { accepted: 0, verdicts: 0 } },
		engine: {
			questions: 0,
			judged: 0,
			tally: { accepted: 0, verdicts: 0 },
			optionsChanged: 0,
			unjudged: 0,
			byAnswer: {}
		},
		dropped: { questions: 0, tally: { accepted: 0, verdicts: 0 } },
		matching: { sheet: { accepted: 0, verdicts: 0 }, engine: { accepted: 0, verdicts: 0 } },
		droppedQuestions: [],
		unjudgedQuestions: []
	};
	for (const c of comparisons) {
		sum.articles += c.articles;
		sum.sheet.questions += c.sheet.questions;
		add(sum.sheet.a, c.sheet.a);
		add(sum.sheet.b, c.sheet.b);
		sum.engine.questions += c.engine.questions;
		sum.engine.judged += c.engine.judged;
		add(sum.engine.tally, c.engine.tally);
		sum.engine.optionsChanged += c.engine.optionsChanged;
		sum.engine.unjudged += c.engine.unjudged;
		for (const [answerKind, tally] of Object.entries(c.engine.byAnswer))
			add((sum.engine.byAnswer[answerKind] ??= { accepted: 0, verdicts: 0 }), tally);
		sum.dropped.questions += c.dropped.questions;
		add(sum.dropped.tally, c.dropped.tally);
		add(sum.matching.sheet, c.matching.sheet);
		add(sum.matching.engine, c.matching.engine);
		sum.droppedQuestions.push(...c.droppedQuestions);
		sum.unjudgedQuestions.push(...c.unjudgedQuestions);
	}
	return sum;
}

const SET = /^([a-z]+)(\d+)$/;

/** The reviewed sets an argument names: one set ("fresh640") or a range ("fresh3..fresh626"). */
export function expandSets(arg: string, available: readonly string[]): string[] | string {
	const [first, last = first] = arg.split('..');
	const from = SET.exec(first);
	const to = SET.exec(last);
	if (!from || !to || from[1] !== to[1]) return `"${arg}" names no set or range of sets`;
	const low = Number(from[2]);
	const high = Number(to[2]);
	const sets = available
		.map((name) => SET.exec(name))
		.filter((m): m is RegExpExecArray => m !== null && m[1] === from[1])
		.filter((m) => Number(m[2]) >= low && Number(m[2]) <= high)
		.sort((a, b) => Number(a[2]) - Number(b[2]))
		.map((m) => m[0]);
	return sets.length > 0 ? sets : `no set in eval/ matches "${arg}"`;
}

function percent(tally: Tally): string {
	return `${tally.accepted.toLocaleString('en-GB')} of ${tally.verdicts.toLocaleString('en-GB')} (${((100 * tally.accepted) / Math.max(1, tally.verdicts)).toFixed(1)}%)`;
}

export function formatComparison(label: string, sets: number, c: SetComparison): string {
	const n = (value: number) => value.toLocaleString('en-GB');
	return [
		`${label}: ${n(sets)} sets, ${n(c.articles)} articles`,
		`  sheets as judged: ${n(c.sheet.questions)} questions; reviewer A accepted ${percent(c.sheet.a)}, reviewer B ${percent(c.sheet.b)}`,
		`  this engine: ${n(c.engine.questions)} questions; ${n(c.engine.judged)} judged before, their verdicts ACCEPT ${percent(c.engine.tally)}, wrong options changed in ${n(c.engine.optionsChanged)}; ${n(c.engine.unjudged)} not judged before`,
		`  no longer asked: ${n(c.dropped.questions)} judged questions, their verdicts ACCEPT ${percent(c.dropped.tally)}`
	].join('\n');
}

/** The verdicts on the judged questions this engine asks, one line per `answerClass`, most judged first. */
export function formatByAnswer(c: SetComparison): string {
	return Object.entries(c.engine.byAnswer)
		.sort(([, x], [, y]) => y.verdicts - x.verdicts)
		.map(([answerKind, tally]) => `    ${answerKind}: ACCEPT ${percent(tally)}`)
		.join('\n');
}

/** The verdicts on the stems `--prompts` names. */
export function formatMatching(pattern: RegExp, c: SetComparison): string {
	return `  stems matching ${pattern}: as judged ACCEPT ${percent(c.matching.sheet)}; still asked ACCEPT ${percent(c.matching.engine)}`;
}

function compareOnDisk(set: string, matching?: RegExp): SetComparison | string {
	const sheetPath = join(SHEETS_DIR, `${set}.jsonl`);
	if (!existsSync(sheetPath)) return `no kept sheet ${sheetPath} (npm run keep-sheet)`;
	const kept = readKeptSheet(readFileSync(sheetPath, 'utf8'));
	if (typeof kept === 'string') return `${sheetPath}: ${kept}`;
	const reviews: Map<string, Verdict>[] = [];
	for (const reviewer of ['a', 'b']) {
		const path = join('eval/reviews', `${set}-${reviewer}.md`);
		if (!existsSync(path)) return `no verdict file ${path}`;
		reviews.push(parseVerdicts(readFileSync(path, 'utf8')));
	}
	const folder = join('eval', set);
	const files = readdirSync(folder)
		.filter((file) => file.endsWith('.txt'))
		.sort();
	const asked: AskedQuestion[] = files.flatMap((file) => {
		const quiz = generateQuiz(readFileSync(join(folder, file), 'utf8'));
		return quiz.questions.map((question) => ({ article: basename(file, '.txt'), question }));
	});
	return compareSet(files.length, kept, reviews[0], reviews[1], asked, matching);
}

export function runRejudge(args: readonly string[]): number {
	const ranges: string[] = [];
	let show: 'dropped' | 'new' | undefined;
	let byAnswer = false;
	let matching: RegExp | undefined;
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--by-answer') byAnswer = true;
		else if (args[i] === '--prompts') {
			const source = args[++i] ?? '';
			try {
				matching = new RegExp(source, 'u');
			} catch {
				matching = undefined;
			}
			if (!matching || source === '') {
				console.error('--prompts takes a regular expression');
				return 2;
			}
		} else if (args[i] === '--show') {
			const what = args[++i];
			if (what !== 'dropped' && what !== 'new') {
				console.error('--show takes "dropped" or "new"');
				return 2;
			}
			show = what;
		} else ranges.push(args[i]);
	}
	if (ranges.length === 0) {
		console.error(
			'Usage: npm run rejudge -- <set|first..last>... [--show dropped|new] [--by-answer] [--prompts RE]'
		);
		return 2;
	}
	const available = readdirSync('eval');
	const plans: { label: string; sets: string[] }[] = [];
	for (const range of ranges) {
		const sets = expandSets(range, available);
		if (typeof sets === 'string') {
			console.error(sets);
			return 2;
		}
		plans.push({ label: range, sets });
	}
	for (const { label, sets } of plans) {
		const comparisons: SetComparison[] = [];
		for (const set of sets) {
			const comparison = compareOnDisk(set, matching);
			if (typeof comparison === 'string') {
				console.error(`${set}: ${comparison}`);
				return 2;
			}
			comparisons.push(comparison);
		}
		const total = sumComparisons(comparisons);
		console.log(formatComparison(label, sets.length, total));
		if (byAnswer) console.log(formatByAnswer(total));
		if (matching) console.log(formatMatching(matching, total));
		if (show === 'dropped')
			for (const { id, prompt, options, answer } of total.droppedQuestions)
				console.log(`    dropped ${id}: ${prompt} [${options[answer]}]`);
		if (show === 'new')
			for (const { article, question } of total.unjudgedQuestions)
				console.log(
					`    new ${article}: ${question.prompt} [${question.options[question.answer]}]`
				);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = runRejudge(process.argv.slice(2));
}
