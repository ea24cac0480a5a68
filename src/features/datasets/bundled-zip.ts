// The build's own data package as a .zip, loaded when first downloaded. In the build for a real
// API server this is the package the app was built with, which the server may have replaced.
import bundled from 'virtual:bundled-package';
import { zipPackage } from '../../data-package/package-zip';

export const bundledZip = () => zipPackage(bundled);
