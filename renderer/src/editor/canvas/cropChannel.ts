/**
 * Where the properties panel's Crop / Done button meets the canvas's crop mode. The panel has no
 * handle on the EditorCanvas (only EditorWorkspace has, and crop mode must not need changes there),
 * so the one live CropMode connects itself here, and the panel reads which image is being cropped
 * through `subscribe` / `croppingId` (React's useSyncExternalStore).
 */

export interface CropController {
  enter(id: string): boolean;
  apply(): void;
  cancel(): void;
}

let controller: CropController | null = null;
let cropping: string | null = null;
const listeners = new Set<() => void>();

export const cropChannel = {
  /** The canvas's crop mode registers itself; returns the disconnect. */
  connect(next: CropController): () => void {
    controller = next;
    return () => {
      if (controller === next) controller = null;
      cropChannel.setCropping(null);
    };
  },
  enter(id: string): boolean {
    return controller?.enter(id) ?? false;
  },
  apply(): void {
    controller?.apply();
  },
  cancel(): void {
    controller?.cancel();
  },
  /** Called by crop mode when it starts (the image's id) and ends (null). */
  setCropping(id: string | null): void {
    if (cropping === id) return;
    cropping = id;
    for (const listener of listeners) listener();
  },
  croppingId(): string | null {
    return cropping;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
