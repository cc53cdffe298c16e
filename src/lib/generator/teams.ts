/**
 * Which side each player is on, from a match report's line-ups: "Man City: James, Mills (Wright-
 * Phillips 83), Dunne, …", or a paragraph that is nothing but names ("G Murphy; G Dempsey, …"). A wrong option for "Who wasted City's best chance?" must be a City
 * player: reviewers ruled out an opponent at a glance.
 */

/** A line-up names at least this many players; "Booked: Fowler, Sibierski." is not one. */
const MIN_LINE_UP = 5;

/** "Label: item, item, …" up to the full stop that ends the list. */
const LABELLED_LIST =
	/(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):\s*([^:]+?)(?=\.\s|\.?$)/gu;

/** A paragraph that is only a list of names: "J Robinson (capt); M Cueto, J Noon, …". */
const NAME_ITEM = /^(?:\p{Lu}\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s*\([^()]*\))?$/u;

/** The surnames in one list item: "Mills (Bradley Wright-Phillips 83)" → mills, wright-phillips. */
function surnamesIn(item: string): string[] {
	return item
		.replace(/\d+/g, ' ')
		.split(/[()]/)
		.map((name) => name.trim().split(/\s+/).pop() ?? '')
		.filter((surname) => /^\p{Lu}/u.test(surname))
		.map((surname) => surname.toLowerCase());
}

/** The line-ups in a match report: each side's name (or its paragraph) and its listed players. */
function lineUpLists(text: string): Array<{ team: string; items: string[] }> {
	const lists: Array<{ team: string; items: string[] }> = [];
	for (const match of text.matchAll(LABELLED_LIST)) {
		const items = match[2].split(',').map((item) => item.trim());
		if (items.length >= MIN_LINE_UP && items.every((item) => /^\p{Lu}/u.test(item)))
			lists.push({ team: match[1], items });
	}
	text.split(/\n\s*\n/).forEach((paragraph, i) => {
		const items = paragraph
			.trim()
			.replace(/\.$/, '')
			.split(/[,;]/)
			.map((item) => item.trim());
		// Unlabelled, each list is a side of its own: a bench may then stand apart from its team,
		// which only narrows the wrong options, never mixes the sides.
		if (items.length >= MIN_LINE_UP && items.every((item) => NAME_ITEM.test(item)))
			lists.push({ team: `list ${i}`, items });
	});
	return lists;
}

/**
 * The goalkeepers: a line-up lists its keeper first. "Who shot wide from three yards?" is no
 * question a keeper is a believable answer to.
 */
export function keepersFromLineUps(text: string): Set<string> {
	return new Set(lineUpLists(text).flatMap(({ items }) => surnamesIn(items[0]).slice(0, 1)));
}

/** Each listed player's side, by lower-cased surname; a surname on both sides is left out. */
export function teamsFromLineUps(text: string): Map<string, string> {
	const lists = lineUpLists(text);
	const teams = new Map<string, string>();
	const clashes = new Set<string>();
	for (const { team, items } of lists) {
		for (const surname of items.flatMap(surnamesIn)) {
			const known = teams.get(surname);
			if (known !== undefined && known !== team) clashes.add(surname);
			teams.set(surname, team);
		}
	}
	for (const surname of clashes) teams.delete(surname);
	return teams;
}
