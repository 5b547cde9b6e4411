/**
 * The words the materials page prints for each tag: a new skill or safety action in the schema must get
 * a plain description here, or its observer-sheet row would print blank.
 */
import { describe, expect, it } from 'vitest';
import { skillIds } from '../../../src/content/schemas/roleplays';
import { safetyActionIds } from '../../../src/lib/safety/roleplay-rules';
import { generatedMaterials } from '../../../src/lib/materials/kinds';
import { observedStepIds, stepsForRisk } from '../../../src/lib/materials/observer';
import { emergencyTopics } from '../../../src/lib/materials/emergencies';
import { staticUi, ui } from '../../../src/lib/i18n';

const t = staticUi.materials;

describe('materials page strings', () => {
  it('describe every skill an observer may hear, and name it', () => {
    for (const skill of skillIds) {
      expect(t.skillMeanings[skill], skill).toMatch(/\.$/);
      expect(ui.skills[skill], skill).toBeTruthy();
    }
  });

  it('name every safety step an observer may watch for', () => {
    for (const action of safetyActionIds) expect(t.safetySteps[action], action).toBeTruthy();
    for (const step of observedStepIds) expect(t.safetySteps[step], step).toBeTruthy();
  });

  it("end every risk's steps with the supervisor, worded as during the crisis and never instead of 911 or 988", () => {
    for (const steps of Object.values(stepsForRisk)) expect(steps.at(-1)).toBe('involves-supervisor');
    expect(t.safetySteps['involves-supervisor']).toMatch(/during the crisis.*never instead/);
    // Second clinical review, finding 7: not "once 911 or the Lifeline has been contacted", which reads as a precondition.
    expect(t.safety.supervisor).not.toMatch(/once 911/);
    expect(t.safetySteps['involves-supervisor']).not.toMatch(/once 911/);
  });

  it('say what to do for every emergency a safety box can name', () => {
    for (const topic of emergencyTopics) expect(t.safety[topic].join(''), topic).toMatch(/\.$/);
    expect(t.safety.medical.join('')).not.toMatch(/get to safety/);
    // Second clinical review, findings 4, 8 and 9.
    expect(t.safety.medical.join('')).toMatch(/only gasping, start CPR.*naloxone.*do not hold them down.*not fully awake, roll/);
    expect(t.safetySteps['medical-help']).toMatch(/^Connects them to medical help.*911 for danger signs; otherwise Poison Help \(if awake/);
    expect(t.safetySteps.cpr).toMatch(/AED/);
    expect(t.safety.overdose.join('')).toMatch(/AED/);
    expect(t.safetyStepsInOverdose['calls-911']).toMatch(/straight away/);
    expect(t.safetyStepsInOverdose['calls-911']).not.toMatch(/which signs/);
    expect(t.safety.suicide.join('')).toMatch(/won't contact the Lifeline with you, stay, call it yourself/);
    expect(t.safety.threat.join('')).toMatch(/safety/);
  });

  it('head every generated material', () => {
    for (const kind of generatedMaterials) expect(t.sections[kind], kind).toBeTruthy();
  });

  it('fill in the module, the person and the lines', () => {
    expect(t.title('Boundaries')).toBe('Materials to print: Boundaries');
    expect(t.description('Boundaries')).toContain('"Boundaries"');
    expect(t.moduleLine(3, 'Boundaries')).toBe('Alongside · Module 3: Boundaries');
    expect(t.scenario.speaker('Rosa')).toBe('Speaker: plays Rosa. ');
    expect(t.scenario.opening('Rosa')).toBe('Rosa opens with');
    expect(ui.roleplay.direction('Looks away.')).toBe('(Looks away.)');
    expect(ui.roleplay.quoted('Hey.')).toBe('“Hey.”');
    expect(t.observer.heading('The rent money')).toBe('Observer sheet: The rent money');
    expect(t.signIn.caption('Boundaries')).toBe('Sign-in and completion: Boundaries');
    expect(staticUi.trainers.materialsFor('Boundaries')).toBe(' for Boundaries');
  });
});
