/** Options of `apiLimitsPlugin`: what one staff REST or GraphQL request may ask of the database. */
export type ApiLimitsPluginOptions = {
  /** Largest page an anonymous caller (no staff role) may ask for. @default 100 (ANONYMOUS_PAGE_LIMIT) */
  anonymousPageLimit?: number
  /** Largest page a staff user (any role, admin included) may ask for. @default 500 (STAFF_PAGE_LIMIT) */
  staffPageLimit?: number
  /** Conditions (leaf `field: { operator: value }` pairs) in one `where`. @default 100 */
  maxWhereConditions?: number
  /** `and` / `or` nesting depth of one `where`. @default 8 */
  maxWhereDepth?: number
  /** Values in one `in` / `not_in` / `all` list. @default 500 */
  maxListValues?: number
  /** Values in one `where` in all (SQLite binds at most 32,766 parameters in one statement). @default 2000 */
  maxWhereValues?: number
  /** Characters in one string value. @default 1000 */
  maxValueLength?: number
  /**
   * Words in one `like` / `not_like` value: Payload turns each word into a condition of its own, and
   * SQLite refuses an expression tree deeper than 1,000 (a 2,000-word `like` was a 500).
   * @default 50
   */
  maxLikeWords?: number
}

export type ResolvedApiLimitsOptions = Required<ApiLimitsPluginOptions>
