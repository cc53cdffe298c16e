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
