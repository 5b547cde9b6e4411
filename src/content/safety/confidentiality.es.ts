/**
 * Los límites de la confidencialidad de un mentor o una mentora de pares, en español: the Spanish edition
 * of src/content/safety/confidentiality.ts, with the same exports, the same limits in the same order and
 * the same ids, and the same meaning. Change both files together: a limit added, removed or reworded in
 * one is added, removed or reworded in the other.
 *
 * Spanish modules show them with <ConfidentialityLimits /> and <ConfidentialityScript /> (which read
 * currentLanguage()); Spanish quiz and role-play text uses {{limites-confidencialidad}} and
 * {{guion-confidencialidad}} (src/lib/safety/shared-text.ts).
 *
 * Written for Spanish-speaking peer mentors in the United States: tú, plain words, and terms that US
 * Spanish-language child-welfare and court materials use ("maltrato o negligencia", "tribunal",
 * "citación judicial"). Sources as in the English file.
 */
import type { ConfidentialityLimit } from './confidentiality';

export type { ConfidentialityLimit } from './confidentiality';

export const confidentialityLimits: readonly ConfidentialityLimit[] = [
  {
    id: 'danger-to-self',
    label: 'Peligro para su propia vida',
    detail: 'Si crees que la persona puede quitarse la vida o morir sin ayuda, buscas ayuda ya, aunque te pida que no lo hagas.',
    spoken: 'si creo que tu vida está en peligro',
  },
  {
    id: 'danger-to-others',
    label: 'Peligro para otra persona',
    detail:
      'Si alguien amenaza en serio con hacerle daño a otra persona, díselo a tu supervisor de inmediato, o llama al 911 si el peligro es inmediato. ' +
      'Algunos estados y programas tienen el deber de advertir.',
    spoken: 'si otra persona está en peligro grave',
  },
  {
    id: 'abuse-or-neglect',
    label: 'Maltrato o negligencia hacia un niño o un adulto vulnerable',
    detail:
      'Díselo a tu supervisor de inmediato, y llama al 911 si alguien está en peligro ahora. ' +
      'Puede que tú o tu programa tengan que reportarlo, y tu programa sabe cómo hacerlo.',
    spoken: 'si un niño o un adulto vulnerable sufre maltrato o negligencia',
  },
  {
    id: 'medical-emergency',
    label: 'Una emergencia médica',
    detail: 'Comparte lo que el personal de emergencias necesita para mantener a la persona con vida, y nada más.',
    spoken: 'en una emergencia médica',
  },
  {
    id: 'law-or-court',
    label: 'Cuando una ley o un tribunal lo exige',
    detail:
      'En casos poco comunes, un tribunal puede ordenar que se entreguen expedientes o que declares. ' +
      'Si recibes una citación judicial, o una solicitud de la policía, de tu oficial de libertad condicional o de un tribunal, ' +
      'díselo a tu supervisor enseguida y no entregues nada por tu cuenta.',
    spoken: 'si una ley o un tribunal lo exige',
  },
  {
    id: 'supervision',
    label: 'La supervisión',
    detail:
      'Hablas de tu trabajo con tu supervisor, para hacerlo bien y de forma segura. Las personas que acompañas merecen saberlo desde el principio.',
    spoken: 'También hablo de mi trabajo con mi supervisor, para poder hacerlo bien',
  },
];

/** Lo que promete un mentor sobre compartir, dicho después de los límites. */
export const tellFirst = 'Si alguna vez tengo que compartir algo, te lo diré primero siempre que sea seguro.';

/** Se muestra junto a los límites dondequiera que aparezcan. */
export const localRulesNote = 'Las reglas exactas dependen de tu estado y de tu programa. Apréndelas antes de tu primera reunión.';

/** "o" becomes "u" before a word that starts with the sound o ("o u otro"); "y" becomes "e" before the sound i. */
const or = (next: string) => (/^h?o/i.test(next) ? 'u' : 'o');
const and = (next: string) => (/^h?i(?![aeiouáéó])/i.test(next) ? 'e' : 'y');

/** Los límites como un solo guion hablado, para una primera reunión o para cuando alguien pregunta "¿esto queda entre tú y yo?". */
export function confidentialityScript(): string {
  const sharing = confidentialityLimits.filter((limit) => limit.id !== 'supervision').map((limit) => limit.spoken);
  const supervision = confidentialityLimits.find((limit) => limit.id === 'supervision')!.spoken;
  // "a; b; c; o d": the joining word comes from here, so the list can be reordered or grow.
  const last = sharing[sharing.length - 1]!;
  const listed = `${sharing.slice(0, -1).join('; ')}; ${or(last)} ${last}`;
  return (
    'Casi todo lo que me cuentes queda entre tú y yo. ' +
    `Pero hay momentos en que tal vez tenga que compartir algo, y quiero que los conozcas desde ahora: ${listed}. ${supervision}. ${tellFirst}`
  );
}

/** Los límites como frase para el texto corrido: "peligro para su propia vida, peligro para otra persona, … y la supervisión". */
export function confidentialityLimitsPhrase(): string {
  const labels = confidentialityLimits.map((limit) => limit.label.charAt(0).toLowerCase() + limit.label.slice(1));
  const last = labels[labels.length - 1]!;
  return `${labels.slice(0, -1).join(', ')} ${and(last)} ${last}`;
}
