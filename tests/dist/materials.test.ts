/**
 * The printable materials pages (/trainers/materials/<module>/): one per module, each listed material
 * on it, reachable from the module's facilitator guide and the Trainers page.
 */
import { describe, expect, it } from 'vitest';
import { base, pages } from './built-site';
import { loadModules, loadRoleplays } from '../unit/content-loader';
import { generatedIn, normaliseMaterial } from '../../src/lib/materials/kinds';
import { staticUi } from '../../src/lib/i18n';

const modules = loadModules();
const roleplays = loadRoleplays();
const pageAt = (file: string) => pages.find((page) => page.file === file);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What each generated section must hold at least one of. */
const unitOf = {
  'language-cards': '.language-card',
  'scenario-cards': '.scenario-card',
  'observer-sheets': '.observer-sheet',
  'crisis-cards': '.crisis-card',
  'sign-in-sheet': 'table.sign-in',
} as const;

describe('every module has a materials page with every listed material', () => {
  for (const module of modules) {
    it(module.id, () => {
      const page = pageAt(`trainers/materials/${module.id}/index.html`);
      expect(page, `no materials page for ${module.id}`).toBeDefined();
      const dom = page!.dom;
      const materials = module.data!.facilitator.materials;
      const checklist = squash(dom.querySelector('.materials-checklist')?.text ?? '');
      for (const { item } of materials.map(normaliseMaterial)) expect(checklist, `${module.file}: "${item}"`).toContain(squash(item));
      for (const kind of generatedIn(materials)) {
        const section = dom.querySelector(`section#${kind}`);
        expect(section, `${module.file}: no #${kind} section`).not.toBeNull();
        expect(section!.querySelectorAll(unitOf[kind]).length, `${module.id}: #${kind} is empty`).toBeGreaterThan(0);
      }
      const guide = pageAt(`modules/${module.id}/facilitator/index.html`)!.dom;
      expect(guide.querySelector(`a[href="${base}trainers/materials/${module.id}/"]`), `${module.id}: the guide does not link to it`).not.toBeNull();
    });
  }

  it('the Trainers page links to every materials page', () => {
    const trainers = pageAt('trainers/index.html')!.dom;
    for (const module of modules) expect(trainers.querySelector(`a[href="${base}trainers/materials/${module.id}/"]`), module.id).not.toBeNull();
  });
});

describe('scenario cards', () => {
  it('one per role-play, and every card that touches a risk carries the emergency numbers from the resource data', () => {
    const touched: string[] = [];
    for (const roleplay of roleplays) {
      const page = pageAt(`trainers/materials/${roleplay.data!.module}/index.html`)!;
      const card = page.dom.querySelector(`#scenario-${roleplay.id}`);
      expect(card, `${roleplay.file}: no scenario card`).not.toBeNull();
      if (roleplay.data!.risks.length === 0 && !roleplay.data!.contentNote) continue;
      touched.push(roleplay.id);
      const box = card!.querySelector('.safety-box');
      expect(box, `${roleplay.file}: no "if this becomes real" box`).not.toBeNull();
      const dials = box!.querySelectorAll('a.dial').map((link) => link.getAttribute('data-resource'));
      expect(dials, roleplay.file).toEqual(expect.arrayContaining(['emergency-911', '988-lifeline']));
      if (roleplay.data!.risks.includes('violence')) expect(dials, roleplay.file).toContain('domestic-violence-hotline');
    }
    expect(touched.length).toBeGreaterThan(0);
  });
});

describe('scenario cards after the clinical review', () => {
  const t = staticUi.materials;
  const cardOf = (roleplay: (typeof roleplays)[number]) =>
    pageAt(`trainers/materials/${roleplay.data!.module}/index.html`)!.dom.querySelector(`#scenario-${roleplay.id}`)!;

  it('every card gives the speaker ground rules and says to stop and tell the trainer if it becomes real', () => {
    const problems = roleplays.flatMap((roleplay) => {
      const text = squash(cardOf(roleplay).text);
      return [
        ...(text.includes(t.scenario.speakerRules) ? [] : [`${roleplay.file}: no ground rules for the speaker`]),
        ...(text.includes('stop the role-play and tell the trainer') ? [] : [`${roleplay.file}: no "stop and tell the trainer" line`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("every card folds back the person's lines for the speaker, with directions outside the quotation marks", () => {
    const problems = roleplays.flatMap((roleplay) => {
      const card = cardOf(roleplay);
      const fold = card.querySelector('.speaker-only');
      if (!fold) return [`${roleplay.file}: no lines for the speaker`];
      const heading = t.scenario.speakerLines(roleplay.data!.mentee.name);
      return [
        ...(squash(fold.text).includes(heading) ? [] : [`${roleplay.file}: the fold is not headed "${heading}"`]),
        ...(/“\(/.test(card.text) ? [`${roleplay.file}: a stage direction inside quotation marks`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('the agitated-mentee card tells the speaker to stay seated, not to stand and shout', () => {
    const card = cardOf(roleplays.find((roleplay) => roleplay.id === 'crisis-agitated-mentee')!);
    const opening = squash(card.querySelector('blockquote')!.text);
    expect(opening).toContain('Seated; speak firmly, not loudly');
    expect(squash(card.text)).not.toMatch(/stays on his feet|voice (carries|fills)|stands up/i);
  });

  it('a card whose script names an emergency beyond its risks says what to do in it', () => {
    const named = roleplays.filter((roleplay) => roleplay.data!.cardEmergencies?.includes('overdose'));
    expect(named.map((roleplay) => roleplay.id).sort()).toEqual([
      'ethics-friend-asks-about-mentee',
      'pathways-warm-handoff',
      'scope-asks-about-meds',
      'selfcare-supervisor-check-in',
      'story-what-worked-for-you',
    ]);
    for (const roleplay of named) expect(squash(cardOf(roleplay).querySelector('.safety-box')!.text), roleplay.file).toContain('start CPR');
  });

  it('observer sheets list the supervisor last, and mark a step only some strong endings take', () => {
    const page = pageAt('trainers/materials/crisis-referral/index.html')!.dom;
    for (const sheet of page.querySelectorAll('.observer-sheet')) {
      const steps = sheet.querySelectorAll('.steps-table th[scope="row"]').map((th) => squash(th.text));
      expect(steps.at(-1), sheet.querySelector('h3')!.text).toMatch(/^Brings in the supervisor during the crisis/);
    }
    const marcus = squash(
      page.querySelectorAll('.observer-sheet').find((sheet) => sheet.querySelector('#observer-crisis-better-off-without-me-title'))!.text,
    );
    expect(marcus).toContain(`Calls 911, has someone call, or tells the person staying with them which signs mean 911${t.observer.ifTheSceneGoesThere}`);
    // Second clinical review, finding 9: in an active overdose the call itself is the step, and an AED is sent for.
    const sam = squash(
      page.querySelectorAll('.observer-sheet').find((sheet) => sheet.querySelector('#observer-crisis-unresponsive-friend-title'))!.text,
    );
    expect(sam).toContain(t.safetyStepsInOverdose['calls-911']);
    expect(sam).not.toContain('which signs mean 911');
    expect(sam).toContain('sends for an AED if one is near');
  });

  it("Sam's card has him seated, not blocking the doorway (second clinical review, finding 12)", () => {
    const card = squash(cardOf(roleplays.find((roleplay) => roleplay.id === 'crisis-unresponsive-friend')!).text);
    expect(card).toContain('Seated; speak fast and scared, not loudly');
    expect(card).not.toMatch(/blocking the doorway/);
  });
});

describe('the sign-in sheet', () => {
  it('has name, date, module, trainer and signature columns and says Alongside does not certify', () => {
    const page = pageAt('trainers/materials/crisis-referral/index.html')!.dom;
    const sheet = page.querySelector('section#sign-in-sheet')!;
    expect(sheet.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Name', 'Date', 'Module', 'Trainer', 'Signature']);
    expect(squash(sheet.text)).toContain('Alongside does not certify anyone');
  });
});
