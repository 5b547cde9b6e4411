import { readClock, type Plan } from '../../lib/planner/plan';
import type { Schedule, ScheduleRow } from '../../lib/planner/schedule';
import { ui } from '../../lib/i18n';
import { fullDate } from '../../lib/i18n/dates';

const t = ui.planner;

function time(minutes: number): string {
  const { hour, minute, day } = readClock(minutes);
  return t.time(hour, minute, day);
}

/** What the run sheet covers, in words: the caption, and the summary that is announced when it changes. */
export function describeSchedule(plan: Plan, schedule: Schedule) {
  const span = t.span(time(schedule.start), time(schedule.end));
  return {
    caption: t.caption(plan.date ? `${fullDate(plan.date)}, ${span}` : span),
    summary: t.summary(t.duration(schedule.total), span, t.duration(schedule.breakMinutes)),
  };
}

function Row({ row }: { row: ScheduleRow }) {
  const label = row.origin === 'added' ? t.addedBreak : row.label;
  return (
    <tr className={row.type === 'break' ? 'is-break' : undefined}>
      <td>{time(row.start)}</td>
      <td>{time(row.end)}</td>
      <td>{label}</td>
      <td>{t.kinds[row.kind] ?? row.kind}</td>
      <td className="number">{row.minutes}</td>
    </tr>
  );
}

/** The timed agenda as a table: one group of rows per module with its subtotal, and the total at the foot. */
export function PlannerRunSheet({ plan, schedule }: { plan: Plan; schedule: Schedule }) {
  const { caption } = describeSchedule(plan, schedule);
  return (
    // A wide table scrolls inside this region, which must take focus so the keyboard can scroll it (WCAG
    // 2.1.1; axe's scrollable-region-focusable): the one non-interactive element that needs a tab stop.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="run-sheet-scroll" role="region" aria-labelledby="run-sheet-caption" tabIndex={0}>
      <table className="run-sheet">
        <caption id="run-sheet-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.start}</th>
            <th scope="col">{t.columns.end}</th>
            <th scope="col">{t.columns.activity}</th>
            <th scope="col">{t.columns.kind}</th>
            <th scope="col" className="number">
              {t.columns.minutes}
            </th>
          </tr>
        </thead>
        {schedule.blocks.map((block, position) =>
          block.type === 'between' ? (
            <tbody key={`between-${position}`} className="run-between">
              <tr className="is-break">
                <td>{time(block.start)}</td>
                <td>{time(block.end)}</td>
                <td>{t.betweenModules}</td>
                <td>{t.kinds.break}</td>
                <td className="number">{block.minutes}</td>
              </tr>
            </tbody>
          ) : (
            <tbody key={block.module.id} className="run-module">
              <tr>
                <th scope="rowgroup" colSpan={5} className="run-module-title">
                  {ui.planner.moduleNumber(block.module.order)}: {block.module.title}
                </th>
              </tr>
              {block.rows.map((row) => (
                <Row key={`${row.origin}-${row.index}`} row={row} />
              ))}
              <tr className="subtotal">
                <td>{time(block.start)}</td>
                <td>{time(block.end)}</td>
                <th scope="row" colSpan={2}>
                  {t.subtotal(block.module.title)}
                </th>
                <td className="number">{block.minutes}</td>
              </tr>
            </tbody>
          ),
        )}
        <tfoot>
          <tr className="total">
            <td>{time(schedule.start)}</td>
            <td>{time(schedule.end)}</td>
            <th scope="row" colSpan={2}>
              {t.total} ({t.duration(schedule.total)})
            </th>
            <td className="number">{schedule.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
