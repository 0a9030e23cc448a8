// Builds the portal's Bootstrap CSS: Bootstrap's own bootstrap.min.css with the rules of classes no page uses
// taken out (the whole file is 228 KB, 23 KB with Brotli; the portal uses about 240 of its classes).
//
//   node FrontEnd/bootstrap-purge.mjs <bootstrap.min.css> <output.css> <folder or file>...
//
// A class counts as used when it is a word inside a quoted string of a view, a C# file or a script of the
// given folders (class="…", "text-danger" in a helper, 'd-none' in a script). A rule is kept when one of its
// selectors names only used classes (classes inside :not(…) do not count: the rule applies without them);
// rules without classes (elements, :root and its variables) are always kept. Kept as well: the classes
// Bootstrap's own script switches on and off, and the variants a script builds from a prefix
// ('alert-' + kind in local-draft.js). BootstrapBuildTests re-reads the views and fails when a class they use
// is missing from the output.
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import postcss from 'postcss';

const [source, output, ...roots] = process.argv.slice(2);
if (!source || !output || roots.length === 0) {
  console.error('usage: node bootstrap-purge.mjs <bootstrap.min.css> <output.css> <folder or file>...');
  process.exit(2);
}

const SCANNED = new Set(['.cshtml', '.cs', '.js']);
const SCRIPT_STATES = ['show', 'showing', 'hide', 'collapse', 'collapsing', 'collapse-horizontal', 'fade', 'active',
  'disabled', 'dropup', 'dropend', 'dropstart', 'dropdown-menu-end', 'dropdown-menu-start'];
const BUILT_FROM_PREFIX = ['alert-'];

function files(path) {
  if (statSync(path).isFile()) {
    return SCANNED.has(extname(path)) ? [path] : [];
  }
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

const used = new Set(SCRIPT_STATES);
for (const file of roots.flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  for (const [, double, single] of text.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)) {
    for (const [word] of (double ?? single).matchAll(/[a-z][a-z0-9-]*/g)) {
      used.add(word);
    }
  }
}

function classesOf(selector) {
  return [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.([a-zA-Z_-][\w-]*)/g)].map((m) => m[1]);
}

function wanted(selector) {
  return classesOf(selector).every((c) => used.has(c) || BUILT_FROM_PREFIX.some((p) => c.startsWith(p)));
}

const root = postcss.parse(readFileSync(source, 'utf8'));
let before = 0;
let after = 0;
root.walkRules((rule) => {
  if (rule.parent.type === 'atrule' && /keyframes$/.test(rule.parent.name)) {
    return;
  }
  before++;
  const kept = rule.selectors.filter(wanted);
  if (kept.length === 0) {
    rule.remove();
  } else {
    after++;
    rule.selectors = kept;
  }
});
root.walkAtRules((at) => {
  if (at.nodes && at.nodes.length === 0) {
    at.remove();
  }
});

mkdirSync(dirname(output), { recursive: true });
const css = root.toString();
writeFileSync(output, css);
console.log(`bootstrap-purge: ${after} of ${before} rules kept, ${Math.round(css.length / 1024)} KB`);
