// Browser end-to-end tests: the built site served on 127.0.0.1, driven in Chromium by playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000,
		fileParallelism: false,
		// expect.poll waits for the state a test reads; its 1 s default is shorter than a loaded
		// machine takes to restart the engine or redraw (a poll still returns as soon as it holds).
		expect: { poll: { timeout: 30_000 } },
		environment: 'node'
	}
});
