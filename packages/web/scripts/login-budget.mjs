// Measures the JavaScript the login page downloads (entry + the LoginPage chunk + everything they import statically),
// gzipped, from the Vite manifest of the last build, and fails above the budget. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const loginKey = Object.keys(manifest).find((key) => key.endsWith('modules/auth/pages/LoginPage.tsx'));
if (!entryKey || !loginKey) throw new Error('entry or LoginPage chunk missing from the manifest');

const files = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(entryKey);
visit(loginKey);

let total = 0;
const rows = [...files].map((file) => {
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  return { file, gzipKB: +(gz / 1024).toFixed(1) };
});
rows.sort((a, b) => b.gzipKB - a.gzipKB);
process.stdout.write(`${rows.map((r) => `${String(r.gzipKB).padStart(7)} KB  ${r.file}`).join('\n')}\n`);
const cssKB = [...css].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0) / 1024;
process.stdout.write(`login page JS: ${(total / 1024).toFixed(1)} KB gzipped in ${files.size} files (budget ${BUDGET_KB} KB); CSS ${cssKB.toFixed(1)} KB\n`);
if (total / 1024 > BUDGET_KB) process.exit(1);
