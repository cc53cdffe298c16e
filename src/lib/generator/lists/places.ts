/** Countries and cities grouped by region, for distractors of the same kind and neighbourhood. */

export const COUNTRIES_BY_REGION: Record<string, readonly string[]> = {
	// Where a Briton has a holiday flat, a sunnier neighbour is the believable wrong option.
	'southern-europe': ['Spain', 'Portugal', 'Italy', 'Greece', 'Cyprus', 'Malta'],
	'western-europe': [
		'France',
		'Germany',
		'Belgium',
		'the Netherlands',
		'Switzerland',
		'Austria',
		'Luxembourg',
		'the UK',
		'Britain'
	],
	'uk-nations': ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Ireland'],
	'northern-europe': [
		'Sweden',
		'Norway',
		'Denmark',
		'Finland',
		'Iceland',
		'Estonia',
		'Latvia',
		'Lithuania'
	],
	'eastern-europe': [
		'Poland',
		'Hungary',
		'Romania',
		'Bulgaria',
		'Ukraine',
		'Belarus',
		'Russia',
		'the Czech Republic',
		'Slovakia',
		'Moldova'
	],
	balkans: [
		'Serbia',
		'Kosovo',
		'Croatia',
		'Bosnia',
		'Albania',
		'Montenegro',
		'North Macedonia',
		'Slovenia'
	],
	'middle-east': [
		'Iran',
		'Iraq',
		'Syria',
		'Israel',
		'Jordan',
		'Lebanon',
		'Saudi Arabia',
		'Turkey',
		'Egypt',
		'Kuwait',
		'Qatar',
		'Yemen'
	],
	africa: [
		'Nigeria',
		'Kenya',
		'South Africa',
		'Ghana',
		'Ethiopia',
		'Uganda',
		'Tanzania',
		'Zimbabwe',
		'Morocco',
		'Algeria',
		'Senegal',
		'Sudan'
	],
	'south-asia': ['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Afghanistan'],
	'east-asia': [
		'China',
		'Japan',
		'South Korea',
		'North Korea',
		'Taiwan',
		'Vietnam',
		'Thailand',
		'Indonesia',
		'Malaysia',
		'Singapore',
		'the Philippines'
	],
	americas: [
		'the US',
		'the United States',
		'America',
		'Canada',
		'Mexico',
		'Brazil',
		'Argentina',
		'Chile',
		'Colombia',
		'Peru',
		'Venezuela',
		'Cuba'
	],
	oceania: ['Australia', 'New Zealand', 'Fiji', 'Papua New Guinea']
};

export const CITIES_BY_REGION: Record<string, readonly string[]> = {
	// Cities of one country with cities of the same country: Dublin is never the odd one out.
	'uk-ireland': [
		'London',
		'Manchester',
		'Birmingham',
		'Glasgow',
		'Edinburgh',
		'Cardiff',
		'Belfast',
		'Leeds',
		'Liverpool',
		'Bristol',
		'Newcastle'
	],
	ireland: ['Dublin', 'Cork', 'Limerick', 'Galway', 'Waterford'],
	europe: [
		'Paris',
		'Berlin',
		'Madrid',
		'Rome',
		'Brussels',
		'Amsterdam',
		'Vienna',
		'Lisbon',
		'Geneva',
		'Stockholm',
		'Munich',
		'Milan',
		'Barcelona',
		'Athens'
	],
	'eastern-europe': [
		'Warsaw',
		'Prague',
		'Moscow',
		'Budapest',
		'Bucharest',
		'Sofia',
		'Kiev',
		'Minsk'
	],
	// A small Balkan capital stands out among Europe's big cities: it has its own peers.
	balkans: ['Belgrade', 'Zagreb', 'Sarajevo', 'Pristina', 'Skopje', 'Tirana', 'Ljubljana'],
	americas: [
		'New York',
		'Washington',
		'Los Angeles',
		'Chicago',
		'Boston',
		'San Francisco',
		'Toronto',
		'Montreal',
		'Mexico City',
		'Buenos Aires',
		'Rio de Janeiro',
		'Sao Paulo'
	],
	// Dubai among Tokyo, Seoul and Beijing is the one Gulf city: Asia is three regions.
	'east-asia': [
		'Tokyo',
		'Beijing',
		'Shanghai',
		'Hong Kong',
		'Seoul',
		'Bangkok',
		'Singapore',
		'Jakarta',
		'Manila',
		'Kuala Lumpur'
	],
	'south-asia': ['Delhi', 'Mumbai', 'Karachi', 'Dhaka', 'Colombo', 'Kolkata', 'Lahore'],
	'middle-east': [
		'Dubai',
		'Abu Dhabi',
		'Doha',
		'Riyadh',
		'Tehran',
		'Beirut',
		'Amman',
		'Kuwait City'
	],
	africa: ['Cairo', 'Lagos', 'Nairobi', 'Johannesburg', 'Cape Town', 'Accra', 'Addis Ababa'],
	oceania: ['Sydney', 'Melbourne', 'Auckland', 'Brisbane', 'Perth', 'Wellington']
};

function regionOf(table: Record<string, readonly string[]>, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [region, names] of Object.entries(table)) {
		if (names.some((entry) => entry.toLowerCase() === wanted)) return region;
	}
	return undefined;
}

export function countryRegion(name: string): string | undefined {
	return regionOf(COUNTRIES_BY_REGION, name) ?? regionOf(COUNTRIES_BY_REGION, 'the ' + name);
}

export function cityRegion(name: string): string | undefined {
	return regionOf(CITIES_BY_REGION, name);
}

/**
 * The countries most often in world news. For one of them the wrong options are its peers, not its
 * neighbours: a Russian firm files for bankruptcy in the US rather than in Mexico.
 */
export const MAJOR_COUNTRIES: readonly string[] = [
	'the US',
	'the UK',
	'China',
	'Russia',
	'France',
	'Germany',
	'Japan',
	'India',
	'Canada',
	'Italy',
	'Brazil',
	'Australia'
];

/** Other names of the major countries; England or Wales is not the UK in a list of options. */
const MAJOR_ALIASES: Record<string, string> = {
	us: 'the US',
	usa: 'the US',
	'the usa': 'the US',
	'the united states': 'the US',
	america: 'the US',
	uk: 'the UK',
	britain: 'the UK',
	'great britain': 'the UK',
	'the united kingdom': 'the UK'
};

export function isMajorCountry(name: string): boolean {
	const lower = name.toLowerCase();
	return MAJOR_COUNTRIES.some((major) => major.toLowerCase() === lower) || lower in MAJOR_ALIASES;
}

/**
 * Where British firms of the 2000s moved their making to save on wages: beside China, a move to
 * Germany or the US is no believable option (reviewers rejected such options as giveaways).
 */
export const LOW_COST_MAKERS: readonly string[] = [
	'China',
	'India',
	'Vietnam',
	'Bangladesh',
	'Sri Lanka',
	'Indonesia',
	'Thailand',
	'Malaysia',
	'the Philippines',
	'Pakistan',
	'Cambodia',
	'Poland',
	'Hungary',
	'Romania',
	'Bulgaria',
	'the Czech Republic',
	'Slovakia',
	'Turkey',
	'Morocco',
	'Tunisia',
	'Mexico'
];

/**
 * World cities a reader names without thinking: among a country's smaller cities the capital is the
 * obvious guess (a US star's gig in London, not Cardiff), so their wrong options are each other.
 */
export const WORLD_CITIES: Record<string, readonly string[]> = {
	europe: ['London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Moscow', 'Amsterdam', 'Vienna'],
	americas: ['New York', 'Los Angeles', 'Washington', 'Chicago', 'Toronto', 'Mexico City'],
	asia: ['Tokyo', 'Beijing', 'Shanghai', 'Hong Kong', 'Seoul', 'Sydney']
};

/** The world cities of the same part of the world as `name`, or undefined if it is not one. */
export function worldCityPeers(name: string): readonly string[] | undefined {
	const lower = name.toLowerCase();
	return Object.values(WORLD_CITIES).find((cities) =>
		cities.some((city) => city.toLowerCase() === lower)
	);
}

/** Names that mean the same country, so that one is never offered as a wrong answer to the other. */
export const SAME_COUNTRY: readonly (readonly string[])[] = [
	['the UK', 'Britain', 'the United Kingdom', 'Great Britain', 'UK'],
	['the US', 'the United States', 'America', 'US', 'USA', 'the USA'],
	['the Netherlands', 'Holland'],
	['Bosnia', 'Bosnia and Herzegovina'],
	// A nation and the state it belongs to overlap: neither is a wrong answer for the other.
	['England', 'Britain', 'the UK', 'Great Britain', 'the United Kingdom', 'UK'],
	['Scotland', 'Britain', 'the UK', 'Great Britain', 'the United Kingdom', 'UK'],
	['Wales', 'Britain', 'the UK', 'Great Britain', 'the United Kingdom', 'UK'],
	['Northern Ireland', 'Britain', 'the UK', 'Great Britain', 'the United Kingdom', 'UK']
];

/** Regions whose names make plausible second-choice distractors for each other. */
export const NEIGHBOUR_REGIONS: Record<string, readonly string[]> = {
	'uk-nations': ['western-europe'],
	'western-europe': ['uk-nations', 'northern-europe'],
	'northern-europe': ['western-europe', 'eastern-europe'],
	'eastern-europe': ['balkans', 'northern-europe', 'europe'],
	balkans: ['eastern-europe'],
	'middle-east': ['africa', 'south-asia'],
	africa: ['middle-east'],
	'south-asia': ['east-asia', 'middle-east'],
	'east-asia': ['south-asia', 'oceania'],
	americas: ['western-europe'],
	oceania: ['east-asia'],
	'uk-ireland': ['europe'],
	ireland: ['uk-ireland'],
	europe: ['uk-ireland', 'eastern-europe']
};

/**
 * Counties and regions that lie in one nation of the UK: "a Lancashire borough" is in England, "Fife
 * and Tayside" in Scotland, so a stem that names one gives its nation away. So do "the north
 * Midlands", "the Inner Hebrides" and a loch ("Port Gareloch on the west coast of _____").
 */
export const REGIONS_OF_NATIONS: Record<string, RegExp> = {
	england:
		/\b(Lancashire|Yorkshire|Cumbria|Northumberland|Tyneside|Teesside|Merseyside|Cheshire|Derbyshire|Nottinghamshire|Leicestershire|Lincolnshire|Northamptonshire|Warwickshire|Worcestershire|Staffordshire|Shropshire|Herefordshire|Gloucestershire|Oxfordshire|Buckinghamshire|Bedfordshire|Hertfordshire|Cambridgeshire|Norfolk|Suffolk|Essex|Kent|Sussex|Surrey|Hampshire|Berkshire|Wiltshire|Dorset|Somerset|Devon|Cornwall|Midlands|East Anglia|the Home Counties)\b/,
	scotland:
		/\b(Fife|Tayside|Lothian|Strathclyde|Grampian|Aberdeenshire|Perthshire|Argyll|Ayrshire|Lanarkshire|Dumfriesshire|Caithness|Orkney|Shetland|Hebrides|Highlands?|\p{L}*[Ll]och)\b/u,
	wales:
		/\b(Gwynedd|Powys|Ceredigion|Pembrokeshire|Carmarthenshire|Glamorgan|Gwent|Clwyd|Dyfed|Anglesey|Snowdonia|Monmouthshire|Denbighshire|Flintshire)\b/,
	'northern ireland': /\b(County (Antrim|Armagh|Tyrone|Fermanagh|Down|Londonderry))\b/
};

/** UK cities by nation: the nation's people's name in a stem gives a city away ("the Welsh legend"). */
export const CITIES_OF_NATIONS: ReadonlyArray<{
	nation: string;
	cities: readonly string[];
	people: RegExp;
}> = [
	{
		nation: 'Wales',
		cities: ['Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor'],
		people: /\b(Welsh|Wales)\b/
	},
	{
		nation: 'Scotland',
		cities: ['Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee', 'Inverness', 'Perth', 'Stirling'],
		people: /\b(Scottish|Scotland|Scots)\b/
	},
	{
		nation: 'Northern Ireland',
		cities: ['Belfast', 'Derry', 'Londonderry'],
		people: /\b(Northern Irish|Northern Ireland|Ulster)\b/
	}
];
