/**
 * Gives a hook made by a factory the name of what it does, so a collection's hook chain can be printed
 * and pinned (an arrow function returned from a factory is otherwise anonymous).
 */
export const named = <T extends (...args: never[]) => unknown>(name: string, fn: T): T => Object.defineProperty(fn, 'name', { value: name })
