/** A plugin as @next/mdx takes it under Turbopack: a module specifier and its options. */
export type PluginSpec = [string, unknown];
export declare const remarkPlugins: PluginSpec[];
export declare const rehypePlugins: PluginSpec[];
