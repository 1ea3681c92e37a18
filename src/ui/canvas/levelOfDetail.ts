import { createContext, useContext } from 'react';

/**
 * Whether the canvas draws its level of detail (below DETAIL_ZOOM): set by ArchitectureCanvas
 * once per threshold crossing, read by every component node, so no node subscribes to the
 * zoom itself (that would run 500 selectors on every frame of a pan).
 */
export const LevelOfDetailContext = createContext(false);

export const useLevelOfDetail = () => useContext(LevelOfDetailContext);
