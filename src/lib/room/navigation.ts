/** What a forward or back move returns in room mode: the new room, or why nothing moved (so the island can say so). */
export type Blocked = 'choose-first' | 'at-start' | 'at-end';

export interface Move<T> {
  room: T;
  blocked?: Blocked;
}

/**
 * What room mode needs to run one activity, the same for a role-play and a quiz: a fresh start, a
 * session kept from earlier made to fit the content as it is now, and the moves.
 */
export interface RoomRules<T> {
  start: () => T;
  fit: (kept: T) => T;
  forward: (room: T) => Move<T>;
  back: (room: T) => Move<T>;
}
