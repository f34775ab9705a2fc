export * from './contract';
export * from './codec';
