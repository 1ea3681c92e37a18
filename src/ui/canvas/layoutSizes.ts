import { LEAF_SIZE } from '../../domain/model/geometry';

/** A node's size as drawn: React Flow's measurement, else its style size (containers), else LEAF_SIZE. */
export function flowNodeSize(node: {
  measured?: { width?: number; height?: number };
  style?: { width?: unknown; height?: unknown };
}): { width: number; height: number } {
  const { measured, style } = node;
  return {
    width: measured?.width ?? (typeof style?.width === 'number' ? style.width : LEAF_SIZE.width),
    height: measured?.height ?? (typeof style?.height === 'number' ? style.height : LEAF_SIZE.height),
  };
}
