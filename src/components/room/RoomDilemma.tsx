import { useRef, useState } from 'react';
import type { DilemmaData } from '../../content/schemas/dilemmas';
import { ui } from '../../lib/i18n';
import {
  DILEMMA_DISCUSSION_SECONDS,
  dilemmaDensity,
  dilemmaPageCount,
  dilemmaRoomRules,
  reasoningPages,
  type DilemmaRoom,
} from '../../lib/dilemmas/room';
import type { Move } from '../../lib/room/navigation';
import { clampPage, pagedBack, pagedForward, type Paged } from '../../lib/room/paging';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { MARK_ICONS } from '../shared/mark-icons';
import { RoomHeading } from './RoomHeading';
import { RoomStage } from './RoomStage';

interface Props {
  dilemma: DilemmaData;
}

const d = ui.dilemmas.room;
const letterOf = (index: number) => String.fromCharCode(65 + index);

/** What a screen reader hears when a step (or a page of it) appears. */
function describe(dilemma: DilemmaData, room: DilemmaRoom, page: number, pages: number): string {
  if (page > 0) return ui.room.pagedHeading(d.steps[room.step], page + 1, pages);
  switch (room.step) {
    case 'situation':
      return d.announce.situation(dilemma.title);
    case 'discussion':
      return d.announce.discussion(dilemma.discussion.length);
    case 'options':
      return d.announce.options(letterOf(dilemma.options.length - 1));
    case 'reasoning':
      return d.announce.reasoning(letterOf(dilemma.options.findIndex((option) => option.correct)));
  }
}

/**
 * A dilemma for a room to discuss, one step at a time: the situation, the questions for the group, the
 * options, then the reasoning and the feedback on every option. Nothing is voted on or saved: the
 * point is the talk. The frame, keys, timer and paging are room mode's own (RoomStage, lib/room/paging).
 */
export function RoomDilemma({ dilemma }: Props) {
  const hydrated = useHydrated();
  const [at, setAt] = useState<Paged<DilemmaRoom>>({ room: dilemmaRoomRules.start(), page: 0 });
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const { room } = at;
  const pagesOf = (shown: DilemmaRoom) => dilemmaPageCount(dilemma, shown);
  const pages = pagesOf(room);
  const page = clampPage(at.page, pages);

  // As in every room activity: a refused move is said and shown; a move focuses the new screen's heading.
  function move({ room: next, blocked }: Move<Paged<DilemmaRoom>>) {
    if (blocked) {
      setWarning(ui.room.blocked[blocked]);
      setAnnouncement(ui.room.blocked[blocked]);
      return;
    }
    setAt(next);
    setWarning('');
    setAnnouncement(describe(dilemma, next.room, next.page, pagesOf(next.room)));
    focusAfterRender(() => heading.current);
  }

  const step = room.step;
  const headingText = ui.room.pagedHeading(d.steps[step], page + 1, pages);
  return (
    <RoomStage
      screen={`dilemma-${step}`}
      stepLabel={dilemma.title}
      timerKey="discussion"
      canBack={step !== 'situation' || page > 0}
      nextLabel={page < pages - 1 ? ui.room.nextPage : step === 'reasoning' ? undefined : d.next[step]}
      density={dilemmaDensity(dilemma, room, page)}
      hint={step === 'reasoning' ? undefined : d.hint[step]}
      timerSeconds={DILEMMA_DISCUSSION_SECONDS}
      hydrated={hydrated}
      resumed={false}
      onNext={() => move(pagedForward(dilemmaRoomRules, { room, page }, pagesOf))}
      onBack={() => move(pagedBack(dilemmaRoomRules, { room, page }, pagesOf))}
      announcement={announcement}
      warning={warning}
      page={page}
      pages={pages}
    >
      <RoomHeading ref={heading}>{headingText}</RoomHeading>
      {step === 'situation' && (
        <>
          <p className="room-scenario">{dilemma.situation}</p>
          <p className="room-prompt">{dilemma.question}</p>
        </>
      )}
      {step === 'discussion' && (
        <ul className="room-discussion">
          {dilemma.discussion.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      )}
      {step === 'options' && (
        <>
          <p className="room-context">{dilemma.question}</p>
          <ul className="room-options">
            {dilemma.options.map((option, index) => (
              <li key={option.id} className="room-option">
                <p className="room-option-text">
                  <span className="room-letter">{letterOf(index)}</span> {option.text}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {step === 'reasoning' && <Reasoning dilemma={dilemma} page={page} />}
    </RoomStage>
  );
}

/** The reasoning step, a page at a time: the best first step and the reasoning, then why each option helps or harms. */
function Reasoning({ dilemma, page }: { dilemma: DilemmaData; page: number }) {
  const blocks = reasoningPages(dilemma)[page] ?? [];
  const best = dilemma.options.findIndex((option) => option.correct);
  const shown = blocks.flatMap((block) => (block.kind === 'option' ? [block.index] : []));
  return (
    <>
      {blocks.some((block) => block.kind === 'reasoning') && (
        <>
          <p className="room-verdict is-correct">
            <strong>{d.bestFirstStep(letterOf(best))}</strong> {dilemma.options[best]!.text}
          </p>
          <p>{dilemma.reasoning}</p>
        </>
      )}
      {shown.length > 0 && (
        <>
          <h3>{d.feedbackHeading}</h3>
          <ul className="room-options">
            {shown.map((index) => {
              const option = dilemma.options[index]!;
              const mark = option.correct ? 'the-answer' : 'not-chosen';
              return (
                <li key={option.id} className={`room-option mark-${mark}`}>
                  <p className="room-option-text">
                    <span className="room-letter">{letterOf(index)}</span> {option.text}
                  </p>
                  <p className="room-option-feedback">
                    <strong>
                      <span aria-hidden="true">{MARK_ICONS[mark]} </span>
                      {option.correct ? d.best : d.notBest}
                    </strong>{' '}
                    {option.feedback}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
