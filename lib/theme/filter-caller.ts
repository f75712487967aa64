import type { Context, Liquid } from 'liquidjs';

/** Calls the engine's registered Liquid filters from TypeScript (the Jekyll behaviour, in one place). */
export type FilterCaller = (name: string, input: unknown, ...args: unknown[]) => unknown;

export function filterCaller(liquid: Liquid, ctx: Context): FilterCaller {
  return (name, input, ...args) => {
    const impl = liquid.filters[name];
    if (!impl) throw new Error(`The Liquid filter '${name}' is not registered.`);
    const handler = typeof impl === 'function' ? impl : impl.handler;
    return handler.call({ context: ctx, liquid } as ThisParameterType<typeof handler>, input, ...args);
  };
}
