import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/**
 * The HTTP server behind `npm start`: the built app from `build/`, with the SPA fallback page for
 * routes that only exist on the device (quiz ids). The live classroom attaches to the same server.
 */
export function createAppServer(buildDir: string): Server {
	const serveStatic = sirv(buildDir, {
		single: '200.html',
		etag: true,
		setHeaders(res, pathname) {
			res.setHeader('X-Content-Type-Options', 'nosniff');
			res.setHeader('Referrer-Policy', 'no-referrer');
			if (pathname.startsWith('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			} else {
				// The service worker and HTML must be revalidated so updates reach installed apps.
				res.setHeader('Cache-Control', 'no-cache');
			}
		}
	});
	return createServer((req, res) => {
		serveStatic(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
}
