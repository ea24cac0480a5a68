// Modules made at build time by Vite plugins (vite.config.ts).
declare module 'virtual:bundled-package' {
  const bundled: import('./package-data').DataPackage;
  export default bundled;
}

declare module 'virtual:datapackage-profile' {
  const validate: import('./profile-problems').ProfileValidate;
  export default validate;
}
