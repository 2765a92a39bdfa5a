/** Cache Storage names, shared by the service worker and the pages that fill them. */
export const fontCacheName = 'kompass-fonts';
export const audioCacheName = 'kompass-audio';
