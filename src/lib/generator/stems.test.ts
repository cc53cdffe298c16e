import { describe, it, expect } from 'vitest';
import { answerOf, questionsOn } from './contract.test-helper';
import { DROPPABLE_OPENING } from './filters';
import { withoutInstead, withoutWeekday } from './stems';

const LIFE = `Hester Wraycroft

Hester Wraycroft (14 May 1838 - 2 November 1911) was an English botanical illustrator. She is best known for her plates of the plants of Somerset.

She was taught to draw by her aunt, the painter Mary Hoskins. Her first published plates appeared in 1862 in a monthly periodical.

In 1867 she was approached by the vicar of Wiveliscombe, who was preparing a survey of the flowering plants of Somerset. In the spring of 1873, she sailed for Cape Town, where she spent a year painting.

The survey took seven years to complete. Her plates for it are now held by the Natural History Museum.`;

describe('a biography told with "she" and "her"', () => {
	it('asks "In what year" of "In 1867 she was approached …", naming the subject for "she"', () => {
		const approached = questionsOn(LIFE).find((q) => answerOf(q) === '1867');
		expect(approached?.prompt).toBe(
			'In what year was Hester Wraycroft approached by the vicar of Wiveliscombe?'
		);
	});

	it('names the subject for "she" after an opening phrase that holds the blank', () => {
		const sailed = questionsOn(LIFE).find((q) => answerOf(q) === '1873');
		expect(sailed?.prompt).toMatch(/^In the spring of _____, Hester Wraycroft sailed/);
	});

	it('names the owner of an opening "Her", through a sentence about "she" that names another', () => {
		const plates = questionsOn(LIFE).find((q) => answerOf(q) === '1862');
		expect(plates?.prompt).toMatch(/^Hester Wraycroft's first published plates/);
	});

	it('leaves an opening "Her" alone in news, where a shared surname may mislead', () => {
		const news = `Glasgow painter wins portrait prize\n\nA portrait of a 91-year-old former mill worker by her granddaughter has won a leading prize for portrait painting.\n\nGlasgow artist Iona Kerr, 34, receives £20,000 after being named winner of the Halloran Portrait Award in Edinburgh on Tuesday night.\n\nHer painting, Nan at 91, shows her grandmother, Jessie Kerr, sitting in her kitchen in Paisley.\n\nThe judges chose it from 1,240 entries, the award's organisers said.\n\nJessie Kerr worked at a thread mill in Paisley for 43 years.`;
		for (const question of questionsOn(news))
			expect(question.prompt).not.toMatch(/Kerr's painting/);
	});
});

describe('a linking word dropped from the opening of a stem', () => {
	it('is never the "So" of "So far" or the "Yet" of "Yet another"', () => {
		const drop = (text: string) => text.replace(DROPPABLE_OPENING, '');
		expect(drop('So far only seven stations are using it.')).toBe(
			'So far only seven stations are using it.'
		);
		expect(drop('Yet another delay was announced.')).toBe('Yet another delay was announced.');
		expect(drop('So the plan failed.')).toBe('the plan failed.');
		expect(drop('Yet it failed.')).toBe('it failed.');
	});
});

describe('"instead" in a stem', () => {
	it('is dropped, since the plan it answers is in the sentence before; "instead of" stays', () => {
		expect(withoutInstead('Vowles instead proposed an inclined plane in _____.')).toBe(
			'Vowles proposed an inclined plane in _____.'
		);
		expect(withoutInstead('The club, instead, signed _____.')).toBe('The club signed _____.');
		expect(withoutInstead('She used a pen instead of a brush in _____.')).toBe(
			'She used a pen instead of a brush in _____.'
		);
		const text = `Ambrose Pellow\n\nAmbrose Pellow (2 March 1790 - 8 May 1858) was an English civil engineer who built canals in Devon. In 1823 Pellow was made engineer of the Tamar canal. The hill at its eastern end would have needed fourteen locks. Pellow instead proposed an inclined plane, on which boats were carried up a slope of about 1 in 8. He died in Bath in 1858.`;
		const plane = questionsOn(text).find((question) => /inclined plane/.test(question.prompt));
		expect(plane?.prompt).toMatch(/^Ambrose Pellow proposed an inclined plane/);
	});
});

describe('the weekday of an announcement', () => {
	it('is dropped, but a weekday that recurs ("on Saturday mornings") stays', () => {
		expect(withoutWeekday('The minister said on Monday that _____ jobs would go.')).toBe(
			'The minister said that _____ jobs would go.'
		);
		expect(
			withoutWeekday('Patients in _____ will be able to see their doctor on Saturday mornings.')
		).toBe('Patients in _____ will be able to see their doctor on Saturday mornings.');
		expect(withoutWeekday('Lambs were sold near Builth Wells, on Monday, for _____ a head.')).toBe(
			'Lambs were sold near Builth Wells, for _____ a head.'
		);
		// ", starting on Thursday." would be left "starting." (fresh481-10).
		expect(
			withoutWeekday('The play will be staged _____ times in the laundrette, starting on Thursday.')
		).toBe('The play will be staged _____ times in the laundrette, starting on Thursday.');
		expect(withoutWeekday('They recorded _____ species on Sunday alone.')).toBe(
			'They recorded _____ species on Sunday alone.'
		);
		// "on Friday and Saturday nights" is when, every week.
		expect(
			withoutWeekday('The _____ scheme cuts disorder in the town on Friday and Saturday nights.')
		).toBe('The _____ scheme cuts disorder in the town on Friday and Saturday nights.');
		// "on Saturday, the first day of trading": the apposition describes the day.
		expect(
			withoutWeekday('It welcomed _____ visitors on Saturday, the first day of trading.')
		).toBe('It welcomed _____ visitors on Saturday, the first day of trading.');
		// "on Sunday, the best result …" describes the result, not the day, which goes.
		expect(
			withoutWeekday('They finished _____ at Le Mans on Sunday, the best result for years.')
		).toBe('They finished _____ at Le Mans, the best result for years.');
		// "on Saturday week" is a date a week on, not the weekday of an announcement.
		expect(withoutWeekday('They meet Sussex in a semi-final at The Oval on Saturday week.')).toBe(
			'They meet Sussex in a semi-final at The Oval on Saturday week.'
		);
	});

	it('stays where a participle would be left bare: "which were released on Tuesday,"', () => {
		expect(
			withoutWeekday('The results, which were released on Tuesday, sent shares up by _____.')
		).toBe('The results, which were released on Tuesday, sent shares up by _____.');
		expect(withoutWeekday('Voters approved _____ francs in a referendum held on Sunday.')).toBe(
			'Voters approved _____ francs in a referendum held on Sunday.'
		);
		const report = 'A report published on Wednesday found that claims took _____ days.';
		expect(withoutWeekday(report)).toBe(report);
		const figures = 'A record _____ candidates are standing, figures published on Wednesday show.';
		expect(withoutWeekday(figures)).toBe(figures);
		expect(withoutWeekday('Talks over _____ jobs ended late on Tuesday.')).toBe(
			'Talks over _____ jobs ended late.'
		);
		expect(
			withoutWeekday('Controllers picked up a signal late on Sunday using a dish of _____.')
		).toBe('Controllers picked up a signal using a dish of _____.');
		expect(withoutWeekday('Talks over _____ jobs ended late on Monday night.')).toBe(
			'Talks over _____ jobs ended late.'
		);
		expect(
			withoutWeekday('_____ litres escaped from a tank near Hesketh Moor late on Monday night.')
		).toBe('_____ litres escaped from a tank near Hesketh Moor.');
		// "on Sunday 16 January": the date keeps its preposition.
		expect(
			withoutWeekday('The fire broke out at 0200 GMT on Sunday 16 January, with _____ aboard.')
		).toBe('The fire broke out at 0200 GMT on 16 January, with _____ aboard.');
		// After a comma, "early" said when, and goes with its day.
		expect(withoutWeekday('A hillside _____ metres wide gave way, early on Wednesday.')).toBe(
			'A hillside _____ metres wide gave way.'
		);
		// "on Friday's closing price": the day owns the price, and goes with it or not at all.
		expect(
			withoutWeekday("It will pay _____ a share, a premium of 31% on Friday's closing price.")
		).toBe("It will pay _____ a share, a premium of 31% on Friday's closing price.");
	});
});

describe('withoutWeekday: the comma left at the end (fresh305)', () => {
	it('drops the comma the day leaves before the question mark', () => {
		expect(
			withoutWeekday('How many miners returned to work at the Cerro mine in Potosí, on Monday?')
		).toBe('How many miners returned to work at the Cerro mine in Potosí?');
	});
});
