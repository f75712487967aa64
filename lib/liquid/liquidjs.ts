import * as liquidjs from 'liquidjs';

/**
 * liquidjs's classes and helpers. The command's bundle carries the package's code (see bin/build-bundle.mjs), so
 * it is compiled once into the bundle's code cache; unbundled, Node reads its CommonJS build.
 */
export const { Context, Drop, Liquid, Parser, Tag, Tokenizer, Value, toValue, toValueSync } = liquidjs;
/** The node classes and helpers the generator-free renderer (sync-render.ts) tells apart and calls. */
export const { AssignTag, BreakTag, CaptureTag, CommentTag, ContinueTag, IfTag, LiquidError, Output, RenderError, TypeGuards, UnlessTag, UndefinedVariableError, evalToken, isTruthy } =
  liquidjs;
export type Context = liquidjs.Context;
export type Drop = liquidjs.Drop;
export type Liquid = liquidjs.Liquid;
export type Parser = liquidjs.Parser;
export type Tag = liquidjs.Tag;
export type Tokenizer = liquidjs.Tokenizer;
export type Value = liquidjs.Value;
export type IfTag = InstanceType<typeof liquidjs.IfTag>;
export type UnlessTag = InstanceType<typeof liquidjs.UnlessTag>;
export type { Emitter, Expression, Filter, PropertyAccessToken, RangeToken, TagToken, Template, Token, TopLevelToken } from 'liquidjs';
