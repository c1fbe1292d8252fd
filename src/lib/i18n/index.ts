export * from './strings';
export * from './format';
export * from './labels';
