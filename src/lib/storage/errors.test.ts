import { describe, expect, it } from 'vitest';
import { isQuotaError, toStorageError } from './errors';

describe('toStorageError', () => {
	it('turns a full disk into a message a person can act on', () => {
		const error = toStorageError(
			new DOMException('full', 'QuotaExceededError'),
			'save your answer'
		);
		expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(error.message).toBe(
			'The device is out of storage space, so Factdeck could not save your answer. Nothing was saved; free some space and try again.'
		);
	});

	it('names the action for other failures', () => {
		expect(toStorageError(new Error('boom'), 'save the quiz').message).toContain(
			'could not save the quiz'
		);
	});
});
