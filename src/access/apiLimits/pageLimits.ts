/**
 * Page sizes a caller may ask for in one request, on every path (REST, GraphQL): anonymous callers get at
 * most a public page, staff a working page. Turning pagination off is refused for everyone.
 */
export const ANONYMOUS_PAGE_LIMIT = 100
export const STAFF_PAGE_LIMIT = 500
