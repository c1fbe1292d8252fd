// Browser end-to-end tests: the built site served on 127.0.0.1, driven in Chromium by playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000,
		fileParallelism: false,
		environment: 'node'
	}
});
