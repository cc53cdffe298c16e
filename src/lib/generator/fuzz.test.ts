import { describe, it, expect } from 'vitest';
import { generateQuiz } from './index';
import { createRandom } from './random';
import { expectContract } from './contract.test-helper';
import { HARBOUR_ARTICLE, SPACE_ARTICLE } from './fixtures.test-data';

function randomText(
	seed: number,
	length: number,
	alphabet: (random: () => number) => string
): string {
	const random = createRandom(seed);
	let text = '';
	while (text.length < length) text += alphabet(random);
	return text;
}

const randomBytes = (seed: number) =>
	randomText(seed, 3000, (random) => String.fromCharCode(Math.floor(random() * 256)));

const randomUnicode = (seed: number) =>
	randomText(seed, 3000, (random) =>
		String.fromCodePoint(Math.floor(random() * 0x2ffff)).replace(/[\ud800-\udfff]/g, '')
	);

const INPUTS: Record<string, string> = {
	'random bytes': randomBytes(1),
	'random unicode': randomUnicode(2),
	html: `<!doctype html><html><head><style>p{color:red}</style><script>alert("x")</script></head><body><h1>Harbour</h1>${HARBOUR_ARTICLE.split(
		'\n\n'
	)
		.map((p) => `<p class="x">${p} &amp; more &nbsp;</p>`)
		.join('')}</body></html>`,
	'markdown lists': `# Notes\n\n- Mayor Eleanor Whitcombe opened the bridge in 2021.\n- The bridge cost £18.5m.\n* Priya Raman runs a shop.\n1. First item.\n2. Second item with **bold** and [a link](http://example.com).\n\n${SPACE_ARTICLE}`,
	'all caps': HARBOUR_ARTICLE.toUpperCase(),
	emoji: HARBOUR_ARTICLE.replace(/\. /g, '. 🎉🚀 ').replace(/bridge/g, 'bridge 🌉'),
	'right-to-left text':
		'وقالت الحكومة إن الجسر الجديد سيفتح في الربيع. ويقول السكان إنهم ينتظرون منذ سنوات. وتبلغ تكلفة المشروع ملايين الدولارات.\n\nשלום עולם. זה טקסט בעברית. הגשר נפתח היום.',
	'mixed rtl and english': `${SPACE_ARTICLE}\n\nوقالت الشركة إن العقد كبير. Mayor Eleanor Whitcombe said: "مرحبا".`,
	'one-word lines': 'Bridge\nHarbour\nMayor\nNorway\n2021\nSeptember\n'.repeat(50),
	'numbers only': '12 34 56.\n78, 90. 1,200 3.5%\n£4m 2021 2022.\n'.repeat(40),
	'punctuation soup': '... !!! ??? "" \'\' ((( ))) --- ;;; :::\n'.repeat(30),
	'one long sentence':
		'Mayor Eleanor Whitcombe said the bridge in Norway cost £18m and '.repeat(300) + 'ended.',
	'unbalanced quotes': HARBOUR_ARTICLE.replace(/said/g, 'said: "').replace(/\.\n/g, '.\n"'),
	'tabs and carriage returns': HARBOUR_ARTICLE.replace(/\n/g, '\r\n').replace(/ /g, '\t'),
	'null characters': HARBOUR_ARTICLE.replace(/e/g, '\u0000')
};

describe('fuzz: never throws and keeps the contract', () => {
	for (const [name, text] of Object.entries(INPUTS)) {
		it(name, () => {
			const quiz = generateQuiz(text);
			expect(typeof quiz.title).toBe('string');
			expectContract(text, quiz.questions);
			if (quiz.questions.length === 0) expect(quiz.reason).toBeTruthy();
		});
	}

	it('random byte strings of many seeds', () => {
		for (let seed = 10; seed < 30; seed++) {
			const text = randomBytes(seed).slice(0, 400 + seed * 20);
			expectContract(text, generateQuiz(text).questions);
		}
	});

	it('a 1 MB text is refused up front with a reason', () => {
		let text = '';
		while (text.length < 1_000_000) text += HARBOUR_ARTICLE + '\n\n';
		const quiz = generateQuiz(text);
		expect(quiz.questions).toEqual([]);
		expect(quiz.reason).toMatch(/too long/);
	});

	it('input that is not a string gives a reason, not an exception', () => {
		const quiz = generateQuiz(undefined as unknown as string);
		expect(quiz.questions).toEqual([]);
		expect(quiz.reason).toBeTruthy();
	});
});
