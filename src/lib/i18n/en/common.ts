/** What every page shows: the site name, its tagline and the skip link. */
export const siteName = 'Alongside';
export const tagline = 'Free, private training for peer recovery mentors';
export const skipToContent = 'Skip to main content';
