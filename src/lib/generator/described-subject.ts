/**
 * "Marlow Foods has reported … The Leicester-based firm said …", "Ferris Lane have cancelled … The
 * Cardiff four-piece pulled out of …": news calls its main actor by a description after the lead.
 * Asked on its own, "the Leicester-based firm" names nobody; the stem names the lead's subject instead.
 */
import type { Sentence, Token } from './sentences';
import { MONTHS } from './lists/calendar';
import { definedSubjectOf } from './title';
import { parseClause } from './clause';
import { bodyReferences } from './body-references';
import { personReferences } from './person-references';
import { escapeRegExp } from './regexp';
import { isRoleWord } from './roles';
import { ORGANISATION_HEADS, organisationHead } from './lists/organisations';
import {
	CLUB_HEADS,
	SIGNS_PLAYER,
	describedBuyer,
	modifiersDescribe,
	sellingClub
} from './deal-parties';

/** What a news story calls the organisation or band it is about, after naming it once. */
/** The parties a British story names without "Party". */
const PARTY =
	/^(the )?(Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|SNP|Plaid Cymru|Greens|Green Party|UKIP|Sinn Fein|DUP|SDLP|Ulster Unionists|Labour Party|Conservative Party)$/;

export const DESCRIBED_HEADS = new Set(
	(
		'firm company group band four-piece five-piece three-piece trio quartet club side retailer bank ' +
		'lender chain carmaker airline maker giant operator broadcaster brewer label studio insurer ' +
		'supermarket manufacturer developer publisher outfit jeweller watchdog regulator charity ' +
		'body association grocer baker housebuilder fabricator supplier distributor carrier gelding mare ' +
		'provider producer specialist wholesaler contractor'
	).split(' ')
);

/**
 * The last word of a body's name, which the story may shorten the name to once it is known:
 * "the Bristol Symphony Orchestra" → "the orchestra". Taken only when the lead's name ends with it.
 */
const NAME_HEADS = new Set(
	(
		'orchestra council museum trust society union association theatre gallery school university ' +
		'college hospital charity agency authority commission committee federation board institute ' +
		'foundation choir festival opera ballet'
	).split(' ')
);

/** Words any firm is called, whatever the lead called it. */
const FIRM_WORDS = new Set(['firm', 'company', 'group']);

/** At most this many words between "The" and the head: "The Leicester-based frozen food firm". */
const MAX_MODIFIERS = 4;
/** Further down, a description may mean another company the story has turned to… */
const MAX_DISTANCE = 6;
/** …unless the story names its subject this often: then "the firm" is it throughout. */
const THROUGHOUT = 4;

/**
 * The name the lead gives its subject: right after a description ("Finnish mobile phone maker
 * Kestrel has …"), else just before the verb or its apposition ("Marlow Foods, the UK's … maker, has").
 */
export function subjectNameOf(lead: Sentence): string | undefined {
	return (
		namedAfterDescription(lead) ??
		nameBeforeApposition(lead) ??
		nameBeforeVerb(lead) ??
		sharesIn(lead)
	);
}

/** People named by the body they belong to, before its name. */
const MEMBERS_OF =
	/^(?:Members|Staff|Workers|Employees|Residents|Shareholders|Councillors) (?:of|at|in) /;

/**
 * "Shares in Sunvale Home Improvements fell by 17% after the conservatory maker warned …": the
 * story is the firm's, though its shares are the grammatical subject.
 */
function sharesIn(lead: Sentence): string | undefined {
	const tokens = lead.tokens;
	// "Sales at Brookhayes, Britain's biggest watercress grower, have risen by 38%".
	const figure = tokens[0]?.normal;
	const preposition = tokens[1]?.normal;
	const opens =
		(figure === 'shares' && preposition === 'in') ||
		(/^(sales|profits)$/.test(figure ?? '') && preposition === 'at');
	if (!opens) return undefined;
	let end = 2;
	// "Kerrow & Lidd", "Bowes and Heddon": "&" and "and" between capitals join one firm's name.
	const joins = (at: number) =>
		/^(&|and)$/.test(tokens[at]?.text ?? '') && isNameWord(tokens[at + 1]);
	while (
		!/[^\s]/.test(tokens[end].post) &&
		(isNameWord(tokens[end + 1]) || (joins(end + 1) && !/[^\s]/.test(tokens[end + 1].post)))
	)
		end += joins(end + 1) ? 2 : 1;
	if (!isNameWord(tokens[2])) return undefined;
	return tokens
		.slice(2, end + 1)
		.map((token) => token.text)
		.join(' ');
}

/**
 * "Wynstone, the Leicester-based greetings card maker, has agreed …": a name that opens the lead
 * before an apposition and its auxiliary, wherever compromise finds the verb ("card" as a verb).
 */
function nameBeforeApposition(lead: Sentence): string | undefined {
	const tokens = lead.tokens;
	if (!isNameWord(tokens[0])) return undefined;
	let end = 0;
	while (isNameWord(tokens[end + 1]) && !/[^\s]/.test(tokens[end].post)) end++;
	if (!/^,\s*$/.test(tokens[end].post)) return undefined;
	const opener = tokens[end + 1]?.normal ?? '';
	// "Torrish Hydro, which builds small schemes on Highland estates, plans to raise £40m": a
	// relative clause closes on the lead's own verb.
	const relative = opener === 'which';
	// "Hendra Vale Dairy, one of Cornwall's best-known makers of clotted cream, has agreed …".
	const oneOf = opener === 'one' && tokens[end + 2]?.normal === 'of';
	if (!/^(the|a|an)$/.test(opener) && !relative && !oneOf) return undefined;
	const close = tokens.findIndex((token, i) => i > end + 1 && /,/.test(token.post));
	const next = tokens[close + 1];
	// compromise may read "plans" in "plans to raise" as a noun.
	const leadVerb =
		next &&
		(next.tags.has('PresentTense') ||
			next.tags.has('PastTense') ||
			tokens[close + 2]?.normal === 'to') &&
		!next.tags.has('Gerund');
	// "Tin Whistle Tam, a nine-year-old owned by a syndicate of 12 farmers, won …": after a
	// described horse the lead's own verb may follow the apposition.
	const horse = /\b(gelding|mare)\b/.test(lead.text) || HORSE_AGE.test(lead.text);
	const isVerb =
		next &&
		(next.tags.has('Auxiliary') || next.tags.has('Copula') || ((relative || horse) && leadVerb));
	if (close < 0 || !isVerb) return undefined;
	return tokens
		.slice(0, end + 1)
		.map((token) => token.text)
		.join(' ');
}

/** "a nine-year-old owned by …": a racehorse's age stands where a person's role would. */
const HORSE_AGE = /, an? \p{L}+-year-old (gelding|mare|owned|trained|ridden)\b/u;

/**
 * "Brighton band The Halyards have …", "low-cost carrier Skylark Air has …": the name right after a
 * description's head, before the first auxiliary (compromise may tag "band" as a verb).
 */
function namedAfterDescription(lead: Sentence): string | undefined {
	const tokens = lead.tokens;
	const auxiliary = tokens.findIndex(
		(token) => token.tags.has('Auxiliary') || token.tags.has('Copula')
	);
	// "Non-league Harnbury Athletic came from two goals down to draw with League Two side Coldbrook
	// United": with no auxiliary, a description after the lead's verb names its subject only when
	// no name stands before that verb ("… helped lingerie retailer Silkwood increase its profits").
	const verb = tokens.findIndex(
		(token, i) =>
			i > 0 &&
			token.tags.has('PastTense') &&
			!token.tags.has('Participle') &&
			/^\p{Ll}/u.test(token.text)
	);
	const namedBeforeVerb = auxiliary < 0 && verb > 0 && nameBeforeVerb(lead) !== undefined;
	const end = namedBeforeVerb ? verb : auxiliary < 0 ? tokens.length : auxiliary;
	for (let i = 0; i < end - 1; i++) {
		// "Housebuilder Ashcombe Homes has reported …": the description may open the lead.
		if (!DESCRIBED_HEADS.has(tokens[i].normal) || (i > 0 && !/^\p{Ll}/u.test(tokens[i].text)))
			continue;
		if (/[^\s]/.test(tokens[i].post) || !isNameWord(tokens[i + 1])) continue;
		let end = i + 1;
		// "Hammond & Fry": an ampersand between two name words is part of the name.
		const joinsName = (at: number) =>
			isNameWord(tokens[at]) ||
			(tokens[at]?.text === '&' && isNameWord(tokens[at + 1]) && !/[^\s]/.test(tokens[at].post));
		while (end + 1 < tokens.length && joinsName(end + 1) && !/[^\s]/.test(tokens[end].post)) end++;
		return tokens
			.slice(i + 1, end + 1)
			.map((token, j) => (j === 0 && token.normal === 'the' ? 'the' : token.text))
			.join(' ');
	}
	return undefined;
}

/** Whether the lead tags the words of `name` as a person's. */
function namesPerson(lead: Sentence, name: string): boolean {
	const words = new Set(name.split(/[\s-]/));
	const tokens = lead.tokens.filter((token) => words.has(token.text.replace(/['’]s$/, '')));
	// "Brick maker Hadleigh Clay": a firm's description before it outweighs a tagger's "Clay".
	const before = lead.tokens[lead.tokens.indexOf(tokens[0]) - 1];
	if (before && DESCRIBED_HEADS.has(before.normal)) return false;
	// "Samoan winger Iosefa Fetuao", "Amateur jockey Declan Mulcahy": names the tagger does not know,
	// but a role word before them makes them people, never "the home side" or "the gelding".
	if (before && /^\p{Ll}/u.test(before.text) && isRoleWord(before.normal)) return true;
	return (
		tokens.length > 1 &&
		((tokens.every((token) => token.tags.has('Person')) &&
			tokens.some((token) => token.tags.has('FirstName'))) ||
			// "Huw Rees-Jenkins": a double-barrelled surname, where the tagger knows no "Huw".
			(tokens.length > 2 && tokens.slice(1).every((token) => token.tags.has('LastName'))))
	);
}

const WORK_KINDS = /^(classic|novel|book|film|album|play|opera|poem|song|series|sequel|musical)$/;

/** "Marlow Foods, the UK's fourth-largest frozen food maker, has …": the name before the verb. */
function nameBeforeVerb(lead: Sentence): string | undefined {
	const tokens = lead.tokens;
	const clause = parseClause(lead);
	// "Bristol-based": compromise may take "based" for the verb; the verb is then the next one.
	const hyphenated = clause !== undefined && /-$/.test(tokens[clause.verb.from - 1]?.post ?? '');
	const verbAt =
		clause && !clause.intro && !hyphenated
			? clause.verb.from
			: tokens.findIndex(
					(token, i) =>
						token.tags.has('Verb') &&
						!token.tags.has('Participle') &&
						// "best-known touring dance companies": a gerund inside the apposition.
						!token.tags.has('Gerund') &&
						!/-$/.test(tokens[i - 1]?.post ?? '')
				);
	if (verbAt <= 0) return undefined;
	let end = verbAt - 1;
	// compromise drops the comma after a possessive-looking name ("Tandy's, the … chain,").
	const commaAfter = (i: number) =>
		/,/.test(tokens[i].post) || lead.text[tokens[i].end - lead.start] === ',';
	if (commaAfter(end)) {
		// Back over the apposition to the comma that opens it.
		let comma = end - 1;
		while (comma >= 0 && !commaAfter(comma)) comma--;
		if (comma < 0) return undefined;
		end = comma;
	}
	let start = end;
	while (start >= 0) {
		// "Huw Rees-Jenkins": a hyphen joins the parts of one name.
		const joined = start === end || !/[^\s]/.test(tokens[start].post) || tokens[start].post === '-';
		// "The Office of Fair Trading", "Cresswell & Dunn": "of", "and" and "&" inside a name.
		const linking = /^(of|and|&)$/.test(tokens[start].text) && isNameWord(tokens[start - 1]);
		if (!(joined && (isNameWord(tokens[start]) || linking))) break;
		start--;
	}
	if (start === end) return undefined;
	// "A shipyard on the Clyde has won …": a name after a preposition is not the subject itself.
	// "A family-run harp maker in south Shropshire is …": a compass word between them too.
	const compass = /^(north|south|east|west|central|mid|northern|southern|eastern|western)$/;
	const nameStart =
		tokens[start]?.normal === 'the' || compass.test(tokens[start]?.normal ?? '')
			? start - 1
			: start;
	const beforeName = tokens[nameStart];
	// "the Lancashire village of Hebbleside is to be drained": compromise may tag that "of" a place.
	if (
		beforeName?.tags.has('Preposition') ||
		/^(of|in|at|near|above|below|from|on)$/.test(beforeName?.normal ?? '')
	)
		return undefined;
	// "A sequel to the children's classic The Owls of Ferny Hollow is to be published": the title of
	// a work is no body, and "the publisher" is not the book.
	if (WORK_KINDS.test(tokens[start]?.normal ?? '')) return undefined;
	const name = tokens.slice(start + 1, end + 1);
	// "A British start-up is offering …": a description, not a name.
	if (/^(a|an)$/.test(name[0].normal)) return undefined;
	// "Farmers will pay up to 18% more …": a plural common noun, capitalised only as the first word.
	if (
		start < 0 &&
		name.length === 1 &&
		name[0].tags.has('Plural') &&
		!name[0].tags.has('ProperNoun')
	)
		return undefined;
	// A place is no firm or band: "Bristol" is where the story's subject is based, and "Baggage
	// handlers at Gatwick Airport" work there for a company the story names later.
	if (name.every((token) => ['City', 'Country', 'Region'].some((tag) => token.tags.has(tag))))
		return undefined;
	if (PLACE_HEADS.has(name[name.length - 1].normal)) return undefined;
	// "The Alder Ferry Company": the article goes with the name, in lower case mid-sentence.
	return name
		.map((token, i) => (i === 0 && token.normal === 'the' ? 'the' : token.text))
		.map((word, i) => (i < name.length - 1 && name[i].post === '-' ? word + '-' : word + ' '))
		.join('')
		.trim();
}

/** The last word of a place's name: "Gatwick Airport", "Temple Meads station", "Ibrox Stadium". */
const PLACE_HEADS = new Set(
	'airport station stadium park street road square bridge harbour docks'.split(' ')
);

function isNameWord(token: Token | undefined): boolean {
	return token !== undefined && /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(token.text);
}

const RANKING_WORD = /^(first|second|third|last|only|next|same|other|another|\p{Ll}+est)$/u;

/** The number of tokens of an opening "The <description> <head>", or 0. */
function descriptionLength(tokens: readonly Token[], heads: ReadonlySet<string>): number {
	if (tokens[0]?.normal !== 'the' || /[^\s]/.test(tokens[0].post)) return 0;
	let word = '';
	for (let i = 1, words = 0; i < tokens.length && words <= MAX_MODIFIERS; i++) {
		const token = tokens[i];
		// "the company's five depots": the owner is named as well as the subject is.
		word += token.normal.replace(/['’]s?$/, '');
		// "Leicester-based", "four-piece": compromise splits a hyphenated word in two.
		if (/^-$/.test(token.post)) {
			word += '-';
			continue;
		}
		// "the Official Charts Company" is a name, not a description: the head is lower case.
		const next = tokens[i + 1];
		// "the big supermarket chains": the head word is a modifier of another head after it (which
		// compromise may tag a verb: the tag of the next word cannot tell).
		// "the Doncaster-based company's bank" is the company's: an owner modifies nothing.
		const modifiesNoun =
			next !== undefined &&
			!/['’]s?$/.test(token.text) &&
			heads.has(next.normal.replace(/e?s$/, ''));
		if (heads.has(word) && /^\p{Ll}/u.test(token.text) && !modifiesNoun) {
			// "the group of investors", "the firm that bought it": the phrase goes on to say which one.
			if (/^(of|in|at|for|that|who)$/.test(next?.normal ?? '')) return 0;
			// "nine in the group given a dummy pill": a participle says which group, of people.
			if (
				next &&
				/^\p{Ll}/u.test(next.text) &&
				/^(given|taking|receiving|treated|told|asked)$/.test(next.normal)
			)
				return 0;
			// "the Emirati property group Al Sahil Holdings": a name right after says which one.
			const owner = /['’]s?$/.test(token.text);
			if (next && !owner && /^\p{Lu}/u.test(next.text) && /^\s*$/.test(token.post)) return 0;
			return i + 1;
		}
		const hyphenated = word.includes('-');
		// "the first club to win it three years in a row": a rank picks out another one of the kind.
		if (RANKING_WORD.test(token.normal)) return 0;
		// "the sale of the firm", "the last strike at the chain": a description has no phrase inside.
		if (token.tags.has('Preposition') || token.tags.has('Determiner')) return 0;
		if (/[^\s]/.test(token.post) || token.tags.has('Pronoun')) return 0;
		if (token.tags.has('Verb') && !hyphenated) return 0;
		word = '';
		words++;
	}
	return 0;
}

/** A described subject: the phrase as the sentence writes it, and the name it stands for. */
export interface DescribedSubject {
	phrase: string;
	name: string;
}

/**
 * By sentence index, the first "the <description> firm/band/…" in each sentence after a news lead,
 * and the lead's subject it means: the lead names it and the article names it again. Near the lead
 * any such phrase is taken to mean it; further down only where the story keeps naming it.
 */
export function describedSubjects(
	sentences: readonly Sentence[],
	isNews: boolean
): Map<number, DescribedSubject> {
	const found = subjectReferences(sentences, isNews);
	// Where the sentence has no description of the subject, "the council" may name another body,
	// and "the Coventry gymnast" the one person the lead names.
	for (const [sentence, reference] of [
		...bodyReferences(sentences),
		...personReferences(sentences, isNews)
	])
		if (!found.has(sentence)) found.set(sentence, reference);
	return found;
}

/**
 * "Carp fishing boom lifts profits at hook maker Astwood & Daunt" over "Carp anglers … have helped
 * Astwood & Daunt, one of the last hook makers in Redditch, to lift its profits": where the lead's
 * subject is not the firm, the headline's description names it, if the lead names it too.
 */
function headlineSubject(sentences: readonly Sentence[], lead: Sentence): string | undefined {
	const headline = sentences.find((sentence) => sentence.heading);
	const name = headline ? namedAfterDescription(headline) : undefined;
	return name && lead.text.includes(name) ? name : undefined;
}

function subjectReferences(
	sentences: readonly Sentence[],
	isNews: boolean
): Map<number, DescribedSubject> {
	const found = new Map<number, DescribedSubject>();
	const lead = sentences.find((sentence) => !sentence.heading);
	if (!lead) return found;
	if (!isNews) return definedSubjectReferences(sentences, lead);
	const introduced =
		subjectNameOf(lead) === undefined ? namedAfterLead(sentences, lead) : undefined;
	// "Members of Upper Clunwardine Parish Council agreed …": the body is the council, not its
	// members ("How many members should Members of … have?").
	const name = (
		introduced?.name ??
		subjectNameOf(lead) ??
		headlineSubject(sentences, lead)
	)?.replace(MEMBERS_OF, '');
	if (!name) return found;
	// "MPs should be made to declare … a cross-party group of backbenchers has said": people counted
	// by their initials ("MPs", "GPs") are many, and "the group" is someone else.
	if (/^\p{Lu}{2,}s$/u.test(name)) return found;
	// "Tom Wheatcroft hit a career-best 181 … called into the side": a person is no firm or side.
	if (namesPerson(lead, name)) return found;
	// Named again (the headline counts: "Marlow" for "Marlow Foods"), it is what the story is about.
	const firstWord = name.replace(/^the /, '').split(' ')[0];
	// "the orchestra" for "the Bristol Symphony Orchestra" names it again too.
	const nameHead = name.split(' ').at(-1)?.toLowerCase() ?? '';
	const shortened = NAME_HEADS.has(nameHead) ? new RegExp(`\\bthe ${nameHead}\\b`) : undefined;
	// "Labour has lost control of Wyremoor … after a group of independent candidates … The group was
	// set up in 2002": a political party is "the party", never "the group" or "the body".
	const heads = PARTY.test(name)
		? new Set(['party'])
		: introduced
			? introduced.heads
			: shortened
				? new Set([...DESCRIBED_HEADS, nameHead])
				: DESCRIBED_HEADS;
	const mentions = sentences.filter(
		(sentence) => sentence.text.includes(firstWord) || shortened?.test(sentence.text)
	).length;
	// Named once, the subject is still "the watchdog" of the sentence right after the lead ("The
	// Office of Fair Trading is to investigate … The watchdog said …"): a story has one regulator,
	// where "the club" may be either of two.
	const namedOnce = mentions < 2;
	if (namedOnce && !/\b(watchdog|regulator)\b/i.test(sentences[lead.index + 1]?.text ?? ''))
		return found;
	const reach = namedOnce
		? lead.index + 2
		: mentions >= THROUGHOUT
			? sentences.length
			: lead.index + 1 + MAX_DISTANCE;
	const nameWords = new Set(name.split(' '));
	// "Kestling Gas has been fined £3.5m by the industry regulator": a body the lead names by its
	// kind after the subject is another one, and "the regulator" after it is that body.
	const nameEnd = lead.start + lead.text.indexOf(name) + name.length;
	const describedAfter = lead.tokens
		.filter((token) => token.start >= nameEnd && heads.has(token.normal))
		.filter((token) => {
			const at = lead.tokens.indexOf(token);
			const before = lead.tokens.slice(Math.max(0, at - 4), at).map((word) => word.normal);
			return /\b(by|against) the\b/.test(before.join(' '));
		});
	// "sold to the Swiss food group Hallermann", "taken over by Larrabee Medical": a firm the lead
	// has bought calls its buyer "the group".
	const leadAfterName = lead.text.slice(nameEnd - lead.start);
	const bought = SOLD_TO.test(leadAfterName);
	const buyer = bought ? describedBuyer(leadAfterName) : undefined;
	const otherHeads = new Set([
		...lead.tokens
			.filter((token) => /^\p{Lu}/u.test(token.text) && !nameWords.has(token.text))
			.map((token) => token.normal)
			.filter((word) => heads.has(word)),
		...describedAfter.map((token) => token.normal),
		...(bought ? ['group', 'giant'] : [])
	]);
	// "sign striker Kelechi Nwadike from Harlowgate Town … has scored 61 goals … for the club": a
	// player's record is his old club's.
	const signedFrom = /\bsign\w*\b[^.]*\bfrom \p{Lu}/u.test(leadAfterName);
	// "Championship side Brackford United … sign Swedish striker Anders Holmgren from Kalmarvik FF":
	// a transfer has two clubs, and a description the lead did not give its subject ("the Swedish
	// club", not "the Championship side") is the other one's.
	const transfer = signedFrom || SIGNS_PLAYER.test(leadAfterName);
	const describedAs = lead.text.slice(0, Math.max(0, nameEnd - lead.start - name.length));
	for (const sentence of sentences.slice(lead.index + 1, reach)) {
		const tokens = sentence.tokens;
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i].normal !== 'the') continue;
			const length = descriptionLength(tokens.slice(i), heads);
			if (length === 0) continue;
			// "the Swiss firm" may be the buyer of the firm a lead described: only a bare "the firm"
			// is sure to be the one the next sentence named.
			if (introduced && length !== 2) continue;
			// "Ashby Rowe, the UK's second-largest funeral operator,": beside its own name the
			// description is an apposition, not a reference to the lead's subject.
			// "Ridden by Liam Corkery, the gelding beat …" opens the main clause after a phrase instead.
			// (compromise may read "beat" there as a noun: only the comma an apposition ends with tells.)
			const clauseVerb =
				!/,/.test(tokens[i + length - 1].post) && /^\p{Ll}/u.test(tokens[i + length]?.text ?? '');
			if (i > 0 && /,\s*$/.test(tokens[i - 1].post) && isNameWord(tokens[i - 1]) && !clauseVerb)
				continue;
			// "Railhaul chief executive Sarah Dunphy said … the company's eight-year history": the
			// firm whose officer speaks is "the company", not the one the lead described.
			if (speaksForOtherBody(tokens.slice(0, i), name)) break;
			// "taken over by Irish rival Kilcarran Group … the group": the head another body's name
			// ends with in the lead is that body's.
			const head = tokens[i + length - 1].normal.replace(/['’]s?$/, '');
			// "taken over by the French dairy group Laiteries Vermandel … The French group has
			// promised": a buyer the lead describes so is the one named.
			// "taken over by the Swiss precision toolmaker Hofstetter … The Swiss firm has promised":
			// a word only the buyer's description has makes any firm word the buyer's.
			const modifiers = tokens.slice(i + 1, i + length - 1);
			if (
				buyer &&
				(head === buyer.head || (modifiers.length > 0 && FIRM_WORDS.has(head))) &&
				modifiersDescribe(modifiers, buyer.description)
			) {
				found.set(sentence.index, { phrase: textOf(sentence, i, length), name: buyer.name });
				break;
			}
			if (otherHeads.has(head)) continue;
			if (signedFrom && PLAYING_RECORD.test(sentence.text) && tokens[i - 1]?.normal === 'for')
				continue;
			if (transfer && !modifiersDescribe(tokens.slice(i + 1, i + length - 1), describedAs)) {
				// The lead names one other club: "the League One side" is the one the player left.
				const otherClub = sellingClub(leadAfterName);
				if (otherClub && CLUB_HEADS.test(tokens[i + length - 1].normal))
					found.set(sentence.index, { phrase: textOf(sentence, i, length), name: otherClub });
				break;
			}
			// "Figures from the association show …" in a story about a pub chain: the body whose
			// name ends with that head ("the British Beer and Pub Association") is the one meant.
			if (namesOtherBodyWithHead(sentences, tokens[i + length - 1].normal, name)) continue;
			found.set(sentence.index, { phrase: textOf(sentence, i, length), name });
			break;
		}
	}
	return found;
}

/** The words of `length` tokens from `from`, without a possessive ending. */
function textOf(sentence: Sentence, from: number, length: number): string {
	const tokens = sentence.tokens;
	const phrase = sentence.text.slice(
		tokens[from].start - sentence.start,
		tokens[from + length - 1].end - sentence.start
	);
	return phrase.replace(/['’]s?$/, '');
}

const SOLD_TO = /\b(sold to|taken over by|bought by|acquired by|(takeover|bid|offer) (by|from))\b/i;

const PLAYING_RECORD = /\b(goals|appearances|games|matches|caps|tries|wickets)\b/;

/** Whether the article names a body other than `name` whose name ends with the head word. */
function namesOtherBodyWithHead(
	sentences: readonly Sentence[],
	head: string,
	name: string
): boolean {
	const word = head.replace(/['’]s?$/, '');
	if (!NAME_HEADS.has(word)) return false;
	const ends = [word, ...(NAME_ENDS_OF_KIND[word] ?? [])];
	if (ends.some((end) => name.toLowerCase().endsWith(end))) return false;
	const endings = ends.map((end) => `${end[0].toUpperCase()}${end.slice(1)}`).join('|');
	const named = new RegExp(`\\p{Lu}[\\p{L}'’-]* (?:${endings})\\b`, 'u');
	return sentences.some((sentence) => named.test(sentence.text));
}

/**
 * "the Melanoma Action Trust launched a campaign … The charity says": names a kind of body ends
 * with besides its own word, in a story about a tanning chain.
 */
const NAME_ENDS_OF_KIND: Readonly<Record<string, readonly string[]>> = {
	charity: ['trust', 'foundation', 'fund', 'appeal', 'society']
};

/** Officers who speak for a body: "Railhaul chief executive Sarah Dunphy". */
const OFFICER =
	/^(chief|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|boss|founder|owner|managing|director|head)$/;

/** "Finance director", "Managing director": the first word of a title, not a body. */
const DEPARTMENT =
	/^(finance|financial|managing|sales|marketing|operations|operating|technical|commercial|executive|general|deputy|assistant|acting|joint|press|communications|research|production|regional|area|group|company|club|team|site|plant|works|store|branch|project|programme|chief|football|medical|clinical|nursing|education|finance|policy|development)$/;

/** "buyer at Garside's", "spokeswoman for Tesco": a post held at a body. */
const POST_AT =
	/^(buyer|manager|director|executive|spokesman|spokeswoman|spokesperson|secretary|officer|chairman|chairwoman|head|owner|founder|boss|partner)$/;

/**
 * Whether a capitalised word outside `name` stands right before an officer's title in `tokens`
 * ("Railhaul chief executive"), or right after a post held there ("soft drinks buyer at Garside's").
 */
function speaksForOtherBody(tokens: readonly Token[], name: string): boolean {
	const words = new Set(name.split(/\s+/));
	return tokens.some(
		(token, i) =>
			isNameWord(token) &&
			!words.has(token.text) &&
			!DEPARTMENT.test(token.normal) &&
			!token.tags.has('Person') &&
			(OFFICER.test(tokens[i + 1]?.normal ?? '') ||
				(/^(at|for|of)$/.test(tokens[i - 1]?.normal ?? '') &&
					POST_AT.test(tokens[i - 2]?.normal ?? '')))
	);
}

/** Kinds of work a story calls "the film" whatever the lead called it. */
const FILM_KINDS = new Set('film drama thriller comedy documentary movie feature'.split(' '));

/**
 * "A Cotswold mineral water company … has been bought … Cleeve Spring, which bottles water …": a lead
 * that opens with a description leaves the name to the next sentence, which opens with it. Later, a
 * bare "the company" or "the firm" is that name, and "the film" the drama a lead described.
 */
function namedAfterLead(
	sentences: readonly Sentence[],
	lead: Sentence
): { name: string; heads: ReadonlySet<string> } | undefined {
	const tokens = lead.tokens;
	if (!/^(a|an)$/.test(tokens[0]?.normal ?? '')) return undefined;
	// "A gas-fired power station … is to be mothballed …, its owner has said": the name that
	// follows is the owner's, and "the station" is not the firm.
	if (/\b(its|their) (owners?|operators?|parent)\b/i.test(lead.text)) return undefined;
	// The description's head: its last noun before a preposition, a relative or the verb.
	let head: Token | undefined;
	for (const token of tokens.slice(1)) {
		if (/^\p{Lu}/u.test(token.text) && head === undefined) continue;
		if (!token.tags.has('Noun') && !token.tags.has('Adjective') && !token.tags.has('Value')) break;
		if (token.tags.has('Noun')) head = token;
		if (/[^\s-]/.test(token.post)) break;
	}
	// "A former keyboard player has won …": a person is named for himself, not as "the player".
	if (!head || head.tags.has('Actor') || head.tags.has('Person')) return undefined;
	const next = sentences.find((sentence) => sentence.index === lead.index + 1);
	if (!next || !/^\p{Lu}/u.test(next.tokens[0]?.text ?? '')) return undefined;
	const name = nameBeforeVerb(next);
	// The name must open the sentence: "Glasgow artist Iona Kerr …" names someone else.
	if (!name || !next.text.startsWith(name.replace(/^the /, 'The '))) return undefined;
	if (next.tokens.some((token) => token.tags.has('Person') && name.includes(token.text)))
		return undefined;
	const kind = head.normal;
	// "A moorland road … is to close … Lancashire County Council said": a council, a police force or
	// a school that speaks next is not the road, the building or the thing the lead described ("A
	// hospital trust … Hartbury General Hospital" is a body described).
	const body = organisationHead(name);
	const firmKind = DESCRIBED_HEADS.has(kind) || FIRM_KINDS.has(kind);
	if (body && body !== kind && !firmKind && !ORGANISATION_HEADS.has(kind)) return undefined;
	const heads = new Set([kind]);
	if (FILM_KINDS.has(kind)) for (const film of FILM_KINDS) heads.add(film);
	if (firmKind) {
		// "A British company has launched a phone … The Orvik Clarity, which …": the next sentence
		// named the product; a firm's name seldom opens with "The".
		if (/^the /i.test(name)) return undefined;
		for (const firm of DESCRIBED_HEADS) heads.add(firm);
	}
	return { name, heads };
}

/**
 * A firm named with a plural noun takes a bare apostrophe ("Corrach Seafoods'", "Medland Trains'"),
 * a one-word name or one ending in "-os", "-us" or "-is" an 's ("Yukos's").
 */
const PLURAL_NAME_END = /\s\p{Lu}\p{Ll}*(?<![siuo])s$/u;

/** Nouns a reference may qualify: "the club class", "the club record". */
const NOUN_AFTER =
	/^(class|site|section|team|squad|members?|ground|house|level|captain|record|title|final|championship|event|competition)$/;

/**
 * Nouns a body's name may qualify, with "the" before it: "the Norbeck District Council chamber",
 * "the Bellhaugh Primary School scheme".
 */
const QUALIFIED_NOUN =
	/^(chamber|offices|headquarters|building|website|depot|elections?|meeting|scheme|project|programme|plan|appeal|campaign|budget|council|board|governors|hall|site|grounds|playground|library|canteen|uniform|roll)$/;

/** Heads of names that take "the" in running text: "the Elite League", "the Tarnfield Kite Festival". */
const THE_NAME_HEADS =
	/^(league|festival|cup|championship|championships|games|trophy|society|association|institute|orchestra)$/;

/** Words before a firm's new name: "adopted the name Garthwaite & Sons", "became Bowdler & Sons". */
const NAMING = /\b(?:adopted the (?:name|title)|changed its name to|became)/;

/** The stem with the sentence's described subject ("the Leicester-based firm") named. */
const ONE_OF = /\b(?:first|last|one|some|many|most|all|few|several|best|oldest|rest) of $/i;
/** Nouns for a kind of thing, of which "the first of the breed" picks one member. */
const KIND_HEADS = /^(breed|species|variety|type|model|class|kind|genus|range|series|line|family)$/;

export function nameDescribedSubject(
	prompt: string,
	sentenceIndex: number,
	described: ReadonlyMap<number, DescribedSubject>
): string {
	const subject = described.get(sentenceIndex);
	if (!subject) return prompt;
	// "the firm adopted the name Garthwaite & Sons", "turned the firm into a limited company": a
	// sentence about the firm's own name or form would read in a circle with that name put in.
	const firstWord = escapeRegExp(subject.name.replace(/^the /i, '').split(' ')[0]);
	if (new RegExp(`${NAMING.source} ${firstWord}`, 'u').test(prompt)) return prompt;
	if (/\b(Ltd|Limited)$/.test(subject.name) && /\blimited company\b/.test(prompt)) return prompt;
	// "Kestle Blue has been produced … where the cheese is made": named just before, "the cheese" is
	// clear, and naming it again would repeat the name.
	const phraseAt = prompt.toLowerCase().indexOf(subject.phrase.toLowerCase());
	const namedBefore = new RegExp(
		`(^|[^\\p{L}])${escapeRegExp(subject.name.replace(/^the /i, ''))}(?![\\p{L}'’-]|\\s+\\p{Lu})`,
		'u'
	).exec(prompt);
	if (namedBefore && phraseAt >= 0 && namedBefore.index < phraseAt) return prompt;
	// "The company, Andes Tierra Resources, which …", "an assistant to the engineer Nathaniel
	// Crowther": a name right after the phrase is the one it describes, and already in the stem.
	const after = phraseAt >= 0 ? prompt.slice(phraseAt + subject.phrase.length) : '';
	// Set off by commas, the name belongs to the phrase only where the phrase opens the stem ("The
	// last mill in the town, Melin Ceinion," names the mill, not the town).
	if (/^\s+\p{Lu}/u.test(after) || (phraseAt === 0 && /^,\s+\p{Lu}/u.test(after))) return prompt;
	const pattern = new RegExp(
		`(^|[^\\p{L}])${escapeRegExp(subject.phrase)}(['’]s?)?(?![\\p{L}-])(\\s+\\p{Ll}+)?`,
		'iu'
	);
	// "under Thomas Brangwyn the company turned to nets": the firm's name right after the person's
	// would run the two together ("under Thomas Brangwyn Brangwyn & Solt Ltd"), so the reference
	// stays; a name with its own "the" reads well ("Under Grieves the Tansley Motor Cycle Company").
	const runsOn = /\b[Uu]nder (\p{Lu}[\p{L}'’-]* )+$/u.test(prompt.slice(0, Math.max(0, phraseAt)));
	if (phraseAt > 0 && runsOn && !/^the /i.test(subject.name)) return prompt;
	const head = subject.phrase.split(/\s+/).pop()?.toLowerCase();
	const nameHead = subject.name.split(/\s+/).pop()?.toLowerCase() ?? '';
	return prompt.replace(
		pattern,
		(
			match,
			before: string,
			possessive: string | undefined,
			next: string | undefined,
			at: number
		) => {
			// "the first of the breed", "one of the firm's": one among the kind, which a name is not.
			if (KIND_HEADS.test(head ?? '') && ONE_OF.test(prompt.slice(0, at + before.length)))
				return match;
			// "in the club class": a reference used as a modifier stays, unless the name is of its kind
			// ("the festival site" is the Tarnfield Kite Festival's).
			if (next && !possessive && nameHead !== head && NOUN_AFTER.test(next.trim())) return match;
			// "installed in the council chamber": a name before a noun it qualifies keeps "the"
			// ("the Norbeck District Council chamber", not "in Norbeck District Council chamber").
			if (next && !possessive && QUALIFIED_NOUN.test(next.trim()))
				return `${before}${before === '' ? 'The' : 'the'} ${subject.name.replace(/^the /i, '')}${next}`;
			// "The Ashdown Museum" opens a stem with its capital and goes lower case after it.
			// "the festival" is "the Tarnfield Kite Festival", "the league" "the Elite League": a name
			// whose head is the reference's own noun keeps its article.
			const keepsArticle =
				!/^the /i.test(subject.name) && nameHead === head && THE_NAME_HEADS.test(nameHead);
			const full = keepsArticle ? `the ${subject.name}` : subject.name;
			const name =
				before === '' ? full[0].toUpperCase() + full.slice(1) : full.replace(/^The /, 'the ');
			// "the company's" for "Fairbrother's" is "Fairbrother's", not "Fairbrother's's"; for
			// "Corrach Seafoods" it is "Corrach Seafoods'".
			const owner =
				possessive && !/['’]s?$/.test(name)
					? PLURAL_NAME_END.test(name)
						? possessive[0]
						: possessive
					: '';
			return before + name + owner + (next ?? '');
		}
	);
}

/** What a reference passage may call a firm before it calls it "the company". */
const FIRM_KINDS = new Set(
	'manufacturer maker company firm brewer retailer publisher shipbuilder builder importer exporter merchant chain'.split(
		' '
	)
);

/** Words between "is a" and the kind of thing: "a freshwater loch", "a Grade II listed bridge". */
const MAX_KIND_WORDS = 4;

const MONTH_PATTERN = MONTHS.join('|');
const LIFESPAN = new RegExp(
	String.raw`^\(\s*(?:born |c\. )?(?:\d{1,2} )?(?:${MONTH_PATTERN})\b|^\(\s*born\b`,
	'i'
);

/** A passage about a person: a name the lead tags as one, or a birth date in brackets after it. */
function isPersonSubject(lead: Sentence, name: string): boolean {
	const at = lead.text.indexOf(name);
	return (
		namesPerson(lead, name) || (at >= 0 && LIFESPAN.test(lead.text.slice(at + name.length).trim()))
	);
}

/**
 * "Loch Tarrach is a freshwater loch … The loch is 67 m deep": in a reference passage, "the <kind>"
 * the lead defined its subject as is that subject, and the stem names it.
 */
function definedSubjectReferences(
	sentences: readonly Sentence[],
	lead: Sentence
): Map<number, DescribedSubject> {
	const found = new Map<number, DescribedSubject>();
	const name = definedSubjectOf(lead.text);
	if (!name) return found;
	// "The Braddon Mills strike was an industrial dispute": "the dispute" and "the strike" alike;
	// "The Wayfarers' Fund is a charity": "the fund" too.
	// "The failure of the Halstow Bank": the failure, not the bank, is the subject.
	const head = / of /.test(name) ? /(?:^|\s)(\p{L}+) of /u.exec(name) : /\s(\p{L}+)$/u.exec(name);
	// "The … Mechanics' Institute is a former educational institution and library": where the name
	// says what the body is, a second kind is a part of it ("The library remained independent").
	// "Queen of the Fens (traction engine)": a headline's bracket says what the subject is.
	const bracketed = /\(([\p{Ll} ]+)\)\s*$/u.exec(
		sentences.find((sentence) => sentence.heading)?.text ?? ''
	)?.[1];
	const allKinds = [...kindsOf(lead), ...(bracketed ? [bracketed.split(' ').at(-1)!] : [])];
	const kinds = NAME_HEADS.has(head?.[1]?.toLowerCase() ?? '') ? allKinds.slice(0, 1) : allKinds;
	// "a British manufacturer of umbrellas … in 1871 the company moved": a firm is "the company" too.
	// "Silvanus Hollingdrake (14 March 1752 – 2 November 1819) was an English clockmaker": a person's
	// firm is not the person ("the firm continued … until 1856", after his death).
	const firm = kinds.some((kind) => FIRM_KINDS.has(kind)) ? ['company', 'firm'] : [];
	const person = firm.length > 0 && isPersonSubject(lead, name);
	const nouns = [...kinds, ...firm, head?.[1]?.toLowerCase()].filter(
		(noun): noun is string => noun !== undefined
	);
	if (nouns.length === 0) return found;
	const pattern = new RegExp(`(^|[^\\p{L}])the (${nouns.join('|')})(?![\\p{L}-]| of\\b)`, 'iu');
	const written = asWrittenMidSentence(name, sentences);
	const pluralName = /^(are|were)$/.test(
		lead.tokens.find((token) => /^(is|was|are|were)$/.test(token.normal))?.normal ?? ''
	);
	for (const sentence of sentences.slice(lead.index + 1)) {
		const match = pattern.exec(sentence.text);
		// "the Varley Atlas" in the life of Thomasina Varley: a capital says a name, not "the strike".
		if (!match || /^\p{Lu}/u.test(match[2])) continue;
		// "the village shop": the kind only modifies the noun after it.
		const end = sentence.start + match.index + match[0].length;
		const next = sentence.tokens.find((token) => token.start > end);
		const modifies =
			next !== undefined &&
			/^\s$/.test(sentence.text.charAt(end - sentence.start)) &&
			/^\p{Ll}/u.test(next.text) &&
			next.tags.has('Noun') &&
			!next.tags.has('Verb') &&
			// "Records kept by the station show that …": a word before "that" is the verb.
			sentence.tokens[sentence.tokens.indexOf(next) + 1]?.normal !== 'that';
		// "Silvanus Hollingdrake (14 March 1752 – …) was an English clockmaker … the firm continued
		// … until 1856, when it was sold": where "it" goes on about the firm, the firm is not the man.
		const firmAsThing =
			person &&
			/^(company|firm)$/i.test(match[2]) &&
			/\bit\b/i.test(sentence.text.slice(match.index + match[0].length));
		// "The Wharfeholme Centurions are an ice hockey club … the club plays its home games": a name
		// the lead calls plural would take "play", so the singular verb keeps the phrase.
		const singularVerb =
			pluralName &&
			next !== undefined &&
			next.tags.has('Verb') &&
			/^(is|was|has|does)$|[^s]s$/.test(next.normal);
		if (!modifies && !firmAsThing && !singularVerb)
			found.set(sentence.index, { phrase: `the ${match[2].toLowerCase()}`, name: written });
	}
	return found;
}

/**
 * "Larch crown blight" opens its passage with a capital only because it opens a sentence: a name of
 * common words, whose first word the passage writes in lower case too ("larch trees"), is written in
 * lower case mid-sentence. "Loch Tarrach" and "Bramwell seed drill" keep their capitals.
 */
function asWrittenMidSentence(name: string, sentences: readonly Sentence[]): string {
	const [first, ...rest] = name.split(' ');
	if (rest.length === 0 || rest.some((word) => !/^\p{Ll}/u.test(word))) return name;
	const lower = first[0].toLowerCase() + first.slice(1);
	const inLowerCase = new RegExp(`(^|[^\\p{L}])${lower}(?![\\p{L}])`, 'u');
	return sentences.some((sentence) => inLowerCase.test(sentence.text))
		? [lower, ...rest].join(' ')
		: name;
}

/**
 * The nouns a defining sentence calls its subject: "is a freshwater loch in …" → "loch"; "is a
 * former courthouse and county administrative building" → "courthouse" and "building" (each
 * joined phrase has its own head; "county" only modifies).
 */
function kindsOf(lead: Sentence): string[] {
	const tokens = lead.tokens;
	const copula = tokens.findIndex((token) => /^(is|was|are|were)$/.test(token.normal));
	if (copula < 0 || !/^(a|an)$/.test(tokens[copula + 1]?.normal ?? '')) return [];
	const kinds: string[] = [];
	let kind: string | undefined;
	let afterOwner = false;
	let from = copula + 2;
	for (let i = from; i < tokens.length && i <= from + MAX_KIND_WORDS; i++) {
		const token = tokens[i];
		if (token.tags.has('Preposition')) break;
		// "a stone breakwater protecting the harbour of …": the harbour is what it protects.
		if (token.tags.has('Determiner')) break;
		if (/^(and|or)$/.test(token.normal) && kind !== undefined) {
			kinds.push(kind);
			kind = undefined;
			from = i + 1;
			continue;
		}
		// "a former lighthouse keepers' dwelling": an owner only modifies the kind after it, which
		// is the next word whatever the tagger makes of it ("dwelling").
		if (/^['’]/.test(token.post) || /['’]s$/.test(token.text)) {
			afterOwner = true;
			continue;
		}
		// "a British manufacturer", "a Grade II listed bridge", "a Royal Air Force station": capitalised
		// words opening the phrase only modify.
		const modifier =
			/^\p{Lu}/u.test(token.text) &&
			tokens.slice(from, i).every((word) => /^\p{Lu}/u.test(word.text));
		if (!modifier && !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) break;
		// "a showman's road locomotive built in 1911": the last word before a participle or a
		// preposition heads the phrase, however the tagger reads it ("locomotive" as an adjective).
		const next = tokens[i + 1];
		const endsPhrase =
			kind !== undefined &&
			token.tags.has('Adjective') &&
			!token.tags.has('Verb') &&
			/^\s$/.test(token.post) &&
			next !== undefined &&
			(next.tags.has('Participle') || next.tags.has('Preposition'));
		if (!modifier && (token.tags.has('Noun') || afterOwner || endsPhrase)) kind = token.normal;
		afterOwner = false;
		// "a non-periodic comet": a hyphen joins the words of one modifier.
		if (/[^\s-]/.test(token.post)) break;
	}
	return kind === undefined ? kinds : [...kinds, kind];
}
