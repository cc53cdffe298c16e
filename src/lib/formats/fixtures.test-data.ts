import type { PortableQuiz } from '../core/schemas';

/** Quizzes written for the format tests (own wording; no corpus text). */

export const plainQuiz: PortableQuiz = {
	title: 'The Lighthouse Keepers of Farrow Point',
	questions: [
		{
			id: 'q1',
			kind: 'who',
			prompt: 'Who lit the first lamp at Farrow Point?',
			options: ['Mara Quill', 'Tobias Venn', 'Ida Rusk', 'Owen Hale'],
			answer: 1,
			source: {
				text: 'Tobias Venn lit the first lamp at Farrow Point.',
				start: 0,
				end: 47
			}
		},
		{
			id: 'q2',
			kind: 'how-many',
			prompt: 'How many steps lead up to the lantern room?',
			options: ['112', '87', '143', '96'],
			answer: 2,
			source: { text: 'A climb of 143 steps leads to the lantern room.', start: 48, end: 95 }
		}
	]
};

/** Every character GIFT, CSV, Anki and Aiken treat specially, in titles, prompts and options. */
export const SPECIALS = '~ = # { } : \\ " , ; ' + "'" + ' % [ ] -> // $ & < > |';

export const trickyQuiz: PortableQuiz = {
	title: 'Signs: ~tilde~ = {braces} #hash \\ "quotes", commas',
	questions: [
		{
			id: 't1',
			kind: 'what',
			prompt: `What does this line hold? ${SPECIALS}\nSecond line: a = b {c} #d ~e :f \\g`,
			options: [
				`Right ${SPECIALS}`,
				'%50% of the vote',
				'[html] <b>not bold</b> &amp;',
				'Line one\nline two\twith a tab'
			],
			// Not 0: gift-pegjs (unlike Moodle) misreads a first, right option holding "->" as a
			// matching pair; gift.test.ts covers that case with Factdeck's own reader.
			answer: 3,
			source: { text: 'A sentence.', start: 0, end: 11 }
		},
		{
			id: 't2',
			kind: 'cloze',
			prompt: 'A. Lincoln wrote _____ at the table: "x, y; z".',
			options: ['ANSWER: B', 'B) not an option', '#not a comment', '=not right'],
			answer: 3,
			source: { text: '', start: 0, end: 0 }
		},
		{
			id: 't3',
			kind: 'when',
			prompt: '=+@ When did it start? \\n is not a newline here',
			options: ['=SUM(A1:A2)', '+1 in 1921', '@home', '-5 degrees'],
			answer: 2,
			source: { text: '', start: 0, end: 0 }
		},
		{
			id: 't4',
			kind: 'which',
			prompt: '#3 on the list: which river is it?',
			options: ['"Quoted"', 'Tab\there', 'Semi;colon', 'Comma, too'],
			answer: 1,
			source: { text: '', start: 0, end: 0 }
		}
	]
};
