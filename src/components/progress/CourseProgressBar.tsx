import { useId } from 'react';
import type { CourseProgress } from '../../lib/curriculum/course';
import { ui } from '../../lib/i18n';

/** "3 of 10 modules completed" as a bar and in words (the home page has the same, as plain HTML). */
export function CourseProgressBar({ course }: { course: CourseProgress }) {
  const id = useId();
  return (
    <div className="course-progress">
      <label htmlFor={id}>{ui.course.progressLabel}</label>
      <progress id={id} max={course.total} value={course.completed} />
      <p>
        {ui.course.progress(course.completed, course.total)} · {ui.course.required(course.required.completed, course.required.total)}
      </p>
    </div>
  );
}
