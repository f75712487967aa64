import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from '../../liquid/liquidjs.js';
import { readProperty } from '../../liquid/ruby/property.js';
import { toS } from '../../liquid/ruby/to-s.js';
import { filterCaller } from '../filter-caller.js';
import { seoMarkup } from '../seo/seo-markup.js';
import type { FormattedTexts } from '../seo/seo-page.js';

/** `{% seo %}` (jekyll-seo-tag 2.8): title, description, canonical URL, Open Graph, Twitter card and JSON-LD. */
export function seoTagClass() {
  const formatted: FormattedTexts = new Map();
  return class SeoTag extends Tag {
    private readonly withTitle: boolean;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.withTitle = !/title=false/i.test(token.args);
    }

    render(ctx: Context, emitter: Emitter): void {
      emitter.write(
        seoMarkup({
          page: ctx.getSync(['page']),
          site: ctx.getSync(['site']),
          jekyllVersion: toS(readProperty(ctx.getSync(['jekyll']), 'version')),
          withTitle: this.withTitle,
          filter: filterCaller(this.liquid, ctx),
          formatted,
        }),
      );
    }
  };
}
