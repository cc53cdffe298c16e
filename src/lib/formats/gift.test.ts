import * as giftPeg from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { PortableQuiz } from '../core/schemas';
import { plainQuiz, SPECIALS, trickyQuiz } from './fixtures.test-data';
import { escapeGift, exportGift } from './gift-export';
import { importGift, looksLikeGift } from './gift-import';

function counter(): () => string {
	let n = 0;
	return () => `id${++n}`;
}

/** gift-pegjs folds runs of spaces and line breaks in plain text, as Moodle's display does. */
function pegView(text: string): string {
	return text.replace(/[\n\r]/g, ' ').replace(/\s\s+/g, ' ');
}

function pegParse(gift: string): giftPeg.MultipleChoice[] {
	return giftPeg.parse(gift).filter((q): q is giftPeg.MultipleChoice => q.type === 'MC');
}

function expectSameQuestions(actual: PortableQuiz, expected: PortableQuiz) {
	expect(actual.title).toBe(expected.title);
	expect(
		actual.questions.map(({ prompt, options, answer }) => ({ prompt, options, answer }))
	).toEqual(expected.questions.map(({ prompt, options, answer }) => ({ prompt, options, answer })));
}

describe('exportGift, checked by the independent gift-pegjs parser', () => {
	it.each([
		['a plain quiz', plainQuiz],
		['every special character', trickyQuiz]
	])('writes %s as multiple-choice questions gift-pegjs reads back', (_, quiz) => {
		const parsed = pegParse(exportGift(quiz));
		expect(parsed).toHaveLength(quiz.questions.length);
		parsed.forEach((question, i) => {
			const source = quiz.questions[i];
			// An escaped `\n` comes back as a real line break; other runs of space are folded.
			expect(question.stem.text.split('\n').map(pegView)).toEqual(
				source.prompt.split('\n').map(pegView)
			);
			expect(question.choices.map((choice) => pegView(choice.text.text))).toEqual(
				source.options.map(pegView)
			);
			expect(question.choices.findIndex((choice) => choice.isCorrect)).toBe(source.answer);
			expect(question.choices.filter((choice) => choice.isCorrect)).toHaveLength(1);
			expect(question.choices.every((choice) => choice.weight === null)).toBe(true);
			expect(question.title).toContain(` - 0${i + 1}`);
		});
	});

	it('keeps every special character of a prompt exactly (checked by gift-pegjs)', () => {
		const quiz: PortableQuiz = {
			title: 'Specials',
			questions: [
				{
					...trickyQuiz.questions[0],
					prompt: `Text ${SPECIALS} end`,
					options: [`a ${SPECIALS}`, 'b ::c::', 'd {=e ~f}', 'g \\{ \\}']
				}
			]
		};
		const [question] = pegParse(exportGift(quiz));
		expect(question.stem.text).toBe(`Text ${SPECIALS} end`);
		expect(question.choices.map((c) => c.text.text)).toEqual(quiz.questions[0].options);
	});

	it('escapes each control character and the backslash, and writes line breaks as \\n', () => {
		expect(escapeGift('~=#{}:\\')).toBe('\\~\\=\\#\\{\\}\\:\\\\');
		expect(escapeGift('one\r\ntwo\nthree')).toBe('one\\ntwo\\nthree');
	});

	it('puts the quiz title in the first line and one question per blank-line block', () => {
		const gift = exportGift(plainQuiz);
		expect(gift.split('\n')[0]).toBe(`// Factdeck quiz: ${plainQuiz.title}`);
		expect(gift.trim().split(/\n\n/)).toHaveLength(plainQuiz.questions.length + 1);
	});
});

describe('importGift', () => {
	it.each([
		['a plain quiz', plainQuiz],
		['every special character', trickyQuiz]
	])('round-trips %s: same title, prompts, options and answers', (_, quiz) => {
		const result = importGift(exportGift(quiz), { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expectSameQuestions(result.quiz, quiz);
		expect(result.warnings).toEqual([]);
	});

	it('reads a right first option holding "->" as multiple choice, as Moodle does', () => {
		const quiz: PortableQuiz = {
			title: 'Arrows',
			questions: [{ ...plainQuiz.questions[0], options: ['a -> b', 'c', 'd', 'e'], answer: 0 }]
		};
		const result = importGift(exportGift(quiz), { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expectSameQuestions(result.quiz, quiz);
	});

	it('gives imported questions fresh ids, an inferred kind and an empty source', () => {
		const result = importGift(exportGift(plainQuiz), { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz.questions.map((q) => q.id)).toEqual(['id1', 'id2']);
		expect(result.quiz.questions.map((q) => q.kind)).toEqual(['who', 'how-many']);
		expect(result.quiz.questions[0].source).toEqual({ text: '', start: 0, end: 0 });
	});

	it('reads hand-written GIFT: comments, names, weights, feedback, wrapped lines, html', () => {
		const gift = [
			'// a comment line',
			'$CATEGORY: $course$/top/Rivers',
			'',
			'::R1:: Which river runs',
			'  through the old town?{',
			'  ~Elm #no',
			'  =Alder#yes',
			'  ~%0%Birch',
			'  ~Cedar',
			'  ####General feedback',
			'}',
			'',
			'// another comment',
			'[html]<p>Who rang the <b>bell</b> &amp; the gong?</p>{~%100%Ann ~Bo ~Cy ~Di}',
			'',
			'The ferry leaves at {=dawn ~noon ~dusk ~midnight}.'
		].join('\n');
		const result = importGift(gift, { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz.title).toBe('Rivers');
		expect(result.quiz.questions.map((q) => [q.prompt, q.options, q.answer, q.kind])).toEqual([
			['Which river runs through the old town?', ['Elm', 'Alder', 'Birch', 'Cedar'], 1, 'which'],
			['Who rang the bell & the gong?', ['Ann', 'Bo', 'Cy', 'Di'], 0, 'who'],
			['The ferry leaves at _____.', ['dawn', 'noon', 'dusk', 'midnight'], 0, 'cloze']
		]);
	});

	it('reads the shape Moodle exports: [html] questions whose answers inherit the format', () => {
		const gift = [
			'// question: 12  name: Boats',
			'::Boats::[html]<p>Which boat came <em>first</em>?</p>{',
			'\t~<p>The Heron</p>',
			'\t=<p>The Gull &amp; Tern</p>',
			'\t~<p>The Swift</p>',
			'\t~<p>The Kite</p>',
			'}'
		].join('\r\n');
		const result = importGift(gift, { newId: counter() });
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz.questions[0].prompt).toBe('Which boat came first?');
		expect(result.quiz.questions[0].options).toEqual([
			'The Heron',
			'The Gull & Tern',
			'The Swift',
			'The Kite'
		]);
		expect(result.quiz.questions[0].answer).toBe(1);
	});

	it('leaves out other question types with a warning that names the type', () => {
		const gift = [
			'::ok::Which?{=a ~b ~c ~d}',
			'',
			'::tf::The sky is green.{F}',
			'',
			'::short::Who wrote it?{=Ann =Ann Lee}',
			'',
			'::num::How far?{#12:2}',
			'',
			'::match::Pair them.{=a -> 1 =b -> 2 =c -> 3}',
			'',
			'::three::Which one?{=a ~b ~c}',
			'',
			'::two right::Which two?{=a =b ~c ~d}',
			'',
			'::partial::Which?{~%50%a ~%50%b ~c ~d}',
			'',
			'::essay::Write about it.{}',
			'',
			'Just a description.'
		].join('\n');
		const result = importGift(gift, { newId: counter(), fallbackTitle: 'From file' });
		if (!result.ok) throw new Error(result.reason);
		expect(result.quiz.title).toBe('From file');
		expect(result.quiz.questions).toHaveLength(1);
		const warnings = result.warnings.join('\n');
		for (const words of [
			'true/false',
			'short-answer',
			'numerical',
			'matching',
			'3 options',
			'more than one option',
			'partial-credit',
			'essay',
			'description'
		]) {
			expect(warnings).toContain(words);
		}
	});

	it('refuses a file with no usable question, saying why', () => {
		const result = importGift('::tf::The sky is green.{F}\n');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/no multiple-choice question.*true\/false/s);
	});

	it('refuses over-long input before parsing it', () => {
		const result = importGift('x'.repeat(2_000_001));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('too big');
	});

	it('refuses duplicate options and empty ones', () => {
		const result = importGift('Which?{=a ~A ~c ~d}\n\nWhich now?{=a ~ ~c ~d}');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/the same.*empty/s);
	});

	it('never throws on junk', () => {
		for (const junk of ['{', '}', '::', '{{}}', '\\', '~=~=', '::a::{=', '\uE000\\{']) {
			expect(() => importGift(junk)).not.toThrow();
			expect(importGift(junk).ok).toBe(false);
		}
	});
});

describe('looksLikeGift', () => {
	it('recognises Factdeck exports and named GIFT questions, not prose', () => {
		expect(looksLikeGift(exportGift(plainQuiz))).toBe(true);
		expect(looksLikeGift('// from Moodle\n::Q1::Which?{=a ~b ~c ~d}')).toBe(true);
		expect(looksLikeGift('The river {rose} = fell. It was ~ 3 metres.\n\nMore text.')).toBe(false);
	});
});
