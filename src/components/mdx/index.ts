/** The only components module MDX may use. The module page passes them in, so MDX files import nothing. */
import Avoid from './Avoid.astro';
import ConfidentialityLimits from './ConfidentialityLimits.astro';
import ConfidentialityScript from './ConfidentialityScript.astro';
import DecisionAid from './DecisionAid.astro';
import DilemmaBank from './DilemmaBank.astro';
import Dial from './Dial.astro';
import Dialogue from './Dialogue.astro';
import Line from './Line.astro';
import NotThis from './NotThis.astro';
import Quiz from './Quiz.astro';
import Reflect from './Reflect.astro';
import ResourceLink from './ResourceLink.astro';
import RolePlay from './RolePlay.astro';
import SayThis from './SayThis.astro';
import TryThis from './TryThis.astro';
import type { MdxComponentName } from './names';

export const mdxComponents = {
  Avoid,
  ConfidentialityLimits,
  ConfidentialityScript,
  DecisionAid,
  DilemmaBank,
  Dial,
  Dialogue,
  Line,
  NotThis,
  Quiz,
  Reflect,
  ResourceLink,
  RolePlay,
  SayThis,
  TryThis,
} satisfies Record<MdxComponentName, unknown>;
