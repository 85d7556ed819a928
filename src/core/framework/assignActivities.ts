import { textSimilarity } from "./textSimilarity";

/** Above this many tasks, trying every pairing costs too much; activities then go to their closest task one by one. */
const MAX_PERMUTED = 7;

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const result: number[][] = [];
  for (const rest of permutations(n - 1)) {
    for (let i = 0; i <= rest.length; i += 1) result.push([...rest.slice(0, i), n - 1, ...rest.slice(i)]);
  }
  return result;
}

/**
 * Decides which task each activity of one row belongs to, when the row holds several tasks
 * (`2.9. … 2.10. … 2.11. …`) and several activities: the table itself does not say. With as many
 * activities as tasks, each task gets one, in the pairing whose texts are most alike overall (ties keep
 * the source order); otherwise each activity goes to its most alike task (ties: the task at the same
 * relative position). Returns, for each activity, the index of its task.
 */
export function assignActivities(taskTexts: readonly string[], activityTexts: readonly string[]): number[] {
  const n = taskTexts.length;
  const m = activityTexts.length;
  if (n <= 1) return activityTexts.map(() => 0);
  const score = activityTexts.map((activity) => taskTexts.map((task) => textSimilarity(task, activity)));
  if (n === m && n <= MAX_PERMUTED) {
    let best: number[] = taskTexts.map((_, i) => i);
    let bestScore = best.reduce((sum, task, activity) => sum + score[activity][task], 0);
    for (const candidate of permutations(n)) {
      const total = candidate.reduce((sum, task, activity) => sum + score[activity][task], 0);
      // A strictly better total only, so that a tie keeps the source order found first.
      if (total > bestScore + 1e-9) {
        best = candidate;
        bestScore = total;
      }
    }
    return best;
  }
  return score.map((row, activity) => {
    const fallback = Math.min(n - 1, Math.floor((activity * n) / m));
    let best = fallback;
    row.forEach((value, task) => {
      if (value > row[best] + 1e-9) best = task;
    });
    return best;
  });
}
