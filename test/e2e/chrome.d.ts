// The extension API as e2e tests use it inside page.evaluate on an extension page (the tests' own view of it).
interface TestReply {
  ok: boolean;
  error?: string;
  states: Record<string, { saved: boolean; tags: string[]; status: string }>;
  [key: string]: unknown;
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<TestReply> };
};
