import "../test/installDomPolyfills";
import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DelayedProgress, PROGRESS_DELAY_MS } from "./feedbackProgress";

function renderProgress(active: boolean) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DelayedProgress active={active} label="Đang tạo…" />
    </FluentProvider>,
  );
}

describe("DelayedProgress", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it.each([
    { elapsed: 0, shown: false },
    { elapsed: PROGRESS_DELAY_MS - 1, shown: false },
    { elapsed: PROGRESS_DELAY_MS, shown: true },
    { elapsed: 5000, shown: true },
  ])("after $elapsed ms of an action: shown $shown", ({ elapsed, shown }) => {
    renderProgress(true);
    act(() => jest.advanceTimersByTime(elapsed));
    expect(screen.queryByText("Đang tạo…") !== null).toBe(shown);
  });

  it("disappears when the action ends, and waits again for the next one", () => {
    const view = renderProgress(true);
    act(() => jest.advanceTimersByTime(PROGRESS_DELAY_MS));
    expect(screen.queryByText("Đang tạo…")).not.toBeNull();
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <DelayedProgress active={false} label="Đang tạo…" />
      </FluentProvider>,
    );
    expect(screen.queryByText("Đang tạo…")).toBeNull();
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <DelayedProgress active label="Đang tạo…" />
      </FluentProvider>,
    );
    act(() => jest.advanceTimersByTime(PROGRESS_DELAY_MS - 1));
    expect(screen.queryByText("Đang tạo…")).toBeNull();
  });
});
