/** Random ids for stored records: sortable by creation time, unique across tabs and devices. */
export function newId(prefix: string): string {
	const time = Date.now().toString(36).padStart(9, '0');
	const random = crypto.getRandomValues(new Uint32Array(2));
	return `${prefix}_${time}${random[0].toString(36)}${random[1].toString(36)}`;
}
