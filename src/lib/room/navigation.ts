/** What a forward or back move returns in room mode: the new room, or why nothing moved (so the island can say so). */
export type Blocked = 'choose-first' | 'at-start' | 'at-end';

export interface Move<T> {
  room: T;
  blocked?: Blocked;
}
