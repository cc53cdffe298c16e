// `npm test`: every check and test, in order, then one line "N passed, N failed".
// Lint, type check, build and size check count as one test each; Vitest and Playwright count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function check(label, command, args) {
	if (run(label, command, args)) passed++;
	else {
		failed++;
		failures.push(label);
	}
}

function countFromJson(label, file, ok, read) {
	if (!existsSync(file)) {
		failed++;
		failures.push(`${label} (no report)`);
		return;
	}
	const counts = read(JSON.parse(readFileSync(file, 'utf8')));
	passed += counts.passed;
	failed += counts.failed;
	if (counts.failed > 0 || !ok) failures.push(label);
	if (!ok && counts.failed === 0) failed++;
}

mkdirSync('test-results', { recursive: true });

check('sync', 'npx', ['svelte-kit', 'sync']);
check('prettier', 'npx', ['prettier', '--check', '.']);
check('eslint', 'npx', ['eslint', '.']);
check('svelte-check', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings',
	'--threshold',
	'warning'
]);

rmSync('test-results/unit.json', { force: true });
const unitOk = run('unit tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=test-results/unit.json'
]);
countFromJson('unit tests', 'test-results/unit.json', unitOk, (report) => ({
	passed: report.numPassedTests,
	failed: report.numFailedTests
}));

const built = run('build', 'npx', ['vite', 'build']);
if (built) passed++;
else {
	failed++;
	failures.push('build');
}

if (built) {
	check('size', 'node', ['scripts/size-check.mjs']);
	rmSync('test-results/e2e.json', { force: true });
	const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
	countFromJson('end-to-end tests', 'test-results/e2e.json', e2eOk, (report) => ({
		passed: report.stats.expected + report.stats.flaky,
		failed: report.stats.unexpected
	}));
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
