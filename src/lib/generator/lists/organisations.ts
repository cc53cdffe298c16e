/**
 * Kinds of organisation and a few well-known names of each kind, for "Which company …?" and for
 * distractors when an article names fewer than four organisations of the same kind.
 */

export type OrganisationKind =
	| 'company'
	| 'club'
	| 'party'
	| 'media'
	| 'international body'
	| 'government body'
	| 'organisation';

export const ORGANISATIONS_BY_KIND: Record<OrganisationKind, readonly string[]> = {
	company: [
		'Microsoft',
		'Google',
		'Apple',
		'Sony',
		'Nokia',
		'Siemens',
		'Unilever',
		'Vodafone',
		'Tesco',
		'Shell',
		'BP',
		'IBM',
		'Toyota',
		'Samsung',
		'Philips',
		'Intel'
	],
	club: [
		'Arsenal',
		'Chelsea',
		'Liverpool',
		'Manchester United',
		'Manchester City',
		'Tottenham',
		'Everton',
		'Newcastle',
		'Aston Villa',
		'Celtic',
		'Rangers',
		'Real Madrid',
		'Barcelona',
		'Juventus',
		'AC Milan',
		'Bayern Munich'
	],
	party: [
		'Labour',
		'the Conservatives',
		'the Liberal Democrats',
		'the SNP',
		'Plaid Cymru',
		'the Green Party',
		'the Democrats',
		'the Republicans'
	],
	media: ['the BBC', 'ITV', 'Channel 4', 'Sky News', 'CNN', 'Reuters', 'the Guardian', 'the Times'],
	'international body': [
		'the United Nations',
		'Nato',
		'the European Union',
		'the World Bank',
		'the IMF',
		'the OECD',
		'the World Trade Organization',
		'the World Health Organization',
		'the Council of Europe',
		'the African Union'
	],
	'government body': [
		'the Treasury',
		'the Home Office',
		'the Foreign Office',
		'the Ministry of Defence',
		'the Department of Health',
		'the Bank of England',
		'the Office for National Statistics',
		'the Cabinet Office'
	],
	organisation: []
};

const KIND_HINTS: Array<[RegExp, OrganisationKind]> = [
	[
		/\b(party|democrats?|republicans?|labour|conservatives?|tories|tory|snp|ukip|greens?)\b/i,
		'party'
	],
	[
		/\b(bbc|itv|cnn|sky|channel \d|gmtv|radio|tv|television|news|broadcasting|reuters|times|guardian|telegraph|herald|gazette|post|journal)\b/i,
		'media'
	],
	[
		/\b(united nations|un|nato|eu|european union|european commission|world bank|imf|oecd|wto|who|unesco|unicef|council of europe|african union|opec|fifa|uefa|ioc|kfor)\b/i,
		'international body'
	],
	[
		/\b(ministry|department|office|treasury|commission|agency|council|parliament|senate|congress|court|police|army|navy|bank of)\b/i,
		'government body'
	],
	[
		/\b(inc|ltd|plc|corp|company|firm|co|corporation|group|holdings|motors|airlines?|airways|bank|technologies|systems|software|pharmaceuticals?|energy|telecom|entertainment|studios|records|media)\b/i,
		'company'
	]
];

export function organisationKind(name: string, isSportsTeam: boolean): OrganisationKind {
	if (isSportsTeam) return 'club';
	for (const [pattern, kind] of KIND_HINTS) if (pattern.test(name)) return kind;
	for (const [kind, names] of Object.entries(ORGANISATIONS_BY_KIND) as Array<
		[OrganisationKind, readonly string[]]
	>) {
		if (
			names.some(
				(known) =>
					known.replace(/^the /, '').toLowerCase() === name.replace(/^the /i, '').toLowerCase()
			)
		)
			return kind;
	}
	return 'organisation';
}

/** The noun a question uses for the kind: "Which club …?", "Which party …?". */
export const KIND_NOUN: Record<OrganisationKind, string> = {
	company: 'company',
	club: 'club',
	party: 'party',
	media: 'news organisation',
	'international body': 'organisation',
	'government body': 'body',
	organisation: 'organisation'
};

/** Head nouns that make a capitalised name an organisation ("Harbour Trust", "Ministry of Defence"). */
export const ORGANISATION_HEADS = new Set(
	(
		'company corporation group holdings trust council ministry department office agency authority ' +
		'commission committee association federation union institute university college hospital bank ' +
		'party foundation society club league board service organisation organization court parliament ' +
		'assembly police army navy airlines airways motors industries studios records network fund ' +
		'programme charity alliance coalition academy station laboratory school museum'
	).split(' ')
);

/** The head noun a name ends with ("Harbour Trust" → "trust"), or undefined. */
export function organisationHead(name: string): string | undefined {
	// "University of Bergen", "Norwegian Academy of Science": the head comes before "of".
	const beforeOf = / of /.test(name) ? name.split(' of ')[0] : name;
	const last = beforeOf.split(/\s+/).pop()?.toLowerCase() ?? '';
	return ORGANISATION_HEADS.has(last) ? last : undefined;
}

/** Parties written with "Party", for answers written that way. */
export const PARTIES_NAMED_PARTY = [
	'Labour Party',
	'Conservative Party',
	'Green Party',
	'Scottish National Party',
	'Democratic Party',
	'Republican Party',
	'Socialist Party',
	'Independence Party',
	"People's Party",
	'Liberal Party'
];
