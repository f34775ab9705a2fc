/** Checking and fixing a file for a format: what the fix did and what it could not do. */
import { defineArea } from '../area';

export const preflightArea = defineArea({
  en: {
    'preflight.cropped': 'cropped {{from}} -> {{to}} to {{ratio}} around {{where}}',
    'preflight.cropCentre': 'the centre',
    'preflight.cropFocal': 'the focal point at {{x}} %, {{y}} %',
    'preflight.cropHint': 'the ratio is not {{ratio}}: crop it with --crop center, or --crop X,Y for a focal point (fractions of the width and height, e.g. --crop 0.3,0.5)',
  },
  fr: {
    'preflight.cropped': 'recadré de {{from}} à {{to}} au format {{ratio}} autour {{where}}',
    'preflight.cropCentre': 'du centre',
    'preflight.cropFocal': 'du point d’intérêt à {{x}}\u00a0%, {{y}}\u00a0%',
    'preflight.cropHint': 'le format n’est pas {{ratio}}\u00a0: recadrez avec --crop center, ou --crop X,Y pour un point d’intérêt (fractions de la largeur et de la hauteur, par exemple --crop 0.3,0.5)',
  },
});
