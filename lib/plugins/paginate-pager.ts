import type { Hash } from '../config/merge.js';

/** What one pager needs besides its number: the posts to share out and how pages are addressed. */
export interface PagerSeries {
  /** Posts newest first, hidden ones left out. */
  readonly posts: readonly Hash[];
  readonly perPage: number;
  readonly totalPages: number;
  /** The URL path of page `num` (the template page's URL for page 1). */
  readonly pathOf: (num: number) => string;
}

/** jekyll-paginate's Pager.calculate_pages: how many pages the posts fill. */
export function pageCount(postCount: number, perPage: number): number {
  return Math.ceil(postCount / perPage);
}

/** jekyll-paginate's Pager#to_liquid for page `num` (1-based) of the series. */
export function pagerFor(series: PagerSeries, num: number): Hash {
  const first = (num - 1) * series.perPage;
  const previousPage = num !== 1 ? num - 1 : null;
  const nextPage = num !== series.totalPages ? num + 1 : null;
  return {
    page: num,
    per_page: series.perPage,
    posts: series.posts.slice(first, first + series.perPage),
    total_posts: series.posts.length,
    total_pages: series.totalPages,
    previous_page: previousPage,
    previous_page_path: previousPage === null ? null : series.pathOf(previousPage),
    next_page: nextPage,
    next_page_path: nextPage === null ? null : series.pathOf(nextPage),
  };
}

/** Pager.paginate_path for a page after the first: `paginate_path` with its first `:num` filled, with a leading slash. */
export function laterPagePath(paginatePath: string, num: number): string {
  const filled = paginatePath.replace(':num', String(num));
  return filled.startsWith('/') ? filled : `/${filled}`;
}

/** Ruby's Object#to_i as `site.config['paginate'].to_i` applies it to a number or a string. */
export function rubyToI(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value !== 'string') return null;
  const digits = /^\s*([+-]?\d+(?:_\d+)*)/.exec(value);
  return digits ? Number.parseInt(digits[1].replace(/_/g, ''), 10) : 0;
}
