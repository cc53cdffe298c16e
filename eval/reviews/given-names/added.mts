/**
 * The questions an engine asks that an older one does not, on the eval articles that name one of the
 * given names of `src/lib/generator/lists/given-names.ts`, as a review sheet:
 * `npx tsx eval/reviews/given-names/added.mts <old root> <new root> > sheet.md` (two checkouts of
 * the repository). Each engine runs in its own process: the name list changes compromise's lexicon,
 * which both would share in one.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [oldRoot, newRoot, mode] = process.argv.slice(2);

interface Asked {
	file: string;
	prompt: string;
	options: string[];
	answer: number;
	source: string;
}

/** `<root> <root> dump`: this process asks the root's engine about every listed file. */
async function dump(root: string, files: string[]): Promise<Asked[]> {
	const { generateQuiz } = await import(join(root, 'src/lib/generator/index.ts'));
	return files.flatMap((file) =>
		generateQuiz(readFileSync(join(root, file), 'utf8')).questions.map(
			(q: { prompt: string; options: string[]; answer: number; source: { text: string } }) => ({
				file,
				prompt: q.prompt,
				options: q.options,
				answer: q.answer,
				source: q.source.text
			})
		)
	);
}

function articlesNaming(root: string): string[] {
	const list = readFileSync(join(root, 'src/lib/generator/lists/given-names.ts'), 'utf8');
	const names = [...list.matchAll(/'([a-z ]+)(?: ' \+|';)/g)].flatMap((m) => m[1].trim().split(' '));
	const pattern = new RegExp(`\\b(${names.map((n) => n[0].toUpperCase() + n.slice(1)).join('|')})\\b`);
	const eval_ = join(root, 'eval');
	return readdirSync(eval_)
		.filter((dir) => /^fresh\d+$/.test(dir))
		.flatMap((dir) =>
			readdirSync(join(eval_, dir))
				.filter((f) => f.endsWith('.txt'))
				.map((f) => join('eval', dir, f))
		)
		.filter((file) => pattern.test(readFileSync(join(root, file), 'utf8')))
		.sort();
}

if (mode === 'dump') {
	const files = JSON.parse(readFileSync(0, 'utf8')) as string[];
	console.log(JSON.stringify(await dump(oldRoot, files)));
} else {
	const files = articlesNaming(newRoot);
	const run = (root: string) =>
		JSON.parse(
			execFileSync('npx', ['tsx', process.argv[1], root, root, 'dump'], {
				input: JSON.stringify(files),
				maxBuffer: 1 << 28
			}).toString()
		) as Asked[];
	const key = (q: Asked) => `${q.file}\t${q.prompt}\t${q.options.join('|')}\t${q.answer}`;
	const before = new Set(run(oldRoot).map(key));
	const added = run(newRoot).filter((q) => !before.has(key(q)));
	const lines = ['# Review sheet: questions the given names add', ''];
	added.forEach((q, n) => {
		lines.push(`### added #${n + 1} (${q.file})`, '', `**Q:** ${q.prompt}`, '');
		q.options.forEach((o, i) => lines.push(`   ${'ABCD'[i]}) ${o}${i === q.answer ? ' **(right)**' : ''}`));
		lines.push('', `> ${q.source}`, '');
	});
	console.log(lines.join('\n'));
}
