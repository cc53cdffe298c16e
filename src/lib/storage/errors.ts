/** Turns IndexedDB failures into messages a person can act on. */
export class StorageError extends Error {
	constructor(
		message: string,
		readonly cause?: unknown
	) {
		super(message);
		this.name = 'StorageError';
	}
}

export function isQuotaError(error: unknown): boolean {
	return (
		error instanceof DOMException &&
		(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
	);
}

export function toStorageError(error: unknown, action: string): StorageError {
	if (error instanceof StorageError) return error;
	if (isQuotaError(error)) {
		return new StorageError(
			`The device is out of storage space, so Factdeck could not ${action}. Nothing was saved; free some space and try again.`,
			error
		);
	}
	return new StorageError(`Factdeck could not ${action}: ${String(error)}`, error);
}
