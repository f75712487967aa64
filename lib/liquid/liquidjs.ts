import { createRequire } from 'node:module';
import type * as LiquidJs from 'liquidjs';

/**
 * liquidjs's classes and helpers, loaded through `require`: the package names only its CommonJS build
 * for Node, and importing that from ES modules makes Node scan its source for export names first
 * (about 45 ms of every run). Types come from the package as usual.
 */
const liquidjs = createRequire(import.meta.url)('liquidjs') as typeof LiquidJs;

export const { Context, Drop, Liquid, Tag, Tokenizer, Value, toValue } = liquidjs;
export type Context = LiquidJs.Context;
export type Drop = LiquidJs.Drop;
export type Liquid = LiquidJs.Liquid;
export type Tag = LiquidJs.Tag;
export type Tokenizer = LiquidJs.Tokenizer;
export type Value = LiquidJs.Value;
export type { Emitter, TagToken, Template, TopLevelToken } from 'liquidjs';
