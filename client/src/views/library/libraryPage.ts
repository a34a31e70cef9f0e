import './library.scss';
import type { Page, PageContext } from '../../components/page';
import { libraryIndex } from './libraryIndex';
import { reviewView } from './reviewView';

/** The public learning library (no login): the index with search and themes at /library, a review at /library/:slug. */
export function libraryPage(ctx: PageContext, slug: string | null): Page {
  if (slug) void reviewView(ctx.container, slug);
  else void libraryIndex(ctx);
  return {};
}
