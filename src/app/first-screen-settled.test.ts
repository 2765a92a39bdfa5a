import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstScreenSettled } from './first-screen-settled';

describe('the first screen settled', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    vi.useRealTimers();
  });

  /** Changes the screen, lets the MutationObserver hear of it, then lets `ms` pass. */
  async function change(text: string, thenMs: number) {
    root.textContent = text;
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(thenMs);
  }

  it('waits until the screen has stopped changing, not only for its first content', async () => {
    let settled = false;
    void firstScreenSettled(root, 500, 5_000).then(() => (settled = true));
    await change('frame', 300);
    await change('frame and question', 300);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(250);
    expect(settled).toBe(true);
  });

  it('waits no longer than its limit while the screen keeps changing', async () => {
    let settled = false;
    void firstScreenSettled(root, 500, 2_000).then(() => (settled = true));
    for (let step = 0; step < 5; step += 1) await change(`typing ${step}`, 400);
    expect(settled).toBe(true);
  });

  it('comes at the limit when nothing is ever shown', async () => {
    let settled = false;
    void firstScreenSettled(root, 500, 2_000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
