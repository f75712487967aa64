import { strftimeEach } from '../time/index.js';
import type { RubyTime } from '../values/time.js';
import { slugify } from './slugify.js';
import type { Placeholders } from './url.js';

export interface DocumentUrlFacts {
  collection: string;
  /** `relative_path` without the collection folder and extension: `/guides/intro`. */
  cleanedPath: string;
  basename: string;
  slug: string | null;
  categories: unknown[];
  date: RubyTime | null;
  outputExt: string;
  /** The permalink template the placeholders fill: only the dates it names are formatted. */
  template: string;
}

/** Jekyll's UrlDrop: the placeholders of collection documents' permalinks. */
export function documentPlaceholders(facts: DocumentUrlFacts): Placeholders {
  const slugSource = facts.slug ?? facts.basename;
  const categories = unique(facts.categories.map((c) => String(c).toLowerCase()));
  const values: Placeholders = {
    collection: facts.collection,
    path: facts.cleanedPath,
    name: slugify(facts.basename),
    title: slugify(slugSource, 'pretty', true),
    slug: slugify(slugSource),
    categories: categories.join('/'),
    slugified_categories: unique(facts.categories.map((c) => slugify(String(c)))).join('/'),
    output_ext: facts.outputExt,
  };
  if (facts.date) Object.assign(values, datePlaceholders(facts.date, namesIn(facts.template)));
  return values;
}

/** The placeholders a template can name (`:month_` is `:month_`, or `:month` then `_`). */
function namesIn(template: string): Set<string> {
  const names = new Set<string>();
  for (const [, name] of template.matchAll(/:([a-z_]+)/g)) names.add(name!).add(name!.replace(/_+$/, ''));
  return names;
}

const DATE_FORMATS: Record<string, string> = {
  year: '%Y',
  month: '%m',
  day: '%d',
  hour: '%H',
  minute: '%M',
  second: '%S',
  i_day: '%-d',
  i_month: '%-m',
  short_month: '%b',
  long_month: '%B',
  short_year: '%y',
  y_day: '%j',
  w_year: '%G',
  week: '%V',
  w_day: '%u',
  short_day: '%a',
  long_day: '%A',
};

const DATE_PLACEHOLDERS = Object.keys(DATE_FORMATS);

/** The date placeholders among `names`, formatted. */
function datePlaceholders(date: RubyTime, names: ReadonlySet<string>): Placeholders {
  const wanted = DATE_PLACEHOLDERS.filter((name) => names.has(name));
  const texts = strftimeEach(date, wanted.map((name) => DATE_FORMATS[name]!));
  return Object.fromEntries(wanted.map((name, i) => [name, texts[i]!]));
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
