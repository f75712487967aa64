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
  if (facts.date) Object.assign(values, datePlaceholders(facts.date));
  return values;
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
const DATE_FORMAT_LIST = Object.values(DATE_FORMATS);

function datePlaceholders(date: RubyTime): Placeholders {
  const texts = strftimeEach(date, DATE_FORMAT_LIST);
  return Object.fromEntries(DATE_PLACEHOLDERS.map((name, i) => [name, texts[i]!]));
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
