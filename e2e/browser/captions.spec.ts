/**
 * The Captions panel of a video: an SRT imported from a file, a cue's words and end time edited,
 * the captions saved as .srt (the download holds the edit), a bad file refused with its line, in
 * English and French. Screenshots with AFFICHE_SHOTS=1 (AFFICHE_SHOTS_DIR, else the OS temp folder).
 */
import { readFileSync } from 'node:fs';
import type { Design } from '../../core/schema/design';
import { expect, test } from './fixtures';
import { editorDesign, waitForCanvas, waitForSaved, shot } from './helpers';

const SRT = '\ufeff1\r\n00:00:00,500 --> 00:00:02,000\r\nNouvelle collection\r\n\r\n2\r\n00:00:02,000 --> 00:00:04,000\r\n<i>Lien en bio</i>\r\n';

for (const language of ['en', 'fr'] as const) {
  test(`captions (${language}): import an SRT, edit a cue, save as .srt`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    const { design } = await app.call<{ design: Design }>('designs.create', { name: 'Reel', kind: 'video', format: { preset: 'instagram-reel', width: 1080, height: 1920 } });
    await app.open(`#/design/${design.id}`);
    await waitForCanvas(page);

    await page.getByTestId('tool-captions').click();
    const panel = page.getByTestId('captions-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('captions-export-srt')).toBeDisabled();
    await page.getByTestId('captions-file').setInputFiles({ name: 'reel.srt', mimeType: 'application/x-subrip', buffer: Buffer.from(SRT) });
    await expect(page.getByTestId('cue-list').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('cue-1-text')).toHaveValue('Lien en bio');
    await expect(page.getByTestId('cue-0-start')).toHaveValue('00:00.500');

    // Edit the second cue's words and its end time.
    await page.getByTestId('cue-1-text').fill('Lien en bio !');
    await page.getByTestId('cue-1-end').fill('00:05.250');
    await page.getByTestId('cue-1-end').press('Enter');
    await expect(page.getByTestId('cue-1-end')).toHaveValue('00:05.250');
    // An end before the start is refused: the field shows the kept time again.
    await page.getByTestId('cue-0-end').fill('00:00.100');
    await page.getByTestId('cue-0-end').press('Enter');
    await expect(page.getByTestId('cue-0-end')).toHaveValue('00:02.000');
    await page.getByTestId('captions-preset').selectOption('pill');
    await expect(page.getByTestId('captions-sample')).toHaveAttribute('data-preset', 'pill');
    await waitForSaved(page);
    const saved = await editorDesign(page);
    expect(saved.captions?.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([
      [500, 2000, 'Nouvelle collection'],
      [2000, 5250, 'Lien en bio !'],
    ]);
    expect(saved.captions?.preset).toBe('pill');
    await shot(page, `captions-panel-${language}`);
    await page.getByTestId('captions-size').scrollIntoViewIfNeeded();
    await shot(page, `captions-style-${language}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('captions-export-srt').click()]);
    expect(download.suggestedFilename()).toBe('Reel.srt');
    expect(readFileSync((await download.path())!, 'utf8')).toBe('1\n00:00:00,500 --> 00:00:02,000\nNouvelle collection\n\n2\n00:00:02,000 --> 00:00:05,250\nLien en bio !\n');

    // A bad file: refused with its line, in the UI's language; the cues stay.
    await page.getByTestId('captions-file').setInputFiles({ name: 'bad.srt', mimeType: 'application/x-subrip', buffer: Buffer.from('1\n00:00:01 --> 00:00:02,000\nx\n') });
    await expect(page.getByTestId('captions-error')).toHaveText(
      language === 'fr' ? 'Ligne 2\u00a0: un temps s’écrit 00:00:01,000 (heures:minutes:secondes et millisecondes).' : 'Line 2: a time is written 00:00:01,000 (hours:minutes:seconds and milliseconds).',
    );
    await expect(page.getByTestId('cue-list').locator('li')).toHaveCount(2);
    await shot(page, `captions-error-${language}`);
  });
}
