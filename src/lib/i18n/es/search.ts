import type { search as en } from '../en/search';
import type { Strings } from '../shape';

/** The first steps on the help card; the Spanish table gives them for both of the English table's keys. */
const firstSteps = {
  overdose:
    '¿No despierta, o no respira normalmente? Llama al 911 ahora y pon el teléfono en altavoz. Si no respira o solo jadea, ' +
    'empieza la RCP. Si tienes naloxona, dásela sin retrasar la RCP.',
  weapon:
    '¿Hay un arma y peligro ahora mismo? Ponte a salvo, con las demás personas, y llama al 911. Si la persona podría usarla ' +
    'contra sí misma y es seguro quedarte, quédate con ella y comuníquense juntos con el 988.',
} as Partial<Record<string, string>>;

export const search: Strings<typeof en> = {
  label: 'Buscar en la capacitación',
  placeholder: 'Busca en módulos y recursos',
  submit: 'Buscar',
  loading: 'Cargando la búsqueda…',
  unavailable: 'No se pudo cargar la búsqueda. Intenta recargar la página. La lista de módulos de la página de inicio siempre funciona.',
  noResults: (query: string) => `No hay resultados para “${query}”. Prueba con menos palabras o con otras.`,
  noResultsOffline: (query: string) =>
    `No hay resultados para “${query}” en las páginas guardadas en este dispositivo. Con conexión, la búsqueda abarca todo el curso.`,
  results: (count: number, query: string) => `${count} ${count === 1 ? 'resultado' : 'resultados'} para “${query}”`,
  close: 'Cerrar los resultados de búsqueda',
  helpTitle: 'Si alguien está en peligro ahora',
  helpIntro: 'No tienes que enfrentar esto sin ayuda. Busca primero ayuda preparada para esto. Los resultados están más abajo.',
  helpAnnounce: 'Primero se muestran las líneas de ayuda.',
  /**
   * En la edición en español, la introducción de arriba ya está en español; esta línea se suma cuando la búsqueda
   * sugiere peligro, así que dice solo lo que falta: el 911.
   */
  helpIntroEs: 'Si alguien está en peligro ahora mismo, llama al 911.',
  helpIntroEsSpanishLines: 'Hay ayuda en español.',
  /** Qué hacer primero, arriba de las líneas, en una crisis donde llamar no basta (tipos de src/lib/search/crisis.ts). */
  helpSteps: firstSteps,
  /** Lo mismo: en la edición en español, los dos textos son el mismo. */
  helpStepsEs: firstSteps,
  /** Después del nombre de una línea en la tarjeta de ayuda, cuando sirve solo en algunos casos. */
  lineNotes: { 'poison-help': 'si la persona está despierta y respira bien' },
  lineNotesEs: { 'poison-help': 'si la persona está despierta y respira bien' },
  lineWithNote: (name: string, note: string) => `${name}, ${note}`,
  sections: (title: string) => `Secciones de ${title}`,
  noResultsHelp: 'Si alguien está en peligro, ve a',
  suggestionsIntro: 'O prueba una de estas búsquedas:',
  /** Lo que más se necesita, como búsquedas de un solo toque cuando no hubo resultados. */
  suggestions: ['naloxona', 'sobredosis', 'señales de suicidio', 'escucha activa', 'límites', 'confidencialidad', 'línea de crisis'],
};
