// Types for layers.mjs (the layer rule's globs, shared by ESLint, dependency-cruiser and the boundary test).
export declare const PURE_CORE: readonly string[];
export declare const BRIEFINGS_IMPURE: readonly string[];
export declare const PURE_KEY_FILES: readonly string[];
export declare const PURE_SHARED: readonly string[];
export declare const PORTS: readonly string[];
export declare const PURE_PACKAGES: readonly string[];
export declare const PURE_BUILTINS: readonly string[];
export declare const ADAPTER_PACKAGES: readonly string[];
export declare const NODE_IO_BUILTINS: readonly string[];
export declare const ADAPTER_MODULES: readonly string[];
export declare const COMPOSITION_ROOT: readonly string[];
export declare const CHECKED_FOLDERS: readonly string[];
/** A glob as an anchored regular expression source. */
export declare function globToRegex(glob: string): string;
/** Several globs as one regex source (either matches). */
export declare function globsToRegex(globs: readonly string[]): string;
