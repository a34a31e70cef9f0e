/** Who is making a change, and when: passed to every service that writes. */
export interface Actor {
  userId: string | null;
  at: string;
}

/** Builds an actor from a user id and a clock reading. */
export const actorOf = (userId: string | null, now: Date): Actor => ({ userId, at: now.toISOString() });
