/** SAMHSA's twelve peer-worker competency areas (Core Competencies for Peer Workers, 2015), in SAMHSA's order. */
export const competencies = {
  'engages-peers': 'Engages peers in collaborative and caring relationships',
  'provides-support': 'Provides support',
  'shares-lived-experience': 'Shares lived experiences of recovery',
  'personalizes-support': 'Personalizes peer support',
  'supports-recovery-planning': 'Supports recovery planning',
  'links-to-resources': 'Links to resources, services, and supports',
  'provides-information': 'Provides information about skills related to health, wellness, and recovery',
  'helps-manage-crises': 'Helps peers to manage crises',
  'values-communication': 'Values communication',
  'supports-collaboration': 'Supports collaboration and teamwork',
  'promotes-leadership': 'Promotes leadership and advocacy',
  'promotes-growth': 'Promotes growth and development',
} as const;
