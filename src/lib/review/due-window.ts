/**
 * Like Anki's learn-ahead limit: cards due within this window are offered now. Kept apart from
 * the scheduler so screens that only count due cards do not load ts-fsrs.
 */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;
