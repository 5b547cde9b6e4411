/**
 * The IC&RC crosswalk: facilitated hours per IC&RC Peer Recovery domain, added up from the modules'
 * agendas (never typed by hand), with the activities that count, so a training coordinator can show an
 * accrediting body where each hour comes from. Pure: the crosswalk page and its tests pass content data in.
 */
import { icrcDomainIds, type IcrcDomainId } from '../../content/schemas/modules';

/**
 * Training hours IC&RC asks for in each domain of the Peer Recovery credential: 46 in all, 10 each in
 * Advocacy, Mentoring/Education and Recovery/Wellness Support, and 16 in Ethical Responsibility
 * (internationalcredentialing.org/icrc-credentials/pr, "Education").
 */
export const icrcRequiredHours: Readonly<Record<IcrcDomainId, number>> = {
  advocacy: 10,
  'mentoring-education': 10,
  'recovery-wellness': 10,
  'ethical-responsibility': 16,
};

/** Where those hours come from: IC&RC's own page of the Peer Recovery standards, cited on the crosswalk page. */
export const icrcStandardsUrl = 'https://internationalcredentialing.org/icrc-credentials/pr';

/** The parts of an agenda item the crosswalk reads. */
export interface CrosswalkAgendaItem {
  id: string;
  activity: string;
  minutes: number;
  kind: string;
  domain?: IcrcDomainId | undefined;
}

/** The parts of a module (a content collection entry) the crosswalk reads. */
export interface CrosswalkModuleInput {
  id: string;
  data: {
    title: string;
    order: number;
    competencies: readonly string[];
    facilitator: { agenda: readonly CrosswalkAgendaItem[] };
  };
}

/** One activity whose minutes count toward a domain. */
export interface CountingActivity {
  id: string;
  activity: string;
  minutes: number;
}

/** A module's share of one domain. */
export interface DomainModule {
  id: string;
  title: string;
  order: number;
  /** SAMHSA competency area ids the module builds, as the module states them. */
  competencies: readonly string[];
  /** Its activities in this domain, in agenda order. */
  activities: CountingActivity[];
  minutes: number;
}

export interface DomainTotal {
  domain: IcrcDomainId;
  minutes: number;
  /** Minutes as hours, to one decimal. */
  hours: number;
  requiredHours: number;
  /** True when the minutes reach the required hours. */
  met: boolean;
  /**
   * How far short of the required hours, to one decimal: the required hours less `hours`, so the two shown
   * side by side add up; at least 0.1 while any minute is missing, so a gap never reads as 0. 0 when met.
   */
  shortByHours: number;
  /** The modules with activities in this domain, in course order. */
  modules: DomainModule[];
}

export interface Crosswalk {
  /** One entry per IC&RC domain, in IC&RC's order, including a domain no activity counts toward. */
  domains: DomainTotal[];
  /** Every activity but breaks: the facilitated training time. */
  trainingMinutes: number;
  trainingHours: number;
  /** Every activity, breaks included: the time the sessions take. */
  sessionMinutes: number;
  sessionHours: number;
  /** The IC&RC total across the domains (46). */
  requiredHours: number;
}

/** 75 -> 1.3: minutes as hours to one decimal, in whole-number arithmetic so 0.1 steps never drift. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

const sum = (items: readonly { minutes: number }[]) => items.reduce((total, item) => total + item.minutes, 0);

function domainTotal(domain: IcrcDomainId, modules: readonly CrosswalkModuleInput[]): DomainTotal {
  const shares: DomainModule[] = modules.flatMap((module) => {
    const activities = module.data.facilitator.agenda
      .filter((item) => item.domain === domain)
      .map(({ id, activity, minutes }) => ({ id, activity, minutes }));
    if (activities.length === 0) return [];
    const { title, order, competencies } = module.data;
    return [{ id: module.id, title, order, competencies, activities, minutes: sum(activities) }];
  });
  const minutes = sum(shares);
  const requiredHours = icrcRequiredHours[domain];
  const met = minutes >= requiredHours * 60;
  const tenths = Math.round(minutes / 6);
  return {
    domain,
    minutes,
    hours: tenths / 10,
    requiredHours,
    met,
    shortByHours: met ? 0 : Math.max(1, requiredHours * 10 - tenths) / 10,
    modules: shares,
  };
}

/** The crosswalk of these modules' facilitated sessions, modules taken in course order. */
export function crosswalk(modules: readonly CrosswalkModuleInput[]): Crosswalk {
  const inOrder = [...modules].sort((a, b) => a.data.order - b.data.order);
  const agenda = inOrder.flatMap((module) => module.data.facilitator.agenda);
  const trainingMinutes = sum(agenda.filter((item) => item.kind !== 'break'));
  const sessionMinutes = sum(agenda);
  return {
    domains: icrcDomainIds.map((domain) => domainTotal(domain, inOrder)),
    trainingMinutes,
    trainingHours: hoursOf(trainingMinutes),
    sessionMinutes,
    sessionHours: hoursOf(sessionMinutes),
    requiredHours: icrcDomainIds.reduce((total, domain) => total + icrcRequiredHours[domain], 0),
  };
}
