/**
 * A document of a collection chosen at run time (a record slug from the registry or a URL): Payload types
 * documents per literal slug only, so code that reads many of its fields takes it as this one alias.
 * Code that reads a few fields narrows `unknown` or names them instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- no static type exists for a run-time slug's document
export type UntypedDoc = Record<string, any>
