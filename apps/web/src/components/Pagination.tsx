export const paginationStrings = {
  label: 'Pages',
  previous: 'Previous',
  next: 'Next',
  page: (page: number, pages: number) => `Page ${page} of ${pages}`,
};

/** Previous / next with the page count; hidden when everything fits on one page. */
export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) {
    return null;
  }
  return (
    <nav className="pagination" aria-label={paginationStrings.label}>
      <button
        type="button"
        className="button button-ghost"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ← {paginationStrings.previous}
      </button>
      <span className="pagination-count" aria-live="polite">
        {paginationStrings.page(page, pages)}
      </span>
      <button
        type="button"
        className="button button-ghost"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {paginationStrings.next} →
      </button>
    </nav>
  );
}
