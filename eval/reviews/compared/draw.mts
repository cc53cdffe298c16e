// Draws a review sheet from lines of `npm run rejudge -- … --show new` ("    new fresh452-02: <stem>
// [<answer>]") read on standard input: 40 spread evenly through them, each written out again with
// its options and source sentence from today's engine.
// Run from the repository root: npx tsx eval/reviews/compared/draw.mts < added.txt > sheet.md
import { readFileSync } from 'node:fs';
import { generateQuiz } from '../../../src/lib/generator/index';

const LINE = /^\s*new (fresh(\d+)-\d+): (.*) \[(.*)\]$/;
const listed = readFileSync(0, 'utf8')
	.split('\n')
	.map((line) => LINE.exec(line))
	.filter((match): match is RegExpExecArray => match !== null);
const size = Math.min(40, listed.length);
const drawn = Array.from({ length: size }, (_, i) => listed[Math.floor((i * listed.length) / size)]);
let sheet = `# Review sheet: figures no longer read as set against another\n\nEach question names its article file. Read the article in full before judging.\n\n`;
drawn.forEach(([, article, set, prompt, answer], i) => {
	const file = `eval/fresh${set}/${article}.txt`;
	const question = generateQuiz(readFileSync(file, 'utf8')).questions.find(
		(q) => q.prompt === prompt && q.options[q.answer] === answer
	);
	if (!question) throw new Error(`${article}: "${prompt}" is not asked by this engine`);
	sheet += `### compared-${String(i + 1).padStart(2, '0')} [${question.kind}]\n\nArticle: ${file}\n\n`;
	sheet += `**Q:** ${question.prompt}\n\n`;
	question.options.forEach((option, j) => {
		sheet += `   ${'ABCD'[j]}) ${option}${j === question.answer ? ' **(right)**' : ''}\n`;
	});
	sheet += `\n> ${question.source.text}\n\n`;
});
process.stdout.write(sheet);
console.error(`${listed.length} listed, ${size} drawn`);
