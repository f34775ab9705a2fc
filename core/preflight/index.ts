export * from './preflight';
export * from './safeZoneOverlap';
export * from './video';
