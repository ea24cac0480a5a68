import type { Plugin } from 'vite';
import type { ProfileValidate } from '../src/data-package/profile-problems';

export function compileProfile(): ProfileValidate;
export function datapackageProfile(): Plugin;
