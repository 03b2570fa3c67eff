/** Types of native/sdk-conformance.mjs: the stand-in's declarations compared with a real SDK's headers. */
export declare const STANDIN_INCLUDE: string;
export declare function standInDeclarations(include?: string): {
  constants: string[];
  enums: string[];
  members: [string, string][];
  functions: string[];
};
export declare function compareWithStandIn(
  realInclude: string,
  options?: { cxx?: string },
): {
  compared: number;
  differences: { key: string; standin: string; real: string }[];
  missingInReal: string[];
};
