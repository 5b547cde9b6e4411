/**
 * The site's icons. Browser tabs take the SVG (public/favicon.svg); home screens take PNGs drawn from it
 * by `npm run icons` (scripts/make-icons.mjs): an iPhone takes only a PNG touch icon, which must fill
 * its square (iOS rounds the corners itself), and an Android install asks the manifest for PNGs at 192
 * and 512 px, and a "maskable" one whose figure stays inside the circle a launcher may cut it to.
 */
export const ICON_SVG = 'favicon.svg';

export interface PngIcon {
  /** In public/, so at the site's base. */
  file: string;
  size: number;
  /** How much of the square the SVG is drawn across (a maskable icon's figure keeps to the middle 80%). */
  figure: number;
  /** Whether the square around and under the SVG's rounded corners is filled with its colour. */
  filled: boolean;
  /** Where it is named: the page's touch icon link, or the manifest with this purpose. */
  use: 'apple-touch-icon' | 'any' | 'maskable';
}

export const PNG_ICONS: readonly PngIcon[] = [
  { file: 'apple-touch-icon.png', size: 180, figure: 1, filled: true, use: 'apple-touch-icon' },
  { file: 'icon-192.png', size: 192, figure: 1, filled: false, use: 'any' },
  { file: 'icon-512.png', size: 512, figure: 1, filled: false, use: 'any' },
  { file: 'icon-maskable-512.png', size: 512, figure: 0.75, filled: true, use: 'maskable' },
];

/** The page's touch icon, for an iPhone's "Add to Home Screen". */
export const TOUCH_ICON = PNG_ICONS.find((icon) => icon.use === 'apple-touch-icon')!.file;

/** The manifest's icons: the SVG for any size a browser can draw it at, then the PNGs. */
export function manifestIcons(base: string) {
  return [
    { src: `${base}${ICON_SVG}`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ...PNG_ICONS.filter((icon) => icon.use !== 'apple-touch-icon').map((icon) => ({
      src: `${base}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.use,
    })),
  ];
}
