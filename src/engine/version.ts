export const ENGINE_VERSION = '0.6.0';
