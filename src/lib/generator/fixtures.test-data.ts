/**
 * Articles written for Factdeck's tests. None is taken from a real source; names and figures are
 * invented so that the tests never depend on outside text.
 */

export const HARBOUR_ARTICLE = `Harbour town opens new bridge

The town of Kestrel Bay opened its new harbour bridge on 14 March 2021 after four years of work.

Mayor Eleanor Whitcombe said the bridge had cost £18.5m, about £3m more than planned. The bridge carries 12,000 vehicles a day and links the harbour to the railway station.

Construction company Dunmore Holdings built the bridge with steel shipped from Norway. The firm employed 340 workers on the site at its busiest.

Engineer Thomas Okonkwo designed the central span, which is 210 metres long. Okonkwo previously worked on bridges in Canada and Japan.

Local business owner Priya Raman said trade had risen by 15% since the bridge opened. She said visitors from Portugal and Spain now arrive by ferry every week.

The Kestrel Bay Harbour Trust paid £6m towards the cost of the bridge. The trust says the number of boats using the harbour has doubled since 2015.

Councillor Martin Ashby said the council would spend £2.4m on new cycle lanes next year. Ashby told the Coastal Gazette that work would start in September.`;

export const SPACE_ARTICLE = `Small satellite maker wins contract

Orbital Forge, a satellite company based in Toulouse, has won a contract worth €42m from the European Space Agency. The agency will launch 24 of the company's small satellites in 2027.

Chief executive Marguerite Delacroix said the deal would create 150 jobs in France. Orbital Forge was founded in 2016 by Delacroix and engineer Henrik Saarinen, who previously worked in Finland.

The satellites will measure sea ice in the Arctic and send data to research stations in Norway and Canada. Each satellite weighs about 80 kilograms.

Rival firm Skyloom, which is based in Munich, had also bid for the contract. Skyloom chairman Dieter Brandt said his company would appeal against the decision.`;
