// Bundles the TypeScript output (dist/lib) for the command (npm run build runs it after tsc):
// - dist/bundle/jtd.cjs: the command, one CommonJS file, which bin/jtd.js runs with a V8 code cache (see
//   lib/util/cached-script.ts);
// - dist/bundle/search-page.cjs: the search functions the command copies into each site's search script by their
//   source text, bundled apart so that no name of the rest of the command makes the bundler rename their variables;
// - dist/bundle/sass-worker.cjs: the Sass thread, which speaks to Dart Sass's compiler process, also run with a
//   code cache, by dist/bundle/sass-worker.js;
// - dist/bundle/page-thread.cjs: the second rendering thread, run with a code cache by dist/bundle/page-thread.js;
// - dist/bundle/write-thread.js: the thread that writes a large build's pages, an ES module.
// Packages stay outside the bundles, except markdown-it (its sources are ES modules that would each be a file to
// load), liquidjs and js-yaml, which then share the command's code cache.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { hashOfCompiledFiles } from '../dist/lib/util/code-identity.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const LIB = path.join(ROOT, 'dist/lib');
const OUT = path.join(ROOT, 'dist/bundle');
const SEARCH_PAGE_DIR = path.join(LIB, 'search/browser');
const BUNDLED_PACKAGES = /^(markdown-it|liquidjs|js-yaml)(\/|$)/;

/** Packages are loaded from node_modules, except markdown-it and what it imports. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      const fromPackage = args.importer.includes(`${path.sep}node_modules${path.sep}`);
      return fromPackage || BUNDLED_PACKAGES.test(args.path) ? undefined : { external: true };
    });
  },
};

/** Every package goes into the bundle. */
const noExternalPackages = { name: 'no-external-packages', setup() {} };

/** The search page's functions come from search-page.cjs. */
const searchPageApart = {
  name: 'search-page-apart',
  setup(build) {
    build.onResolve({ filter: /\/browser\/[^/]+\.js$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return path.dirname(resolved) === SEARCH_PAGE_DIR ? { path: './search-page.cjs', external: true } : undefined;
    });
  },
};

/** Caches kept between builds are named for the code that made their entries (lib/util/code-identity.ts). */
const codeIdentity = { __JTD_CODE_ID__: JSON.stringify(hashOfCompiledFiles(LIB)) };
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', plugins: [externalPackages], define: codeIdentity };
const commonJs = {
  ...common,
  format: 'cjs',
  // `import()` of a package becomes `require`: the code-cached script runs without a module loader of its own.
  supported: { 'dynamic-import': false },
  define: { ...codeIdentity, 'import.meta.url': '__bundleUrl' },
  banner: { js: '"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

fs.rmSync(OUT, { recursive: true, force: true });
// Named after the TypeScript sources: dist may still hold the output of a source since removed.
const searchPageModules = fs
  .readdirSync(path.join(ROOT, 'lib/search/browser'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, '.js'))
  .sort();
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [path.join(LIB, 'write/write-thread.js')],
    plugins: [searchPageApart, externalPackages],
    format: 'esm',
    // The bundled packages' CommonJS code requires Node's built-ins; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    splitting: true,
    outdir: OUT,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
  }),
  esbuild.build({
    ...commonJs,
    plugins: [searchPageApart, externalPackages],
    entryPoints: [path.join(LIB, 'build/parallel/page-thread.js')],
    outfile: path.join(OUT, 'page-thread.cjs'),
  }),
  esbuild.build({
    ...commonJs,
    plugins: [noExternalPackages],
    entryPoints: [path.join(LIB, 'sass/sass-worker.js')],
    outfile: path.join(OUT, 'sass-worker.cjs'),
  }),
  esbuild.build({
    ...commonJs,
    stdin: { contents: searchPageModules.map((name) => `export * from './${name}';`).join('\n'), resolveDir: SEARCH_PAGE_DIR, sourcefile: 'search-page.js' },
    outfile: path.join(OUT, 'search-page.cjs'),
  }),
  esbuild.build({
    ...commonJs,
    plugins: [searchPageApart, externalPackages],
    entryPoints: [path.join(LIB, 'cli.js')],
    outfile: path.join(OUT, 'jtd.cjs'),
  }),
]);
/**
 * `name.js`, which runs the thread bundled in `name.cjs` with a code cache, saved once the promise the bundle
 * exports as `settled` (a property path) settles: by then the code a thread runs has been compiled.
 */
function writeThreadLoader(name, settled) {
  const lines = [
    "import { runCachedScript } from '../lib/util/cached-script.js';",
    `const thread = runCachedScript(new URL('./${name}.cjs', import.meta.url), 'thread');`,
    `void thread.exports.${settled}.then(() => thread.saveCache());`,
    '',
  ];
  fs.writeFileSync(path.join(OUT, `${name}.js`), lines.join('\n'));
}
writeThreadLoader('page-thread', 'replied');
writeThreadLoader('sass-worker', 'firstAnswer.done');
