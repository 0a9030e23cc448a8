// Builds the icon sprite (one <symbol> per icon of FrontEnd/icons.txt) from the bootstrap-icons npm package.
// Run by FrontEnd.targets at build time; the output lives in wwwroot/lib, which is not committed.
//   node FrontEnd/icon-sprite.mjs <icons.txt> <node_modules/bootstrap-icons/icons> <views folder> <output.svg>
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [list, iconsDir, viewsDir, output] = process.argv.slice(2);
const names = readFileSync(list, 'utf8').split(/\r?\n/).map(l => l.trim()).filter(l => l && !l.startsWith('#'));

function views(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? views(path) : path.endsWith('.cshtml') ? [path] : [];
  });
}

const missing = new Set();
for (const view of views(viewsDir)) {
  for (const m of readFileSync(view, 'utf8').matchAll(/<icon\s+name="([a-z0-9-]+)"/g)) {
    if (!names.includes(m[1])) missing.add(`${m[1]} (${view})`);
  }
}
if (missing.size > 0) {
  console.error(`error: icons used in views but missing from ${list}: ${[...missing].join(', ')}`);
  process.exit(1);
}

const symbols = names.map(name => {
  const svg = readFileSync(join(iconsDir, name + '.svg'), 'utf8');
  const viewBox = /viewBox="([^"]+)"/.exec(svg)[1];
  const body = svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>')).replace(/\s*\n\s*/g, '');
  return `<symbol id="${name}" viewBox="${viewBox}">${body}</symbol>`;
});
// The package's licence (MIT) travels with the copy of its drawings.
const licence = readFileSync(join(iconsDir, '..', 'LICENSE'), 'utf8').split(/\r?\n/).find(l => l.startsWith('Copyright')) || '';
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `<svg xmlns="http://www.w3.org/2000/svg"><!-- Bootstrap Icons, MIT licence, ${licence.replace(/--/g, '-')} -->${symbols.join('')}</svg>\n`);
