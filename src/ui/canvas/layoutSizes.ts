/** Size of a component box before React Flow has measured it (matches `.cmp-node` styles). */
export const LEAF_SIZE = { width: 180, height: 56 };
