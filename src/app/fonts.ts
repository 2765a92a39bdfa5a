// Fonts for every script Kompass writes in, so no device shows empty boxes. Each file's
// @font-face rules carry a unicode-range: the browser downloads a script's font only when
// text in that script is on screen, and the service worker keeps it from then on.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-ethiopic/400.css';
import '@fontsource/noto-sans-ethiopic/700.css';
