/** The calendar exported as an .ics file (the `calendar.exportIcs` job, electron/services/posts/exportIcs.ts). */
import { defineArea } from '../area';

export const calendarExport = defineArea({
  en: {
    'calendarExport.title': 'Calendar export (.ics)',
    'calendarExport.fileType': 'Calendar file',
  },
  fr: {
    'calendarExport.title': 'Export du calendrier (.ics)',
    'calendarExport.fileType': 'Fichier de calendrier',
  },
});
