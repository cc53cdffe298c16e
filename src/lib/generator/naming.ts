/**
 * People in a stem are named in full: "Newman currently holds a residency …" is a sentence from the
 * middle of an article, and a player meeting it in a quiz may not know who Newman is. A bare surname
 * two people share ("Robinson" beside Jason and Andy Robinson) cannot be made clear, and the stem
 * is dropped.
 */
import type { ArticleIndex } from './article';
import type { Fact } from './facts';
import { ORGANISATION_HEADS } from './lists/organisations';
import { surnameOf } from './article';
import { isTitleWord } from './people';
import type { Token } from './sentences';
import { DESCRIBED_HEADS } from './described-subject';
import { escapeRegExp } from './regexp';

/**
 * Whether the token is one of the capitalised words joined by "&" or "and" into a firm's name
 * ("Caldwell & Pryce", "Orde, Grimshaw and Company").
 */
function isInFirmName(tokens: readonly Token[], i: number): boolean {
	const joins = (token: Token | undefined) => token !== undefined && /^(&|and)$/.test(token.normal);
	const capital = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
	return (
		(joins(tokens[i + 1]) && capital(tokens[i + 2])) ||
		(joins(tokens[i - 1]) && capital(tokens[i - 2])) ||
		// "Orde, Grimshaw and Company": the first of a list of names that makes one firm.
		(tokens[i].post.trim() === ',' &&
			capital(tokens[i + 1]) &&
			joins(tokens[i + 2]) &&
			capital(tokens[i + 3]))
	);
}

/**
 * "Jewellery chain Tarrant … founded by Edwin Tarrant in 1921", "Tarrant said it …": a surname the
 * article also gives a firm is the firm where it stands alone, not its founder.
 */
function isFirmName(word: string, index: ArticleIndex): boolean {
	if (firstWrittenAsLongerName(word, index)) return true;
	for (const sentence of index.sentences) {
		const tokens = sentence.tokens;
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i].text !== word) continue;
			const before = tokens[i - 1];
			if (before && /^\p{Ll}/u.test(before.text) && DESCRIBED_HEADS.has(before.normal)) return true;
			if (tokens[i + 1]?.normal === 'said' && tokens[i + 2]?.normal === 'it') return true;
		}
	}
	return false;
}

/**
 * Words that end a firm's name: "Meakin Cycles Ltd", "Tallis Brothers", "Kellham Inns", "Yelverton
 * Coaches".
 */
const FIRM_WORD =
	/^(ltd|plc|limited|co|brothers|sons|line|lines|cycles|motors|industries|inns|hotels|foods|homes|stores|holdings|engineering|textiles|tiles|bakeries|breweries|dairies|mills|electronics|systems|publishing|printers|builders|haulage|leisure|logistics|garages|nurseries|seeds|coaches|buses|travel|tours|transport|ferries|airways|shipping|removals|freight|plastics|chemicals|packaging|furniture|fabrics|foundries|castings|pumps|tools|instruments|optics|marine|boats|potteries|glass|steel|metals|estates|properties|construction|contractors|clothing|shoes|toys|cables)$/;

/**
 * "made by Meakin Cycles Ltd …", later "founded in 1898 by Albert Meakin": a word the article first
 * writes as the start of a firm's name, before any person of that name, means the firm where it
 * stands alone ("In 1957 Meakin introduced the Linnet Sport"). A product or a trophy named after a
 * person ("the Stainer Pipit", "the Ormshaw Trophy") leaves the person standing alone.
 */
function firstWrittenAsLongerName(word: string, index: ArticleIndex): boolean {
	for (const sentence of index.sentences) {
		if (sentence.heading) continue;
		const tokens = sentence.tokens;
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i].text !== word) continue;
			const given = tokens[i - 1];
			const afterGivenName =
				given !== undefined &&
				/^\p{Lu}/u.test(given.text) &&
				!given.tags.has('Determiner') &&
				!/\S/.test(given.post);
			if (afterGivenName) return false;
			const next = tokens[i + 1];
			const firmWord = tokens
				.slice(i + 1, i + 4)
				.some((token) => FIRM_WORD.test(token.normal) || ORGANISATION_HEADS.has(token.normal));
			if (next && /^\p{Lu}/u.test(next.text) && !/\S/.test(tokens[i].post) && firmWord) return true;
			// "Tallis and Sons of Hexworth", "Brabazon & Co": the family's firm.
			const partner = tokens[i + 2]?.normal ?? '';
			if (/^(and|&)$/.test(next?.normal ?? '') && /^(sons|son|co|company|brothers)$/.test(partner))
				return true;
		}
	}
	return false;
}

/** "CS Marchmont", "HMS Tenby", "PS Lady Ellisande": the letters a ship's name is written after. */
const SHIP_PREFIX = /^(?:CS|HMS|SS|RMS|PS|ST|MV|TS|SY|RV|HMY) /;

/** The stem with each other person named by surname alone given the full name, or undefined. */
export function nameInFull(prompt: string, fact: Fact, index: ArticleIndex): string | undefined {
	const tokens = fact.sentence.tokens;
	for (const token of tokens) {
		// "Tallis Cycles … founded by the brothers Samuel and Albert Tallis": "Tallis" alone is the firm.
		if (!index.sharedSurnames.has(token.normal) || isFirmName(token.text, index)) continue;
		// "Mowforth & Company was founded by the brothers Samuel and Enoch Mowforth".
		if (isInFirmName(tokens, tokens.indexOf(token))) continue;
		const given = tokens[tokens.indexOf(token) - 1];
		// "Mrs Scarfield" of "Gemma and Lee Scarfield" is still either.
		const named =
			given &&
			/^\p{Lu}/u.test(given.text) &&
			!/[^\s]/.test(given.post) &&
			!isTitleWord(given.normal.replace(/\.$/, ''));
		if (!named && new RegExp(`\\b${escapeRegExp(token.text)}\\b`).test(prompt)) return undefined;
	}
	let named = prompt;
	const answerSurname = fact.type === 'person' ? surnameOf(fact.option) : '';
	const done = new Set<string>();
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		// A surname the article gives a full name for elsewhere, written here alone ("Jaynes
		// amassed …", which compromise may not even tag as a person).
		const record = index.people.get(token.normal);
		if (!record || done.has(token.normal) || token.normal === answerSurname) continue;
		if (!/^\p{Lu}/u.test(token.text) || !record.fullName.includes(' ')) continue;
		// "Caldwell & Pryce", "Marks and Spencer": surnames joined into a firm's name are no people,
		// and the same word elsewhere in the sentence may be that firm too ("Penwardine & Co …
		// under the name Penwardine Lloyd").
		const inFirmName = (j: number) => tokens[j].text === token.text && isInFirmName(tokens, j);
		if (tokens.some((_, j) => inFirmName(j)) || isFirmName(token.text, index)) continue;
		// "Hensmoor, which employs 640 people": a person would take "who".
		if (/,/.test(token.post) && tokens[i + 1]?.normal === 'which') continue;
		// "Penwardine Lloyd": the first word of a longer name.
		const next = tokens[i + 1];
		if (next && /^\p{Lu}/u.test(next.text) && !/[^\s]/.test(token.post)) continue;
		// In a passage headed "Stavenby", "Stavenby has a town council" is the town, not the Sir Ralph
		// Stavenby whose tomb is in its church.
		// "Ardlow attracts 85,000 visitors" in a passage headed "Ardlow Botanic Garden" is the garden.
		// "Marchmont was transferred to its fleet" in a passage headed "CS Marchmont" is the ship,
		// not the Sir Thomas Marchmont she was named after.
		const headed =
			index.headline === token.text ||
			index.headline === `${SHIP_PREFIX.exec(index.headline ?? '')?.[0] ?? ''}${token.text}` ||
			(new RegExp(`^${escapeRegExp(token.text)} `).test(index.headline ?? '') &&
				PLACE_OR_BODY.test(index.headline ?? ''));
		if (headed && record !== index.passageSubject) continue;
		// "Joost van Boekel": a surname with its particle is already written in full ("Van Boekel"
		// elsewhere starts a sentence).
		if (/^(van|von|de|der|den|da|di|du|le|la|del|ter)$/.test(tokens[i - 1]?.text ?? '')) continue;
		// "PS Countess of Arden", "the Earl of Harwood": the name after a title's "of" is a place or a
		// ship's, not the Lady Margaret Arden who launched her.
		const title = tokens[i - 2];
		if (tokens[i - 1]?.normal === 'of' && title && /^\p{Lu}/u.test(title.text)) continue;
		// "Strathdorran High School in Sutherland": after "in" or "near", a surname is a place's name
		// (a county, a town), not the Callum Sutherland named elsewhere.
		if (/^(in|near|across|throughout)$/.test(tokens[i - 1]?.normal ?? '')) continue;
		// "his wife Harriet, née Kemble": a maiden name, not the Anne Kemble named elsewhere.
		if (/^(née|nee)$/.test(tokens[i - 1]?.normal ?? '')) continue;
		// "the Torrance Mark II", "a Torrance coupling", "A typical Pargeter loom": a thing named
		// after the person.
		if (/^(the|a|an)$/.test(tokens[i - 1]?.normal ?? '')) continue;
		// "the 18-metre Kinloch": a boat named after him, its description between.
		if (isDescribedThing(tokens, i)) continue;
		// "converting nine Tattershaw farms": a count names things, however "farms" is tagged ("In 1869
		// Penfold was appointed", "In the 1880s Cordwell made" have a year or a decade before them).
		const count = tokens[i - 1]?.tags.has('Value') && !/^\d{4}s?$/.test(tokens[i - 1].text);
		if (count && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) continue;
		const after = tokens[i + 1];
		const attributive =
			after !== undefined &&
			!/[^\s]/.test(token.post) &&
			/^\p{Ll}/u.test(after.text) &&
			after.tags.has('Noun') &&
			!after.tags.has('Verb') &&
			!after.tags.has('Pronoun');
		if (attributive) continue;
		const given = tokens[i - 1];
		// 'Edwin "Ned" Curnow': a nickname in quotes is a given name too.
		const givenName =
			given &&
			/^\p{Lu}/u.test(given.text) &&
			/^["”’']?\s*$/.test(given.post) &&
			!isTitleWord(given.normal.replace(/\.$/, ''));
		if (givenName || named.includes(record.fullName)) continue;
		// "Gemma and Lee Scarfield … Mrs Scarfield said": a title of the other sex is someone else.
		const titled = TITLE_GENDER[given?.normal.replace(/\.$/, '') ?? ''];
		if (titled && record.gender !== 'unknown' && titled !== record.gender) continue;
		// "TSS Lady Tregony", "Lord Harwood": a title the stem cannot keep before a full name.
		if (
			given &&
			/^\p{Lu}/u.test(given.text) &&
			!/[^\s]/.test(given.post) &&
			!/^(mr|mrs|ms|miss|dr)\.?$/.test(given.normal)
		)
			continue;
		done.add(token.normal);
		const bare = new RegExp(
			// "Kemble" is not the first half of "Kemble-Wray", nor "Crawshay" of "the Crawshay Leviathan"
			// the stem may have put for "the car".
			`(^|[^\\p{L}-])(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.? )?${escapeRegExp(token.text)}(?![\\p{L}-])(?!\\s\\p{Lu})`,
			'u'
		);
		named = named.replace(bare, (_match, before: string) => `${before}${record.fullName}`);
	}
	return named;
}

const TITLE_GENDER: Readonly<Record<string, 'female' | 'male'>> = {
	mr: 'male',
	mrs: 'female',
	ms: 'female',
	miss: 'female'
};

/** Whether lower-case modifiers after "the" or "a" come before the name at `at`. */
function isDescribedThing(tokens: readonly Token[], at: number): boolean {
	let j = at - 1;
	const modifier = (token: Token) =>
		/^[\p{Ll}\d]/u.test(token.text) &&
		!token.tags.has('Verb') &&
		!token.tags.has('Preposition') &&
		!token.tags.has('Conjunction') &&
		!/^(the|a|an)$/.test(token.normal);
	while (j >= 0 && at - j <= 3 && modifier(tokens[j])) j--;
	// "After the war Yelland became matron": a name its verb follows is the person acting.
	const acts = !/[^\s]/.test(tokens[at].post) && tokens[at + 1]?.tags.has('Verb') === true;
	return !acts && j < at - 1 && j >= 0 && /^(the|a|an)$/.test(tokens[j].normal);
}

/** A headline's last word that makes a founder's name a place's: "Ardlow Botanic Garden". */
const PLACE_OR_BODY =
	/\b(garden|gardens|park|museum|school|college|hall|house|library|hospital|infirmary|trust|society|club|institute|company|mill|works|brewery|theatre)$/i;
