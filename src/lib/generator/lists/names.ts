/**
 * Full names used as distractors when an article names fewer than four people. Common given names and
 * surnames across the English-speaking world, written for Factdeck; none is meant to be anyone real.
 */
export const GIVEN_NAMES_FEMALE = [
	'Sarah',
	'Helen',
	'Claire',
	'Rachel',
	'Laura',
	'Emma',
	'Catherine',
	'Joanna',
	'Margaret',
	'Susan',
	'Anna',
	'Julia'
];

export const GIVEN_NAMES_MALE = [
	'David',
	'Michael',
	'Peter',
	'Richard',
	'Andrew',
	'James',
	'Thomas',
	'Stephen',
	'Robert',
	'Simon',
	'Mark',
	'Paul'
];

export const SURNAMES = [
	'Morgan',
	'Collins',
	'Harper',
	'Fletcher',
	'Bennett',
	'Walsh',
	'Carter',
	'Hughes',
	'Palmer',
	'Reid',
	'Lawson',
	'Dixon',
	'Graham',
	'Marshall',
	'Turner',
	'Ellis',
	'Foster',
	'Mitchell',
	'Shaw',
	'Holmes',
	'Barker',
	'Lloyd',
	'Pearson',
	'Webb',
	'Harding',
	'Doyle',
	'Lambert',
	'Chapman',
	'Warren',
	'Sutton',
	'Fox',
	'Gibson'
];
