/**
 * Figures asked far from what the article is about. Reviewers judge a figure by whether a reader
 * of the article should know it: the station's rescues, the firm's job cuts, not the coxswain's
 * medal-winning night or a survey's count of fractures in the closing paragraphs.
 */
import { surnameOf, type ArticleIndex } from './article';
import { NUMBER_TYPES, type Fact } from './facts';
import { namesTitleOrPerson } from './filters';
import { isEncyclopediaEntry } from './askable';

/**
 * "In November 1916 Coxswain Robert Tindle and his crew rescued _____ people from the steamer
 * Hallgarth": below a reference passage's lead, a figure or a year whose stem names neither the
 * passage's title nor the person it is about belongs to someone or something else in it. The
 * 559 such questions on fresh3–fresh410 had drawn 460 acceptances in 1,078 verdicts (43%).
 */
export function isPassageFigureOffSubject(
	fact: Fact,
	prompt: string,
	index: ArticleIndex
): boolean {
	if (!index.headline || fact.sentence.index === index.lead) return false;
	if (!NUMBER_TYPES.has(fact.type) && fact.type !== 'year') return false;
	if (!isEncyclopediaEntry(index)) return false;
	const surname = index.passageSubject && surnameOf(index.passageSubject.fullName);
	return !namesTitleOrPerson(prompt, index.headline, surname);
}

/** Paragraphs below a news story's lead from which a count must name someone the top names. */
const NEWS_DISTANT_PARAGRAPHS = 3;

/**
 * "Members cleared silt from the old beds and laid _____ tonnes of cockle shell", "the average
 * wait from death to inquest was _____ months": three paragraphs or more below a news story's
 * lead, a count whose stem names no one and nothing the headline or the lead names is a detail of
 * the telling or of the background. The 693 such questions on fresh3–fresh410 had drawn 657
 * acceptances in 1,316 verdicts (50%), against 74% for the rest.
 */
export function isDistantNewsCount(fact: Fact, prompt: string, index: ArticleIndex): boolean {
	if (!index.isNews || fact.type !== 'quantity') return false;
	const lead = index.sentences[index.lead];
	if (lead === undefined) return false;
	if (fact.sentence.paragraph - lead.paragraph < NEWS_DISTANT_PARAGRAPHS) return false;
	const names = storyNames(index);
	return !indexWordsOf(prompt).some((word) => names.has(word));
}

const storyNamesCache = new WeakMap<ArticleIndex, Set<string>>();

/** The names the headline and the lead paragraph give, as the index keeps words; once an article. */
function storyNames(index: ArticleIndex): Set<string> {
	const cached = storyNamesCache.get(index);
	if (cached) return cached;
	const names = new Set<string>();
	storyNamesCache.set(index, names);
	for (const word of indexWordsOf(index.headline ?? ''))
		if (index.capitalisedWords.has(word)) names.add(word);
	const leadParagraph = index.sentences[index.lead]?.paragraph;
	for (const sentence of index.sentences) {
		if (sentence.paragraph !== leadParagraph) continue;
		for (const token of sentence.tokens.slice(1)) {
			const word = token.normal.replace(/['’]s?$/, '');
			if (/^\p{Lu}/u.test(token.text) && index.capitalisedWords.has(word)) names.add(word);
		}
	}
	return names;
}

/** The words of `text` as the index keeps them: lower case, without a possessive ending. */
function indexWordsOf(text: string): string[] {
	return (text.match(/[\p{L}'’-]+/gu) ?? []).map((word) =>
		word.toLowerCase().replace(/['’]s?$/, '')
	);
}
