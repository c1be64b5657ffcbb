package org.mappahub.nominal;

import java.util.List;

/**
 * One page of search results. {@code total} is the exact number of people matched: ranking needs every
 * candidate scored anyway, so counting them costs nothing more.
 *
 * @param query    the query as understood
 * @param results  this page's results, best first
 * @param page     page number, from 1
 * @param pageSize results per page
 * @param total    the number of people matched
 */
public record SearchPage(SearchQuery query, List<SearchResult> results, int page, int pageSize, long total) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public SearchPage {
        results = List.copyOf(results);
    }

    public int totalPages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }
}
