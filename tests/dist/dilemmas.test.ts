/**
 * The dilemma bank as the built site delivers it, before any script runs: the room-mode index lists
 * every dilemma under its topic, each room page opens on the situation and its question, and the ways
 * in (room mode, the trainers page) link to it. Once the ethics module is built, its page carries the
 * bank as practice: a question per dilemma, linkable from the topic list, with "Act it out" links.
 */
import { describe, expect, it } from 'vitest';
import { base, pages } from './built-site';
import { loadDilemmas } from '../unit/content-loader';
import { dilemmaTopicIds } from '../../src/content/schemas/dilemmas';
import { DILEMMA_MODULE_ID, dilemmaAnchor, dilemmaRoomPath } from '../../src/lib/dilemmas/bank';
import { ui } from '../../src/lib/i18n';

const dilemmas = loadDilemmas().map((entry) => ({ id: entry.id, data: entry.data! }));
const page = (file: string) => pages.find((candidate) => candidate.file === file);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const href = (path: string) => `${base}${path.replace(/^\//, '')}`;

describe('the room-mode index of dilemmas', () => {
  const index = page('room/dilemmas/index.html');

  it('is built, with its title', () => {
    expect(index, 'room/dilemmas/index.html is not built').toBeDefined();
    expect(squash(index!.dom.querySelector('h1')!.text)).toBe(ui.dilemmas.room.indexTitle);
  });

  it('lists every dilemma once, under its topic, in the schema’s topic order', () => {
    const sections = index!.dom.querySelectorAll('.room-index > li');
    const topics = sections.map((section) => squash(section.querySelector('h2')!.text));
    const expected = dilemmaTopicIds.filter((topic) => dilemmas.some((entry) => entry.data.topic === topic));
    expect(topics).toEqual(expected.map((topic) => ui.dilemmas.topics[topic]));
    for (const { id, data } of dilemmas) {
      const section = sections[expected.indexOf(data.topic)]!;
      const link = section.querySelectorAll('a').find((anchor) => anchor.getAttribute('href') === href(dilemmaRoomPath(id)));
      expect(link && squash(link.text), `${id} is not listed under ${data.topic}`).toBe(data.title);
    }
    expect(index!.dom.querySelectorAll('.room-index a')).toHaveLength(dilemmas.length);
  });

  it('is linked from room mode and from the trainers page', () => {
    for (const file of ['room/index.html', 'trainers/index.html']) {
      const links = page(file)!.dom.querySelectorAll('a').map((anchor) => anchor.getAttribute('href'));
      expect(links, `${file} does not link to the dilemmas`).toContain(href('/room/dilemmas/'));
    }
  });
});

describe('each dilemma in room mode', () => {
  for (const { id, data } of dilemmas) {
    it(`${id}: opens on the situation and its question, in an island, with the way back`, () => {
      const built = page(`room/dilemmas/${id}/index.html`);
      expect(built, `room/dilemmas/${id}/ is not built`).toBeDefined();
      const { dom, html } = built!;
      expect(squash(dom.querySelector('h1')!.text)).toBe(ui.room.pageTitle(data.title));
      const screen = dom.querySelector('.room-screen')!;
      expect(squash(screen.querySelector('h2')!.text)).toBe(ui.dilemmas.room.steps.situation);
      expect(squash(screen.querySelector('.room-scenario')!.text)).toBe(squash(data.situation));
      expect(squash(screen.querySelector('.room-prompt')!.text)).toBe(squash(data.question));
      // Nothing of the answer shows before the room has talked.
      expect(screen.text).not.toContain(data.options.find((option) => option.correct)!.text.slice(0, 40));
      expect(squash(dom.querySelector('.room-next')!.text)).toContain(ui.dilemmas.room.next.situation);
      expect(html).toContain('<astro-island');
      const crumbs = dom.querySelectorAll('.room-crumbs a').map((anchor) => anchor.getAttribute('href'));
      expect(crumbs).toEqual([href('/room/'), href('/room/dilemmas/')]);
    });
  }
});

describe('the bank on the ethics module page', () => {
  const modulePage = page(`modules/${DILEMMA_MODULE_ID}/index.html`);

  it.runIf(modulePage)('asks every dilemma, linked from its topic, with its role-play to act it out', () => {
    const { dom } = modulePage!;
    const topicLinks = dom.querySelectorAll('.dilemma-topics a').map((anchor) => anchor.getAttribute('href'));
    for (const { id, data } of dilemmas) {
      const question = dom.getElementById(dilemmaAnchor(id));
      expect(question, `no question for ${id}`).not.toBeNull();
      expect(topicLinks).toContain(`#${dilemmaAnchor(id)}`);
      expect(question!.querySelectorAll('input[type="radio"]')).toHaveLength(data.options.length);
      expect(Boolean(question!.querySelector('.question-link a')), `${id}: "Act it out" link`).toBe(Boolean(data.roleplay));
    }
  });
});
