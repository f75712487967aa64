import type { Liquid, TagToken, Template, TopLevelToken } from '../liquidjs.js';

/**
 * Reads a block tag's body from the tokens after it up to `end{name}` into the list `body()` gives at each node
 * (so that a tag in `branches`, such as `else`, can switch lists); a body never closed is an error.
 */
export function readBlockBody(
  liquid: Liquid,
  token: TagToken,
  remain: TopLevelToken[],
  body: () => Template[],
  branches: Readonly<Record<string, () => void>> = {},
): void {
  const stream = liquid.parser.parseStream(remain);
  for (const [name, switchBody] of Object.entries(branches)) stream.on(`tag:${name}`, switchBody);
  stream
    .on(`tag:end${token.name}`, () => stream.stop())
    .on('template', (tpl: Template) => body().push(tpl))
    .on('end', () => {
      throw new Error(`tag ${token.getText()} not closed`);
    });
  stream.start();
}
