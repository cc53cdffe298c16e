// Acceptance by rule for the rule-relaxing review: node eval/reviews/relax/count.mjs
import { readFileSync } from 'node:fs';

const folder = new URL('.', import.meta.url);
const key = JSON.parse(readFileSync(new URL('key.json', folder), 'utf8'));
const verdicts = new Map();
for (const sheet of ['1', '2'])
	for (const reviewer of ['a', 'b'])
		for (const line of readFileSync(new URL(`verdicts-R${sheet}-${reviewer}.md`, folder), 'utf8').split('\n')) {
			const match = /^\s*`?(\S+ #\d+)`?\s*\|\s*(ACCEPT|REJECT)/.exec(line);
			if (match) verdicts.set(`${sheet}:${match[1]}:${reviewer}`, match[2] === 'ACCEPT');
		}
const byRule = new Map();
for (const question of key)
	for (const reviewer of ['a', 'b']) {
		const accepted = verdicts.get(`${question.sheet}:${question.id}:${reviewer}`);
		if (accepted === undefined) continue;
		const [yes, all] = byRule.get(question.tag) ?? [0, 0];
		byRule.set(question.tag, [yes + (accepted ? 1 : 0), all + 1]);
	}
for (const [rule, [yes, all]] of byRule)
	console.log(`${rule.padEnd(22)} ${yes} of ${all} verdicts accepted (${Math.round((yes / all) * 100)}%)`);
