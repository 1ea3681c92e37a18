/**
 * The sizes every layer draws with before a measurement exists: the canvas (matching the
 * `.cmp-node` styles), the store's first size for a new container, the import's placement and
 * the report's diagram. One source, so an imported or exported drawing lines up with the canvas.
 */
export const LEAF_SIZE = { width: 180, height: 56 } as const;

/** The first size of a host or trust boundary. */
export const CONTAINER_SIZE = { width: 420, height: 260 } as const;
