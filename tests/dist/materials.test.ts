/**
 * The printable materials pages (/trainers/materials/<module>/): one per module, each listed material
 * on it, reachable from the module's facilitator guide and the Trainers page.
 */
import { describe, expect, it } from 'vitest';
import { base, pages } from './built-site';
import { loadModules, loadRoleplays } from '../unit/content-loader';
import { generatedIn, normaliseMaterial } from '../../src/lib/materials/kinds';

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

describe('the sign-in sheet', () => {
  it('has name, date, module, trainer and signature columns and says Alongside does not certify', () => {
    const page = pageAt('trainers/materials/crisis-referral/index.html')!.dom;
    const sheet = page.querySelector('section#sign-in-sheet')!;
    expect(sheet.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Name', 'Date', 'Module', 'Trainer', 'Signature']);
    expect(squash(sheet.text)).toContain('Alongside does not certify anyone');
  });
});
