export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

export function monthIndex(word: string): number {
	const lower = word.toLowerCase();
	return MONTHS.findIndex((month) => {
		const name = month.toLowerCase();
		return name === lower || (lower.length >= 3 && name.startsWith(lower.replace(/\.$/, '')));
	});
}
