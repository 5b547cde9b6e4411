/**
 * Checks that a role-play script is a playable conversation: every node reachable from the start,
 * every choice leading somewhere real, no loops (so every path ends), and a recommended path that
 * reaches a strong ending. Problems name the node or choice, so an author can find them.
 */
export interface GraphChoice {
  id: string;
  next: string;
  recommended: boolean;
}
export interface GraphNode {
  id: string;
  choices: GraphChoice[];
}
export interface GraphEnding {
  id: string;
  outcome: 'strong' | 'mixed' | 'missed';
}
export interface GraphScript {
  start: string;
  nodes: GraphNode[];
  endings: GraphEnding[];
}
export interface GraphProblem {
  /** Path of the field at fault, e.g. ['nodes', 2, 'choices', 1, 'next']. */
  path: (string | number)[];
  message: string;
}

export function findGraphProblems(script: GraphScript): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const endings = new Map(script.endings.map((ending) => [ending.id, ending]));

  const seen = new Set<string>();
  script.nodes.forEach((node, index) => {
    if (seen.has(node.id)) problems.push({ path: ['nodes', index, 'id'], message: `node id "${node.id}" is used twice` });
    seen.add(node.id);
  });
  script.endings.forEach((ending, index) => {
    if (seen.has(ending.id))
      problems.push({ path: ['endings', index, 'id'], message: `ending id "${ending.id}" is already used by a node or ending` });
    seen.add(ending.id);
  });

  if (!nodes.has(script.start)) {
    problems.push({ path: ['start'], message: `start points to "${script.start}", which is not a node` });
    return problems;
  }

  script.nodes.forEach((node, nodeIndex) => {
    const choiceIds = new Set<string>();
    node.choices.forEach((choice, choiceIndex) => {
      if (choiceIds.has(choice.id)) {
        problems.push({
          path: ['nodes', nodeIndex, 'choices', choiceIndex, 'id'],
          message: `node "${node.id}": choice id "${choice.id}" is used twice`,
        });
      }
      choiceIds.add(choice.id);
      if (!nodes.has(choice.next) && !endings.has(choice.next)) {
        problems.push({
          path: ['nodes', nodeIndex, 'choices', choiceIndex, 'next'],
          message: `node "${node.id}", choice "${choice.id}": next points to "${choice.next}", which is not a node or an ending`,
        });
      }
    });
    const recommended = node.choices.filter((choice) => choice.recommended).length;
    if (recommended !== 1) {
      problems.push({
        path: ['nodes', nodeIndex, 'choices'],
        message: `node "${node.id}" needs exactly one recommended choice; it has ${recommended}`,
      });
    }
  });

  // Depth-first walk from the start: finds what is reachable and any loop on the way.
  const reachable = new Set<string>();
  const onPath = new Set<string>();
  const walk = (id: string, trail: string[]) => {
    if (onPath.has(id)) {
      problems.push({ path: ['nodes'], message: `the conversation loops: ${[...trail, id].join(' -> ')}; every path must end` });
      return;
    }
    if (reachable.has(id)) return;
    reachable.add(id);
    const node = nodes.get(id);
    if (!node) return;
    onPath.add(id);
    for (const choice of node.choices) walk(choice.next, [...trail, id]);
    onPath.delete(id);
  };
  walk(script.start, []);

  script.nodes.forEach((node, index) => {
    if (!reachable.has(node.id))
      problems.push({ path: ['nodes', index, 'id'], message: `node "${node.id}" cannot be reached from the start` });
  });
  script.endings.forEach((ending, index) => {
    if (!reachable.has(ending.id))
      problems.push({ path: ['endings', index, 'id'], message: `ending "${ending.id}" cannot be reached from the start` });
  });

  const recommendedEnd = followRecommended(script);
  if (recommendedEnd && recommendedEnd.outcome !== 'strong') {
    problems.push({
      path: ['endings'],
      message:
        `following the recommended choices ends at "${recommendedEnd.id}" (${recommendedEnd.outcome}); ` +
        'it should reach a strong ending',
    });
  }
  return problems;
}

/** The ending reached by always taking the recommended choice, or undefined if that path is broken. */
export function followRecommended(script: GraphScript): GraphEnding | undefined {
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const endings = new Map(script.endings.map((ending) => [ending.id, ending]));
  let id = script.start;
  for (let steps = 0; steps <= script.nodes.length; steps++) {
    const ending = endings.get(id);
    if (ending) return ending;
    const choice = nodes.get(id)?.choices.find((candidate) => candidate.recommended);
    if (!choice) return undefined;
    id = choice.next;
  }
  return undefined;
}

/** Every complete path from the start to an ending, as lists of [nodeId, choiceId] steps. For tests and debriefs. */
export function allPaths(script: GraphScript): { steps: [string, string][]; ending: string }[] {
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const paths: { steps: [string, string][]; ending: string }[] = [];
  const walk = (id: string, steps: [string, string][]) => {
    const node = nodes.get(id);
    if (!node) {
      paths.push({ steps, ending: id });
      return;
    }
    if (steps.some(([visited]) => visited === id)) return; // a loop: reported by findGraphProblems
    for (const choice of node.choices) walk(choice.next, [...steps, [id, choice.id]]);
  };
  walk(script.start, []);
  return paths;
}
