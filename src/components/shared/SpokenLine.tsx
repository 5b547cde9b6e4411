import { Fragment } from 'react';
import { splitStageDirections } from '../../lib/roleplay/stage-directions';
import { ui } from '../../lib/i18n';

/**
 * A role-play line for paper: the words in quotation marks, and any stage direction in it apart, in
 * italics and brackets, so nobody reads "(He rubs his face.)" aloud. Renders on the server too: the
 * printed materials and the answer sheet use it without hydrating.
 */
export function SpokenLine({ text, direction }: { text: string; direction?: string | undefined }) {
  const parts = [...(direction ? [{ kind: 'direction' as const, text: direction }] : []), ...splitStageDirections(text)];
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          {part.kind === 'direction' ? <em className="direction">{ui.roleplay.direction(part.text)}</em> : ui.roleplay.quoted(part.text)}
        </Fragment>
      ))}
    </>
  );
}
