import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'autoUpdate',
			injectRegister: false,
			strategies: 'generateSW',
			kit: { adapterFallback: '200.html', spa: true },
			manifest: {
				id: '/',
				name: 'Factdeck',
				short_name: 'Factdeck',
				description: 'Turn any article into a multiple-choice quiz, on your phone, offline.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'portrait',
				background_color: '#ffffff',
				theme_color: '#1f4e8c',
				categories: ['education'],
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/icon-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				],
				share_target: {
					action: '/new',
					method: 'GET',
					params: { title: 'title', text: 'text', url: 'url' }
				}
			},
			workbox: {
				// Every file of the client, so the whole app works offline: pdf.js and its worker too
				// (about 1.7 MB, fetched by the page only when a PDF is opened). Workbox leaves files over
				// 2 MiB out, with only a build warning (maximumFileSizeToCacheInBytes); pdf.js's worker,
				// the largest file, is 1.2 MB; tests/e2e/import-pdf.spec.ts opens a PDF offline.
				globPatterns: [
					'client/**/*.{js,css,html,png,svg,webmanifest,txt}',
					'prerendered/**/*.html'
				],
				navigateFallbackDenylist: [/^\/live/],
				// The first visit is enough: the new worker takes control without a reload.
				clientsClaim: true,
				skipWaiting: true
			}
		})
	],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'cli/**/*.test.ts'],
		environment: 'node'
	}
});
