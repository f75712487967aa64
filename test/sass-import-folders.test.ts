/**
 * Where a new file could change what a compiled stylesheet's imports find (the compiled-CSS cache checks those
 * folders): every folder on the way to a loaded file, below the stylesheet's folder, each load path and each
 * loaded file's folder.
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importFolders } from '../lib/sass/import-folders.js';

const at = (...parts: string[]) => path.resolve('/work-site', ...parts);

test('the folders on the way to each loaded file, below every place an import looks', () => {
  const folders = importFolders(at('site/assets/css'), [at('site/_sass'), at('theme/_sass')], [at('theme/_sass/a/_b.scss'), at('site/assets/css/main.scss')]);
  const expected = [
    at('site/assets/css'),
    at('site/assets/css/a'),
    at('site/_sass'),
    at('site/_sass/a'),
    at('theme/_sass'),
    at('theme/_sass/a'),
    at('theme/_sass/a/a'),
  ].sort();
  assert.equal(folders, expected);
});

test('a folder whose name begins with a load path\'s name is not below it', () => {
  const folders = importFolders(at('site/css'), [at('site/_sass')], [at('site/_sass2/deep/_x.scss')]);
  assert.equal(folders, [at('site/_sass'), at('site/_sass2/deep'), at('site/css')].sort());
});

test.run();
