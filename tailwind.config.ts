// Tailwind 4 is configured in CSS (src/app/styles.css, @theme). This file holds only what CSS
// cannot say, and is loaded there with @config.
import type { Config } from 'tailwindcss';

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
} satisfies Config;
