import { describe, it, expect } from 'vitest';
import type { Question, QuestionKind } from '../core/quiz';
import { articleIndexOf, expectContract, generateWithAsides } from './contract.test-helper';
import { countedSubjectStem } from './counted-subject';

/** Articles written for these tests; every name and figure is invented. */
const FERRY = `Ferry line opens

The Alder Ferry Company launched a new route between the islands in 2019. Captain Rosa Delgado said the new ferries would carry 900 passengers a day. The company paid £4.2m for new boats built in Denmark. The first Alder crossing will take place on 3 April 2019. Rosa Delgado previously sailed for a shipping firm in Portugal. A quiet bay near Alder Harbour is home to 12,000 seals. A second route to the mainland followed in 2022. Captain Ines Moreau, Captain Lena Vos and Captain Maria Sato sail the older boats.`;

const COUNCIL = `Council sets budget

Finance chief Omar Haddad said council tax would rise by 3% in April. Engineer Thomas Okonkwo designed the new town bridge. Turnout in the Harrowgate election was 38%, the council said. The Morrow Valley Party voted against the budget on Tuesday. Priya Raman has run the Northgate Museum since 2015. Ms Raman told the Northgate Herald that the museum would open a new gallery in 2025. Councillors will vote on the budget again next month. Engineer Paul Kerr, engineer David Marsh and engineer Mark Reyes checked the design.`;

function ofKind(questions: Question[], kind: QuestionKind): Question[] {
	return questions.filter((question) => question.kind === kind);
}

function answerOf(question: Question): string {
	return question.options[question.answer];
}

const ferry = generateWithAsides(FERRY, { count: 20 });
const council = generateWithAsides(COUNCIL, { count: 20 });

describe('kinds of question', () => {
	it('keeps the contract on both fixtures', () => {
		expectContract(FERRY, ferry);
		expectContract(COUNCIL, council);
	});

	it('who: asks for the person who is the subject, with full names as options', () => {
		// The speaker is the person the article is about: a source named once is not asked about.
		const questions = generateWithAsides(
			`Ferry line opens\n\nCaptain Rosa Delgado said the new ferries would carry 900 passengers a day. Captain Ines Moreau, Captain Lena Vos and Captain Maria Sato sail the older boats. Rosa Delgado has captained ferries for 20 years. Delgado lives on the larger island.`,
			{ count: 20 }
		);
		const who = ofKind(questions, 'who').find((question) => question.prompt.startsWith('Who said'));
		expect(who?.prompt).toBe('Who said the new ferries would carry 900 passengers a day?');
		expect(answerOf(who!)).toBe('Rosa Delgado');
		for (const option of who!.options) expect(option.split(' ').length).toBeGreaterThanOrEqual(2);
	});

	it('who: a statement closed by ", X said" becomes "Who said …?"', () => {
		const questions = generateWithAsides(
			`Harbour plans\n\nThe harbour would need a new sea wall within ten years, Mayor Eleanor Whitcombe said. The council has set aside £2m for repairs. Engineers will survey the wall in May. Eleanor Whitcombe was elected in 2021. Ms Whitcombe grew up in the harbour town. Councillor Annabel Pritchard, Councillor Josephine Bellamy and Councillor Miranda Hartley voted for the repairs.`
		);
		const who = ofKind(questions, 'who')[0];
		expect(who?.prompt).toBe('Who said the harbour would need a new sea wall within ten years?');
		expect(answerOf(who!)).toBe('Eleanor Whitcombe');
	});

	it('who: a title before the name stays out of the question and the answer', () => {
		const who = ofKind(council, 'who').find((question) => /designed/.test(question.prompt));
		expect(who?.prompt).toBe('Who designed the new town bridge?');
		expect(answerOf(who!)).toBe('Thomas Okonkwo');
	});

	it('which: names the kind of organisation asked for', () => {
		const which = ofKind(council, 'which')[0];
		expect(which?.prompt).toBe('Which party voted against the budget?');
		// Every option has the same form as the answer: a name ending in "Party".
		for (const option of which!.options) expect(option).toMatch(/ Party$/);
	});

	it('what: a percentage in the predicate becomes "What percentage …", but not after "was"', () => {
		const questions = generateWithAsides(
			`Ferry fares\n\nThe Alder Ferry Company has offered 4% to its crews this year. Captain Rosa Delgado said the new ferries would carry 900 passengers a day. The company paid £4.2m for new boats built in Denmark. Rosa Delgado previously sailed for a shipping firm in Portugal.`,
			{ count: 20 }
		);
		const what = ofKind(questions, 'what').find((question) => /crews/.test(question.prompt));
		expect(what?.prompt).toBe(
			'What percentage has the Alder Ferry Company offered to its crews this year?'
		);
		expect(answerOf(what!)).toBe('4%');
		for (const option of what!.options) expect(option).toMatch(/^\d+%$/);
		// "Turnout … was 38%" would read "What percentage was turnout": it stays a cloze.
		const turnout = council.find((question) => /turnout/i.test(question.prompt));
		expect(turnout?.kind).toBe('cloze');
		expect(turnout?.prompt).toBe('Turnout in the Harrowgate election was _____, the council said.');
	});

	it('when: a year after "in" uses do-support and keeps the tense', () => {
		const when = ofKind(ferry, 'when').find((question) => /year/.test(question.prompt));
		expect(when?.prompt).toBe(
			'In what year did the Alder Ferry Company launch a new route between the islands?'
		);
		for (const option of when!.options) expect(option).toMatch(/^(19|20)\d\d$/);
	});

	it('when: "(born 4 May 1987)" after a name asks only the year of birth', () => {
		const questions = generateWithAsides(
			`Ilse Vandermeer (born 4 May 1987) is a Dutch cyclist from Zwolle. She won the national road title in 2012. Vandermeer retired from racing in 2021 after a knee injury.`
		);
		const born = questions.find((question) => /born/.test(question.prompt));
		expect(born?.prompt).toBe('In what year was Ilse Vandermeer born?');
		expect(answerOf(born!)).toBe('1987');
		for (const option of born!.options) expect(option).toMatch(/^\d{4}$/);
	});

	it('when: a full date keeps its format in every option', () => {
		const when = ofKind(ferry, 'when').find((question) => /crossing/.test(question.prompt));
		expect(when?.prompt).toBe('When will the first Alder crossing take place?');
		for (const option of when!.options) expect(option).toMatch(/^\d{1,2} [A-Z][a-z]+ 2019$/);
	});

	it('names a person by full name even where the sentence says "Ms Raman"', () => {
		const aboutGallery = council.find((question) => /gallery/.test(question.prompt));
		expect(aboutGallery).toBeDefined();
		if (aboutGallery!.kind === 'who') expect(answerOf(aboutGallery!)).toBe('Priya Raman');
		else
			expect(aboutGallery!.prompt).toBe(
				'In what year would the Northgate Museum open a new gallery, according to Priya Raman?'
			);
	});

	it('takes no verb opening a quote for a given name: "Being Clara is a dream" names no one', () => {
		const index = articleIndexOf(
			`Ballet news\n\nIlona Varga has created a new Nutcracker for the company. "Being Clara is a dream," said one dancer.`
		);
		const names = [...index.people.values()].map((person) => person.fullName);
		expect(names).toContain('Ilona Varga');
		expect(names).not.toContain('Being Clara');
	});

	it('when: reported speech is asked "according to" the speaker', () => {
		const questions = generateWithAsides(
			`Museum plans\n\nThe museum board told the Northgate Herald that the museum would open a new gallery in 2025. The gallery will show paintings from Italy. Local schools have booked 40 visits.`
		);
		expect(questions.map((question) => question.prompt)).toContain(
			'In what year would the museum open a new gallery, according to the museum board?'
		);
	});

	it('where: a country after "in" becomes a where-question with countries as options', () => {
		const where = ofKind(
			generateWithAsides(
				`Ferry line opens\n\nThe Alder Ferry Company launched a new route between the islands in 2019. The company paid £4.2m for new boats built in Denmark. Many island sailors previously worked for a shipping firm in Portugal. A quiet bay near Alder Harbour is home to 12,000 seals.`,
				{ count: 20 }
			),
			'where'
		)[0];
		expect(where?.prompt).toBe(
			'Where did many island sailors previously work for a shipping firm?'
		);
		expect(answerOf(where!)).toBe('Portugal');
		expect(where!.options).not.toContain('Denmark'.toLowerCase());
	});

	it('how-much: money as the object, with do-support and the same currency and scale', () => {
		const howMuch = ofKind(ferry, 'how-much')[0];
		expect(howMuch?.prompt).toBe(
			'How much did the Alder Ferry Company pay for new boats built in Denmark?'
		);
		for (const option of howMuch!.options) expect(option).toMatch(/^£\d+(\.\d)?m$/);
	});

	it('how-many: a count with its noun moves to the front', () => {
		const questions = generateWithAsides(
			`Seal count\n\nThe Tern Island Trust counted 640 seals on the beach in 2021. Warden Marta Kowalski said the colony had grown every year since 2015. Each seal eats about 5 kilograms of fish a day.`,
			{ count: 10 }
		);
		const howMany = ofKind(questions, 'how-many');
		expect(howMany.map((question) => question.prompt)).toContain(
			'How many seals did the Tern Island Trust count on the beach in 2021?'
		);
		const kilograms = howMany.find((question) => /kilograms/.test(question.prompt));
		if (kilograms) for (const option of kilograms.options) expect(option).toMatch(/^about \d+$/);
	});

	it('how-many: a count that opens the sentence as its subject keeps its noun after "How many"', () => {
		const questions = generateWithAsides(
			`Seal count\n\nThe Tern Island Trust has counted a record number of grey seals on the island this winter. About 3,400 seals were counted on the beaches in December, the trust said. Warden Marta Kowalski said the colony had grown every year since 2015.`,
			{ count: 10 }
		);
		const howMany = questions.find((question) => answerOf(question) === 'About 3,400');
		expect(howMany?.kind).toBe('how-many');
		expect(howMany?.prompt).toBe(
			'How many seals were counted on the beaches in December, according to the Tern Island Trust?'
		);
	});

	it('how-many: a span of time or a share of a group opening the sentence is not asked so', () => {
		const index = articleIndexOf(
			`Rovers win\n\nRovers beat Town 2-0 at Mill Lane on Saturday. Ten minutes later Tom Reid scored again for Rovers. Two of the strikers were injured in the second half. About 4,000 fans were at the game.`
		);
		const stemOf = (answer: string) =>
			countedSubjectStem(
				index.facts.find((fact) => fact.option === answer)!,
				index
			)?.prompt;
		expect(stemOf('Ten')).toBeUndefined();
		expect(stemOf('Two')).toBeUndefined();
		expect(stemOf('About 4,000')).toBe('How many fans were at the game?');
	});

	it('how-many: keeps a capital the article gives mid-sentence, and the speaker without "has"', () => {
		const index = articleIndexOf(
			`Lifeguard shortage\n\nNine Cornish beaches will have no lifeguards on weekdays this summer, the county's beach safety service has said.\n\nMore than 1,400 people were helped by lifeguards on Cornish beaches last year.`
		);
		const nine = index.facts.find((fact) => fact.option === 'Nine')!;
		expect(countedSubjectStem(nine, index)?.prompt).toBe(
			"How many Cornish beaches will have no lifeguards on weekdays this summer, according to the county's beach safety service?"
		);
	});

	it('cloze: used when no wh-question reads well, with one blank over the whole answer', () => {
		const cloze = ofKind(ferry, 'cloze')[0];
		expect(cloze?.prompt).toBe('A quiet bay near Alder Harbour is home to _____ seals.');
		expect(cloze!.prompt.match(/_____/g)).toHaveLength(1);
	});
});

describe('a place named after its kind and "of" (fresh393)', () => {
	it('is no person: "the French resort of Val Cérise" draws no names of people as options', () => {
		const index = articleIndexOf(
			`Teenager wins slalom title\n\nSixteen-year-old Isla Drummond won the women's slalom at the British Championships when she took the title in the Italian resort of Val Serena on Friday. About 60 skiers took part, organisers said.`
		);
		const people = index.facts.filter((fact) => fact.type === 'person').map((fact) => fact.text);
		expect(people).not.toContain('Val Serena');
		expect(people).toContain('Isla Drummond');
	});
});
