/** The components module MDX may use. index.ts must provide exactly these; content tests check MDX uses no others. */
export const mdxComponentNames = [
  'Avoid',
  'ConfidentialityLimits',
  'ConfidentialityScript',
  'DecisionAid',
  'DilemmaBank',
  'Dial',
  'Dialogue',
  'Line',
  'NotThis',
  'Quiz',
  'Reflect',
  'ResourceLink',
  'RolePlay',
  'SayThis',
  'TryThis',
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
