export * from './design';
export * from './migrate';
export * from './parseDesign';
export * from './factory';
export * from './library';
export * from './brandKit';
export * from './walk';
