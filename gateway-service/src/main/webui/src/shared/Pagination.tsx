import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from './Button';

/** Previous / next with where the page is; `page` counts from 0. */
export function Pagination({
  page,
  pages,
  label,
  onPage,
  testId = 'pagination',
}: {
  page: number;
  pages: number;
  label: string;
  onPage: (page: number) => void;
  testId?: string;
}) {
  return (
    <nav className="pagination" aria-label="Pages" data-testid={testId}>
      <span className="muted small" data-testid={`${testId}-range`}>
        {label}
      </span>
      <div className="pagination-buttons">
        <Button size="sm" variant="ghost" disabled={page <= 0} onClick={() => onPage(page - 1)} icon={<ChevronLeft size={15} aria-hidden="true" />} data-testid={`${testId}-prev`}>
          Previous
        </Button>
        <span className="small">
          Page {page + 1} of {pages}
        </span>
        <Button size="sm" variant="ghost" disabled={page >= pages - 1} onClick={() => onPage(page + 1)} data-testid={`${testId}-next`}>
          Next
          <ChevronRight size={15} aria-hidden="true" />
        </Button>
      </div>
    </nav>
  );
}
