/**
 * "a" or "an" before a blank must fit every option, or grammar alone rules some of them out. The
 * article is chosen by how the option is spoken: "an 8% rise", "an 18-year-old", "a $27bn bill",
 * "an FBI agent", "a union", "an hour".
 */

/** Letters whose spoken name starts with a vowel sound: "an F", "an M", "an X". */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

function numberArticle(digits: string): 'a' | 'an' {
	const leadingGroup = digits.split(/[,.]/)[0];
	if (leadingGroup.startsWith('8')) return 'an';
	// "11" and "18" (and 11,000 or 18m) are spoken "eleven", "eighteen".
	return leadingGroup === '11' || leadingGroup === '18' ? 'an' : 'a';
}

export function indefiniteArticle(option: string): 'a' | 'an' {
	const text = option
		.trim()
		.replace(/^(?:more than|less than|about|around|over|under|nearly|almost)\s+/i, '');
	const bare = text.replace(/^[$£€¥~]+/, '');
	if (/^\d/.test(bare)) return numberArticle(bare.match(/^[\d,.]+/)?.[0] ?? bare);
	const word = bare.split(/[\s-]/)[0] ?? '';
	if (/^\p{Lu}{2,}$/u.test(word)) return VOWEL_SOUND_LETTERS.test(word) ? 'an' : 'a';
	if (/^(?:uni|use|usu|uti|eu|one|once|ur[aeiou])/i.test(word)) return 'a';
	if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an';
	return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The placeholder a cloze stem writes before its blank until the options are known. */
export const ARTICLE_PLACEHOLDER = 'a(n)';

/**
 * Writes the one article that fits every option in place of the placeholder, keeping its case; or
 * returns undefined when the options disagree (the article would rule some of them out).
 */
export function settleArticle(prompt: string, options: readonly string[]): string | undefined {
	if (!/\b[Aa]\(n\)/.test(prompt)) return prompt;
	const articles = new Set(options.map(indefiniteArticle));
	// "an 18% jump in profits" with "a 28%" among the options: "a jump of _____ in profits" fits all.
	if (articles.size !== 1) return moveFigureAfterNoun(prompt);
	const article = [...articles][0];
	return prompt.replace(/\b([Aa])\(n\)/g, (_match, a: string) =>
		a === 'A' ? article[0].toUpperCase() + article.slice(1) : article
	);
}

/**
 * A change, a payment or a piece of work reads as well with its sum after it ("a rise of 18%", "a
 * grant of £40,000"); a thing does not ("a forge of £380,000", "a bakery of £12m").
 */
const AMOUNT_NOUN =
	/^(rise|fall|drop|jump|increase|decrease|cut|reduction|deal|order|contract|grant|appeal|restoration|refurbishment|renovation|rebuild|redevelopment|extension|expansion|gap|shortfall|deficit|fine|discount|stake|investment|takeover|loan|bid|fee|donation|bequest|payout|payment|settlement|overhaul|upgrade|subsidy|bonus|profit|loss|debt|contribution|budget|windfall|jackpot|bill)$/;

/** "a(n) _____ jump in profits" → "a jump of _____ in profits", or undefined when it cannot be said so. */
function moveFigureAfterNoun(prompt: string): string | undefined {
	const moved = prompt.replace(
		/\b([Aa])\(n\) _____ (\p{Ll}+)(?= (?:in|on|at|for|to|from|over|after|during|since|by)\b|[,.?])/u,
		// "an £9m investment" → "an investment of _____": the article now goes with the noun.
		(match, a: string, noun: string) => {
			if (!AMOUNT_NOUN.test(noun)) return match;
			const article = indefiniteArticle(noun);
			return `${a === 'A' ? article[0].toUpperCase() + article.slice(1) : article} ${noun} of _____`;
		}
	);
	return /\b[Aa]\(n\)/.test(moved) ? undefined : moved;
}
