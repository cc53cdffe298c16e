// Size budget of the first screen: the JavaScript the Library page loads, gzipped, followed through
// static imports from build/index.html. Also checks the NLP library ships only in the worker, and
// pdf.js only in files loaded when a PDF is opened.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const build = resolve('build');
const html = readFileSync(join(build, 'index.html'), 'utf8');

const entries = new Set();
for (const match of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) entries.add(match[1]);
for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) entries.add(match[1]);

const toFile = (url, from) =>
	url.startsWith('.') && from
		? resolve(dirname(from), url)
		: join(build, url.replace(/^\.?\//, ''));

const seen = new Set();
const queue = [...entries].map((url) => toFile(url));
while (queue.length > 0) {
	const file = queue.pop();
	if (seen.has(file)) continue;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	// Static imports only: dynamic import() is loaded when a later screen needs it.
	for (const match of code.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g
	)) {
		queue.push(toFile(match[1], file));
	}
}

let total = 0;
const rows = [];
for (const file of seen) {
	const size = gzipSync(readFileSync(file)).length;
	total += size;
	rows.push([relative(build, file), size]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [file, size] of rows) console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
console.log(
	`Library page JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`
);

// compromise's lexicon carries this tag name; it must appear only in the worker's files.
const MARKER = 'ProperNoun';
const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : []
	);
const nlpFiles = walk(join(build, '_app')).filter((f) => readFileSync(f, 'utf8').includes(MARKER));
const outsideWorker = nlpFiles.filter((f) => !/worker/i.test(f));
const onFirstScreen = [...seen].filter((f) => readFileSync(f, 'utf8').includes(MARKER));

let ok = true;
if (total > BUDGET_KB * 1024) {
	console.error(`Over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB`);
	ok = false;
}
if (nlpFiles.length === 0) {
	console.error('The NLP library was not found in any worker file: the marker is stale.');
	ok = false;
}
if (outsideWorker.length > 0 || onFirstScreen.length > 0) {
	console.error(`The NLP library is bundled outside the worker: ${outsideWorker.join(', ')}`);
	ok = false;
}
console.log(`NLP library only in: ${nlpFiles.map((f) => relative(build, f)).join(', ')}`);

// pdf.js: its main file carries this message, its worker this file name; both load on demand.
const PDF_MARKER = 'Setting up fake worker';
const all = walk(join(build, '_app'));
const pdfFiles = all.filter(
	(f) => /pdf\.worker/.test(f) || readFileSync(f, 'utf8').includes(PDF_MARKER)
);
const pdfOnFirstScreen = pdfFiles.filter((f) => seen.has(f));
if (pdfFiles.length < 2) {
	console.error('pdf.js or its worker was not found in the build: the markers are stale.');
	ok = false;
}
if (pdfOnFirstScreen.length > 0) {
	console.error(`pdf.js is on the first screen: ${pdfOnFirstScreen.join(', ')}`);
	ok = false;
}
for (const f of pdfFiles) {
	const size = gzipSync(readFileSync(f)).length;
	console.log(
		`PDF reader, loaded when a PDF is opened: ${(size / 1024).toFixed(1)} KB gzipped  ${relative(build, f)}`
	);
}
process.exit(ok ? 0 : 1);
