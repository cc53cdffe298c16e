import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, buildIsStale } from './build-if-stale';
import { attachLiveRelay } from './live/relay';
import { createAppServer } from './static-app';

/**
 * `npm start [-- --host] [--port N] [--no-build]`: builds when needed, then serves Factdeck.
 * PORT and HOST in the environment override the defaults (4173, loopback only).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function option(name: string): string | undefined {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
}

const onNetwork = args.includes('--host');
const port = Number(option('--port') ?? process.env.PORT ?? 4173);
const host = process.env.HOST ?? (onNetwork ? '0.0.0.0' : '127.0.0.1');
const buildDir = join(root, 'build');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`Not a port number: ${option('--port') ?? process.env.PORT}`);
	process.exit(2);
}

if (!args.includes('--no-build') && buildIsStale(root, buildDir)) {
	console.log('Building Factdeck…');
	buildApp(root);
}

function lanAddresses(): string[] {
	return Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => a!.address);
}

const server = createAppServer(buildDir);
// Live classroom sessions share the port: students open one address for the app and the relay.
const relay = attachLiveRelay(server);
server.listen(port, host, () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	console.log(`Factdeck is running at http://localhost:${actualPort}`);
	if (onNetwork || host === '0.0.0.0') {
		for (const ip of lanAddresses())
			console.log(`On a phone on this network, open http://${ip}:${actualPort}`);
	} else {
		console.log('To open it on a phone on the same network: npm start -- --host');
	}
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		// Open WebSockets would keep server.close() waiting: the relay closes them first.
		void relay.close();
		server.close(() => process.exit(0));
	});
}
