import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const stateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int(), height: z.number().int() }),
  maximized: z.boolean(),
});

export const DEFAULT_SIZE = { width: 1366, height: 860 } as const;
export const MIN_SIZE = { width: 1024, height: 640 } as const;

export function parseWindowState(json: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where the window opens: the remembered place if enough of it is on a screen that is still
 * connected (a projector or second monitor may be gone), else centred on the primary screen.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  const centred = (width: number, height: number): Rect => {
    const w = Math.min(Math.max(width, MIN_SIZE.width), primary.width);
    const h = Math.min(Math.max(height, MIN_SIZE.height), primary.height);
    return {
      x: primary.x + Math.round((primary.width - w) / 2),
      y: primary.y + Math.round((primary.height - h) / 2),
      width: w,
      height: h,
    };
  };
  if (!saved) return { bounds: centred(DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
  const bounds = {
    ...saved.bounds,
    width: Math.max(saved.bounds.width, MIN_SIZE.width),
    height: Math.max(saved.bounds.height, MIN_SIZE.height),
  };
  const area = bounds.width * bounds.height;
  const visible = workAreas.some((workArea) => overlap(bounds, workArea) >= area * 0.5);
  return { bounds: visible ? bounds : centred(bounds.width, bounds.height), maximized: saved.maximized };
}
