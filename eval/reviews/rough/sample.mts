// Draws the sheet of rough figures: every question the engine asks in the rough form ("About how
// many …?", "about _____") on eval/fresh451–fresh730, then 48 spread evenly through that list.
// Run from the repository root: npx tsx eval/reviews/rough/sample.mts > sheet.md
import { readdirSync, readFileSync } from 'node:fs';
import { generateQuiz } from '../../../src/lib/generator/index';

const ROUGH = /^About (how|_____)|\babout _____/;
const found: { file: string; question: ReturnType<typeof generateQuiz>['questions'][number] }[] = [];
for (let set = 451; set <= 730; set++) {
	const dir = `eval/fresh${set}`;
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
		const text = readFileSync(`${dir}/${name}`, 'utf8');
		for (const question of generateQuiz(text).questions)
			if (ROUGH.test(question.prompt)) found.push({ file: `${dir}/${name}`, question });
	}
}
const size = 48;
const sample = Array.from({ length: size }, (_, i) => found[Math.floor((i * found.length) / size)]);
let sheet = `# Review sheet: rough figures\n\nEach question names its article file. Read the article in full before judging.\n\n`;
sample.forEach(({ file, question }, i) => {
	sheet += `### rough-${String(i + 1).padStart(2, '0')} [${question.kind}]\n\nArticle: ${file}\n\n`;
	sheet += `**Q:** ${question.prompt}\n\n`;
	question.options.forEach((option, j) => {
		sheet += `   ${'ABCD'[j]}) ${option}${j === question.answer ? ' **(right)**' : ''}\n`;
	});
	sheet += `\n> ${question.source.text}\n\n`;
});
process.stdout.write(sheet);
console.error(`${found.length} rough questions, ${sample.length} drawn`);
