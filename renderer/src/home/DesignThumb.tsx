import { useState } from 'react';
import type { DesignSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { FormatPreview } from '../shared/FormatPreview';

/**
 * The design's preview image, or a blank page of the right proportions while the backend has not
 * drawn one yet (a new design) or when it can't be read (404).
 */
export function DesignThumb({ design }: { design: DesignSummary }) {
  const url = getBridge().mediaUrl('design-thumb', design.id, design.thumbnailVersion);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);

  if (failedUrl === url) {
    return (
      <span className="design-thumb design-thumb-fallback" data-testid="design-thumb-fallback">
        <FormatPreview width={design.format.width} height={design.format.height} box={128} />
      </span>
    );
  }
  return (
    <span className="design-thumb">
      <img src={url} alt="" loading="lazy" draggable={false} onError={() => setFailedUrl(url)} />
    </span>
  );
}
