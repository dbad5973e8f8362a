// The README and docs/: the README opens with the two commands a newcomer
// runs, and every relative link in README.md and docs/*.md reaches a file
// that exists and, where it names one, a heading of that file (anchors as
// GitHub derives them from headings). Needs no build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const markdown = [README, ...readdirSync(DOCS).filter((n) => n.endsWith('.md')).map((n) => join(DOCS, n))];

// The text outside fenced code blocks, line by line (blank lines in place of
// fenced ones, so line numbers still match).
function prose(text) {
  let fence = null;
  return text.split('\n').map((line) => {
    const open = line.match(/^\s*(`{3,}|~{3,})/);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
      return '';
    }
    if (open) { fence = open[1]; return ''; }
    return line;
  });
}

// GitHub's anchor for a heading: its text without markup, lower case, every
// character but letters, marks, digits, connectors, spaces and hyphens
// dropped, spaces made hyphens; a repeated one gets -1, -2, …
function anchors(file) {
  const seen = new Map();
  const ids = new Set();
  for (const line of prose(readFileSync(file, 'utf8'))) {
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    const explicit = [...line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)].map((m) => m[1]);
    explicit.forEach((id) => ids.add(id));
    if (!heading) continue;
    const base = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[`*]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n ? `${base}-${n}` : base);
  }
  return ids;
}

// Every inline link and image target outside code, with its line.
function links(file) {
  const found = [];
  prose(readFileSync(file, 'utf8')).forEach((line, i) => {
    const text = line.replace(/(`+)[\s\S]*?\1/g, '');
    for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      found.push({ target: m[1], line: i + 1 });
    }
  });
  return found;
}

test('the README starts with the two commands: serve, then test', () => {
  const lines = readFileSync(README, 'utf8').split('\n');
  assert.match(lines[0], /^# /, 'the README opens with its title');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  assert.match(rest[0], /^```(sh|bash)?$/, 'the first thing after the title is a shell block');
  assert.match(rest[1], /^\.\/scripts\/serve\.sh(\s|$)/, 'its first command is ./scripts/serve.sh');
  assert.match(rest[2], /^\.\/scripts\/test\.sh(\s|$)/, 'its second command is ./scripts/test.sh');
  assert.equal(rest[3], '```', 'the block holds just the two commands');
});

test('every relative link in README.md and docs/*.md reaches a file and, if named, its heading', () => {
  const broken = [];
  let checked = 0;
  for (const file of markdown) {
    for (const { target, line } of links(file)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
      checked++;
      const [path, anchor] = target.split('#');
      const to = path ? join(dirname(file), decodeURIComponent(path)) : file;
      const where = `${relative(ROOT, file)}:${line} → ${target}`;
      if (!existsSync(to)) { broken.push(`${where}: no such file`); continue; }
      if (anchor === undefined) continue;
      if (!to.endsWith('.md') || statSync(to).isDirectory()) continue; // e.g. a line of a source file
      if (!anchors(to).has(decodeURIComponent(anchor))) broken.push(`${where}: no such heading in ${relative(ROOT, to)}`);
    }
  }
  assert.ok(checked > 50, `only ${checked} links found: is the link reader broken?`);
  assert.deepEqual(broken, []);
});

test('docs/README.md lists every page of docs/', () => {
  const listed = new Set(links(join(DOCS, 'README.md')).map((l) => l.target.split('#')[0]));
  const missing = readdirSync(DOCS).filter((n) => n.endsWith('.md') && n !== 'README.md' && !listed.has(n));
  assert.deepEqual(missing, []);
});
