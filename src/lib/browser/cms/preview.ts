/** The previews of the web editor: placeholder until written. */
export function registerPreviews(_cms: unknown): void {}
