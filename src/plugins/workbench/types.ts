/** Options of `workbenchPlugin`: the staff admin's own views of their work. */
export type WorkbenchPluginOptions = {
  /**
   * The role dashboard (the lines capabilities contribute with `withDashboardLines`) above the
   * admin dashboard's collection cards. @default true
   */
  dashboard?: boolean
  /** The counts of the lines marked `nav` at the top of the navigation. @default true */
  navCounts?: boolean
  /** Set to `false` to keep the options without adding anything (for a config switch). @default true */
  enabled?: boolean
}

export type ResolvedWorkbenchOptions = Required<WorkbenchPluginOptions>
