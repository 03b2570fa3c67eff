import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCamerasSlice, type CamerasSlice } from './cameras-slice';
import { createCardSlice, type CardSlice } from './card-slice';
import { createLayoutSlice, type LayoutSlice } from './layout-slice';
import { createLinkSlice, type LinkSlice } from './link-slice';
import { createLiveGridSlice, type LiveGridSlice } from './live-grid-slice';
import { createLiveViewSlice, type LiveViewSlice } from './liveview-slice';
import { createMagnifierSlice, type MagnifierSlice } from './magnifier-slice';
import { createOverlaySlice, type OverlaySlice } from './overlay-slice';
import { createProSlice, type ProSlice } from './pro-slice';
import { createPropertiesSlice, type PropertiesSlice } from './properties-slice';
import { createReviewViewSlice, type ReviewViewSlice } from './review-view-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createTransfersSlice, type TransfersSlice } from './transfers-slice';

/** The whole renderer store: one slice per domain. Frames never enter it. */
export type StudioState = CamerasSlice &
  PropertiesSlice &
  LiveViewSlice &
  SessionSlice &
  TransfersSlice &
  CardSlice &
  ProSlice &
  OverlaySlice &
  LinkSlice &
  LayoutSlice &
  LiveGridSlice &
  MagnifierSlice &
  ReviewViewSlice;

/** The store handle passed to actions and components. */
export type StudioStore = StoreApi<StudioState>;

/** Creates a fresh store (one per window; tests make their own). */
export function createStudioStore(): StudioStore {
  return createStore<StudioState>()((...a) => ({
    ...createCamerasSlice(...a),
    ...createPropertiesSlice(...a),
    ...createLiveViewSlice(...a),
    ...createSessionSlice(...a),
    ...createTransfersSlice(...a),
    ...createCardSlice(...a),
    ...createProSlice(...a),
    ...createOverlaySlice(...a),
    ...createLinkSlice(...a),
    ...createLayoutSlice(...a),
    ...createLiveGridSlice(...a),
    ...createMagnifierSlice(...a),
    ...createReviewViewSlice(...a),
  }));
}
