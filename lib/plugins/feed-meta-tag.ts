import { Tag, type Context, type Emitter } from '../liquid/liquidjs.js';
import { isHash, type Hash } from '../config/merge.js';
import { truthy } from './liquid-truth.js';
import { toS } from '../liquid/ruby/to-s.js';
import { filterCaller } from '../theme/filter-caller.js';

/** `{% feed_meta %}` (jekyll-feed): the `<link rel="alternate">` to the site's Atom feed. */
export class FeedMetaTag extends Tag {
  render(ctx: Context, emitter: Emitter): void {
    const site = ctx.getSync(['site']) as Hash;
    const feed = isHash(site.feed) ? site.feed : {};
    const feedPath = truthy(feed.path) ? feed.path : 'feed.xml';
    const title = truthy(site.title) ? site.title : site.name;
    const href = toS(filterCaller(this.liquid, ctx)('absolute_url', feedPath));
    const attributes: [string, string][] = [
      ['type', 'application/atom+xml'],
      ['rel', 'alternate'],
      ['href', href],
    ];
    if (truthy(title)) attributes.push(['title', toS(title)]);
    emitter.write(`<link ${attributes.map(([k, v]) => `${k}=${xmlAttribute(v)}`).join(' ')} />`);
  }
}


/** Ruby's `encode(xml: :attr)`: quoted, with `&`, `<`, `>` and `"` escaped. */
function xmlAttribute(value: string): string {
  return `"${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}"`;
}
