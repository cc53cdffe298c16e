/**
 * Reading what a review left behind: the sheet `npm run eval -- <folder> --out <sheet>` wrote, and
 * the verdict files the reviewers wrote about it (`eval/reviews/freshN-a.md`, `-b.md`).
 */

/** One question as a review sheet showed it. */
export interface SheetQuestion {
	/** The heading id the verdicts use, such as "fresh3-01 #2". */
	id: string;
	/** The article's file name without ".txt", such as "fresh3-01". */
	article: string;
	kind: string;
	prompt: string;
	options: string[];
	/** Index of the right option. */
	answer: number;
}

export type Verdict = 'ACCEPT' | 'REJECT';

const HEADING = /^### (\S+) #(\d+) \[([\w-]+)\]\s*$/;
const PROMPT = /^\*\*Q:\*\* (.*)$/;
const OPTION = /^ {3}([ABCD])\) (.*?)( \*\*\(right\)\*\*)?$/;
const FOLDER = /^Folder: (.+?)\. For each question/m;

/** The folder a sheet was made from ("eval/fresh3"), if its header says. */
export function sheetFolder(markdown: string): string | undefined {
	return FOLDER.exec(markdown)?.[1];
}

/** Every question of a review sheet, in its order. Lines that are not part of a question are skipped. */
export function parseReviewSheet(markdown: string): SheetQuestion[] {
	const questions: SheetQuestion[] = [];
	let current: SheetQuestion | undefined;
	for (const line of markdown.split('\n')) {
		const heading = HEADING.exec(line);
		if (heading) {
			current = {
				id: `${heading[1]} #${heading[2]}`,
				article: heading[1],
				kind: heading[3],
				prompt: '',
				options: [],
				answer: -1
			};
			questions.push(current);
			continue;
		}
		if (!current) continue;
		const prompt = PROMPT.exec(line);
		if (prompt && current.prompt === '') current.prompt = prompt[1];
		const option = OPTION.exec(line);
		if (option && current.options.length < 4) {
			if (option[3]) current.answer = current.options.length;
			current.options.push(option[2]);
		}
	}
	return questions;
}

/** A sheet question is whole when it has a prompt, four options and one marked right. */
export function isWhole(question: SheetQuestion): boolean {
	return question.prompt !== '' && question.options.length === 4 && question.answer >= 0;
}

const VERDICT = /^(\S+ #\d+) \| (ACCEPT|REJECT)\b/;

/** The verdict lines of a reviewer's file, by question id; a TOTAL line or prose is not counted. */
export function parseVerdicts(markdown: string): Map<string, Verdict> {
	const verdicts = new Map<string, Verdict>();
	for (const line of markdown.split('\n')) {
		const match = VERDICT.exec(line.trim());
		if (match) verdicts.set(match[1], match[2] as Verdict);
	}
	return verdicts;
}

/**
 * What makes two questions the same question for a verdict: the article, the stem and the right
 * answer. Options are left out on purpose: a verdict on a stem and its answer is kept when only
 * the wrong options change, which the comparison reports say.
 */
export function questionKey(article: string, prompt: string, answer: string): string {
	const squash = (text: string) => withPlainQuotesAndSpaces(text).trim();
	return `${article}\u0000${squash(prompt)}\u0000${squash(answer)}`;
}

/** Curly quotes made straight and runs of white space made one space, so copies compare alike. */
export function withPlainQuotesAndSpaces(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\s+/g, ' ');
}
