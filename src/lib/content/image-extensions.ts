/** Image types an entry may show. SVG is left out on purpose: it can carry scripts. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;
