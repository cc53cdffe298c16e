/**
 * Resolves "he" and "she" to the person they most likely mean: the last person named before, within
 * the same or the previous paragraph, when no other person of a compatible gender was named as
 * recently. Anything less certain stays unresolved, and the sentence is then not asked about.
 */
import type { ArticleIndex, PersonRecord } from './article';
import { surnameOf } from './article';
import type { Sentence } from './sentences';

export function resolvePersonPronoun(
	pronoun: string,
	sentence: Sentence,
	index: ArticleIndex
): PersonRecord | undefined {
	const lower = pronoun.toLowerCase();
	const gender = lower === 'he' ? 'male' : lower === 'she' ? 'female' : undefined;
	if (!gender) return undefined;
	const compatible = (record: PersonRecord) =>
		record.gender === gender || record.gender === 'unknown';
	const recent: PersonRecord[] = [];
	for (let i = index.facts.length - 1; i >= 0; i--) {
		const fact = index.facts[i];
		if (fact.sentence.start >= sentence.start || fact.type !== 'person') continue;
		if (sentence.paragraph - fact.sentence.paragraph > 1) break;
		if (sentence.index - fact.sentence.index > 3) break;
		const record = index.people.get(surnameOf(fact.option));
		if (!record || !compatible(record)) continue;
		if (!recent.includes(record)) recent.push(record);
		if (recent.length === 2) break;
	}
	if (recent.length === 0) return undefined;
	// Two candidates of the same gender are ambiguous unless the nearer one was named last sentence only.
	if (
		recent.length === 2 &&
		recent[1].gender === recent[0].gender &&
		recent[0].gender !== 'unknown'
	) {
		const lastMention = (record: PersonRecord) =>
			index.facts
				.filter((fact) => fact.option === record.fullName && fact.sentence.start < sentence.start)
				.pop()?.sentence.index ?? -1;
		if (lastMention(recent[0]) === lastMention(recent[1])) return undefined;
	}
	if (recent[0].gender === 'unknown' && recent.length > 1) return undefined;
	return recent[0];
}
