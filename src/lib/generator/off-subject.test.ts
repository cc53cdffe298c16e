import { describe, expect, it } from 'vitest';
import { asksFor } from './contract.test-helper';

describe("a figure below a reference passage's lead that names neither its title nor its person", () => {
	const passage = `Orrington Lifeboat Station

Orrington Lifeboat Station is a lifeboat station at Orrington, a fishing village on the coast of Northumberland, England. It was opened in 1866 by the Royal National Lifeboat Institution after the loss of a collier brig with all hands off Crane Point.

The first boathouse was built on the harbour wall at a cost of £310, and the station's first lifeboat, the Ellen Maddox, was a ten-oared rowing boat paid for by a Newcastle coal merchant.

In 1894 the Orrington crew rescued 17 men from the Norwegian barque Solvang, which had gone aground on the Garth Rocks in a north-easterly gale.

In November 1916 Coxswain Robert Tindle and his crew rescued 23 people from the steamer Hallgarth, which had struck a mine, and Tindle was awarded the bronze medal of the Institution.

The present boathouse was opened in 1994 and cost £1.2 million. The station has won eleven awards for gallantry since it opened.

A small museum beside the boathouse displays the station's service boards and a model of the Ellen Maddox.`;

	it("does not ask the coxswain's rescue, which names only him and the steamer", () => {
		expect(asksFor(passage, '23')).toBe(false);
	});

	it('asks a figure whose stem names the station', () => {
		expect(asksFor(passage, '17')).toBe(true);
		const named = passage.replace(
			'Coxswain Robert Tindle and his crew',
			'the Orrington crew under Robert Tindle'
		);
		expect(asksFor(named, '23')).toBe(true);
	});
});

describe("a count far below a news story's lead that names nothing the top names", () => {
	const story = `Harbour trust buys Pellmouth oyster beds for £1.4m

The Pellmouth Harbour Trust has bought the oyster beds at the mouth of the River Pell for £1.4m, ending 140 years of private ownership, it said on Tuesday.

The beds, which cover about 90 hectares, were sold by the Tregarthen family, who have farmed them since 1864. The trust said it would lease them to local fishermen from next spring.

Trust chairman Alan Roskilly said the purchase would secure about 35 jobs in the town. "These beds have fed Pellmouth for generations, and now they belong to the town," he said.

The sale follows three poor seasons in which disease killed much of the stock. Last year the beds produced about 40 tonnes of oysters, less than half the usual harvest.

Volunteers spent the summer clearing silt from the old beds and laid 600 tonnes of cockle shell to give young oysters a hard surface to settle on.

Scientists from the University of Exeter have been monitoring the water, which has been tested 48 times since March.

The first oysters from the restocked beds are expected to reach the market in 2007, when the Pellmouth trust hopes to sell 80 tonnes a year to restaurants in London and Paris.

Oyster farming in the south-west employs around 400 people, according to the regional development agency.`;

	it("does not ask the volunteers' tonnes of shell four paragraphs down", () => {
		expect(asksFor(story, '600')).toBe(false);
	});

	it('asks it where the stem names the trust the lead names', () => {
		const named = story.replace(
			'Volunteers spent',
			'Volunteers from the Pellmouth Harbour Trust spent'
		);
		expect(asksFor(named, '600')).toBe(true);
	});
});
