import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Format } from '../../../core/formats/catalog';
import { toCatalogFormat, userPreset } from '../../../core/formats/userFormats';
import type { UserFormatSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { currentLanguage } from '../i18n';
import { errorMessage } from '../shared/errors';
import { pixelSize } from '../shared/formatLabel';
import { defaultDesignName, designKindFor, formatRefOf } from './formatChoices';
import { DEFAULT_SEAM_MARGIN } from '../../../core/carousel/panorama';

/** Creates a design from a catalog format, one of the user's formats or a custom size, then hands its id to `onCreated`. */
export function useCreateDesign(onCreated: (designId: string) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (args: Parameters<ReturnType<typeof getBridge>['api']['designs.create']>[0]) => {
      setBusy(true);
      setError(null);
      try {
        const { design } = await getBridge().api['designs.create'](args);
        onCreated(design.id);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [onCreated],
  );

  const fromFormat = useCallback(
    (format: Format) =>
      run({ name: defaultDesignName(format, currentLanguage()), format: formatRefOf(format), kind: designKindFor(format.kind) }),
    [run],
  );

  const fromSize = useCallback(
    (width: number, height: number) =>
      run({ name: t('newDesign.customName', { size: pixelSize(width, height) }), format: { preset: null, width, height }, kind: 'still' }),
    [run, t],
  );

  /** A design named after the user's format ("Affiche A3"), storing `user:<id>` so its label keeps that name. */
  const fromUserFormat = useCallback(
    (format: UserFormatSummary) =>
      run({
        name: format.name,
        format: { preset: userPreset(format.id), width: format.width, height: format.height },
        kind: designKindFor(toCatalogFormat(format).kind),
      }),
    [run],
  );

  /** A seamless panorama of `slides` slides of a catalog format (core/carousel/panorama.ts). */
  const panorama = useCallback(
    (slide: Format, slides: number) =>
      run({ name: t('newDesign.panorama.name', { format: defaultDesignName(slide, currentLanguage()) }), format: formatRefOf(slide), panorama: { slides, seamMargin: DEFAULT_SEAM_MARGIN } }),
    [run, t],
  );

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, fromFormat, fromSize, fromUserFormat, panorama, clearError };
}
