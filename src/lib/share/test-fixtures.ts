import type { PortableQuiz } from '$lib/core/schemas';
import type { Question, QuestionKind } from '$lib/core/quiz';

/** Invented quizzes for the share tests (not from any real article). */

const FACTS: [QuestionKind, string, string[], number, string][] = [
	[
		'who',
		'Who founded the lantern museum in Varnholt?',
		['Ilse Marrow', 'Tomas Brell', 'Edda Quint', 'Piet Osmann'],
		2,
		'Edda Quint founded the lantern museum in Varnholt after the flood of 1911.'
	],
	[
		'when',
		'When did the flood reach the old harbour of Varnholt?',
		['In 1909', 'In 1911', 'In 1913', 'In 1915'],
		1,
		'In 1911 the flood reached the old harbour and closed it for two years.'
	],
	[
		'how-many',
		'How many lanterns does the museum keep on display?',
		['About 140', 'About 320', 'About 610', 'About 900'],
		1,
		'The museum keeps about 320 lanterns on display, most of them from fishing boats.'
	],
	[
		'where',
		'Where were most of the lanterns first used?',
		['On fishing boats', 'In coal mines', 'On railway lines', 'In lighthouses'],
		0,
		'Most of the lanterns were first used on fishing boats along the northern coast.'
	],
	[
		'which',
		'Which metal were the oldest lanterns made of?',
		['Copper', 'Tin', 'Brass', 'Iron'],
		3,
		'The oldest lanterns in the collection were made of iron and weigh several kilos.'
	],
	[
		'what',
		'What burned in the lanterns before 1880?',
		['Whale oil', 'Paraffin', 'Olive oil', 'Gas'],
		0,
		'Before 1880 the lanterns burned whale oil, later paraffin.'
	],
	[
		'how-much',
		'How much did a ticket to the museum cost when it opened?',
		['Two pennies', 'Five pennies', 'One shilling', 'Two shillings'],
		0,
		'When the museum opened, a ticket cost two pennies and children went in free.'
	],
	[
		'cloze',
		'The museum moved into the former ____ in 1932.',
		['customs house', 'town hall', 'grain store', 'rope works'],
		0,
		'In 1932 the museum moved into the former customs house by the quay.'
	],
	[
		'who',
		'Who restored the museum after the fire of 1958?',
		['Marta Venn', 'Ilse Marrow', 'Tomas Brell', 'Karel Duif'],
		0,
		'After the fire of 1958 the architect Marta Venn restored the building.'
	],
	[
		'how-many',
		'How many visitors came to the museum last year?',
		['About 8,000', 'About 12,000', 'About 21,000', 'About 40,000'],
		2,
		'Last year about 21,000 visitors came, a third of them school classes.'
	]
];

export function question(index: number): Question {
	const [kind, prompt, options, answer, text] = FACTS[index % FACTS.length];
	return {
		id: `gen-${index}`,
		kind,
		prompt: index < FACTS.length ? prompt : `${prompt} (part ${index + 1})`,
		options: [...options],
		answer,
		source: { text, start: 100 * index, end: 100 * index + text.length }
	};
}

export function quizOf(count: number, title = 'The lantern museum of Varnholt'): PortableQuiz {
	return { title, questions: Array.from({ length: count }, (_, i) => question(i)) };
}

/** A small seeded PRNG (mulberry32-style mixing), so fuzz runs are repeatable. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ren',
	'sto',
	'vu',
	'bel',
	'dra',
	'ni',
	'qua',
	'ze',
	'por',
	'tis',
	'fen'
];

function randomWord(random: () => number): string {
	const length = 1 + Math.floor(random() * 3);
	let word = '';
	for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
	return word;
}

function randomText(random: () => number, words: number): string {
	return Array.from({ length: words }, () => randomWord(random)).join(' ');
}

/** A quiz of invented words, which compresses about as badly as real text of the same length. */
export function randomQuiz(
	random: () => number,
	count: number,
	sizes = { prompt: 10, option: 3, source: 18 }
): PortableQuiz {
	return {
		title: randomText(random, 4),
		questions: Array.from({ length: count }, (_, i) => {
			const options = Array.from(
				{ length: 4 },
				(_, o) => `${'ABCD'[o]} ${randomText(random, sizes.option)}`
			);
			const text = randomText(random, sizes.source);
			return {
				id: `r${i}`,
				kind: 'what' as const,
				prompt: `${randomText(random, sizes.prompt)}?`,
				options,
				answer: Math.floor(random() * 4),
				source: { text, start: 0, end: text.length }
			};
		})
	};
}
