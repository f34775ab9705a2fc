/**
 * What the program hosting the backend can do for a job (docs/architecture.md, "Host
 * capabilities"). Electron's main process shows its own save and open dialogs and reveals files in
 * the file manager; browser mode and the command line have none of these: there, a job's output is
 * staged for a download, or written where `--out` says. Handlers ask; they never know which host
 * they run in.
 */
import type { Message } from '../../core/messages';

export interface FileFilter {
  /** What the dialog calls these files ("Affiche archive"), in the user's language. */
  name: Message;
  extensions: string[];
}

export interface Host {
  /** A save dialog; resolves with the chosen path, or null when the user cancelled. */
  chooseSavePath?(request: { suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  /** An open dialog for one file; the chosen path, or null when the user cancelled. */
  chooseOpenPath?(request: { filters: FileFilter[] }): Promise<string | null>;
  /** Shows a file in the system's file manager. */
  revealPath?(file: string): void;
}
