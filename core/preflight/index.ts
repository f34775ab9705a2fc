export * from './preflight';
export * from './safeZoneOverlap';
