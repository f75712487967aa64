#!/usr/bin/env node
import { runCachedScript } from '../dist/lib/util/cached-script.js';

// Each command keeps its own code cache (a build runs other code than `jtd --version`); commands not named here
// share one.
const CACHE_OF_COMMAND = { build: 'build', b: 'build', serve: 'serve', s: 'serve', server: 'serve', check: 'check', doctor: 'doctor', new: 'new' };
const args = process.argv.slice(2);
const cache = Object.hasOwn(CACHE_OF_COMMAND, args[0] ?? '') ? CACHE_OF_COMMAND[args[0]] : 'other';
const command = runCachedScript(new URL('../dist/bundle/jtd.cjs', import.meta.url), cache);
process.exitCode = await command.exports.main(args);
command.saveCache();
