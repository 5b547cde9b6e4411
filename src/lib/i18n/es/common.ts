/** Lo que muestra cada página: el nombre del sitio, su lema y el enlace para saltar al contenido. */
export const siteName: string = 'Alongside';
export const tagline: string = 'Capacitación gratis y privada para mentores de recuperación entre pares';
export const skipToContent: string = 'Saltar al contenido principal';
