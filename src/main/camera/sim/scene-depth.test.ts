import { describe, expect, it } from 'vitest';
import { dioptres, planeBlur } from './exposure';
import { nearestPlaneAt, samplePoints } from './scene-layers';
import { renderLiveFrame, renderPreview } from './scene-renderer';
import { DEPTH_PLANES_M } from './scene-svg';
import { SCENE_REGIONS, regionSharpness } from './sim-test-kit';

const PLANE_OF = { vase: 4, text: 2, star: 1, wall: 0 } as const;
type Region = keyof typeof PLANE_OF;
const REGIONS = Object.keys(PLANE_OF) as Region[];

/** Region sharpness of a live frame focused at `m` metres, f/2.8 (50 mm). */
async function liveAt(m: number): Promise<Record<Region, number>> {
  const blur = planeBlur(dioptres(m), 280, 50);
  const jpeg = await renderLiveFrame({ blur, step: 0, quality: 90, strip: 'test' });
  const out = {} as Record<Region, number>;
  for (const r of REGIONS) out[r] = await regionSharpness(jpeg, SCENE_REGIONS[r]);
  return out;
}

describe('the simulated set has depth', () => {
  it('gives each depth plane its own blur, zero where the focus plane lies', () => {
    DEPTH_PLANES_M.forEach((m, plane) => {
      const blur = planeBlur(dioptres(m), 280, 50);
      expect(blur[plane]).toBe(0);
      expect(Math.max(...blur)).toBeGreaterThan(1);
    });
    // Stopped down to f/22 the whole set is (nearly) sharp.
    expect(Math.max(...planeBlur(dioptres(2.2), 2200, 50))).toBeLessThanOrEqual(1);
  });

  it('moves the sharp part of the live view from near to far as focus steps near → far', async () => {
    const planes = [4, 2, 1, 0];
    const sweep = [];
    for (const plane of planes) sweep.push(await liveAt(DEPTH_PLANES_M[plane]));
    // Every region is sharpest in the frame focused on its own plane.
    for (const r of REGIONS) {
      const values = sweep.map((s) => s[r]);
      const best = values.indexOf(Math.max(...values));
      expect(planes[best], `${r}: ${values.map((v) => v.toFixed(1)).join(' ')}`).toBe(PLANE_OF[r]);
    }
    // And the difference is visible, not marginal: the vase loses most of its detail at the far end.
    expect(sweep[3].vase).toBeLessThan(sweep[0].vase * 0.6);
    expect(sweep[0].star).toBeLessThan(sweep[2].star * 0.6);
  });

  it('renders previews (thumbnails, screennails) with the same depth', async () => {
    const near = planeBlur(dioptres(1.0), 280, 50);
    const far = planeBlur(dioptres(4.5), 280, 50);
    const look = (blur: number[]) => ({ width: 1616, height: 1080, blur, step: 0, quality: 90 });
    const [n, f] = [await renderPreview(look(near)), await renderPreview(look(far))];
    expect(await regionSharpness(n, SCENE_REGIONS.vase)).toBeGreaterThan(
      (await regionSharpness(f, SCENE_REGIONS.vase)) * 1.5,
    );
    expect(await regionSharpness(f, SCENE_REGIONS.wall)).toBeGreaterThan(
      (await regionSharpness(n, SCENE_REGIONS.wall)) * 1.5,
    );
  });

  it('tells AF what lies under a frame: the nearest solid piece', async () => {
    const box = { width: 38, height: 38 };
    expect(await nearestPlaneAt(samplePoints({ x: 320, y: 240 }, box))).toBe(2);
    expect(await nearestPlaneAt(samplePoints({ x: 95, y: 395 }, box))).toBe(4);
    expect(await nearestPlaneAt(samplePoints({ x: 483, y: 182 }, box))).toBe(1);
    expect(await nearestPlaneAt(samplePoints({ x: 580, y: 40 }, box))).toBe(0);
  });
});
