/** Maps the answer keys 1–4 and A–D to an option index; anything else gives -1. */
export function optionIndexForKey(event: KeyboardEvent, optionCount: number): number {
	if (event.ctrlKey || event.metaKey || event.altKey) return -1;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return -1;
	const key = event.key.toLowerCase();
	let index = '1234'.indexOf(key);
	if (index < 0) index = 'abcd'.indexOf(key);
	return key.length === 1 && index < optionCount ? index : -1;
}
