import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { filtersToSearch, parseFilters, withFilter, type AssessmentFilters } from './assessmentFilters';

/** The list's filters and page, kept in the URL's query string. */
export function useAssessmentFilters() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilter = useCallback(
    (change: Partial<Omit<AssessmentFilters, 'page'>>) => setSearch((current) => filtersToSearch(withFilter(parseFilters(current), change), current)),
    [setSearch],
  );
  const setPage = useCallback(
    (page: number) => setSearch((current) => filtersToSearch({ ...parseFilters(current), page }, current)),
    [setSearch],
  );
  return { filters, setFilter, setPage };
}
