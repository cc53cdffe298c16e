import { backupFileName, exportBackup, parseBackup, restoreBackup } from '$lib/storage/backup';
import { requestPersistence, storageInfo, type StorageInfo } from '$lib/storage/persistence';

/** Settings: backup and restore, storage used and whether it is persistent. */
export class SettingsManager {
	storage = $state<StorageInfo | undefined>(undefined);
	message = $state('');
	error = $state('');
	busy = $state(false);

	async load(): Promise<void> {
		this.storage = await storageInfo();
	}

	/** The backup as a file to save, named by today's date. */
	async backupFile(): Promise<File> {
		const backup = await exportBackup();
		return new File([JSON.stringify(backup)], backupFileName(backup.exportedAt), {
			type: 'application/json'
		});
	}

	async restore(file: File): Promise<void> {
		this.message = '';
		this.error = '';
		this.busy = true;
		try {
			const parsed = parseBackup(await file.text());
			if (!parsed.ok) {
				this.error = parsed.reason;
				return;
			}
			const summary = await restoreBackup(parsed.backup);
			const { quizzes, attempts, cards } = summary.added;
			this.message =
				`Backup restored: ${quizzes} new ${quizzes === 1 ? 'quiz' : 'quizzes'}, ` +
				`${attempts} attempts and ${cards} review cards added, ${summary.updated} records updated.`;
			await this.load();
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.busy = false;
		}
	}

	async keepData(): Promise<void> {
		const granted = await requestPersistence();
		this.message = granted
			? 'Your data is now kept even when the device runs low on space.'
			: 'The browser did not grant persistent storage. Installing Factdeck usually allows it.';
		await this.load();
	}
}
