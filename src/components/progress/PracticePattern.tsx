import { practicePattern, type PracticeTarget } from '../../lib/roleplay/pattern';
import type { Progress } from '../../lib/progress';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';

interface Props {
  progress: Progress;
  /** Role-plays in the current content. */
  roleplays: string[];
  /** Where to practise each skill (practiceTargets, worked out at build time). */
  targets: Record<string, PracticeTarget>;
}

const skillName = (skill: string) => ui.skills[skill] ?? skill;

/** A private mirror of the kinds of reply chosen across every role-play finished on this device. */
export function PracticePattern({ progress, roleplays, targets }: Props) {
  const pattern = practicePattern(progress, roleplays);
  return (
    <section aria-labelledby="practice-heading">
      <h2 id="practice-heading">{ui.practice.heading}</h2>
      <p>{ui.practice.intro}</p>
      {pattern.decisions === 0 ? (
        <p>{ui.practice.empty}</p>
      ) : (
        <>
          <p>{ui.practice.decisions(pattern.decisions)}</p>
          <h3>{ui.practice.reachedHeading}</h3>
          <ul>
            {pattern.reachedFor.map(({ skill, count }) => (
              <li key={skill}>{ui.practice.reached(skillName(skill), count)}</li>
            ))}
          </ul>
          <h3>{ui.practice.mismatchHeading}</h3>
          {pattern.mismatches.length === 0 ? (
            <p>{ui.practice.allFitted}</p>
          ) : (
            <ul className="practice-mismatches">
              {pattern.mismatches.map(({ chosen, fitted, count }) => {
                const target = targets[fitted];
                return (
                  <li key={`${chosen} ${fitted}`}>
                    {ui.practice.mismatch(skillName(chosen), skillName(fitted), count)}
                    {target && (
                      <a className="practice-link" href={withBase(`/modules/${target.module}/#roleplay-${target.roleplay}-title`)}>
                        {ui.practice.practise(skillName(fitted), target.title)}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
