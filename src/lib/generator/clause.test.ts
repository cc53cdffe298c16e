import { describe, it, expect } from 'vitest';
import { answerOf, articleIndexOf, questionsOn } from './contract.test-helper';
import { buildStem } from './questions';

describe('the clause a wh-question is built from', () => {
	it('does not take "worth" for a verb: "An award …, worth £3,000, was won by …"', () => {
		const text = `Glasgow painter wins portrait prize\n\nGlasgow artist Iona Kerr has won the Halloran Portrait Award, Scotland's richest prize for portrait painting.\n\nA separate award for artists under 25, worth £3,000, was won by Sheffield student Kieran Walsh.\n\nThe winning portrait took Kerr 14 months to paint.`;
		const award = questionsOn(text).find((question) => answerOf(question) === '£3,000');
		expect(award?.prompt).toBe(
			'A separate award for artists under 25, worth _____, was won by Sheffield student Kieran Walsh.'
		);
	});

	it('does not take "During the war an airfield," for an opening phrase (fresh417)', () => {
		const text = `Hollesby\n\nHollesby is a village in Norfolk, England, about 9 miles (14 km) east of Dereham. At the 2001 census it had 640 residents.\n\nDuring the Second World War an airfield, RAF Hollesby Common, was built on farmland north of the village in 1943. It was used by bomber squadrons until 1945.\n\nThe parish church of St Edmund dates from the 14th century.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/during the Second World War an airfield\?$/);
	});

	it('does not stop at "and" between two names before their noun: "the Colombo and Mombasa auctions" (fresh419)', () => {
		const text = `Tea blender's profits fall\n\nTea blender Haworth & Lees has blamed rising prices for a fall in profits. Haworth & Lees' profits fell 18% to £3.2m last year on sales of £41m, hit by a 7% rise in the price of black tea at the Colombo and Mombasa auctions. The firm employs 210 people in Bradford.`;
		for (const question of questionsOn(text)) expect(question.prompt).not.toMatch(/the Colombo\?$/);
	});

	it('keeps the last item of "new handsets, network equipment and training" (fresh467-08)', () => {
		const text = `Council phones go digital\n\nTarnley Borough Council is to replace the telephones in all 38 of its offices with an internet-based system.\n\nThe council will spend £1.2m on new handsets, network equipment and training, and expects to recover the cost within five years.\n\nThe work begins in March.`;
		const spend = questionsOn(text).find((question) => answerOf(question) === '£1.2m');
		expect(spend?.prompt).toMatch(/network equipment and training/);
	});

	it('keeps "towards travel, training and living costs" whole (fresh480-07)', () => {
		const text = `Gap-year charity cuts places\n\nGap-year charity Worldreach is to cut the number of placements it offers by a third.\n\nEach Worldreach volunteer raises about £2,800 towards travel, training and living costs, and spends up to a year abroad.\n\nThe charity was founded in 1982.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/towards travel\?$/);
		expect(questionsOn(text).some((question) => /living costs/.test(question.prompt))).toBe(true);
	});

	it('ends its predicate at ", and" before a clause with its own subject', () => {
		const text = `Scarrowdale Reservoir\n\nScarrowdale Reservoir is a reservoir in the Pennines of northern England, built between 1869 and 1876 to supply the town of Holmsworth.\n\nThe reservoir flooded the hamlet of Scarrow. About 70 residents were moved, and bodies from the chapel burial ground were reinterred in Holmsworth.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/moved and bodies/);
	});

	it('does not ask a year that opens a second predicate: "from 1866 and by 1890 owned"', () => {
		const text = `Anglo-Baltic Timber Company\n\nThe Anglo-Baltic Timber Company was a British timber importer based in Hull, founded in 1857.\n\nThe company bought its own ships from 1866 and by 1890 owned a fleet of 14 steamers, most of them built in Sunderland.\n\nIn 1872 it moved to a new site at the Albert Dock.`;
		for (const question of questionsOn(text))
			expect(question.prompt).not.toMatch(/^By what year did .* and owned/);
	});

	it('does not ask a figure from a clause of its own: "as Durham beat Worcestershire by 43 runs"', () => {
		const text = `Ogden century sends Durham into final\n\nLeft-hander Tom Ogden struck a brilliant maiden one-day century as Durham beat Worcestershire by 43 runs to reach their first Lord's final.\n\nWorcestershire were bowled out for 248 in reply, with seamer Neil Crowther taking four wickets.\n\nDurham will meet Sussex in the final at Lord's on 27 August.`;
		const margin = questionsOn(text).find((question) => answerOf(question) === '43');
		expect(margin).toBeDefined();
		expect(margin!.prompt).not.toMatch(/^By how many runs did/);
	});

	it('does not ask "When" of a date that belongs to a noun: "the 53rd minute of the game on 4 December"', () => {
		const index = articleIndexOf(
			`Hooker banned\n\nHooker Daniel Tregarthen was cited by the match commissioner for an incident in the 53rd minute of the game on 4 December.\n\nTregarthen was cited on 6 December.`
		);
		const [game, cited] = ['4 December', '6 December'].map((date) =>
			index.facts.find((fact) => fact.option === date)!
		);
		expect(buildStem(game, index)?.prompt ?? '').not.toMatch(/^When/);
		expect(buildStem(cited, index)?.prompt ?? '').toMatch(/^When was Tregarthen cited\?$/);
	});

	it('does not ask "How many" when an aside counts within the answer: "eight candidates, three of them …"', () => {
		const index = articleIndexOf(
			`Cairnlea appoint manager\n\nCairnlea have appointed Piet van der Meulen as manager.\n\nCairnlea interviewed eight candidates, three of them from abroad, before choosing him.\n\nCairnlea interviewed eight candidates before choosing him.`
		);
		const [aside, plain] = index.facts.filter((fact) => fact.option === 'eight');
		expect(buildStem(aside, index)?.prompt ?? '').not.toMatch(/^How many candidates/);
		expect(buildStem(plain, index)?.prompt ?? '').toMatch(
			/^How many candidates did Cairnlea interview/
		);
	});

	it('ends its predicate at a semicolon or a dash, unless inside brackets', () => {
		const text = `Ambrose Pellow\n\nAmbrose Pellow (2 March 1790 - 8 May 1858) was an English civil engineer who built harbours in Devon. He surveyed the Tamar estuary in 1815; they had four boats, two of which sank. He opened Brixham harbour in 1824 – it was rebuilt in 1890. His harbour cost £42,000 (£30,000; most of it raised locally) in 1824.`;
		const prompts = questionsOn(text).map((question) => question.prompt);
		expect(prompts).toContain('In what year did Ambrose Pellow survey the Tamar estuary?');
		expect(prompts.filter((prompt) => /they had|it was rebuilt/.test(prompt))).toEqual([]);
		const bank = `Chinese bank profits soar\n\nProfits at the Tianhe Commercial Bank, China's second-largest lender, have soared after it wrote off bad loans. Tianhe's profits were 51.3bn yuan ($6bn; £3.3bn) in 2004, the bank said in a statement. The bank plans a stock market listing in Hong Kong next year.\n\nTianhe has 18,000 branches.`;
		expect(questionsOn(bank).map((question) => question.prompt)).toContain(
			"Tianhe's profits were _____ yuan in 2004, the Tianhe Commercial Bank said in a statement."
		);
	});

	it('asks no year of a present perfect, nor through a reporting verb taken into the subject', () => {
		const text = `Ploughing match draws record field\n\nThe Ambleford Ploughing Match is held every September near Ludlow. Attendance has ranged from about 3,000 in poor weather to more than 7,500 in 2004, when the match moved to a farm. Figures from the Department for Rural Affairs show that one in five matches did not go ahead in 2001, often because of foot-and-mouth disease.`;
		const index = articleIndexOf(text);
		for (const answer of ['2004', '2001']) {
			const fact = index.facts.find((f) => f.option === answer)!;
			expect(buildStem(fact, index)?.kind).not.toBe('when');
		}
	});
});
