export * from './types';
export * from './paint';
export * from './geometry';
export * from './elements';
export * from './page';
export * from './fonts';
export * from './readBack';
