import type { enStatic } from './en-static';
import type { Strings } from './shape';

/**
 * Los textos de la interfaz que solo se muestran al construir el sitio (páginas y componentes .astro), en español.
 * Tipados contra la tabla inglesa, así que el compilador revisa cada clave y cada función. Una oración con un enlace
 * se divide alrededor del enlace (`before`, `link`, `after`), con los espacios incluidos.
 */
export const esStatic: Strings<typeof enStatic> = {
  layout: {
    inDanger: '¿En peligro ahora?',
  },
  mdx: {
    avoidPrefix: '(palabra que se debe evitar:) ',
    tellFirst: 'Díselo primero a la persona, siempre que sea seguro hacerlo:',
    dialogue: 'Ejemplo de conversación',
    decisionAid: 'Guía para decidir en una crisis',
    printDecisionAid: 'Imprimir la guía para decidir',
    callouts: { notThis: 'Esto no', reflect: 'Para pensar', sayThis: 'Di esto', tryThis: 'Prueba esto' },
  },
  facilitator: {
    agendaHeading: (minutes: number) => `Agenda (${minutes} minutos)`,
    agendaCaption: 'Agenda con tiempos; el reloj muestra las horas y los minutos desde el inicio de la sesión.',
    columns: { clock: 'Reloj', minutes: 'Minutos', activity: 'Actividad', kind: 'Tipo' },
    /** Antes del área de IC&RC de una actividad, debajo de su nombre en la agenda (un descanso no tiene). */
    domainLabel: 'Área de IC&RC: ',
    byKind: (kinds: string) => `Tiempo por tipo de actividad: ${kinds}.`,
    kindMinutes: (kind: string, minutes: string) => `${kind} ${minutes}`,
    optional: 'opcional',
    coreMinutes: (core: number, total: number) =>
      `Solo lo esencial: ${core} de ${total} minutos. Las partes marcadas como opcionales (para romper el hielo, rondas extra, conversaciones para profundizar) se pueden quitar en el planificador de sesiones.`,
    prompts: 'Preguntas para conversar',
    materials: 'Materiales',
    notes: 'Notas para el capacitador',
    viewToggle: 'Vista de facilitación',
    fullGuide: 'Guía de facilitación completa',
    forTrainer: 'Para el capacitador',
    notesLoading: 'Cargando las notas de la guía de facilitación…',
    notesUnavailable: 'Las notas no se pudieron cargar aquí (¿estás sin conexión?). Están en la guía de facilitación completa:',
    printFrom: ' · imprimir: ',
    moduleSource: 'página del módulo',
  },
  frame: {
    courseHeading: 'Módulos del curso',
    contentsLabel: 'En esta página',
    overview: 'Resumen',
    required: 'obligatorio',
    checklistHeading: 'Para completar este módulo',
    roleplayItem: (title: string) => `Haz el juego de roles “${title}” hasta llegar a un final`,
    quizItem: (title: string) => `Aprueba la prueba “${title}”`,
    recordLink: 'Obtén tu registro de capacitación',
  },
  moduleList: {
    required: 'Obligatorio',
    builds: 'Desarrolla:',
  },
  resources: {
    filters: {
      heading: 'Filtrar la guía',
      category: 'Tipo de ayuda',
      allCategories: 'Todos los tipos',
      method: 'Forma de contacto',
      anyMethod: 'Cualquier forma',
      methods: { call: 'Llamada', text: 'Mensaje de texto', chat: 'Chat en línea', tty: 'TTY', web: 'Sitio web' },
      language: 'Idioma',
      anyLanguage: 'Cualquier idioma',
      audience: 'Para quién es',
      anyAudience: 'Para todos',
      country: 'Tu país',
      clear: 'Quitar los filtros',
    },
    seeMine: 'Ver Mis recursos',
  },
  countries: { us: 'Estados Unidos', ca: 'Canadá', 'uk-ie': 'Reino Unido e Irlanda', au: 'Australia' },
  categories: {
    crisis: 'Líneas de crisis y emergencias',
    treatment: 'Buscar tratamiento',
    medication: 'Medicamentos para el trastorno por consumo de opioides',
    'mutual-aid': 'Grupos de ayuda mutua y de recuperación',
    'harm-reduction': 'Reducción de daños',
    family: 'Familia y amistades',
    'domestic-violence': 'Violencia doméstica',
    veterans: 'Veteranos y miembros de las fuerzas armadas',
    lgbtq: 'Personas LGBTQ+',
    'young-people': 'Jóvenes',
    housing: 'Vivienda y residencias de recuperación',
    'employment-legal': 'Trabajo y ayuda legal',
    'recovery-community': 'Organizaciones comunitarias de recuperación',
  },
  audiences: {
    families: 'Familias y amistades',
    veterans: 'Veteranos y miembros de las fuerzas armadas',
    lgbtq: 'Personas LGBTQ+',
    young: 'Jóvenes',
    women: 'Mujeres',
    older: 'Personas mayores',
    native: 'Personas nativas e indígenas',
    survivors: 'Personas que viven violencia o maltrato',
  },
  notFound: {
    title: 'Página no encontrada',
    heading: 'No encontramos esa página',
    intro: 'Puede que la dirección tenga un error, o que la página se haya movido.',
    home: 'Ir a la página de inicio y a la lista de módulos',
    guide: 'Ver la guía de recursos',
    danger: { before: 'Si tú u otra persona están en peligro: ', link: 'busca ayuda ahora', after: '.' },
    inSpanishEs: {
      before: '¿Buscas la edición en español? ',
      home: 'Ir al inicio en español',
      between: '. Si tú u otra persona están en peligro: ',
      help: 'ayuda ahora',
      after: '.',
    },
    offline:
      'No tienes conexión, y esta página no está guardada en este dispositivo. La ayuda, la guía de recursos, el módulo de crisis y la ' +
      'búsqueda funcionan sin conexión. Para tener todos los módulos, elige “Usar todo el curso sin conexión” al final de cualquier ' +
      'página mientras tengas conexión.',
  },
  about: {
    title: 'Acerca de Alongside',
    description: 'Qué es Alongside, qué no es y cómo protege tu información.',
    intro:
      'Alongside es una capacitación gratis para mentores de recuperación entre pares: personas en recuperación a largo plazo que ' +
      'apoyan a alguien que empezó su recuperación hace menos tiempo. La escriben pares, para pares. Respeta todos los caminos de ' +
      'recuperación: los 12 pasos, SMART Recovery, los caminos basados en la fe, los caminos sin religión, la recuperación con ' +
      'medicamentos y la reducción de daños.',
    notHeading: 'Lo que no es',
    notReplace:
      'Alongside complementa, pero no reemplaza, la certificación de pares, la supervisión, ni las normas y los protocolos de crisis ' +
      'del programa donde eres mentor. Si esta capacitación y el protocolo de tu programa no coinciden, sigue a tu programa y háblalo ' +
      'con tu supervisor.',
    notClinical:
      'El papel de un mentor par no es clínico. Los mentores no diagnostican, no dan tratamiento y no dan consejos médicos. ' +
      'Escuchan, apoyan, comparten su propia experiencia cuando ayuda, y conectan a las personas con la ayuda que ellas eligen.',
    numbers: {
      before:
        'Los números de crisis son de Estados Unidos, salvo que se indique otra cosa. Se revisaron en el sitio de cada servicio, en la ' +
        'fecha que aparece en cada ',
      link: 'página de recurso',
      after: '.',
    },
    privacyHeading: 'Tu privacidad',
    privacy: [
      'No hay cuentas, cookies, estadísticas ni publicidad.',
      'El sitio no carga nada de otros sitios web. Los enlaces a otros servicios solo se abren cuando tú los eliges.',
      'Tu progreso (las páginas que visitas, tus respuestas y los resultados de los juegos de roles) se guarda solo en este navegador, en este dispositivo.',
      'Solo sale del dispositivo si tú lo exportas, por ejemplo para llevarlo a otro dispositivo.',
    ],
    sharedComputer: { before: 'En una computadora compartida, borra tu progreso al terminar, desde ', link: 'Mi progreso', after: '.' },
    sourcesHeading: 'De dónde viene el contenido',
    sources:
      'Cada módulo muestra sus fuentes y la fecha de su última revisión. Los datos vienen de fuentes públicas como SAMHSA, NIDA, la ' +
      'Línea 988 de Prevención del Suicidio y Crisis, los códigos de ética para trabajadores pares y los textos sobre la entrevista ' +
      'motivacional. Las palabras son nuestras.',
  },
  competencies: {
    title: 'Competencias',
    description: 'Las doce áreas de competencia de SAMHSA para trabajadores pares, y los módulos y ejercicios que desarrollan cada una.',
    intro: {
      before: 'El documento de SAMHSA ',
      cite: 'Core Competencies for Peer Workers in Behavioral Health Services',
      after:
        ' (2015), sobre las competencias básicas de los trabajadores pares, nombra doce áreas de habilidad. Aquí ves dónde las ' +
        'desarrolla Alongside: los módulos que enseñan cada una, las preguntas de las pruebas que la comprueban y los juegos de roles ' +
        'de esos módulos donde la practicas.',
    },
    counts: (questions: number, roleplays: number) =>
      `${questions} ${questions === 1 ? 'pregunta' : 'preguntas'} de prueba · ${roleplays} ${roleplays === 1 ? 'juego' : 'juegos'} de roles en estos módulos`,
  },
  /** Las cuatro áreas de Peer Recovery de IC&RC; los nombres oficiales en inglés están en la introducción de la correspondencia. */
  icrcDomains: {
    advocacy: 'Defensa de derechos',
    'mentoring-education': 'Mentoría y educación',
    'recovery-wellness': 'Apoyo a la recuperación y el bienestar',
    'ethical-responsibility': 'Responsabilidad ética',
  },
  crosswalk: {
    title: 'Correspondencia con IC&RC',
    description:
      'Las horas de capacitación facilitada en cada área de la credencial Peer Recovery de IC&RC, sumadas de las agendas de las sesiones, con las actividades que cuentan.',
    intro: [
      'La credencial Peer Recovery (PR) de IC&RC pide 46 horas de capacitación en cuatro áreas: 10 horas en Defensa de derechos ' +
        '(Advocacy), 10 en Mentoría y educación (Mentoring/Education), 10 en Apoyo a la recuperación y el bienestar ' +
        '(Recovery/Wellness Support) y 16 en Responsabilidad ética (Ethical Responsibility).',
      'Cada actividad de las guías de facilitación está marcada con el área que más enseña. Las horas de esta página se suman de ' +
        'esas agendas cada vez que se construye el sitio, así que siempre coinciden con las guías. Los descansos no cuentan para ' +
        'ninguna área. Aquí solo cuenta el tiempo en grupo con facilitación, no la lectura, las pruebas ni los juegos de roles a solas.',
      'Si a un área le faltan horas, otra capacitación aprobada las puede completar. Tu junta de certificación miembro de IC&RC ' +
        'decide qué capacitación acepta, así que consulta con ella antes de contar estas horas.',
    ],
    source: {
      before: 'Fuente: IC&RC, ',
      link: 'normas de Peer Recovery (PR)',
      after: ' (el requisito de educación, “Education”; en inglés).',
    },
    summaryHeading: 'Horas por área',
    caption: 'Las horas facilitadas en cada área, comparadas con las horas que pide IC&RC.',
    columns: { domain: 'Área', here: 'Horas aquí', asks: 'Horas que pide IC&RC', status: 'Cumplida, o cuánto falta' },
    // Spanish writes a decimal comma.
    hours: (hours: number) => hours.toFixed(1).replace('.', ','),
    met: 'Cumplida',
    shortBy: (hours: string) => `Faltan ${hours} horas`,
    allDomains: 'Las cuatro áreas',
    totals: (modules: number, training: string, session: string) =>
      `Las ${modules} sesiones en grupo suman ${training} horas de capacitación facilitada, sin contar los descansos. Con los descansos, duran ${session} horas.`,
    /** Termina en un espacio: sigue el estado (cumplida, o cuánto falta). */
    domainSummary: (hours: string, required: number) => `${hours} horas aquí; IC&RC pide ${required}. `,
    none: 'Todavía no hay ninguna actividad que cuente para esta área.',
    moduleMinutes: (minutes: number) => ` (${minutes} minutos en esta área)`,
    competencies: 'Áreas de competencia de SAMHSA: ',
    activityMinutes: (minutes: number) => ` · ${minutes} minutos`,
    listSeparator: '; ',
  },
  programLeads: {
    title: 'Guía para líderes de programa',
    description:
      'Para capacitadores y coordinadores que empiezan o dirigen un programa de mentoría entre pares: la evidencia, cómo diseñar un programa y cómo medirlo.',
    intro: [
      'Esta guía es para quienes empiezan o dirigen un programa de mentoría: capacitadores, coordinadores y sus equipos. Explica lo ' +
        'que dice la investigación, cómo diseñar un programa y cómo medirlo sin poner en riesgo la privacidad de nadie.',
      'No es parte de la capacitación de un mentor. Los mentores no necesitan leerla, y nada de lo que hay aquí se guarda en el progreso de nadie.',
    ],
    contentsHeading: 'En esta guía',
    plan: {
      link: 'Plan de evaluación para imprimir',
      after: ': todas las medidas en una sola plantilla, con columnas en blanco para tus propias metas.',
    },
    navLabel: 'Guía para líderes de programa',
    back: 'Guía para líderes de programa',
    sources: 'Fuentes',
    reviewed: 'Última revisión',
    nextPage: 'Siguiente: ',
  },
  evaluationPlan: {
    title: 'Plan de evaluación',
    description:
      'Un plan de evaluación para llenar, para un programa de mentoría entre pares: qué medir, cada cuánto, quién lo recoge y cómo mantenerlo privado.',
    intro: [
      'Imprime este plan y llénalo con tu equipo. Cada medida dice por qué importa, qué recoger, cada cuánto, quién lo recoge y cómo ' +
        'mantenerlo privado. Las columnas en blanco son para las metas y los resultados de tu programa.',
      'Usa solo las medidas con las que vas a actuar. Solo nombramos un cuestionario cuando revisamos qué es y qué dice su licencia. ' +
        'Vuelve a revisarlo antes de usarlo, porque las condiciones cambian.',
    ],
    printHint: 'Para imprimir, usa el comando Imprimir de tu navegador. Los menús del sitio no salen en el papel.',
    programHeading: 'Tu programa',
    programCaption: 'Los datos de tu programa, para llenar.',
    programFields: ['Nombre del programa', 'Periodo del plan', 'Responsable del plan', 'Fecha de acuerdo', 'Próxima revisión'],
    fieldColumn: 'Dato',
    answerColumn: 'Para llenar',
    summaryHeading: 'Medidas y metas',
    summaryCaption: 'Todas las medidas, con columnas en blanco para tus propias metas.',
    columns: { measure: 'Medida', target: 'Nuestra meta', baseline: 'Punto de partida', result: 'Resultado en la revisión' },
    detailsHeading: 'Cada medida en detalle',
    about: { mentees: 'Sobre las personas que reciben mentoría', mentors: 'Sobre los mentores', program: 'Sobre el programa' },
    fields: {
      why: 'Por qué medirlo',
      collect: 'Qué recoger',
      howOften: 'Cada cuánto',
      whoCollects: 'Quién lo recoge',
      privacy: 'Cómo mantenerlo privado',
      instrument: 'Un cuestionario que puedes considerar',
    },
    licence: {
      free: 'De uso libre: su ficha dice que no hace falta pedir permiso.',
      permission: 'Hace falta permiso: regístrate o pide permiso antes de usarlo.',
      'ask-authors': 'Licencia poco clara: pregunta a los autores antes de usarlo.',
    },
    sourceLabel: 'Fuente: ',
  },
  glossary: {
    title: 'Palabras que respetan a las personas',
    description: 'Un lenguaje que pone primero a la persona y apoya la recuperación: palabras que se deben evitar y qué decir en su lugar.',
    intro: {
      before:
        'Las palabras que usamos sobre el consumo de sustancias influyen en cómo se trata a las personas y en cómo se ven a sí mismas. ' +
        'Estos pares de palabras ponen primero a la persona. Si alguien a quien acompañas se describe con sus propias palabras, es su ' +
        'decisión: tú das el ejemplo con estas palabras, pero no corriges las suyas. El ',
      link: 'módulo «Lenguaje informado sobre el trauma»',
      after: ' explica por qué.',
    },
    pairsHeading: 'Mejor di esto',
    avoid: 'Evita',
    use: 'Usa',
    termsHeading: 'Términos',
  },
  help: {
    title: 'Ayuda ahora',
    description: 'Líneas de crisis y números de emergencia, a un toque.',
    /** Alrededor de los tres números que pone la página: 911, luego 988 para llamar, luego 988 para enviar un texto. */
    lead: [
      'Si alguien puede morir o salir gravemente herido ahora mismo, llama al ',
      '. Si alguien piensa en el suicidio, o hay una crisis de salud mental o de consumo de sustancias, llama al ',
      ' o envía por mensaje de texto ',
      '. Los dos son gratis y atienden de día y de noche.',
    ],
    numbersNote:
      'Los números son de Estados Unidos, salvo que se indique otra cosa. En un teléfono, toca un número para llamar o enviar un mensaje de texto.',
    more: { before: '¿Buscas tratamiento, una reunión u otro servicio? Mira la ', link: 'guía de recursos', after: '.' },
  },
  home: {
    heading: 'Capacitación para mentores de recuperación entre pares',
    lead:
      'Alongside es un curso gratis para personas en recuperación a largo plazo que acompañan a alguien que empezó hace menos tiempo. ' +
      'Aprende a escuchar bien, a poner límites con amabilidad, a usar palabras que respetan a las personas y a saber qué hacer en una crisis.',
    audience:
      'Es para mentores que se capacitan por su cuenta, en un teléfono o en una computadora compartida, y para capacitadores que dirigen ' +
      'sesiones en grupo. No hace falta crear una cuenta ni instalar nada. Tu progreso se queda en este dispositivo.',
    pathHeading: 'Un camino sugerido si eres mentor por primera vez',
    path: (count: number, length: string) =>
      `Empieza con los ${count} módulos obligatorios (${length}): tratan lo que todo mentor necesita antes de acompañar a alguien que ` +
      'empieza su recuperación. Después, haz los demás en el orden que prefieras.',
    required: ' · obligatorio',
    competencies: {
      before: 'Mira cómo los módulos desarrollan ',
      link: 'las doce áreas de competencia de SAMHSA para trabajadores pares',
      after: '.',
    },
    modulesSummary: (count: number, length: string) =>
      `${count} ${count === 1 ? 'módulo' : 'módulos'} · ${length}. Los módulos obligatorios van antes de acompañar a alguien que empieza su recuperación.`,
  },
  myResources: {
    title: 'Mis recursos',
    description: 'Los recursos que guardaste en este dispositivo, listos para imprimir como tarjeta de bolsillo.',
    intro: {
      before: 'Los recursos que guardas desde la ',
      link: 'guía de recursos',
      after:
        ' se quedan aquí, solo en este dispositivo. Imprímelos como tarjeta de bolsillo para llevarla contigo o para dársela a la persona que acompañas.',
    },
    noScript: { before: 'Mis recursos necesita JavaScript. La ', link: 'guía de recursos', after: ' funciona sin él.' },
    empty: 'Todavía no has guardado ningún recurso. Abre un recurso en la guía y elige “Guardar en Mis recursos”.',
    print: 'Imprimir como tarjeta de bolsillo',
    listLabel: 'Recursos guardados',
    remove: 'Quitar',
    /** Alrededor de los dos números que pone el pie impreso: 911, luego 988. */
    footer: [
      'En peligro ahora: llama al ',
      '. Si piensas en el suicidio o estás en crisis: llama o envía un mensaje de texto al ',
      '. Impreso desde Alongside.',
    ],
  },
  search: {
    title: 'Buscar',
    description: 'Busca en los módulos y en la guía de recursos.',
    intro: 'Busca en los módulos y en la guía de recursos con la caja de búsqueda que está arriba en cada página.',
    noScript: {
      before: 'La búsqueda necesita JavaScript, y está desactivado o bloqueado en este navegador. Todo lo demás funciona sin él: ',
      modules: 'la lista de módulos',
      resources: 'la guía de recursos',
      help: 'Ayuda ahora',
      between: ', ',
      and: ' y ',
      after: ' (líneas de crisis y 911).',
    },
  },
  trainers: {
    title: 'Para capacitadores',
    description:
      'Usa Alongside con un grupo: guías de facilitación, un planificador de sesiones, el modo grupo y materiales para repartir.',
    intro:
      'Todo lo que necesitas para enseñar Alongside a un grupo, en un salón con proyector o en una videollamada. Nada de esto necesita ' +
      'una cuenta, y nada de una sesión en grupo se mezcla con tu propio progreso.',
    planner: {
      link: 'Planificador de sesiones',
      after: ': elige módulos y actividades, fija la hora de inicio, e imprime o comparte un horario con tiempos.',
    },
    room: {
      link: 'Modo grupo',
      after: ': haz un juego de roles o una prueba en un proyector, un paso a la vez, y el grupo decide cada opción.',
    },
    dilemmas: {
      link: 'Dilemas para conversar en grupo',
      after: ': situaciones éticas de todos los días para conversar en grupo, por tema.',
    },
    facilitatorView:
      'Vista de facilitación: en cualquier página de módulo, actívala para ver las notas para el capacitador en su lugar. Tu dispositivo la recuerda.',
    leads: {
      link: 'Guía para líderes de programa',
      after: ': la evidencia sobre la mentoría entre pares, cómo diseñar un programa, cómo medirlo y un plan de evaluación para imprimir.',
    },
    crosswalk: {
      link: 'Correspondencia con IC&RC',
      after:
        ': las horas facilitadas en cada área de la credencial Peer Recovery de IC&RC, sumadas de las agendas, para mostrar a una entidad acreditadora.',
    },
    guidesHeading: 'Guías de facilitación',
    groupMinutes: (minutes: number) => ` (${minutes} minutos en grupo) · `,
    answerSheet: 'hoja de respuestas',
    answerSheetFor: (title: string) => ` de ${title}`,
    separator: ' · ',
    materials: 'materiales para imprimir',
    materialsFor: (title: string) => ` de ${title}`,
    handouts: 'juegos de roles para imprimir',
    handoutsFor: (title: string) => ` de ${title}`,
  },
  resource: {
    guide: 'Guía de recursos',
    facts: {
      audience: 'Para quién es',
      hours: 'Horario',
      cost: 'Costo',
      languages: 'Idiomas',
      region: 'Dónde',
      checked: 'Datos revisados',
    },
    /** Entre la fecha de la revisión y el sitio con el que se revisó. */
    checkedAgainst: ', en ',
    related: 'Relacionados',
    keywords: (keywords: string) => `La gente busca esto con palabras como: ${keywords}`,
    report:
      '¿Algo aquí está desactualizado? Los servicios cambian sus números y sus horarios. Revisa el sitio del propio servicio (arriba) ' +
      'antes de compartirlo, y avisa a tu capacitador o a tu programa para que se corrija la guía.',
  },
  resourceGuide: {
    title: 'Guía de recursos',
    description:
      'Líneas de crisis, buscadores de tratamiento y apoyo para la recuperación, con enlaces para llamar o enviar un texto con un toque.',
    intro: (count: number) =>
      `${count} servicios que un mentor puede compartir, cada uno revisado en el sitio del propio servicio. Toca un número para llamar o enviar un mensaje de texto. ¿En peligro ahora? `,
    help: 'Ayuda ahora',
    noMatch: 'Ningún recurso coincide con estos filtros. Prueba a quitar uno.',
    elsewhere: 'Líneas de otros países',
    elsewhereIntro: 'Servicios que no atienden al país elegido arriba, ordenados por el país donde atienden.',
  },
  handouts: {
    title: (module: string) => `Juegos de roles para imprimir: ${module}`,
    description: (module: string) => `Los juegos de roles de "${module}" para imprimir y repartir, con espacio para escribir.`,
    module: (order: number, title: string) => `Módulo ${order}: ${title}`,
    intro:
      'Cada juego de roles se imprime en su propia hoja: la situación y luego la conversación, una decisión a la vez, con espacio para escribir. ' +
      'Algunas respuestas son inseguras a propósito; las respuestas correctas están en la hoja de respuestas del capacitador.',
    print: 'Imprimir los juegos de roles',
    link: 'Imprimir este juego de roles para repartir',
    linkFor: (title: string) => ` (${title})`,
  },
  answers: {
    title: (module: string) => `Hoja de respuestas: ${module}`,
    description: 'Las respuestas de las pruebas y la clave de los juegos de roles, con las razones, para capacitadores.',
    guide: 'Guía de facilitación',
    intro: 'Para el capacitador. Quienes estudian ven estos comentarios en el módulo después de responder.',
    right: (several: boolean, answers: string) => `${several ? 'Respuestas correctas' : 'Respuesta correcta'}: ${answers}`,
    roleplayKey: (title: string) => `Clave del juego de roles: ${title}`,
    roleplayIntro:
      'La hoja impresa pide elegir una respuesta en cada decisión. Aquí están la respuesta recomendada y la orientación que se ve en ' +
      'línea para cada respuesta, en el mismo orden de la hoja impresa.',
    decision: (n: number, total: number) => `Decisión ${n} de ${total}`,
    recommended: 'Recomendada',
    notRecommended: 'No recomendada',
    coaching: (skill: string, feedback: string) => `Orientación (${skill}): ${feedback}`,
    keyLearning: 'Lo más importante',
    /** Antes de la respuesta del guion a la pregunta de la hoja: "¿Y si … se niega a llamar, o la situación se vuelve más peligrosa?" */
    whatIf: (name: string) => `¿Y si ${name} se niega, o la situación se vuelve más peligrosa?`,
    strongEnding: (title: string) => `Final sólido: ${title}`,
  },
  materials: {
    title: (module: string) => `Materiales para imprimir: ${module}`,
    description: (module: string) =>
      `Tarjetas y hojas para imprimir y dar “${module}” en grupo: tarjetas de situaciones, hojas de observación y una hoja de asistencia.`,
    intro:
      'Todo lo que la guía de facilitación de este módulo pide imprimir, hecho con el propio contenido de la capacitación. Elige el ' +
      'tamaño del papel y luego imprime. Cada tipo de material empieza en una página nueva, y las tarjetas tienen líneas punteadas para recortar.',
    guide: 'Guía de facilitación',
    paper: { legend: 'Tamaño del papel', letter: 'Carta (US Letter)', a4: 'A4' },
    print: 'Imprimir los materiales',
    checklistHeading: 'Lo que necesitas',
    printedHere: 'Se imprime desde esta página',
    fromModule: { before: 'Se imprime desde ', link: 'la página del módulo', after: ' (es parte de la lección)' },
    bring: 'Tráelo o hazlo tú',
    sections: {
      'language-cards': 'Tarjetas de lenguaje',
      'scenario-cards': 'Tarjetas de situaciones',
      'observer-sheets': 'Hojas de observación',
      'crisis-cards': 'Tarjetas de líneas de crisis y de ayuda',
      'sign-in-sheet': 'Hoja de asistencia y finalización',
    },
    moduleLine: (order: number, title: string) => `Alongside · Módulo ${order}: ${title}`,
    language: {
      intro:
        'Una tarjeta por pareja. Dóblala por la línea del medio: en una mitad, las palabras que se deben evitar; en la otra, las que se usan.',
      avoid: 'En vez de',
      use: 'Di',
      why: 'Por qué',
    },
    scenario: {
      intro:
        'Una tarjeta por grupo de tres. Todos leen la situación. Quien actúa también lee a quién representa y, en la parte doblada, lo ' +
        'que esa persona dice. Cambien de papel en cada ronda.',
      speakerRulesHeading: 'Reglas para quien actúa',
      speakerRules:
        'Representa a la persona de esta tarjeta, no tu propia historia. Nadie está obligado a hacer este papel. Quédense sentados, a ' +
        'dos brazos de distancia, sin tocarse, y hablen sin gritar.',
      foldBack: 'Dobla hacia atrás por esta línea: solo para quien actúa.',
      speakerLines: (name: string) => `Lo que dice ${name} si el mentor pregunta`,
      speakerLinesNote: 'Dilo cuando la conversación llegue ahí, con tus propias palabras si quieres. No agregues nada a la historia.',
      setUp: 'La situación',
      roles: 'Quién hace cada papel',
      speaker: (name: string) => `Quien actúa: hace de ${name}. `,
      mentor: 'Quien hace de mentor: responde como lo harías en la vida real.',
      observer: 'Quien observa: usa la hoja de observación, controla el tiempo y habla primero cuando se dan comentarios.',
      opening: (name: string) => `${name} empieza con`,
      contentNote: 'Aviso sobre el contenido: ',
    },
    safety: {
      heading: 'Si esto se vuelve real',
      stop: 'Esto es práctica. Si algo de esto es real para alguien del grupo, detengan el juego de roles y avísenle al capacitador, que sigue los pasos de crisis del programa.',
      /** Alrededor del número 911. */
      danger: ['Si alguien puede morir o salir gravemente herido ahora mismo: llama al ', '.'],
      /** Alrededor del 988 para llamar, y luego del 988 para enviar un texto. */
      crisis: ['En una crisis de suicidio, de salud mental o de consumo de sustancias: llama al ', ' o envía un mensaje de texto al ', '.'],
      /** Alrededor del número 911. */
      suicide: [
        'Si alguien piensa en el suicidio: pregúntale con palabras claras (“¿Estás pensando en matarte?”), quédate con la persona y ' +
          'ayuda a poner ahora fuera de su alcance lo que podría usar (un arma, pastillas). Comuníquense juntos con la Línea 988. Llama al ',
        ' si ya tomó algo o ya empezó, si no puede mantenerse a salvo, o si no se puede poner fuera de su alcance lo que podría usar. ' +
          'Si no quiere comunicarse contigo con la Línea 988, quédate, llama tú para pedir consejo y llama ahora a tu supervisor.',
      ],
      /** Alrededor del número 911. */
      overdose: [
        'Una posible sobredosis: grita su nombre y frota con fuerza el hueso del centro del pecho. Llama al ',
        ' con el altavoz puesto; quien atiende te dirá qué hacer. Si no respira, o solo jadea o boquea, empieza la RCP: empuja fuerte ' +
          'y rápido en el centro del pecho (agrega respiraciones de rescate si tienes capacitación) y manda a alguien a buscar un ' +
          'desfibrilador (DEA) si hay uno cerca. Si tienes naloxona, dásela sin retrasar la RCP, y da una segunda dosis después de 2 a 3 ' +
          'minutos si no responde. Cuando respire, pon a la persona de lado. Quédate hasta que llegue la ayuda.',
      ],
      /** Alrededor del número para llamar a la Línea Nacional de Violencia Doméstica, y luego de su código de texto. */
      violence: [
        'Violencia en el hogar: la Línea Nacional de Violencia Doméstica. Llama al ',
        ' o envía por mensaje de texto ',
        ', solo cuando sea seguro hablar o escribir. Si un niño o un adulto vulnerable puede sufrir daño, díselo enseguida a tu supervisor.',
      ],
      /** Alrededor del número 911. Alguien en peligro médico: quédate con la persona. */
      medical: [
        'Si alguien que tomó mucho alcohol o consumió mucho no despierta, vomita sin estar bien despierto, o respira lento o raro; o si ' +
          'alguien con abstinencia tiene una convulsión, confusión, ve u oye cosas que no están, o tiene fiebre alta: llama al ',
        ' y quédate con la persona. Si no respira, o solo jadea o boquea, empieza la RCP. Si puede haber opioides, dale naloxona sin ' +
          'retrasar la RCP (las pastillas que no vienen de una farmacia pueden tener fentanilo). ' +
          'Durante una convulsión, despeja el espacio; no la sujetes ni le pongas nada en la boca. Si no está bien despierta, ponla de ' +
          'lado. Nunca la dejes sola “para que se le pase durmiendo”.',
      ],
      /** Alrededor del número 911. Una amenaza: aléjate, al revés que en un peligro médico. */
      threat: [
        'Un arma, o una amenaza de hacerle daño a alguien: ponte a salvo, con las demás personas, y llama al ',
        ' si el peligro es inmediato. Si no, díselo ahora a tu supervisor.',
      ],
      /** Al final de cada recuadro que nombra una emergencia. */
      supervisor:
        'Avísale a tu supervisor mientras pasa, no después. Si necesitas el 911 o la Línea 988, llama primero a ellos y después a tu ' +
        'supervisor en cuanto tengas las manos libres: nunca en lugar de ellos, y nunca dejando de hacer la RCP.',
    },
    observer: {
      intro:
        'Guarda esta hoja separada de la tarjeta de la situación. Marca cada vez que oigas una habilidad, y anota las palabras exactas cuando puedas.',
      heading: (title: string) => `Hoja de observación: ${title}`,
      helpful: 'Habilidades que ayudan aquí',
      alsoNotice: 'Fíjate también en',
      safety: 'Pasos de seguridad que debes observar',
      columns: { skill: 'Habilidad', soundsLike: 'Cómo suena', notes: 'Conteo y notas' },
      stepColumns: { step: 'Paso', notes: '¿Se hizo? Cuándo, y con qué palabras' },
      ifTheSceneGoesThere: ' (si la escena llega ahí)',
      other: 'Otras cosas que anotar',
    },
    /** Cómo suena cada habilidad, en palabras sencillas, para quien observa. */
    skillMeanings: {
      'open-question': 'Una pregunta que invita a una respuesta larga. Muchas veces empieza con “qué” o “cómo”.',
      'closed-question':
        'Una pregunta que se responde con sí, no o una sola palabra. Sirve para datos; demasiadas pueden cortar la conversación.',
      affirmation: 'Nombrar una fortaleza o un esfuerzo real que la persona mostró.',
      'simple-reflection': 'Repetir lo que dijo la persona, con menos palabras o con palabras un poco distintas.',
      'complex-reflection': 'Devolver el sentimiento o el sentido que hay bajo las palabras, o los dos lados de un sentimiento mezclado.',
      summary: 'Juntar varias cosas que dijo la persona y luego preguntar si es así.',
      'righting-reflex': 'Lanzarse a arreglar, aconsejar o advertir antes de que la persona lo pida. Muchas veces aleja a la gente.',
      'advice-with-permission': 'Preguntar antes de compartir una idea, y dejar la decisión en manos de la persona.',
      'self-disclosure': 'Una parte corta de la historia del mentor, compartida por el bien de la persona, que luego vuelve a ella.',
      boundary: 'Decir con claridad y amabilidad lo que el mentor puede y no puede hacer, y luego ofrecer lo que sí puede.',
      referral:
        'Conectar a la persona con alguien que puede ayudar mejor: quien le receta, un consejero, una línea de crisis o un servicio.',
      'safety-check': 'Preguntar directamente por la seguridad: suicidio, sobredosis, violencia o peligro ahora mismo.',
      silence: 'Una pausa tranquila que le da a la persona espacio para pensar y seguir.',
      judgement: 'Palabras que culpan, avergüenzan o ponen etiquetas a la persona. Anota las palabras exactas.',
      reassurance: 'Decir que todo va a estar bien antes de escuchar a la persona. Es amable, pero puede cerrar la conversación.',
    },
    /** Cómo se ve cada paso de seguridad en la práctica (src/lib/safety/roleplay-rules.ts y src/lib/materials/observer.ts). */
    safetySteps: {
      'asks-about-suicide': 'Pregunta con palabras claras: “¿Estás pensando en matarte?” o “¿Estás pensando en quitarte la vida?”',
      'asks-already-started': 'Pregunta si ya tomó algo o ya empezó; si es así, 911 ahora',
      'asks-plan-or-timing': 'Pregunta cómo y cuándo: un plan, un método, esta noche, y si tiene los medios cerca',
      'asks-past-attempt': 'Pregunta por intentos anteriores',
      'asks-substance-use': 'Pregunta si ha tomado alcohol o ha consumido',
      'stays-with-them': 'No deja sola a la persona, y no se separa de ella mientras pueda alcanzar los medios',
      'means-safety': 'Trabaja con la persona para poner los medios fuera de su alcance ahora',
      'contacts-988':
        'Conecta con la Línea 988: juntos y ahora, si la persona piensa en el suicidio; si no, se asegura de que sepa que puede llamar o enviar un texto al 988',
      'honest-about-988': 'Es honesto sobre lo que puede hacer la Línea 988, y no promete cosas como “nada de hospital”',
      'calls-911': 'Llama al 911, pide a alguien que llame, o le dice a quien se queda con la persona qué señales significan llamar al 911',
      'follows-up': 'Acuerda cuándo volverán a hablar, dentro de un día, y sigue en contacto',
      'tries-to-wake': 'Intenta despertar a la persona y revisa si respira',
      cpr: 'Empieza la RCP, o le dice a quien está con la persona que la empiece, si no respira o solo jadea o boquea; manda a buscar un DEA si hay uno cerca',
      naloxone: 'Da naloxona sin retrasar la RCP; una segunda dosis después de 2 a 3 minutos si no responde',
      'recovery-position': 'Pone a la persona de lado cuando ya respira',
      'stays-until-help': 'Se queda hasta que llega la ayuda; no cancela el 911',
      'overdose-safety': 'Habla de no consumir a solas y de quién puede darle naloxona',
      'asks-safe-to-talk': 'Pregunta si es seguro hablar en este momento y, si no, solo hace preguntas de sí o no',
      'children-in-home': 'Pregunta si en la casa viven niños o un adulto vulnerable',
      'believes-them': 'Le cree a la persona y la deja guiar',
      advocates: 'La conecta con el personal de apoyo de la línea directa, que ayuda a hacer un plan de seguridad',
      'phone-safety':
        'Habla de la seguridad del teléfono: otras personas pueden ver las llamadas y los textos; una palabra clave; escribir solo cuando sea seguro',
      'space-and-exit': 'Mantiene distancia y una salida libre, para los dos',
      'de-escalates': 'Mantiene la calma: distancia, una voz baja y lenta, y opciones para elegir',
      'postpones-talk': 'Deja la conversación importante para cuando la persona ya no esté bajo los efectos',
      'asks-what-taken': 'Pregunta qué tomó o consumió, cuánto y cuándo',
      'medical-help':
        'La conecta con ayuda médica y deja que los profesionales juzguen el riesgo: 911 si hay señales de peligro; si no, la línea de ' +
        'envenenamientos Poison Help (si está despierta y respira), quien le receta, o un programa de desintoxicación o de manejo de la abstinencia',
      'no-driving': 'Mantiene un solo límite, sin amenazas: no manejar',
      'sober-person-stays': 'Se asegura de que alguien que no ha consumido se quede con la persona esta noche',
      'leaves-if-unsafe': 'Se aleja y hace que alguien llame al 911 si hay un arma o una amenaza, o si el mentor no se siente seguro',
      'withdrawal-911': 'Llama al 911 si hay una convulsión, confusión, si ve u oye cosas que no están, o si tiene fiebre alta',
      'no-stopping-advice': 'No da consejos sobre cómo dejar de tomar o consumir, las dosis o cómo bajarlas: eso le toca a quien receta',
      'involves-supervisor':
        'Avisa al supervisor durante la crisis, no “mañana”: en una emergencia, después de llamar al 911 o a la Línea 988 y en cuanto ' +
        'tenga las manos libres, nunca en lugar de ellos',
    },
    /** Un paso con otras palabras en una escena de sobredosis: decir qué señales significan 911 no reemplaza la llamada. */
    safetyStepsInOverdose: {
      'calls-911': 'Llama al 911 con el altavoz puesto, o pide a alguien que llame, de inmediato',
    },
    crisis: {
      intro:
        'Recorta una tarjeta para cada participante. Los números vienen de la guía de recursos, revisados en el sitio de cada servicio.',
      heading: 'Líneas de crisis y de ayuda',
      note: 'Números de Estados Unidos; primero, las emergencias.',
    },
    signIn: {
      caption: (title: string) => `Asistencia y finalización: ${title}`,
      columns: { name: 'Nombre', date: 'Fecha', module: 'Módulo', trainer: 'Capacitador', signature: 'Firma' },
      notCertified:
        'Alongside no certifica a nadie. Esta hoja registra quién participó en esta sesión. No es un certificado ni una credencial. ' +
        'Si cuenta o no para una certificación lo deciden tu junta de certificación y tu programa; pregúntales antes de contar con ella.',
    },
  },
  exercise: {
    unavailable: 'No se pudo cargar este ejercicio. Revisa tu conexión y vuelve a presionar: lo que elegiste se guarda.',
    toolUnavailable: 'No se pudo cargar la herramienta de esta página. Revisa tu conexión y vuelve a presionar: lo que elegiste se guarda.',
  },
  roleplay: {
    heading: (title: string) => `Juego de roles: ${title}`,
    youAreTalkingWith: (name: string) => `Estás conversando con ${name}`,
    handoutHeading: 'La conversación, una decisión a la vez',
    handoutDecision: (n: number, total: number) => `Decisión ${n} de ${total}`,
    handoutAsk:
      'Algunas de estas respuestas son inseguras a propósito. Elige una y di por qué, o escribe la tuya. Tu capacitador tiene las respuestas.',
    handoutWhatIf: (name: string) =>
      `¿Y si ${name} se niega a llamar, o la situación se vuelve más peligrosa? ¿Qué harías entonces, y a quién llamarías?`,
    contentNote: 'Aviso sobre el contenido',
  },
  guide: {
    title: (module: string) => `Guía de facilitación: ${module}`,
    description: (module: string) =>
      `Cómo dar “${module}” en grupo: agenda con tiempos, preguntas para conversar, materiales y notas para el capacitador.`,
    module: (order: number, title: string) => `Módulo ${order}: ${title}`,
    contentNote: 'Aviso sobre el contenido para el grupo:',
    objectives: 'Objetivos',
    exercises: 'Los ejercicios del módulo',
    roleplay: (title: string, premise: string) => `Juego de roles: ${title}. ${premise}. `,
    quiz: (title: string, questions: number, passPercent: number) =>
      `Prueba: ${title} (${questions} ${questions === 1 ? 'pregunta' : 'preguntas'}; se aprueba con ${passPercent}%). `,
    runWithRoom: 'Hazlo con el grupo',
    handouts: 'Materiales para repartir',
    moduleHandout: {
      link: 'El módulo',
      after: ': imprímelo desde tu navegador para repartirlo. Su prueba se imprime como preguntas con espacio para escribir.',
    },
    roleplayHandouts: {
      link: 'Juegos de roles para imprimir',
      after: ': cada juego de roles en su propia hoja, una decisión a la vez, con espacio para escribir.',
    },
    answerSheet: {
      link: 'Hoja de respuestas',
      after: ': todas las respuestas de la prueba y la clave del juego de roles, con las razones, solo para el capacitador.',
    },
    materialsPage: {
      link: 'Materiales para imprimir',
      after: ': tarjetas de situaciones, hojas de observación y una hoja de asistencia para este módulo, en tamaño A4 o carta.',
    },
    planner: { link: 'Planificador de sesiones', after: ': combina módulos en un horario con tiempos.' },
    slides: {
      link: 'Diapositivas y vista de presentación',
      after: ': muestra esta agenda en el proyector, con tus notas en otra ventana.',
    },
    print: 'Imprimir esta guía',
  },
};
