import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The command that runs Dart Sass's embedded compiler (without its `--embedded` flag). The compiler comes
 * with the `sass-embedded` package, in the package for this platform that npm installs beside it
 * (`sass-embedded-linux-x64`, …): a Dart runtime and the compiler's snapshot, or one executable. Where no
 * such package exists, the pure-JavaScript `sass` package it then installs instead runs on Node.js.
 */
export function dartSassCommand(): string[] {
  const require = createRequire(import.meta.url);
  const host = createRequire(require.resolve('sass-embedded'));
  const found = platformPackages().map((name) => compilerIn(host, name)).filter((command) => command !== null);
  if (found.length > 1 && usesMusl()) return found[1];
  if (found.length > 0) return found[0];
  const javascript = resolved(host, 'sass');
  if (javascript !== null) return [process.execPath, path.join(path.dirname(javascript), 'sass.js')];
  throw new Error(`Dart Sass's compiler is not installed: none of ${platformPackages().join(', ')} or sass is in node_modules (npm install installs the one for this machine).`);
}

/** This platform's compiler package, then on Linux the one for musl (Alpine), which npm may install instead. */
function platformPackages(): string[] {
  const own = `sass-embedded-${process.platform}-${process.arch}`;
  return process.platform === 'linux' ? [own, `sass-embedded-linux-musl-${process.arch}`] : [own];
}

function compilerIn(host: NodeJS.Require, name: string): string[] | null {
  const windows = process.platform === 'win32';
  const runtime = resolved(host, `${name}/dart-sass/src/dart${windows ? '.exe' : ''}`);
  const snapshot = resolved(host, `${name}/dart-sass/src/sass.snapshot`);
  if (runtime !== null && snapshot !== null) return [runtime, snapshot];
  // A package without the runtime and snapshot ships the compiler as one executable (never a .bat on Windows).
  const executable = windows ? null : resolved(host, `${name}/dart-sass/sass`);
  return executable === null ? null : [executable];
}

/** Node.js built against musl reports no glibc version (asked only when both packages are installed). */
function usesMusl(): boolean {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header !== undefined && header.glibcVersionRuntime === undefined;
}

function resolved(require: NodeJS.Require, request: string): string | null {
  try {
    return require.resolve(request);
  } catch {
    return null;
  }
}
