import { countStatuses } from "./countStatuses";

describe("countStatuses", () => {
  it("counts the statuses that occur, in the engine's order", () => {
    const row = { id: "x", row: 0, cell: null };
    expect(
      countStatuses({
        activities: [
          { ...row, status: "overdue", due: null },
          { ...row, status: "done", due: null },
          { ...row, status: "overdue", due: null },
          { ...row, status: null, due: null },
        ],
        targets: [{ ...row, status: "met", value: 1, target: 1 }],
      }),
    ).toEqual({
      activities: [
        { status: "done", count: 1 },
        { status: "overdue", count: 2 },
      ],
      targets: [{ status: "met", count: 1 }],
    });
  });
});
