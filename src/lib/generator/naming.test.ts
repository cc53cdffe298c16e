import { describe, it, expect } from 'vitest';
import { articleIndexOf, questionsOn } from './contract.test-helper';
import { nameInFull } from './naming';

const LIFE = `Edward Ashgrove\n\nEdward Ashgrove (3 May 1812 – 19 November 1879) was an English plant collector and nurseryman. He was the second son of Thomas Ashgrove, a market gardener in Bideford. In 1837 the Exeter firm of Pardoe & Lowe sent Ashgrove to Chile to collect seeds for sale to British gardeners. Ashgrove returned to England in 1843 with 140 new species. In 1858 the Linnean Society elected Edward Ashgrove a fellow. He died at his home in Torquay in 1879.`;

describe('a surname named in full', () => {
	it("is the passage's own person, not a relative who shares the surname", () => {
		const index = articleIndexOf(LIFE);
		// The father keeps his own name where the passage gives it in full.
		expect(index.facts.some((fact) => fact.option === 'Thomas Ashgrove')).toBe(true);
		const species = index.facts.find((fact) => fact.option === '140')!;
		expect(
			nameInFull('Ashgrove returned to England in 1843 with _____ new species.', species, index)
		).toBe('Edward Ashgrove returned to England in 1843 with _____ new species.');
		const prompts = questionsOn(LIFE).map((question) => question.prompt);
		expect(prompts.some((prompt) => prompt.includes('Edward Ashgrove'))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Thomas Ashgrove (to|returned)/);
	});

	it('is the passage\'s own person when honours follow the name: "Agnes Rennard FRS"', () => {
		const text = `Agnes Rennard\n\nAgnes Mary Rennard FRS (2 March 1905 – 9 June 1990) was a British geologist. Rennard was born in Stroud, the daughter of Walter Rennard, a wool merchant. She studied at Bedford College in London. She joined the Geological Survey in 1931 and mapped the Cotswold escarpment. Rennard was elected to the Royal Society in 1962.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => prompt.includes('Agnes Mary Rennard'))).toBe(true);
		for (const prompt of prompts) {
			expect(prompt).not.toContain('Walter Rennard was elected');
			expect(prompt).not.toContain('FRS');
		}
	});

	it('leaves "she" to the passage\'s subject after a father who shares her surname', () => {
		const text = `Agnes Rennard\n\nAgnes Mary Rennard (2 March 1905 – 9 June 1990) was a British geologist. Rennard was born in Stroud, the daughter of Walter Rennard, a wool merchant. She studied at Bedford College in London. She joined the Geological Survey in 1931 and mapped the Cotswold escarpment.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(
			prompts.some((prompt) => /Agnes Mary Rennard joine?d? the Geological/.test(prompt))
		).toBe(true);
	});

	it('is the passage\'s nurse, whose father\'s "his wife" comes before her own "she"', () => {
		const text = `Flora Yelland\n\nFlora Mabel Yelland RRC (14 June 1879 – 2 February 1961) was an English nurse. Yelland was born in Bideford, the daughter of Thomas Yelland, a shipwright, and his wife Harriet. She trained at the London Hospital and qualified in 1903. After the war Yelland became matron of the Royal Devon Infirmary in 1922.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts.some((prompt) => prompt.includes('Flora Mabel Yelland became matron'))).toBe(
			true
		);
		expect(prompts.some((prompt) => prompt.startsWith('Flora Mabel Yelland trained'))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toContain('Thomas Yelland became');
	});

	it('is the passage\'s subject under a shorter title: "Walter Penfold" for "Sir Walter Ambrose Penfold FRCS"', () => {
		const text = `Walter Penfold\n\nSir Walter Ambrose Penfold FRCS (14 June 1841 – 2 March 1911) was an Irish-born British surgeon. He trained in Dublin and said that London had taught him patience. His son, Richard Siddons Penfold, became a physician in Bath. In 1869 Penfold was appointed assistant surgeon at the Wolverhampton infirmary.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(
			prompts.some((prompt) => prompt.includes('Sir Walter Ambrose Penfold was appointed'))
		).toBe(true);
		for (const prompt of prompts)
			expect(prompt).not.toContain('Richard Siddons Penfold was appointed');
	});

	it('is not put into the place a passage is headed by: "Stavenby" beside Sir Ralph Stavenby', () => {
		const text = `Stavenby\n\nStavenby is a market town in Derbyshire, England. The church holds the tomb of Sir Ralph Stavenby, who died in 1471. Stavenby has a town council of 13 members. The town holds a well dressing festival each July.`;
		const index = articleIndexOf(text);
		const council = index.facts.find((fact) => fact.option === '13')!;
		expect(nameInFull('Stavenby has a town council of _____ members.', council, index)).toBe(
			'Stavenby has a town council of _____ members.'
		);
	});

	it('is not a thing named after the person: "the Torrance Mark II"', () => {
		const text = `Torrance coupling\n\nThe Torrance coupling is a railway coupling designed by the Scottish engineer Alexander Torrance and patented in 1889. Torrance began work on it in 1886. An improved version, known as the Torrance Mark II, was introduced in 1903. By 1900 it had been fitted by 35 lines.`;
		const index = articleIndexOf(text);
		const year = index.facts.find((fact) => fact.option === '1903')!;
		expect(
			nameInFull(
				'An improved version, known as the Torrance Mark II, was introduced in _____.',
				year,
				index
			)
		).toBe('An improved version, known as the Torrance Mark II, was introduced in _____.');
		const began = index.facts.find((fact) => fact.option === '1886')!;
		expect(nameInFull('Torrance began work on it in _____.', began, index)).toBe(
			'Alexander Torrance began work on it in _____.'
		);
	});

	it('is not put into a firm that bears it, nor into a longer name: "Penwardine & Co", "Penwardine Lloyd"', () => {
		const text = `Auctioneers to merge\n\nTwo livestock auctioneers on the Welsh border have agreed to merge. Ludlow-based Penwardine & Co and Lloyd Auctions will combine under the name Penwardine Lloyd from 1 July. Richard Penwardine will be chairman of the merged company.`;
		const index = articleIndexOf(text);
		const date = index.facts.find((fact) => fact.option === '1 July')!;
		const prompt =
			'Ludlow-based Penwardine & Co and Lloyd Auctions will combine under the name Penwardine Lloyd from _____.';
		expect(nameInFull(prompt, date, index)).toBe(prompt);
		const alone = `Auctioneers to merge\n\nRichard Penwardine will be chairman of the merged auctioneers. The firm will trade as Penwardine Lloyd from 1 July. Ludlow-based Penwardine & Co, where Penwardine is chairman, was founded in 1846.`;
		const aloneIndex = articleIndexOf(alone);
		const trade = 'The firm will trade as Penwardine Lloyd from _____.';
		const july = aloneIndex.facts.find((fact) => fact.option === '1 July')!;
		expect(nameInFull(trade, july, aloneIndex)).toBe(trade);
		const founded = aloneIndex.facts.find((fact) => fact.option === '1846')!;
		const firm =
			'Ludlow-based Penwardine & Co, where Penwardine is chairman, was founded in _____.';
		expect(nameInFull(firm, founded, aloneIndex)).toBe(firm);
	});
});

describe('a surname that names a ship or a boat', () => {
	const LAB = `Farra Marine Laboratory\n\nThe Farra Marine Laboratory is a marine research station in Argyll, Scotland. It was founded by Alexander Kinloch, a Glasgow shipowner, in 1889. Kinloch bought a disused curing station on the loch in 1887. The laboratory operates two boats, the larger of which, the 18-metre Kinloch, was launched in 1999. The steamer Lady Kinloch, launched in 1901, carried supplies to the station.`;
	const index = articleIndexOf(LAB);
	const factOf = (option: string) => index.facts.find((fact) => fact.option === option)!;

	it('is left alone after its description: "the 18-metre Kinloch"', () => {
		expect(
			nameInFull(
				'The laboratory operates two boats, the larger of which, the 18-metre Kinloch, was launched in _____.',
				factOf('1999'),
				index
			)
		).not.toContain('Alexander Kinloch');
	});

	it('is left alone after a title: "Lady Kinloch" is no "Lady Alexander Kinloch"', () => {
		expect(
			nameInFull(
				'The steamer Lady Kinloch, launched in _____, carried supplies to the station.',
				factOf('1901'),
				index
			)
		).not.toContain('Alexander Kinloch');
	});

	it('is still the man where he acts: "Kinloch bought"', () => {
		expect(
			nameInFull(
				'Kinloch bought a disused curing station on the loch in _____.',
				factOf('1887'),
				index
			)
		).toContain('Alexander Kinloch bought');
	});
});

describe('a surname before the thing named after the person', () => {
	it('is left alone: "A typical Pargeter loom", but "Pargeter made" is named in full', () => {
		const text = `Pargeter loom\n\nThe Pargeter loom is a ribbon loom invented by the English weaver Samuel Pargeter in 1826. A typical Pargeter loom of the 1840s wove 180 metres of ribbon a day. Pargeter made a fortune, and in 1840 he founded an institute.`;
		const index = articleIndexOf(text);
		const metres = index.facts.find((fact) => fact.option === '180')!;
		expect(
			nameInFull(
				'A typical Pargeter loom of the 1840s wove _____ metres of ribbon a day.',
				metres,
				index
			)
		).toBe('A typical Pargeter loom of the 1840s wove _____ metres of ribbon a day.');
		const year = index.facts.find((fact) => fact.option === '1840')!;
		expect(
			nameInFull('Pargeter made a fortune, and in _____ he founded an institute.', year, index)
		).toBe('Samuel Pargeter made a fortune, and in _____ he founded an institute.');
	});

	it('is named where it stands alone, not inside the thing\'s name the stem put for "the car" (fresh396)', () => {
		const text = `Marrick Comet\n\nThe Marrick Comet is a British racing car built in 1926 by the engineer Arthur Marrick. In 1928 the car crashed at Pendine Sands at about 120 mph; Marrick escaped with a broken wrist.`;
		const index = articleIndexOf(text);
		const speed = index.facts.find((fact) => fact.option.includes('120'))!;
		expect(
			nameInFull(
				'In 1928 the Marrick Comet crashed at Pendine Sands at _____ mph; Marrick escaped with a broken wrist.',
				speed,
				index
			)
		).toBe(
			'In 1928 the Marrick Comet crashed at Pendine Sands at _____ mph; Arthur Marrick escaped with a broken wrist.'
		);
	});

	it('is left alone after a count: "converting nine Dunwell farms" (fresh397)', () => {
		const text = `Egg firm sold\n\nDunwell Farms, one of Britain's biggest egg producers, is to be sold to an Irish group for £58m. Chairman Peter Dunwell, 64, said the family had decided to sell. The buyer plans to invest £18m in converting nine Dunwell farms to free-range systems.`;
		const index = articleIndexOf(text);
		const invest = index.facts.find((fact) => fact.option === '£18m')!;
		const stem =
			'The buyer plans to invest _____ in converting nine Dunwell farms to free-range systems.';
		expect(nameInFull(stem, invest, index)).toBe(stem);
	});
});

describe('a given name before a surname', () => {
	it('is never a conjunction that opens the sentence: "When Simon lost"', () => {
		const text = `England retain squash title\n\nEngland retained the European title with a win over France. Simon Pellow lost his match in straight games. "When Simon lost, there were a few nerves," said coach Alison Pettit.`;
		const record = articleIndexOf(text).people.get('simon');
		expect(record?.fullName).not.toBe('When Simon');
	});
});

describe('a couple and a title of the other sex (fresh411)', () => {
	const story = (couple: string) =>
		`Caterer jailed over wedding deposits\n\nA caterer who spent the deposits of 30 couples on gambling has been jailed for two years.\n\n${couple}, who married in Derbyshire in June 2004, lost £2,400. Mrs Pendry, a dental nurse, said relatives had raised £1,800 in a week so the wedding could go ahead.`;

	it('does not give "Mrs Pendry" the full name of her husband', () => {
		for (const question of questionsOn(story('Carys and Lee Pendry')))
			expect(question.prompt).not.toContain('Lee Pendry, a dental nurse');
		expect(articleIndexOf(story('Carys and Lee Pendry')).sharedSurnames.has('pendry')).toBe(true);
		expect(articleIndexOf(story('Lee Pendry')).sharedSurnames.has('pendry')).toBe(false);
	});

	it('still asks about a firm named after the brothers who share its name', () => {
		const text = `Pridmore & Company\n\nPridmore & Company was a British maker of farm carts and threshing machines based in Banbury. Pridmore & Company was founded in 1871 by the brothers Silas and Amos Pridmore, who had been wheelwrights in the town. By 1900 it employed 240 men.`;
		expect(questionsOn(text).some((q) => q.prompt.includes('Silas and Amos Pridmore'))).toBe(true);
	});

	it('does not name "Mr Pendry" after a woman the article calls Pendry', () => {
		const text = `Caterer jailed over wedding deposits\n\nA caterer who spent the deposits of 30 couples on gambling has been jailed for two years.\n\nBride Sarah Pendry, who married in Derbyshire in June 2004, lost £2,400. Mr Pendry, a bus driver, said relatives had raised £1,800 in a week so the wedding could go ahead.`;
		const index = articleIndexOf(text);
		const raised = index.facts.find((fact) => fact.option === '£1,800')!;
		const prompt = 'Mr Pendry, a bus driver, said relatives had raised _____ in a week.';
		expect(index.people.get('pendry')?.gender).toBe('female');
		expect(nameInFull(prompt, raised, index)).toBe(prompt);
	});
});

describe('a surname that is also a place', () => {
	it('stays the place after "in": "Strathdorran High School in Sutherland" (fresh601-07)', () => {
		const text = `Snow closes Highland school\n\nStrathdorran High School in Sutherland was forced to send home about 120 of its 410 pupils last week when heavy snow closed the roads. Head teacher Callum Sutherland said the pupils would be set work online. Ploughs reached the outlying glens on Friday.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(
			prompts.some((prompt) => prompt.startsWith('Strathdorran High School in Sutherland'))
		).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toContain('in Callum Sutherland');
	});
});
