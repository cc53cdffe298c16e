/**
 * The colour theme: the system's, or one picked in Settings. Kept in localStorage, not IndexedDB,
 * because it must be read synchronously before the first paint of every page.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'factdeck-theme';

export function storedTheme(): Theme {
	const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
	return THEMES.includes(value as Theme) ? (value as Theme) : 'system';
}

export function applyTheme(theme: Theme): void {
	if (theme === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = theme;
}

export function saveTheme(theme: Theme): void {
	localStorage.setItem(KEY, theme);
	applyTheme(theme);
}
