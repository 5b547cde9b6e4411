/** A module's status in words; loaded with the course's words (./course.ts). */
export { status } from './course';
